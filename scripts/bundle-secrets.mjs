// No secret in any browser bundle (issue 12): everything under <distDir>/static is served to
// anyone, so neither the value of a secret nor its variable name may appear there. The build runs
// with canary values for the secrets (see e2e.mjs); a leak of the env module into a client
// component shows up as the variable names, a leak of a value as the canary itself.
import fs from "node:fs";
import path from "node:path";

/** Variables whose value must never leave the server. */
export const SECRET_NAMES = [
  "NEXTAUTH_SECRET",
  "CRON_SECRET",
  "ORDER_LINK_SECRET",
  "PAYPLUG_SECRET_KEY",
  "PAYPAL_CLIENT_SECRET",
  "PAYPAL_WEBHOOK_ID",
  "DATABASE_URL",
  "SMTP_URL",
];

/** Canary values the e2e build runs with: any of them in a browser file is a leak. */
export const BUILD_CANARIES = {
  NEXTAUTH_SECRET: "canary-nextauth-7f3c9a1e5b2d4068a9c1e3f5b7d9a1c3",
  CRON_SECRET: "canary-cron-4e6a8c0b2d4f6a8c",
  ORDER_LINK_SECRET: "canary-orderlink-9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a",
};

function* filesUnder(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** Every (file, needle) where a needle appears in a file under `dir`. */
export function findInFiles(dir, needles) {
  const found = [];
  if (!fs.existsSync(dir)) return found;
  for (const file of filesUnder(dir)) {
    const text = fs.readFileSync(file, "latin1");
    for (const needle of needles) if (needle && text.includes(needle)) found.push({ file: path.relative(dir, file), needle });
  }
  return found;
}

/** Throws with the list of leaks when the browser files of a build hold a secret's name or value. */
export function assertNoSecretsInBundle(distDir, values = Object.values(BUILD_CANARIES)) {
  const staticDir = path.join(distDir, "static");
  if (!fs.existsSync(staticDir)) throw new Error(`${staticDir} not found: build first`);
  const leaks = findInFiles(staticDir, [...SECRET_NAMES, ...values]);
  if (leaks.length) {
    throw new Error(`secrets in the browser bundle:\n${leaks.map((l) => `  ${l.file}: ${l.needle}`).join("\n")}`);
  }
  return { scanned: [...filesUnder(staticDir)].length };
}
