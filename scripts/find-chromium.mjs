// Finds a Chromium for Playwright on a machine that cannot download browsers:
// PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the binary shipped inside the
// npm package @sparticuz/chromium, else Playwright's own download (if one was installed).
import fs from "node:fs";

const DEBIAN = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export async function findChromium() {
  const tried = [];
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return { path: fromEnv, source: "PLAYWRIGHT_CHROMIUM_PATH" };
    tried.push(`PLAYWRIGHT_CHROMIUM_PATH=${fromEnv} (introuvable)`);
  }
  for (const p of DEBIAN) {
    if (fs.existsSync(p)) return { path: p, source: "system" };
    tried.push(p);
  }
  try {
    const { default: sparticuz } = await import("@sparticuz/chromium");
    // Decompresses the bundled binary into the OS temp dir on first call (~2 s), reused after.
    const p = await sparticuz.executablePath();
    if (p && fs.existsSync(p)) return { path: p, source: "@sparticuz/chromium" };
    tried.push("@sparticuz/chromium (pas de binaire)");
  } catch (error) {
    tried.push(`@sparticuz/chromium (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    if (p && fs.existsSync(p)) return { path: p, source: "playwright" };
    tried.push(`navigateur de Playwright (${p} absent)`);
  } catch (error) {
    tried.push(`navigateur de Playwright (${error instanceof Error ? error.message : String(error)})`);
  }
  throw new Error(
    `Aucun Chromium trouvé pour les tests de bout en bout. Essayé :\n  - ${tried.join("\n  - ")}\n` +
      `Installez-en un (Debian : apt-get install -y chromium) ou indiquez son chemin dans PLAYWRIGHT_CHROMIUM_PATH.`,
  );
}
