import { expect, test } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./support/payplug";
import { ACCOUNTS, JEANNE, SHORT_LINKS_URL, addToCart, fillCheckout, placeOrder, signIn } from "./support/shop";

test("a guest pays by card through the SMS step and sees « Transaction acceptée »", async ({ page }) => {
  await addToCart(page, "serum-vitamine-c", 2);
  await fillCheckout(page, JEANNE, "card");
  await placeOrder(page);

  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);

  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });
  await expect(page.getByText("•••• 4242").first()).toBeVisible();
  await expect(page.getByTestId("receipt-pdf")).toBeVisible();

  // The guest, who has no account, reaches the order page from the receipt.
  await page.getByTestId("receipt-order-link").click();
  await expect(page.getByTestId("order-status")).toHaveText(/Payée/);
  await expect(page.getByTestId("order-history")).toContainText(/accepté/i);
});

test("a refused card, then a successful retry on the same order", async ({ page }) => {
  await addToCart(page, "huile-seche-argan", 1);
  await fillCheckout(page, JEANNE, "card");
  await placeOrder(page);

  await payOnHostedPage(page, "4000 0000 0000 0002");
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction refusée/, { timeout: 20_000 });
  await expect(page.getByTestId("receipt-reason")).toContainText(/banque/i);
  await expect(page.getByTestId("request-payment-link")).toBeVisible();

  await page.getByTestId("retry-payment").click();
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });
});

test("an admin sends a payment link and the customer pays through it; the link then cannot be used again", async ({ page, browser }) => {
  // A transfer order the customer finally wants to pay by card.
  await addToCart(page, "creme-mains-karite", 1);
  await fillCheckout(page, { ...JEANNE, email: "lien.paiement@example.fr" }, "transfer");
  await placeOrder(page);
  const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto(`/admin/commandes/${reference}`);
  await admin.getByRole("button", { name: "Envoyer un lien de paiement" }).click();
  // Wait for the action's own confirmation before leaving the page (leaving would abort it).
  await expect(admin.getByText(/Lien de paiement envoyé à lien\.paiement@example\.fr, valable jusqu'au \d\d\/\d\d\/\d{4}/)).toBeVisible();

  // The e-mail is readable in the back-office mailbox (no SMTP in the sandbox).
  await admin.goto("/admin/courriels");
  await admin.getByTestId("admin-mailbox").getByRole("link", { name: /lien de paiement/i }).first().click();
  const text = (await admin.locator("pre").first().textContent()) ?? "";
  const link = /https?:\/\/[^\s]+\/paiement\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, "the e-mail carries the payment link").toBeTruthy();
  await adminContext.close();

  await page.goto(link!);
  await expect(page.getByTestId("payment-link-amount")).toBeVisible();
  await page.getByLabel(/Carte bancaire/).check();
  await page.getByTestId("pay-with-link").click();
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });

  // Paid: the same link now explains there is nothing left to pay.
  await page.goto(link!);
  await expect(page.getByTestId("payment-link-state")).toHaveText("Cette commande est déjà réglée");
});

test.describe("on a shop whose payment links last two seconds", () => {
  test.use({ baseURL: SHORT_LINKS_URL });

  test("an expired link shows a page that explains what to do", async ({ page, browser }) => {
    await addToCart(page, "baume-levres-miel", 2);
    await fillCheckout(page, { ...JEANNE, email: "lien.expire@example.fr" }, "transfer");
    await placeOrder(page);
    const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";

    const adminContext = await browser.newContext({ baseURL: SHORT_LINKS_URL });
    const admin = await adminContext.newPage();
    await signIn(admin, ACCOUNTS.admin);
    await admin.goto(`/admin/commandes/${reference}`);
    await admin.getByRole("button", { name: "Envoyer un lien de paiement" }).click();
    // Wait for the action's own confirmation before leaving the page (leaving would abort it).
    await expect(admin.getByText(/Lien de paiement envoyé à lien\.expire@example\.fr, valable jusqu'au \d\d\/\d\d\/\d{4}/)).toBeVisible();
    await admin.goto("/admin/courriels");
    await admin.getByTestId("admin-mailbox").getByRole("link", { name: /lien de paiement/i }).first().click();
    const link = /https?:\/\/[^\s]+\/paiement\/[A-Za-z0-9_-]+/.exec((await admin.locator("pre").first().textContent()) ?? "")?.[0];
    expect(link).toBeTruthy();
    await adminContext.close();

    await page.waitForTimeout(2_500);
    const response = await page.goto(link!);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("payment-link-state")).toContainText(/expiré/i);
    await expect(page.getByText(/nouveau lien|contactez|écrivez/i).first()).toBeVisible();
    await expect(page.getByTestId("pay-with-link")).toHaveCount(0);
  });
});
