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
