import { expect, test } from "@playwright/test";
import { ACCOUNTS, JEANNE, addToCart, eur, fillCheckout, placeOrder, signIn } from "./support/shop";

test("a guest buys by bank transfer and sees the instructions", async ({ page }) => {
  await addToCart(page, "savon-lavande", 2);
  await fillCheckout(page, JEANNE, "transfer");
  await placeOrder(page);

  await expect(page).toHaveURL(/\/commandes\/CA-[A-Z0-9]+\?t=/);
  await expect(page.getByTestId("order-status")).toHaveText(/En attente de votre virement/);
  const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";
  expect(reference).toMatch(/^CA-[2-9A-Z]{8}$/);
  await expect(page.getByTestId("transfer-iban")).toContainText("FR76 3000 6000 0112 3456 7890 189");
  await expect(page.getByTestId("transfer-bic")).toContainText("AGRIFRPPXXX");
  await expect(page.getByTestId("transfer-reference")).toContainText(reference);
  // 2 × 6,50 € + 5,90 € shipping (under the free-shipping threshold).
  await expect(page.getByTestId("transfer-instructions")).toContainText(eur("18,90 €"));

  // The link works without an account; without its token the order does not exist.
  const url = new URL(page.url());
  const withoutToken = await page.goto(url.pathname);
  expect(withoutToken?.status()).toBe(404);
  const wrongToken = await page.goto(`${url.pathname}?t=${"A".repeat(43)}`);
  expect(wrongToken?.status()).toBe(404);
});

test("a signed-in customer buys by cheque; an admin records it received then cashed and the order shows paid", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.customer);
  await addToCart(page, "coffret-decouverte", 1);
  await fillCheckout(page, JEANNE, "cheque");
  await placeOrder(page);

  await expect(page.getByTestId("order-status")).toHaveText(/En attente de votre chèque/);
  await expect(page.getByTestId("cheque-payee")).toContainText("Maison Lavande SAS");
  const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";
  await expect(page.getByTestId("cheque-reference")).toContainText(reference);
  await expect(page.getByTestId("cheque-instructions")).toContainText(/encaiss/);
  const orderUrl = page.url();

  // The order is in the customer's account too.
  await page.goto("/compte");
  await expect(page.getByTestId("account-orders")).toContainText(reference);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-order-status")).toContainText(/chèque/i);

  // 39,90 € + 5,90 € shipping (under the free-shipping threshold).
  await admin.getByLabel("Montant du chèque (€)").fill("45,80");
  await admin.getByLabel("Numéro du chèque").fill("0001234");
  await admin.getByLabel(/Je confirme avoir ce chèque en main/).check();
  await admin.getByRole("button", { name: "Enregistrer le chèque" }).click();
  await expect(admin.getByTestId("admin-timeline")).toContainText(/Chèque reçu/i);
  // Received is not cashed: still waiting.
  await expect(admin.getByTestId("admin-order-status")).toContainText(/chèque/i);

  await admin.getByLabel("Je confirme que la banque a crédité ce chèque.").check();
  await admin.getByRole("button", { name: "Chèque encaissé" }).click();
  await expect(admin.getByTestId("admin-order-status")).toContainText("Payée");
  await expect(admin.getByTestId("admin-timeline")).toContainText(/encaissé/i);
  await adminContext.close();

  await page.goto(orderUrl);
  await expect(page.getByTestId("order-status")).toHaveText(/Payée/);
  // The customer's history, in their words (lib/history/customer-history.ts).
  await expect(page.getByTestId("order-history")).toContainText("Chèque encaissé");
  await expect(page.getByTestId("order-history")).toContainText("Commande payée");
});

test("an invalid checkout form shows its errors next to the fields and creates nothing", async ({ page }) => {
  await addToCart(page, "baume-levres-miel", 1);
  await page.goto("/commande");
  await page.getByLabel("E-mail", { exact: true }).fill("pas-un-email");
  await page.getByLabel("Téléphone mobile").fill("12");
  await page.getByTestId("payment-method-transfer").check();
  await page.getByLabel(/j.ai lu et j.accepte/i).check();
  // Bypass the browser's own validation to see the server's messages.
  await page.locator("form").first().evaluate((form) => form.setAttribute("novalidate", ""));
  await placeOrder(page);

  const email = page.getByLabel("E-mail", { exact: true });
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
  expect(describedBy).not.toBe("");
  await expect(page.locator(`[id="${describedBy.split(" ").find((id) => id.endsWith("error")) ?? describedBy}"]`)).toContainText(/e-mail/i);
  await expect(page.getByLabel("Téléphone mobile")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Adresse de facturation" }).getByLabel("Prénom")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/commande$/);
  // What was typed is kept.
  await expect(email).toHaveValue("pas-un-email");
  // The cart is still there: nothing was ordered.
  await page.goto("/panier");
  await expect(page.getByTestId("cart-line")).toHaveCount(1);
});
