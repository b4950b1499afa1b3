import { expect, test } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./support/payplug";
import { addToCart, fillCheckout, JEANNE, placeOrder } from "./support/shop";

/* « Me rétracter » on the order page (issue 10), at phone size: a confirmation step, then the record. */

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a guest withdraws from a paid order from its page, after one confirmation", async ({ page }) => {
  await addToCart(page, "creme-mains-karite", 1);
  await fillCheckout(page, { ...JEANNE, email: `retractation-${Date.now()}@example.fr` }, "card");
  await placeOrder(page);
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });
  await page.getByTestId("receipt-order-link").click();

  await page.getByTestId("withdrawal-open").click();
  // Not ticked: refused next to the box, nothing recorded.
  await page.getByTestId("withdrawal-confirm").click();
  await expect(page.getByText("Cochez la case pour confirmer votre rétractation.")).toBeVisible();
  await page.getByLabel(/Je confirme me rétracter de la commande CA-/).check();
  await page.getByTestId("withdrawal-confirm").click();
  // The page itself now shows the request (the action refreshes it), with the refund's deadline.
  await expect(page.getByTestId("withdrawal-recorded")).toContainText(/Votre rétractation a été enregistrée le \d\d\/\d\d\/\d{4}\. Nous vous rembourserons au plus tard le \d\d\/\d\d\/\d{4}/);

  await page.reload();
  await expect(page.getByTestId("withdrawal-recorded")).toBeVisible();
  await expect(page.getByTestId("withdrawal-open")).toHaveCount(0);
  await expect(page.getByTestId("order-history")).toContainText("Rétractation enregistrée");
});
