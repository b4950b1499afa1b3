import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments, type PaymentProvider } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { isOpenStatus, isPaidStatus } from "@/lib/payments/attempt-status";
import { isGatewayError } from "@/lib/providers/errors";
import { requestIds } from "@/lib/providers/paypal/client";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import type { PaymentGateway, ProviderPayment } from "@/lib/providers/types";
import { log } from "@/lib/shared/log";

/**
 * Capturing an approved PayPal order: the step that moves the money, and the only write the shop
 * makes on a buyer's approval. Two callers, one function: the browser's onApprove (server
 * action, capturePayPalApproval below) and reconcilePayment, which finds an order approved but
 * never captured whoever asks (the CHECKOUT.ORDER.APPROVED webhook when the browser never came
 * back, the return page, the sweep). The gateway's `capture` only makes the HTTP call.
 *
 * Never captures what is not exactly ours: the PayPal order must be the one WE stored on our
 * payment row (providerRef — not merely a custom_id, which anyone holding our public client id
 * could put on an order of their own), for our amount and currency, and our payment and order must
 * still be waiting for money.
 *
 * Idempotency: the PayPal-Request-Id is `caisse-capture-<paymentId>`, so a double click, the
 * webhook and the browser capturing together, or a retry after a timeout all replay one capture.
 * After an INSTRUMENT_DECLINED the buyer picks another source on the SAME order (actions.restart);
 * a replay of the declined request id could return the decline again, so each decline is recorded
 * (order event `paypal_instrument_declined` with its request id) and the next capture uses a fresh
 * suffix: `caisse-capture-<paymentId>-r1`, `-r2`, … — still derived from our records only.
 *
 * The claim (a race with cancelling): the checks above read our rows without a lock, and the
 * capture is an HTTP call that cannot run inside a transaction. Between the two, the order could
 * be cancelled (stock given back) or the attempt closed (superseded, expired), and PayPal would
 * still take the money. So, just before the call, the attempt is CLAIMED under the order and
 * payment row locks — the locks every canceller and closer takes — after checking again that both
 * still wait for this money: payments.capture_claimed_at. Whoever comes second sees the other's
 * write: a cancellation that committed first makes the claim fail (nothing captured); a claim that
 * committed first makes the cancellation answer "payment in progress" and closeAttempt leave the
 * attempt alone. The claim is cleared when PayPal certainly captured nothing (declined, not
 * approved, a definite refusal). When the outcome is unknown (timeout, network) it stays, and
 * lapses after CAPTURE_CLAIM_TTL_MS: longer than the client's whole retry budget, and whoever
 * acts after that reconciles first (which records a capture that did happen).
 */

export type CaptureOutcome =
  /** The provider accepted the capture call (the capture itself may be paid, pending or refused). */
  | { kind: "captured"; payment: ProviderPayment }
  | { kind: "already_captured" }
  /** The buyer's funding source was refused: the buyer may choose another one on the same order. */
  | { kind: "declined"; message: string }
  /** Not approved (yet), voided or expired at the provider: nothing to capture. */
  | { kind: "not_approved"; status: string }
  /** Our payment or order is no longer waiting for this money (paid by another attempt, cancelled…). */
  | { kind: "closed" }
  /** Not a payment we created, or not for our amount: never captured. */
  | { kind: "not_ours"; reason: string };

export const DECLINE_EVENT = "paypal_instrument_declined";

/** Claims the attempt for a capture (see above), under the order then payment locks. False: nothing may be captured. */
async function claimCapture(paymentId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
    if (!ref) return false;
    const [order] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select({ status: payments.status }).from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment || !isOpenStatus(payment.status) || !isUnpaid(order.status)) return false;
    await tx.update(payments).set({ captureClaimedAt: new Date() }).where(eq(payments.id, paymentId));
    return true;
  });
}

/** The provider certainly captured nothing: the attempt may be closed or cancelled again. */
async function releaseCapture(paymentId: string): Promise<void> {
  const db = await getDb();
  await db.update(payments).set({ captureClaimedAt: null }).where(eq(payments.id, paymentId));
}

/** The idempotency key of the next capture of this payment: fresh after each recorded decline. */
export function nextCaptureRequestId(paymentId: string, declinedRequestIds: ReadonlySet<string>): string {
  const base = requestIds.capture(paymentId);
  let candidate = base;
  for (let n = 1; declinedRequestIds.has(candidate); n++) candidate = `${base}-r${n}`;
  return candidate;
}

async function declinedRequestIds(paymentId: string): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db
    .select({ data: orderEvents.data })
    .from(orderEvents)
    .where(and(eq(orderEvents.paymentId, paymentId), eq(orderEvents.type, DECLINE_EVENT)));
  return new Set(rows.map((r) => r.data?.requestId).filter((v): v is string => typeof v === "string"));
}

/**
 * Takes the money of an approved provider payment of ours, once (see above). `payment` is the
 * provider's object as just retrieved (saves a read); `onlyIfNeverDeclined` is for the automatic
 * paths: after a recorded decline, only a new approval (the buyer's onApprove, PayPal's
 * CHECKOUT.ORDER.APPROVED) may capture again.
 */
export async function captureApprovedPayment(
  provider: PaymentProvider,
  providerRef: string,
  options: { payment?: ProviderPayment; onlyIfNeverDeclined?: boolean; gateway?: PaymentGateway } = {},
): Promise<CaptureOutcome> {
  const db = await getDb();
  const [row] = await db
    .select({ payment: payments, order: orders })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)));
  if (!row) return { kind: "not_ours", reason: "no payment of ours has this provider reference" };
  const { payment, order } = row;
  const gateway = options.gateway ?? getGatewayOrThrow(provider);

  const theirs = options.payment ?? (await gateway.retrieve(providerRef));
  if (theirs.transactionId || isPaidStatus(theirs.status)) return { kind: "already_captured" };
  if (!theirs.captureRequired) return { kind: "not_approved", status: theirs.providerStatus };
  if (!isOpenStatus(payment.status) || !isUnpaid(order.status)) return { kind: "closed" };

  const problems: string[] = [];
  if (theirs.ourPaymentId !== payment.id) problems.push("our payment id");
  if (theirs.amountCents !== payment.amountCents || theirs.currency !== payment.currency) problems.push("amount");
  if (problems.length) {
    log.error("payments", "approved payment does not match ours: not capturing", { provider, providerRef, paymentId: payment.id, problems });
    return { kind: "not_ours", reason: problems.join(", ") };
  }

  const declined = await declinedRequestIds(payment.id);
  if (options.onlyIfNeverDeclined && declined.size > 0) return { kind: "not_approved", status: "DECLINED_BEFORE" };
  const requestId = nextCaptureRequestId(payment.id, declined);
  if (!(await claimCapture(payment.id))) return { kind: "closed" };
  let result;
  try {
    result = await gateway.capture(providerRef, requestId);
  } catch (error) {
    // A network failure, a timeout, a 5xx or the same capture still running: the provider may
    // have captured, so the claim stays until it lapses. A definite refusal captured nothing.
    if (isGatewayError(error) && !error.retryable && !error.details.outcomeUnknown && error.code !== "invalid_response") await releaseCapture(payment.id);
    throw error;
  }
  switch (result.kind) {
    case "captured":
      log.info("payments", "approved payment captured", { provider, providerRef, paymentId: payment.id, requestId });
      // The claim stays: reconcile records what was captured (paid, or pending with its capture id).
      return result;
    case "already_captured":
      return result;
    case "declined":
      await releaseCapture(payment.id);
      await recordOrderEvent(db, {
        orderId: order.id,
        paymentId: payment.id,
        actor: { type: "provider", id: provider },
        type: DECLINE_EVENT,
        reason: "Moyen de paiement refusé par PayPal à l'encaissement ; l'acheteur peut en choisir un autre.",
        data: { providerRef, requestId, debugId: result.debugId },
      });
      return { kind: "declined", message: result.message };
    case "not_approved":
      await releaseCapture(payment.id);
      return result;
  }
}
