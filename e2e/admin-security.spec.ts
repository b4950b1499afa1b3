import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, signIn } from "./support/shop";

test("an admin with a second factor is asked for a code: a wrong one is refused next to the field, the right one lets them in", async ({ page }) => {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(ACCOUNTS.admin);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  const code = page.getByLabel("Code de vérification");
  await expect(code).toBeFocused();
  await code.fill("000000");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#signin-code-error")).toHaveText(/Ce code n'est pas valide ou a déjà servi/);
  await expect(code).toHaveAttribute("aria-invalid", "true");

  await signIn(page, ACCOUNTS.admin);
  await page.getByRole("link", { name: "Sécurité" }).click();
  await expect(page.getByRole("heading", { name: "Double authentification activée" })).toBeVisible();
});
