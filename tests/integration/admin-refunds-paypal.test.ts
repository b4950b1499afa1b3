import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderEvents } from "@/lib/db/schema";
import { approveWithPaypalAccount } from "@/lib/sandbox/paypal/approval";
import { formatEur } from "@/lib/shared/money";
import { capturePayPalApproval } from "@/lib/use-cases/paypal-checkout";
import { refundPayment } from "@/lib/use-cases/refund-payment";
import { insertUser } from "@/tests/support/admin-fixtures";
import { deliverWebhooks, placePayPalOrder, readOrder, readPayments, setUpPayPalShop } from "@/tests/support/paypal-shop";

/* « Rembourser » a PayPal payment: the capture refunded at PayPal's emulator, recorded once from PayPal's record. */

setUpPayPalShop();

describe("refundPayment through PayPal", () => {
  it("refunds part of a captured PayPal payment once; the refund's webhook records nothing twice and flags nothing", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placePayPalOrder({ priceCents: 1250, quantity: 2 });
    await approveWithPaypalAccount(placed.paypalOrderId, { email: "acheteur@sandbox.caisse.fr", password: "sandbox" });
    await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId });
    await deliverWebhooks();
    const total = placed.totalCents;
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "paid", paidCents: total });

    const result = await refundPayment(admin, { paymentId: placed.payment.id, amountCents: 700, requestKey: crypto.randomUUID(), seenRefundableCents: total });
    expect(result).toEqual({ ok: true, reference: placed.reference, message: `Remboursement de ${formatEur(700)} effectué par PayPal.` });
    await deliverWebhooks();
    const [payment] = await readPayments(placed.order.id);
    expect(payment).toMatchObject({ status: "partially_refunded", refundedCents: 700 });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 700, flag: null });
    const db = await getDb();
    const recorded = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.order.id), eq(orderEvents.type, "payment_refund_recorded")));
    expect(recorded).toHaveLength(1);
    const flagged = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.order.id), eq(orderEvents.type, "external_refund_detected")));
    expect(flagged).toEqual([]);
  });
});
