import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./support/payplug";
import { ACCOUNTS, addToCart, fillCheckout, placeOrder, signIn, type Buyer } from "./support/shop";

/*
 * The professional's journeys: what the shop promises pros, in the browser. The demo professional
 * (pro@demo.caisse.fr) is approved with net-30 terms and has paid its first order, so net-30 is
 * offered; its history holds an overdue invoice and a partly paid one.
 */

const PAUL: Buyer = {
  email: ACCOUNTS.pro,
  phone: "06 11 22 33 44",
  firstName: "Paul",
  lastName: "Pro",
  line1: "8 cours Mirabeau",
  postalCode: "13100",
  city: "Aix-en-Provence",
};

test("an approved pro reads HT prices, buys at 30 days, finds the invoice in /pro with its due date, and pays it by card", async ({ page }) => {
  await signIn(page, ACCOUNTS.pro);
  await page.goto("/produits/savon-lavande");
  // 6,50 € TTC at 20 %: 5,42 € HT.
  await expect(page.getByTestId("product-price")).toHaveText(/5,42/);
  await expect(page.getByText(/HT \(TVA 20 %/)).toBeVisible();

  await addToCart(page, "savon-lavande", 4);
  await fillCheckout(page, PAUL, "net30");
  await expect(page.getByTestId("totals-excluding-vat")).toBeVisible();
  await placeOrder(page);

  await expect(page.getByText("Commande enregistrée, payable sur facture")).toBeVisible();
  const invoiceLine = page.getByRole("region", { name: "Facture" });
  await expect(invoiceLine).toContainText(/F-\d{4}-\d{6}/);
  await expect(invoiceLine).toContainText(/à régler au plus tard le \d\d\/\d\d\/\d{4}/);
  const number = /F-\d{4}-\d{6}/.exec((await invoiceLine.textContent()) ?? "")![0];

  // The invoice PDF downloads from the order page.
  const download = page.waitForEvent("download");
  await page.getByTestId("order-invoice-pdf").click();
  expect((await download).suggestedFilename()).toBe(`facture-${number}.pdf`);

  // The portal: what is owed, since when; the demo's overdue invoice makes the overdue figure non-zero.
  await page.getByRole("link", { name: "Espace pro" }).first().click();
  await expect(page).toHaveURL(/\/pro$/);
  await expect(page.getByTestId("pro-overdue")).not.toHaveText(/^0,00/);
  const row = page.getByTestId("pro-invoices").getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("À payer");

  // Pay that invoice, in full, by card.
  await page.getByTestId(`pay-invoice-${number}`).check();
  await page.getByRole("button", { name: "Payer par carte" }).click();
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByText("Règlement reçu, merci")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("paid-invoices")).toContainText(number);

  await page.getByRole("link", { name: "Retour à mon espace pro" }).click();
  await expect(page.getByTestId("pro-invoices").getByRole("row").filter({ hasText: number })).toContainText("Payée");
});

test("another company's invoice is a 404 to a pro, and the portal to a customer", async ({ page }) => {
  await signIn(page, ACCOUNTS.pro);
  expect((await page.goto("/pro/factures/F-1999-000001"))?.status()).toBe(404);
  const other = await page.context().browser()!.newContext();
  const customer = await other.newPage();
  await signIn(customer, ACCOUNTS.customer);
  expect((await customer.goto("/pro"))?.status()).toBe(404);
  await other.close();
});

test("a company applies, an admin approves it with net-30; it pays its first order by card, then buys at 30 days and pays the invoice online", async ({ page, browser }) => {
  const email = `atelier.${Date.now()}@example.fr`;
  const buyer: Buyer = { email, phone: "06 22 33 44 55", firstName: "Léa", lastName: "Durand", line1: "4 rue Mercière", postalCode: "69002", city: "Lyon" };

  // 1. The company applies, creating its account at the same time.
  await page.goto("/pro/inscription");
  await page.getByLabel("Raison sociale").fill("Atelier Lumière");
  await page.getByLabel("SIRET").fill("732 829 320 00074");
  await page.getByLabel("N° de TVA intracommunautaire").fill("FR45732829320");
  await page.getByLabel("Adresse", { exact: true }).fill(buyer.line1);
  await page.getByLabel("Code postal").fill(buyer.postalCode);
  await page.getByLabel("Ville").fill(buyer.city);
  await page.getByLabel("Personne à contacter").fill("Léa Durand");
  await page.getByLabel("E-mail (factures et relances)").fill(email);
  await page.getByLabel("Téléphone").fill(buyer.phone);
  await page.getByLabel("Votre nom").fill("Léa Durand");
  await page.getByLabel("E-mail de connexion").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe solide");
  await page.getByLabel("Confirmez le mot de passe").fill("une phrase de passe solide");
  await page.getByRole("button", { name: "Demander mon compte professionnel" }).click();
  // The VAT key does not match the SIREN: said next to the field, nothing created.
  await expect(page.locator("#pro-vat-error")).toContainText("FR44732829320");
  await page.getByLabel("N° de TVA intracommunautaire").fill("FR44732829320");
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe solide");
  await page.getByLabel("Confirmez le mot de passe").fill("une phrase de passe solide");
  await page.getByRole("button", { name: "Demander mon compte professionnel" }).click();
  await expect(page.getByText("Demande de compte professionnel envoyée")).toBeVisible({ timeout: 15_000 });

  // 2. An admin approves it with 30 days and a 2 000 € limit.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/professionnels");
  await admin.getByRole("link", { name: "Atelier Lumière" }).first().click();
  await admin.getByLabel("Encours autorisé (€)").first().fill("2000");
  await admin.getByLabel(/Je confirme avoir vérifié l'entreprise/).check();
  await admin.getByRole("button", { name: "Valider le compte" }).click();
  await expect(admin.getByText(/validé/i).first()).toBeVisible();
  await adminContext.close();

  // 3. First order: net-30 is shown, not offered, and says why; paid by card.
  await addToCart(page, "huile-seche-argan", 2);
  await page.goto("/commande");
  await expect(page.getByTestId("payment-method-net30-unavailable")).toContainText("première commande");
  await fillCheckout(page, buyer, "card");
  await placeOrder(page);
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });

  // 4. Then at 30 days, with its invoice.
  await addToCart(page, "serum-vitamine-c", 3);
  await fillCheckout(page, buyer, "net30");
  await placeOrder(page);
  await expect(page.getByText("Commande enregistrée, payable sur facture")).toBeVisible();
  const invoiceCard = page.getByRole("region", { name: "Facture" });
  const number = /F-\d{4}-\d{6}/.exec((await invoiceCard.textContent()) ?? "")![0];
  const download = page.waitForEvent("download");
  await page.getByTestId("order-invoice-pdf").click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`facture-${number}.pdf`);
  const bytes = await readFile(await pdf.path());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.includes(Buffer.from("factur-x.xml"))).toBe(true);

  // 5. In /pro with its due date, then paid online.
  await page.goto("/pro");
  const row = page.getByTestId("pro-invoices").getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("À payer");
  await expect(row).toContainText(/\d\d\/\d\d\/\d{4}.*\d\d\/\d\d\/\d{4}/);
  await page.getByTestId(`pay-invoice-${number}`).check();
  await page.getByRole("button", { name: "Payer par carte" }).click();
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByText("Règlement reçu, merci")).toBeVisible({ timeout: 20_000 });
  await page.goto("/pro");
  await expect(page.getByTestId("pro-invoices").getByRole("row").filter({ hasText: number })).toContainText("Payée");
  await expect(page.getByTestId("pro-balance")).toHaveText(/^0,00/);

  // This company's invoice is a 404 to another company (the demo pro).
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, ACCOUNTS.pro);
  expect((await other.goto(`/pro/factures/${number}/pdf`))?.status()).toBe(404);
  expect((await other.goto(`/pro/factures/${number}`))?.status()).toBe(404);
  await otherContext.close();
});
