import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, products } from "@/lib/db/schema";
import { cancelStaleOnlineOrders } from "@/lib/use-cases/cancel-stale-orders";
import { cancelUnpaidOrder, cancelUnpaidOrderInTx } from "@/lib/use-cases/cancel-order";
import { captureApprovedPayment } from "@/lib/use-cases/capture-paypal-approval";
import { createPayPalGateway } from "@/lib/providers/paypal/gateway";
import { capturePayPalApproval, PAYPAL_CHECKOUT_MESSAGES, startPayPalForOrder } from "@/lib/use-cases/paypal-checkout";
import { paypalClient } from "@/lib/providers/paypal/client";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { closeAttempt } from "@/lib/use-cases/settle-attempts";
import { approveWithPaypalAccount, cancelApproval } from "@/lib/sandbox/paypal/approval";
import { deliverWebhooks, eventsOf, placePayPalOrder, readOrder, readPayments, setUpPayPalShop } from "@/tests/support/paypal-shop";

/*
 * PayPal attempts over real HTTP to the emulator: an open PayPal order is reconciled (never merely
 * fetched, which captures) before being handed back, never handed back once PayPal's 3-hour
 * window is nearly over, closed by the sweep after it, and never captured once closed.
 */

setUpPayPalShop();

const HOUR = 60 * 60 * 1000;
const buyer = { email: "acheteur@sandbox.caisse.fr", password: "sandbox" };

/** Moves our record of when the PayPal order was requested `ms` into the past. */
async function ageStart(paymentId: string, ms: number) {
  const db = await getDb();
  const rows = await db.select().from(orderEvents).where(eq(orderEvents.paymentId, paymentId));
  for (const row of rows) await db.update(orderEvents).set({ createdAt: new Date(row.createdAt.getTime() - ms) }).where(eq(orderEvents.id, row.id));
}

describe("the next click on an order with an open PayPal order", () => {
  it("approved in another tab meanwhile: reconciled (captured AND recorded), the order is paid, nothing handed back", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    const again = await startPayPalForOrder({ reference: placed.reference, token: placed.token });
    expect(again).toMatchObject({ ok: false, reason: "already_paid", message: PAYPAL_CHECKOUT_MESSAGES.alreadyPaid });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "paid", paidCents: placed.totalCents });
    const [payment] = await readPayments(placed.order.id);
    expect(payment).toMatchObject({ status: "paid" });
    expect(payment!.transactionId).toBeTruthy();
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("COMPLETED");
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
    // The webhooks that follow change nothing.
    await deliverWebhooks();
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
  });

  it("still open and fresh: the same PayPal order is handed back", async () => {
    const placed = await placePayPalOrder();
    await cancelApproval(placed.paypalOrderId);
    expect(await startPayPalForOrder({ reference: placed.reference, token: placed.token })).toMatchObject({ ok: true, paypalOrderId: placed.paypalOrderId });
  });

  it("nearly expired: never handed back; a new attempt replaces it and the old order can no longer be captured", async () => {
    const placed = await placePayPalOrder();
    await ageStart(placed.payment.id, 2 * HOUR + 45 * 60 * 1000);
    const again = await startPayPalForOrder({ reference: placed.reference, token: placed.token });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.paypalOrderId).not.toBe(placed.paypalOrderId);
    const attempts = await readPayments(placed.order.id);
    expect(attempts.map((p) => [p.attempt, p.status, p.failureCode])).toEqual([
      [1, "cancelled", "superseded"],
      [2, "pending", null],
    ]);
    // The buyer approves the old order in a forgotten window: the shop never captures it.
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    expect(await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId })).toMatchObject({ status: "failed" });
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("APPROVED");
    expect((await readOrder(placed.order.id)).paidCents).toBe(0);
    // The new one pays.
    await approveWithPaypalAccount(again.paypalOrderId, buyer);
    expect(await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: again.paypalOrderId })).toMatchObject({ status: "paid" });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "paid", paidCents: placed.totalCents, flag: null });
  });
});

describe("the sweep and PayPal's approval window", () => {
  it("re-fetches an unapproved PayPal order only until PayPal expires it, then closes the attempt once", async () => {
    const placed = await placePayPalOrder();
    // Within the window: reconciled, still pending.
    expect(await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + HOUR) })).toMatchObject({ claimed: 1, expired: 0 });
    expect((await readPayments(placed.order.id))[0]!.status).toBe("pending");
    // Past 3 hours (and the margin): one last reconcile, then closed as expired.
    const report = await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 3 * HOUR + 20 * 60 * 1000) });
    expect(report).toMatchObject({ claimed: 1, expired: 1, failed: 0 });
    expect((await readPayments(placed.order.id))[0]).toMatchObject({ status: "cancelled", failureCode: "expired" });
    expect((await readOrder(placed.order.id)).status).toBe("payment_failed");
    const db = await getDb();
    const failed = (await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, placed.order.id))).filter((m) => m.template === "payment-failed");
    expect(failed).toHaveLength(1);
    // Never fetched again.
    expect(await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 4 * HOUR) })).toMatchObject({ claimed: 0 });
  });

  it("an abandoned PayPal checkout gives its stock back after 48 hours, whatever the failure e-mail's link says", async () => {
    const placed = await placePayPalOrder({ quantity: 2 });
    await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 3 * HOUR + 20 * 60 * 1000) });
    expect((await readOrder(placed.order.id)).status).toBe("payment_failed");
    // The failure e-mail carries a 7-day link the shop made by itself: it does not keep the order.
    expect(await cancelStaleOnlineOrders({ now: new Date(Date.now() + 47 * HOUR) })).toMatchObject({ claimed: 0 });
    expect(await cancelStaleOnlineOrders({ now: new Date(Date.now() + 49 * HOUR) })).toMatchObject({ claimed: 1, cancelled: 1 });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "cancelled" });
    const db = await getDb();
    expect((await db.select({ stock: products.stock }).from(products))[0]!.stock).toBe(50);
  });

  it("an approval that came in time is captured by that last reconcile, not closed", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    const report = await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 3 * HOUR + 20 * 60 * 1000) });
    expect(report).toMatchObject({ claimed: 1, updated: 1, expired: 0 });
    expect((await readOrder(placed.order.id)).status).toBe("paid");
  });
});

describe("cancelling a PayPal order", () => {
  it("closes the open PayPal attempt (nothing to call at PayPal), puts the stock back, and a later approval is never captured", async () => {
    const placed = await placePayPalOrder({ quantity: 2 });
    const db = await getDb();
    const stock = async () => (await db.select({ stock: products.stock }).from(products))[0]!.stock;
    expect(await stock()).toBe(48);
    const result = await cancelUnpaidOrder({ orderId: placed.order.id, actor: { type: "admin", id: null }, reason: "test", customerWhy: "à votre demande" });
    expect(result).toMatchObject({ ok: true, restoredUnits: 2 });
    expect(await stock()).toBe(50);
    expect((await readPayments(placed.order.id))[0]).toMatchObject({ status: "cancelled", failureCode: "order_cancelled" });
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    await deliverWebhooks();
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("APPROVED");
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "cancelled", paidCents: 0 });
  });
});

describe("a capture and a cancellation at the same moment: never money on a cancelled order", () => {
  const cancelInput = (orderId: string) => ({ orderId, actor: { type: "admin" as const, id: null }, reason: "test", customerWhy: "à votre demande" });

  /** The real client over HTTP, with one call held until the test releases it. */
  function holding(call: "get" | "capture") {
    const real = paypalClient();
    let release!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const hold =
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        reached();
        await gate;
        return fn(...args);
      };
    const orders = call === "get" ? { ...real.orders, get: hold(real.orders.get) } : { ...real.orders, capture: hold(real.orders.capture) };
    return { client: { ...real, orders }, arrived, release };
  }

  it("cancelled after the capture's checks, before its call: the claim sees it and nothing is captured", async () => {
    const placed = await placePayPalOrder({ quantity: 2 });
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    const held = holding("get");
    const capturing = captureApprovedPayment("paypal", placed.paypalOrderId, { gateway: createPayPalGateway(() => held.client) });
    await held.arrived; // our rows were read: attempt pending, order unpaid
    const db = await getDb();
    expect(await db.transaction((tx) => cancelUnpaidOrderInTx(tx, cancelInput(placed.order.id)))).toMatchObject({ ok: true, restoredUnits: 2 });
    held.release();
    expect(await capturing).toEqual({ kind: "closed" });
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("APPROVED");
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "cancelled", paidCents: 0, flag: null });
  });

  it("claimed first: the cancellation and the closing of the attempt wait, the capture is recorded and the order paid", async () => {
    const placed = await placePayPalOrder({ quantity: 2 });
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    const held = holding("capture");
    const capturing = captureApprovedPayment("paypal", placed.paypalOrderId, { gateway: createPayPalGateway(() => held.client) });
    await held.arrived; // claimed, the capture call on its way
    const db = await getDb();
    expect(await db.transaction((tx) => cancelUnpaidOrderInTx(tx, cancelInput(placed.order.id)))).toMatchObject({ ok: false, code: "payment_in_progress" });
    const actor = { type: "system" as const, id: "test" };
    expect(await closeAttempt({ paymentId: placed.payment.id, reason: "superseded", expected: ["pending"], requireNoTransaction: true, source: "test", actor })).toBe(false);
    expect(await closeAttempt({ paymentId: placed.payment.id, reason: "expired", expected: ["pending"], requireNoTransaction: true, source: "sweep", actor })).toBe(false);
    held.release();
    expect(await capturing).toMatchObject({ kind: "captured" });
    await reconcilePayment("paypal", placed.paypalOrderId, { source: "test" });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "paid", paidCents: placed.totalCents, flag: null });
    expect((await db.select({ stock: products.stock }).from(products))[0]!.stock).toBe(48);
  });

  it("a declined capture releases its claim: the order can be cancelled at once", async () => {
    const placed = await placePayPalOrder({ quantity: 2 });
    await approveWithPaypalAccount(placed.paypalOrderId, { email: "refus@sandbox.caisse.fr", password: "sandbox" });
    expect(await captureApprovedPayment("paypal", placed.paypalOrderId)).toMatchObject({ kind: "declined" });
    expect((await readPayments(placed.order.id))[0]!.captureClaimedAt).toBeNull();
    const db = await getDb();
    expect(await db.transaction((tx) => cancelUnpaidOrderInTx(tx, cancelInput(placed.order.id)))).toMatchObject({ ok: true });
  });
});
