import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/shop";

/*
 * « Mot de passe oublié ? » end to end (issue 10): the link goes through the mailbox (read in the
 * back-office, no SMTP in the sandbox), works once, sets a new password under the policy, and ends
 * the sessions signed in before.
 */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a customer who forgot their password sets a new one through the e-mailed link; older sessions end", async ({ page, browser }) => {
  const email = `oubli-${Date.now()}@example.fr`;
  const oldPassword = "mon ancienne phrase de passe";
  const newPassword = "ma toute nouvelle phrase de passe";

  // An account, signed in on a first device.
  await page.goto("/inscription");
  await page.getByLabel("Nom").fill("Jeanne Oubli");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(oldPassword);
  await page.getByLabel("Confirmez le mot de passe").fill(oldPassword);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // Signed in by the sign-up itself.
  await page.waitForURL((url) => !url.pathname.startsWith("/inscription"));
  await page.goto("/compte");
  await expect(page.getByRole("heading", { name: "Mon compte" })).toBeVisible();

  // On another device: « Mot de passe oublié ? ».
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const device = await other.newPage();
  await device.goto("/connexion");
  await device.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  // The sign-in page has an "Adresse e-mail" field too: wait for the new page before typing.
  await expect(device.getByRole("heading", { name: "Mot de passe oublié" })).toBeVisible();
  await device.getByLabel("Adresse e-mail").fill(email);
  await device.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(device.getByTestId("password-reset-sent")).toContainText(`Si un compte existe avec l'adresse ${email}`);

  // An unknown address gets the very same answer.
  await device.goto("/connexion/mot-de-passe-oublie");
  await device.getByLabel("Adresse e-mail").fill(`personne-${Date.now()}@example.fr`);
  await device.getByRole("button", { name: "Recevoir un lien" }).click();
  await expect(device.getByTestId("password-reset-sent")).toContainText("Si un compte existe avec l'adresse personne-");

  // The e-mail, in the back-office mailbox.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/courriels");
  await admin.getByTestId("admin-mailbox").getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) }).getByRole("link", { name: /nouveau mot de passe/i }).first().click();
  const text = (await admin.locator("pre").first().textContent()) ?? "";
  const link = /https?:\/\/\S+\/connexion\/nouveau-mot-de-passe\?t=[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, "the e-mail carries the reset link").toBeTruthy();
  await adminContext.close();

  // A password under the policy is refused with a clear message; then the new one is set.
  await device.goto(link!);
  await device.getByRole("textbox", { name: "Nouveau mot de passe" }).fill("court");
  await device.getByRole("textbox", { name: "Confirmez le mot de passe" }).fill("court");
  await device.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await expect(device.getByText("Le mot de passe doit contenir au moins 8 caractères.").first()).toBeVisible();
  await device.getByRole("textbox", { name: "Nouveau mot de passe" }).fill(newPassword);
  await device.getByRole("textbox", { name: "Confirmez le mot de passe" }).fill(newPassword);
  await device.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await device.waitForURL(/\/connexion\?motdepasse=change/);
  await expect(device.getByText("Votre mot de passe a été changé.")).toBeVisible();
  await signIn(device, email, newPassword);

  // The link works once.
  await device.goto(link!);
  await expect(device.getByTestId("reset-link-invalid")).toContainText("Ce lien n'est pas valable");
  await other.close();

  // The first device's session has ended.
  await page.goto("/compte");
  await expect(page).toHaveURL(/\/connexion/);
});
