import { expect, type Browser, type Page } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./payplug";
import { ACCOUNTS, addToCart, fillCheckout, placeOrder, signIn, type Buyer } from "./shop";

/** The steps many journeys start with: an order placed and paid, or awaiting its transfer; an admin beside the customer. */

/** A guest buys `quantity` of `slug` and pays by card (test card, SMS step) up to « Transaction acceptée »; returns the order's reference. */
export async function orderPaidByCard(page: Page, buyer: Buyer, slug: string, quantity = 1): Promise<string> {
  await addToCart(page, slug, quantity);
  await fillCheckout(page, buyer, "card");
  await placeOrder(page);
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });
  // The receipt lives under the order's own page: /commandes/<reference>/recu.
  const reference = /\/commandes\/(CA-[A-Z0-9]{8})\//.exec(new URL(page.url()).pathname)?.[1] ?? "";
  expect(reference).toMatch(/^CA-[2-9A-Z]{8}$/);
  return reference;
}

/** A guest orders `slug` by bank transfer; returns the reference shown with the transfer instructions. */
export async function orderAwaitingTransfer(page: Page, buyer: Buyer, slug: string): Promise<string> {
  await addToCart(page, slug, 1);
  await fillCheckout(page, buyer, "transfer");
  await placeOrder(page);
  const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";
  expect(reference).toMatch(/^CA-[2-9A-Z]{8}$/);
  return reference;
}

/** The demo admin signed in, in a browser context of its own (the customer's session stays apart). */
export async function adminPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ admin: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const admin = await context.newPage();
  await signIn(admin, ACCOUNTS.admin);
  return { admin, close: () => context.close() };
}
