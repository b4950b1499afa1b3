import { inflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./support/payplug";
import { addToCart, fillCheckout, JEANNE, placeOrder } from "./support/shop";

/*
 * Issue 10: every way out of a failed, cancelled or pending payment leads to a paid order — the
 * same order, by any method, from the checkout, the order page and the receipt. PayPal runs on the
 * emulator's stand-in for its SDK; the texts and test ids come from components/checkout and
 * components/payments.
 */

const PAYPAL_BUTTON = "Payer avec PayPal (bac à sable)";
const PHONE = { width: 390, height: 844 };

async function checkoutWithPayPal(page: Page, email: string) {
  await addToCart(page, "savon-lavande", 2);
  await fillCheckout(page, { ...JEANNE, email }, "paypal");
  await expect(page.getByTestId("paypal-buttons")).toBeVisible();
  await expect(page.getByTestId("cart-count")).toHaveText("2");
}

async function openApprovalWindow(page: Page): Promise<Page> {
  const button = page.getByTestId("paypal-buttons").first().getByRole("button", { name: PAYPAL_BUTTON });
  await expect(button).toBeVisible();
  const popupPromise = page.waitForEvent("popup");
  await button.click();
  const popup = await popupPromise;
  await popup.waitForURL(/\/sandbox\/paypal\/checkout\/[A-Z0-9]+/);
  return popup;
}

async function logIn(popup: Page, email: string) {
  await popup.getByLabel("Adresse e-mail").fill(email);
  await popup.getByLabel("Mot de passe").fill("sandbox");
  await popup.getByTestId("paypal-sandbox-login").click();
}

/** Picks a method among the order's payment choices and pays with it (not PayPal: its own buttons). */
async function payWithChoice(page: Page, method: "card" | "transfer" | "cheque") {
  const choices = page.getByTestId("payment-choices");
  await choices.getByTestId(`payment-method-${method}`).check();
  await choices.getByTestId("pay-with-choice").click();
}

/** The text pdf-lib draws: hex strings inside deflated content streams. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      const content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
      for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(hex[1]!, "hex").toString("latin1"));
    } catch {
      // not a deflated stream
    }
  }
  return out.join("\n");
}

test.describe("at phone size", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test("PayPal cancelled, then the same order paid by transfer: instructions shown and e-mailed, the PayPal attempt closed", async ({ page }) => {
    await checkoutWithPayPal(page, `annule-virement-${Date.now()}@example.fr`);
    const popup = await openApprovalWindow(page);
    await popup.getByTestId("paypal-sandbox-cancel").click();

    // The checkout now shows the order the cart became, never a form that would order again.
    await expect(page).toHaveURL(/\/commande\?paypal=annule$/, { timeout: 15_000 });
    await expect(page.getByTestId("paypal-cancelled")).toContainText("reste à régler");
    await expect(page.getByTestId("cart-count")).toHaveCount(0);
    await expect(page.getByTestId("place-order")).toHaveCount(0);
    const reference = (await page.getByTestId("order-reference").textContent())?.trim() ?? "";
    expect(reference).toMatch(/^CA-[A-Z0-9]{8}$/);

    await payWithChoice(page, "transfer");
    await page.waitForURL(new RegExp(`/commandes/${reference}\\?t=`));
    await expect(page.getByTestId("order-reference")).toHaveText(reference);
    await expect(page.getByTestId("order-status")).toHaveText(/virement/i);
    await expect(page.getByTestId("transfer-iban")).toBeVisible();
    await expect(page.getByTestId("transfer-reference")).toHaveText(reference);
    await expect(page.getByTestId("order-confirmation-sent")).toContainText(/annule-virement-\d+@example\.fr/);
    // The PayPal attempt is closed: its ticket says so, and nothing offers to retry it.
    await expect(page.getByTestId("order-receipt-link")).toHaveText("Voir le ticket de paiement");
    await page.getByTestId("order-receipt-link").click();
    await expect(page.getByTestId("receipt-result")).toHaveText(/transaction annulée/i);
    // A PayPal ticket without a card says nothing about card digits.
    await expect(page.getByText("4 derniers chiffres")).toHaveCount(0);
  });

  test("a declined card, then the same order paid by cheque from the receipt", async ({ page }) => {
    await addToCart(page, "huile-seche-argan", 1);
    await fillCheckout(page, { ...JEANNE, email: `refus-cheque-${Date.now()}@example.fr` }, "card");
    await placeOrder(page);
    await payOnHostedPage(page, "4000 0000 0000 0002");
    await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction refusée/, { timeout: 20_000 });
    const reference = (await page.getByTestId("receipt-reference").textContent())?.trim() ?? "";

    await payWithChoice(page, "cheque");
    await page.waitForURL(new RegExp(`/commandes/${reference}\\?t=`));
    await expect(page.getByTestId("cheque-instructions")).toBeVisible();
    await expect(page.getByTestId("cheque-reference")).toHaveText(reference);
    await expect(page.getByTestId("order-status")).toHaveText(/chèque/i);
    await expect(page.getByTestId("order-confirmation-sent")).toBeVisible();
    // Still payable another way while the cheque has not arrived.
    await expect(page.getByRole("heading", { name: "Payer autrement" })).toBeVisible();
  });

  test("PayPal pending: the buttons give way to the pending state and a link to the order; no second attempt can start", async ({ page }) => {
    await checkoutWithPayPal(page, `attente-${Date.now()}@example.fr`);
    const popup = await openApprovalWindow(page);
    await logIn(popup, "attente@sandbox.caisse.fr");

    await expect(page).toHaveURL(/\/commande\?paypal=attente$/, { timeout: 30_000 });
    const pending = page.getByTestId("paypal-pending");
    await expect(pending).toContainText("Paiement en attente de confirmation");
    await expect(page.getByTestId("paypal-buttons")).toHaveCount(0);
    await expect(page.getByTestId("payment-choices")).toHaveCount(0);
    await expect(page.getByText("Votre commande n'a pas été passée")).toHaveCount(0);
    await pending.getByRole("link", { name: /Suivre ma commande CA-/ }).click();
    await expect(page.getByTestId("order-status")).toHaveText(/Paiement en cours/);
    await expect(page.getByText("Paiement en cours", { exact: true })).toHaveCount(1);
    await expect(page.getByTestId("payment-choices")).toHaveCount(0);
  });
});

test.describe("at desktop size", () => {
  test("wording: the 404 page says what it is in its title", async ({ page }) => {
    const response = await page.goto("/cette-page-n-existe-pas");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page introuvable · /);
  });

  test("PayPal refused: the overlay closes, a plain French message, then the same order paid by card; the receipt and its PDF carry the order", async ({ page }) => {
    await checkoutWithPayPal(page, `refus-carte-${Date.now()}@example.fr`);
    const popup = await openApprovalWindow(page);
    await logIn(popup, "refus@sandbox.caisse.fr");

    await expect(page).toHaveURL(/\/commande\?paypal=refuse$/, { timeout: 30_000 });
    await expect(page.locator("[data-paypal-sandbox-overlay]")).toHaveCount(0);
    const declined = page.getByTestId("paypal-declined");
    await expect(declined).toContainText("aucun montant n'a été débité");
    await expect(declined).not.toContainText("source de paiement");
    const reference = (await page.getByTestId("order-reference").textContent())?.trim() ?? "";

    await payWithChoice(page, "card");
    await payOnHostedPage(page, "4242 4242 4242 4242");
    await confirmSms(page);
    await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });
    await expect(page.getByTestId("receipt-reference")).toHaveText(reference);
    const details = page.getByTestId("receipt-order");
    await expect(details).toContainText("Savon");
    await expect(details.getByTestId("receipt-line")).toHaveCount(1);
    await expect(details.getByTestId("receipt-customer")).toContainText("Jeanne Martin");
    await expect(details.getByTestId("receipt-vat").first()).toContainText("TVA");
    await expect(details.getByTestId("receipt-seller")).toContainText("SIRET");

    const href = await page.getByTestId("receipt-pdf").getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const text = pdfText(await response.body());
    expect(text).toContain(reference);
    expect(text).toMatch(/Savon[^\n]*\(TVA 20 %\)/);
    expect(text).toContain("Jeanne Martin");
    expect(text).toContain("TRANSACTION ACCEPTÉE");
  });

  test("after paying with PayPal, the header's cart count is gone without a reload", async ({ page }) => {
    await checkoutWithPayPal(page, `compteur-${Date.now()}@example.fr`);
    const popup = await openApprovalWindow(page);
    await logIn(popup, "acheteur@sandbox.caisse.fr");
    await page.waitForURL(/\/commandes\/CA-[A-Z0-9]{8}\/recu\?t=/, { timeout: 30_000 });
    await expect(page.getByTestId("receipt-result")).toHaveText(/transaction acceptée/i);
    await expect(page.getByTestId("cart-count")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Panier vide" })).toBeVisible();
  });
});
