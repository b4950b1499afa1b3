import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import OrderPage from "@/app/(shop)/commandes/[reference]/page";
import ReceiptPage from "@/app/(shop)/commandes/[reference]/recu/page";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { capturePayPalApproval } from "@/lib/use-cases/paypal-checkout";
import { approveWithGuestCard, approveWithPaypalAccount, guestCardSchema } from "@/lib/sandbox/paypal/approval";
import { deliverWebhooks, placePayPalOrder, setUpPayPalShop } from "@/tests/support/paypal-shop";
import { hrefsOf, renderPage, textOf } from "@/tests/support/render-page";

/*
 * A guest pays with PayPal in the checkout page (PayPal emulator over real HTTP). After the
 * capture the browser goes to the receipt with the order's signed link token; from there the
 * order page must open, and every link must keep the token.
 */

setUpPayPalShop();

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

async function mailsOf(orderId: string) {
  return (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
}

describe("a guest who paid with PayPal", () => {
  it.each([
    ["a PayPal account", (id: string) => approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "sandbox" })],
    [
      "a card, without a PayPal account",
      (id: string) => approveWithGuestCard(id, guestCardSchema.parse({ email: "invite@example.fr", name: "Jean Invité", number: "4242424242424242", expiry: "12/39", cvc: "123" })),
    ],
  ])("with %s: receipt → order page with the token, one confirmation e-mail", async (_label, approve) => {
    const placed = await placePayPalOrder({ priceCents: 1250, quantity: 2 });
    await approve(placed.paypalOrderId);
    const captured = await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId });
    if (captured.status !== "paid") throw new Error(`capture: ${captured.status}`);
    await deliverWebhooks();
    const ref = placed.reference;

    // Where the browser goes after the capture: the receipt, with the signed token.
    const token = new URL(captured.receiptPath, env.appUrl).searchParams.get("t")!;
    expect(token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(placed.token);
    const receipt = await renderPage(ReceiptPage, { reference: ref }, { t: token });
    expect(textOf(receipt, "receipt-result")).toBe("Transaction acceptée");
    expect(textOf(receipt, "receipt-method")).toBe("PayPal");
    const [orderHref] = hrefsOf(receipt, "receipt-order-link");
    expect(orderHref).toBe(`/commandes/${ref}?t=${encodeURIComponent(token)}`);

    const orderPage = await renderPage(OrderPage, { reference: ref }, { t: token });
    expect(textOf(orderPage, "order-reference")).toBe(ref);
    expect(textOf(orderPage, "order-status")).toBe("Payée");
    expect(hrefsOf(orderPage, "order-receipt-link")).toEqual([`/commandes/${ref}/recu?t=${encodeURIComponent(token)}`]);

    const mails = await mailsOf(placed.order.id);
    expect(mails.map((m) => m.template)).toEqual(["order-confirmation-paid"]);
    const text = plain(mails[0]!.text);
    expect(text).toContain("Savon à la lavande × 2 : 25,00 €");
    expect(text).toContain("Moyen de paiement : PayPal");
    expect(text).toContain(`${env.appUrl}/commandes/${ref}/recu?t=${token}`);
    expect(text).toContain(`${env.appUrl}/commandes/${ref}?t=${token}`);
    expect(text).toContain(`SIRET ${env.merchant.siret}`);
  });
});
