import { expect, test, type Page } from "@playwright/test";
import { addToCart, fillCheckout, JEANNE } from "./support/shop";

/*
 * PayPal at checkout, in sandbox mode: the buttons load the emulator's stand-in for PayPal's SDK
 * (sdkBaseUrl), a click opens the emulator's approval window as a popup, and the shop captures on
 * the server. Accessible names and test ids come from components/checkout/paypal-buttons.tsx, the
 * SDK stand-in (lib/sandbox/paypal/sdk-script.ts) and the approval window
 * (app/sandbox/paypal/checkout/[orderId]).
 */

const PAYPAL_BUTTON = "Payer avec PayPal (bac à sable)";
const CARD_BUTTON = "Payer par carte bancaire via PayPal, sans compte (bac à sable)";

async function checkoutWithPayPal(page: Page, email: string) {
  await addToCart(page, "savon-lavande", 2);
  await fillCheckout(page, { ...JEANNE, email }, "paypal");
  const buttons = page.getByTestId("paypal-buttons");
  await expect(buttons).toBeVisible();
  // PayPal pays in the page: no "Commander" button, and the card-without-account option is offered.
  await expect(page.getByTestId("place-order")).toHaveCount(0);
  await expect(buttons.getByText("Carte bancaire via PayPal, sans compte", { exact: true })).toBeVisible();
  return buttons;
}

/** Clicks a PayPal button and returns the approval window (a popup on the emulator). */
async function openApprovalWindow(page: Page, buttonName: string): Promise<Page> {
  const buttons = page.getByTestId("paypal-buttons");
  const button = buttons.getByRole("button", { name: buttonName });
  await expect(button).toBeVisible();
  const popupPromise = page.waitForEvent("popup");
  await button.click();
  const popup = await popupPromise;
  await popup.waitForURL(/\/sandbox\/paypal\/checkout\/[A-Z0-9]+/);
  await expect(popup.getByTestId("paypal-sandbox-badge")).toBeVisible();
  return popup;
}

async function logInAndPay(popup: Page, email = "acheteur@sandbox.caisse.fr") {
  await popup.getByLabel("Adresse e-mail").fill(email);
  await popup.getByLabel("Mot de passe").fill("sandbox");
  await popup.getByTestId("paypal-sandbox-login").click();
}

test("a buyer pays with a PayPal sandbox account and sees the receipt", async ({ page }) => {
  const email = `paypal-${Date.now()}@example.fr`;
  await checkoutWithPayPal(page, email);
  const popup = await openApprovalWindow(page, PAYPAL_BUTTON);
  await expect(popup.getByTestId("paypal-sandbox-amount")).toContainText("€");
  await logInAndPay(popup);

  // onApprove: the shop captures, reconciles, then shows the ticket.
  await page.waitForURL(/\/commandes\/CA-[A-Z0-9]{8}\/recu\?t=/, { timeout: 30_000 });
  await expect(page.getByTestId("receipt-result")).toHaveText(/transaction acceptée/i);
  await expect(page.getByTestId("receipt-method")).toHaveText("PayPal");
  await expect(page.getByTestId("receipt-payer")).toHaveText("acheteur@sandbox.caisse.fr");
  await expect(page.getByTestId("receipt-transaction")).toHaveText(/^[A-Z0-9]{8,}$/);
  await expect(page.getByTestId("receipt-card")).toHaveCount(0);
});

test("a guest pays by card through PayPal, without a PayPal account", async ({ page }) => {
  await checkoutWithPayPal(page, `guest-card-${Date.now()}@example.fr`);
  const popup = await openApprovalWindow(page, CARD_BUTTON);
  await popup.getByLabel("Adresse e-mail").fill("invite@example.fr");
  await popup.getByLabel("Nom du titulaire").fill("Jeanne Martin");
  await popup.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await popup.getByLabel(/Date d.expiration/).fill("12/39");
  await popup.getByLabel(/Cryptogramme/).fill("123");
  await popup.getByTestId("paypal-sandbox-card-submit").click();

  await page.waitForURL(/\/commandes\/CA-[A-Z0-9]{8}\/recu\?t=/, { timeout: 30_000 });
  await expect(page.getByTestId("receipt-result")).toHaveText(/transaction acceptée/i);
  await expect(page.getByTestId("receipt-method")).toHaveText("PayPal");
  await expect(page.getByTestId("receipt-card")).toHaveText(/^Visa\s+•••• 4242$/);
  // A guest card payment has no PayPal account to show.
  await expect(page.getByTestId("receipt-payer")).toHaveCount(0);
});

test("cancelling in the PayPal window returns to the checkout with the order still payable", async ({ page }) => {
  await checkoutWithPayPal(page, `cancel-${Date.now()}@example.fr`);
  const popup = await openApprovalWindow(page, PAYPAL_BUTTON);
  await popup.getByTestId("paypal-sandbox-cancel").click();

  // Back on the checkout, which now shows the order the cart became: a French message, the order
  // kept, the PayPal buttons ready for the same order.
  const notice = page.getByTestId("paypal-cancelled");
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText("Paiement PayPal annulé");
  await expect(notice).toContainText("reste à régler");
  await expect(page).toHaveURL(/\/commande\?paypal=annule$/);
  await expect(page.getByTestId("placed-order-link")).toHaveText(/Voir ma commande CA-[A-Z0-9]{8}/);

  // Paying again: the same order, through the same buttons.
  const again = await openApprovalWindow(page, PAYPAL_BUTTON);
  await logInAndPay(again);
  await page.waitForURL(/\/commandes\/CA-[A-Z0-9]{8}\/recu\?t=/, { timeout: 30_000 });
  await expect(page.getByTestId("receipt-result")).toHaveText(/transaction acceptée/i);
});
