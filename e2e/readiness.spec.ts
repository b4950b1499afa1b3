import { expect, test } from "@playwright/test";
import { ACCOUNTS, SHORT_LINKS_URL, signIn } from "./support/shop";

/*
 * /admin/configuration, the page a merchant reads before taking real money. The end-to-end shops
 * are declared demos (DEMO_DATA=true): nothing there is blocking, much is amber. The second server
 * misses its content folder (CONTENT_DIR, playwright.config.ts): that one is red.
 */

test("the readiness page of a sandbox shop: emulators, mailbox, demo identity amber; a test e-mail lands in the mailbox", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Configuration" }).click();
  await expect(page.getByRole("heading", { name: "Configuration", level: 1 })).toBeVisible();
  await expect(page.getByTestId("readiness-summary")).toContainText(/Rien de bloquant ; \d+ points à vérifier/);

  const payplug = page.getByRole("region", { name: "PayPlug" });
  await expect(payplug.getByTestId("check-payplug-mode")).toHaveAttribute("data-level", "warn");
  await expect(payplug.getByTestId("check-payplug-mode")).toContainText("émulateur — Émulateur intégré");
  await expect(payplug.getByText("http://127.0.0.1", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "PayPal" }).getByText(/\/api\/webhooks\/paypal$/)).toBeVisible();
  await expect(page.getByTestId("check-identity")).toHaveAttribute("data-level", "warn");
  await expect(page.getByTestId("check-content-cgv")).toContainText("Encore le modèle fourni");
  await expect(page.getByTestId("check-job-send-emails")).toBeVisible();
  const methods = page.getByRole("region", { name: "Moyens de paiement proposés" });
  await expect(methods.getByTestId("check-method-0")).toHaveAttribute("data-level", "ok");

  await page.getByRole("button", { name: /M'envoyer un e-mail d'essai/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "resté dans le back-office" })).toBeVisible();
  await page.getByRole("link", { name: "Courriels" }).click();
  await expect(page.getByText("Essai d'envoi réussi").first()).toBeVisible();
});

test.describe("a shop with a missing setting", () => {
  test.use({ baseURL: SHORT_LINKS_URL });

  test("shows what is missing in red, and the page it affects says so", async ({ page }) => {
    await signIn(page, ACCOUNTS.admin);
    await page.goto("/admin/configuration");
    await expect(page.getByTestId("readiness-summary")).toContainText("3 points bloquants avant de prendre de l'argent réel.");
    const terms = page.getByTestId("check-content-cgv");
    await expect(terms).toHaveAttribute("data-level", "error");
    await expect(terms).toContainText("Fichier introuvable");
    await page.goto("/cgv");
    await expect(page.getByText("Page pas encore rédigée")).toBeVisible();
  });
});
