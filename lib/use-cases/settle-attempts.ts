import "server-only";
import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { orderEvents, orders, payments, type PaymentStatus } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { captureClaimActive, CLOSED_ATTEMPT_REASONS, type ClosedAttemptReason } from "@/lib/payments/attempt-status";
import { paypalOrderExpired } from "@/lib/providers/paypal/expiry";
import { applyAttemptFailure, reconcilePayment, type ReconcileSource } from "@/lib/use-cases/reconcile-payment";

/*
 * Online attempts that nobody will finish: a provider payment the buyer abandoned past its
 * provider's expiry, an attempt whose start never reached the provider (or whose answer was lost),
 * or the open attempts of an order being cancelled. Each is closed once, with the same effects as a
 * failure reported by the provider (reconcile's applyAttemptFailure), and never over a success:
 * the provider is asked first, and whatever it says wins.
 */

const START_REQUESTED = "payment_start_requested";
const STARTED = "payment_started";

/**
 * When we asked the provider to create this attempt's payment: our first request (the provider
 * created it no earlier) and our last recorded success (no later). The attempt's creation when
 * the events are missing.
 */
export async function attemptStartTimes(db: Executor, payment: { id: string; createdAt: Date }): Promise<{ firstRequestedAt: Date; startedAt: Date }> {
  const rows = await db
    .select({ type: orderEvents.type, first: sql<Date>`min(${orderEvents.createdAt})`.mapWith(orderEvents.createdAt), last: sql<Date>`max(${orderEvents.createdAt})`.mapWith(orderEvents.createdAt) })
    .from(orderEvents)
    .where(and(eq(orderEvents.paymentId, payment.id), inArray(orderEvents.type, [START_REQUESTED, STARTED])))
    .groupBy(orderEvents.type);
  const first = rows.find((r) => r.type === START_REQUESTED)?.first;
  const last = rows.find((r) => r.type === STARTED)?.last;
  return { firstRequestedAt: first ? new Date(first) : payment.createdAt, startedAt: last ? new Date(last) : payment.createdAt };
}

/**
 * Closes one attempt ourselves (status "cancelled", with the reason), if it is still in one of the
 * `expected` states, no capture is claimed on it and, with `requireNoTransaction`, nothing was
 * captured on it. Locks the order
 * then the payment, like every writer. The order follows as for a provider's failure. Returns
 * whether it closed it.
 */
export async function closeAttempt(input: {
  paymentId: string;
  reason: ClosedAttemptReason;
  expected: readonly PaymentStatus[];
  requireNoTransaction?: boolean;
  source: ReconcileSource;
  actor: Actor;
}): Promise<boolean> {
  const db = await getDb();
  const { code, message } = CLOSED_ATTEMPT_REASONS[input.reason];
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
    if (!ref) return false;
    const [order] = await tx.select().from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for("update");
    if (!order || !payment) return false;
    if (!input.expected.includes(payment.status)) return false;
    if (input.requireNoTransaction && payment.transactionId) return false;
    // A PayPal capture claimed and maybe under way (paypal/capture.ts): the money may be taken
    // this very second. Never close under it; its outcome, or the claim's lapse, comes first.
    if (captureClaimActive(payment.captureClaimedAt)) {
      log.info("payments", "attempt left open: a capture is in progress", { paymentId: payment.id, reason: input.reason });
      return false;
    }
    const closed = { ...payment, status: "cancelled" as const, failureCode: code, failureMessage: message, updatedAt: new Date() };
    await tx.update(payments).set({ status: closed.status, failureCode: code, failureMessage: message, updatedAt: closed.updatedAt }).where(eq(payments.id, payment.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor: input.actor,
      type: "payment_cancelled",
      reason: message,
      data: { providerRef: payment.providerRef, attempt: payment.attempt, from: payment.status, to: "cancelled", source: input.source, failureCode: code },
    });
    await applyAttemptFailure(tx, { order, payment: closed, actor: input.actor, source: input.source });
    log.info("payments", "attempt closed by the shop", { paymentId: payment.id, reason: input.reason, source: input.source });
    return true;
  });
}

/**
 * An attempt still "created": its provider was never called, or the answer to our call was lost.
 * The provider is asked for a payment carrying our id (PayPlug lists its payments; a PayPal order
 * whose answer we lost was never shown to anyone, so nobody can approve it). Found: adopted,
 * aborted (it was never shown to the customer either) and reconciled, so a success still wins.
 * Not found: closed as never started.
 */
export async function settleCreatedAttempt(paymentId: string, options: { source: ReconcileSource; actor: Actor }): Promise<"adopted" | "closed" | "unchanged"> {
  const db = await getDb();
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment?.provider || payment.status !== "created" || payment.providerRef) return "unchanged";
  const gateway = getGatewayOrThrow(payment.provider);
  const found = await gateway.findCreated({ paymentId: payment.id, createdAfter: payment.createdAt });
  if (!found) {
    return (await closeAttempt({ paymentId, reason: "not_started", expected: ["created"], source: options.source, actor: options.actor })) ? "closed" : "unchanged";
  }
  const [adopted] = await db
    .update(payments)
    .set({ providerRef: found.providerRef, providerLive: found.live, redirectUrl: found.redirectUrl ?? null, status: "pending", updatedAt: new Date() })
    .where(and(eq(payments.id, paymentId), eq(payments.status, "created"), sql`${payments.providerRef} is null`))
    .returning({ id: payments.id });
  if (adopted) log.warn("payments", "adopted a provider payment whose creation answer was lost", { paymentId, providerRef: found.providerRef });
  await gateway.cancel(found.providerRef);
  await reconcilePayment(payment.provider, found.providerRef, { source: options.source });
  return "adopted";
}

/**
 * Before an order is cancelled: every open online attempt is settled with its provider. Pending
 * ones are reconciled first (a late success wins and the order is then paid, not cancelled);
 * PayPlug payments still open are aborted at PayPlug, then reconciled again. PayPal has nothing
 * to abort (an intent=CAPTURE order cannot be voided): the shop simply never captures it once our
 * attempt is closed (paypal/capture.ts), and PayPal expires it. Throws when a provider cannot be
 * reached: we cannot tell whether money moved, so the order must not be cancelled yet.
 */
export async function settleOpenAttempts(orderId: string, options: { source: ReconcileSource; actor: Actor }): Promise<void> {
  const db = await getDb();
  const open = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider), inArray(payments.status, ["created", "pending"])));
  for (const attempt of open) {
    const provider = attempt.provider!;
    if (!attempt.providerRef) {
      await settleCreatedAttempt(attempt.id, options);
      continue;
    }
    const first = await reconcilePayment(provider, attempt.providerRef, { source: options.source });
    const stillOpen = (first.outcome === "updated" || first.outcome === "unchanged") && (first.status === "pending" || first.status === "created");
    if (stillOpen && provider === "payplug") {
      await getGatewayOrThrow(provider).cancel(attempt.providerRef);
      await reconcilePayment(provider, attempt.providerRef, { source: options.source });
    }
  }
}

/**
 * A cancellation settled the order's attempts (source "cancel": an attempt it closed sends no
 * failure e-mail, since the cancellation's own e-mail follows) and was then refused — money
 * recorded meanwhile, activity, a capture in progress, a provider that stopped answering. The
 * order must not stay "pending_payment" behind an attempt that can no longer succeed, with the
 * customer told nothing: its latest attempt, if settling closed it, gets the effects of any
 * failure (payment_failed, and the failure e-mail with a way to pay). Returns whether it did.
 */
export async function followFailureAfterRefusedCancel(orderId: string, actor: Actor): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (order?.status !== "pending_payment") return false;
    const [latest] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider)))
      .orderBy(desc(payments.attempt), desc(payments.createdAt))
      .limit(1)
      .for("update");
    if (!latest || (latest.status !== "failed" && latest.status !== "cancelled")) return false;
    const status = await applyAttemptFailure(tx, { order, payment: latest, actor, source: "cancel_refused" });
    if (status === "payment_failed") log.info("payments", "cancellation refused after its attempts were settled: the order follows their failure", { orderId, paymentId: latest.id });
    return status === "payment_failed";
  });
}

/**
 * The sweep's last word on a pending PayPal attempt that was never approved: past PayPal's window
 * (paypal/expiry.ts) it is closed as expired, so the sweep stops re-fetching it and the order can
 * be paid again or cancelled. Call after a final reconcile; does nothing to an attempt with a
 * capture (PayPal may still complete a pending capture).
 */
export async function closeExpiredPayPalAttempt(paymentId: string, options: { now?: Date; source: ReconcileSource; actor: Actor }): Promise<boolean> {
  const db = await getDb();
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  if (payment?.provider !== "paypal" || payment.status !== "pending" || payment.transactionId) return false;
  const { startedAt } = await attemptStartTimes(db, payment);
  if (!paypalOrderExpired(startedAt, options.now)) return false;
  return closeAttempt({ paymentId, reason: "expired", expected: ["pending"], requireNoTransaction: true, source: options.source, actor: options.actor });
}
