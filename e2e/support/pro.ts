import { expect, type Page } from "@playwright/test";

/** Page objects for professional accounts: a company applies, an admin approves it with its terms. */

export type Company = { name: string; login: string; contact: string; billingEmail?: string };

export function newCompany(prefix: string): Company {
  const tag = Date.now().toString(36);
  return { name: `${prefix} ${tag}`, login: `${prefix.toLowerCase().replace(/[^a-z]+/g, "-")}-${tag}@example.fr`, contact: "Garance Petit" };
}

/** /pro/inscription, filled and sent: the company is signed in and lands on its account page. */
export async function applyAsPro(page: Page, company: Company): Promise<void> {
  await page.goto("/pro/inscription");
  await page.getByLabel("Raison sociale").fill(company.name);
  await page.getByLabel("SIRET").fill("552 100 554 00013");
  await page.getByLabel("N° de TVA intracommunautaire").fill("FR96552100554");
  await page.getByLabel("Adresse", { exact: true }).fill("8 cours Mirabeau");
  await page.getByLabel("Code postal").fill("13100");
  await page.getByLabel("Ville").fill("Aix-en-Provence");
  await page.getByLabel("Personne à contacter").fill(company.contact);
  await page.getByLabel("E-mail (factures et relances)").fill(company.billingEmail ?? `compta-${company.login}`);
  await page.getByLabel("Téléphone").fill("04 42 00 00 00");
  await page.getByLabel("Votre nom").fill(company.contact);
  await page.getByLabel("E-mail de connexion").fill(company.login);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe longue");
  await page.getByLabel("Confirmez le mot de passe").fill("une phrase de passe longue");
  // The application action wants the registration number field even for a French company (see
  // e2e/pro-admin.spec.ts): sent empty, as a form would.
  await page.locator("form").evaluate((form) => {
    if (form.querySelector('[name="registrationNumber"]')) return;
    const missing = document.createElement("input");
    Object.assign(missing, { type: "hidden", name: "registrationNumber", value: "" });
    form.append(missing);
  });
  await page.getByRole("button", { name: "Demander mon compte professionnel" }).click();
  await expect(page).toHaveURL(/\/compte/);
}

/** The admin (signed in) approves the company at 30 days, with or without instalments by cheques. */
export async function approvePro(admin: Page, company: Company, options: { chequeInstalments: boolean }): Promise<void> {
  await admin.goto("/admin/professionnels");
  await admin.getByRole("link", { name: /^Professionnels à valider/ }).first().click();
  await admin.getByTestId("admin-pros").getByRole("link", { name: company.name }).click();
  const decision = admin.getByRole("region", { name: "Décision" });
  await decision.getByLabel("Nombre de jours (N)").fill("30");
  await decision.getByLabel("Encours autorisé (€)").fill("2 000,00");
  if (options.chequeInstalments) await decision.getByLabel("Paiement en plusieurs chèques autorisé").check();
  await decision.getByLabel(/Je confirme avoir vérifié l'entreprise/).check();
  await decision.getByRole("button", { name: "Valider le compte" }).click();
  await expect(admin.getByTestId("admin-pro-status")).toHaveText("Validé");
}
