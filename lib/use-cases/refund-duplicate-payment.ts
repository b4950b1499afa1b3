import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { moneyPosition } from "@/lib/orders/ledger";
import { isPaidStatus } from "@/lib/payments/attempt-status";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { queueDuplicatePaymentRefundedEmail } from "@/lib/use-cases/order-emails";
import { reconcilePayment, type ReconcileSource } from "@/lib/use-cases/reconcile-payment";

/*
 * A second online payment on an order already paid (the provider is the last word: an attempt
 * closed on our side was still paid in an old window) is given back at once, through its provider,
 * rather than left as a flag: the customer paid once. Only the excess this payment brought (net
 * money beyond the total) is refunded, never money the order keeps; an order that was not paid
 * before (a partial transfer, then the card) keeps its flag for an admin, who chooses which money
 * to give back.
 *
 * Safe to call any number of times, from several instances: a claim event written under the order
 * and payment locks decides the amount once, the provider call carries an idempotency key derived
 * from our payment id (PayPal-Request-Id; PayPlug's refund metadata, looked up before creating),
 * and the customer's e-mail is queued once, with the event that records the refund.
 */

const ACTOR: Actor = { type: "system", id: "duplicate-refund" };
const REQUESTED = "duplicate_refund_requested";
const REFUNDED = "duplicate_payment_refunded";
const FAILED = "duplicate_refund_failed";

export type DuplicateRefundOutcome = { kind: "none" } | { kind: "refunded"; amountCents: number } | { kind: "failed"; error: string };

export function duplicateRefundKey(paymentId: string): string {
  return `duplicate-${paymentId}`;
}

/** `retryOnly`: only finish a refund already decided (the sweep), never decide a new one. */
export async function refundDuplicatePayment(paymentId: string, options: { source: ReconcileSource; retryOnly?: boolean }): Promise<DuplicateRefundOutcome> {
  const db = await getDb();
  const claim = await db.transaction(async (tx) => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
    if (!ref) return null;
    const [order] = await tx.select().from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment?.provider || !payment.providerRef || !isPaidStatus(payment.status)) return null;
    const claims = await tx
      .select({ type: orderEvents.type, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, paymentId), inArray(orderEvents.type, [REQUESTED, REFUNDED])))
      .orderBy(orderEvents.id);
    if (claims.some((c) => c.type === REFUNDED)) return null;
    const earlier = claims.find((c) => c.type === REQUESTED);
    // Decided once: a repeat call replays the same amount with the same key.
    let amountCents = typeof earlier?.data?.amountCents === "number" ? earlier.data.amountCents : 0;
    if (!earlier) {
      if (options.retryOnly || order.status !== "paid") return null;
      amountCents = Math.min(moneyPosition(order).excessCents, payment.amountCents - payment.refundedCents);
      if (amountCents <= 0) return null;
      await recordOrderEvent(tx, {
        orderId: order.id,
        paymentId,
        actor: ACTOR,
        type: REQUESTED,
        reason: `Paiement en double : remboursement automatique de ${formatEur(amountCents)} demandé`,
        data: { amountCents, providerRef: payment.providerRef, source: options.source },
      });
    }
    return { provider: payment.provider, providerRef: payment.providerRef, orderId: order.id, amountCents };
  });
  if (!claim) return { kind: "none" };

  try {
    await getGatewayOrThrow(claim.provider).refund(claim.providerRef, claim.amountCents, duplicateRefundKey(paymentId));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error("payments", "automatic refund of a duplicate payment failed; the order stays flagged for an admin", { paymentId, providerRef: claim.providerRef, error });
    await recordOrderEvent(db, {
      orderId: claim.orderId,
      paymentId,
      actor: ACTOR,
      type: FAILED,
      reason: `Remboursement automatique du paiement en double impossible : à rembourser depuis le back-office ou le tableau de bord du prestataire.`,
      data: { amountCents: claim.amountCents, error: message },
    });
    return { kind: "failed", error: message };
  }

  // The refund as the provider records it: the payment's refunded amount, the order's flag cleared.
  await reconcilePayment(claim.provider, claim.providerRef, { source: options.source });

  await db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, claim.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment) return;
    const [done] = await tx
      .select({ id: orderEvents.id })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, paymentId), eq(orderEvents.type, REFUNDED)))
      .limit(1);
    if (done) return;
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId,
      actor: ACTOR,
      type: REFUNDED,
      reason: `Paiement en double remboursé automatiquement : ${formatEur(claim.amountCents)}`,
      data: { amountCents: claim.amountCents, providerRef: claim.providerRef, idempotencyKey: duplicateRefundKey(paymentId) },
    });
    await queueDuplicatePaymentRefundedEmail(tx, order, payment, claim.amountCents);
  });
  log.warn("payments", "duplicate payment refunded automatically", { paymentId, providerRef: claim.providerRef, amountCents: claim.amountCents });
  return { kind: "refunded", amountCents: claim.amountCents };
}
