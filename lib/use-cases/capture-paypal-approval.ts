import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { recordOrderEvent } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { fromPayPalMoney, paymentIdFromCustomId } from "@/lib/providers/paypal/adapter";
import { requestIds, type PayPalClient, type WriteOptions } from "@/lib/providers/paypal/client";
import { isPayPalError, type PayPalError } from "@/lib/providers/paypal/errors";
import type { PayPalOrder } from "@/lib/providers/paypal/schemas";

/**
 * Capturing an approved PayPal order: the step that moves the money, and the only write the shop
 * makes on a buyer's approval. Three callers, one function: the browser's onApprove (server
 * action), the CHECKOUT.ORDER.APPROVED webhook (the browser never came back), and the gateway's
 * fetch (return page, sweep) for an order approved but never captured.
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
  /** PayPal accepted the capture call (the capture itself may be COMPLETED, PENDING or DECLINED). */
  | { kind: "captured"; order: PayPalOrder; raw: unknown }
  | { kind: "already_captured" }
  /** INSTRUMENT_DECLINED: the buyer may choose another funding source on the same order. */
  | { kind: "declined"; error: PayPalError }
  /** Not approved (yet), voided or expired at PayPal: nothing to capture. */
  | { kind: "not_approved"; status: string }
  /** Our payment or order is no longer waiting for this money (paid by another attempt, cancelled…). */
  | { kind: "closed" }
  /** Not an order we created, or not for our amount: never captured. */
  | { kind: "not_ours"; reason: string };

export const DECLINE_EVENT = "paypal_instrument_declined";

/** How long a capture claim holds (the PayPal client gives up on a write well within it: 3 × 30 s + token calls). */
export const CAPTURE_CLAIM_TTL_MS = 5 * 60 * 1000;

/** Whether a capture claimed at `claimedAt` may still be in flight. Pure, unit-tested. */
export function captureClaimActive(claimedAt: Date | null, now: Date = new Date()): boolean {
  return claimedAt !== null && now.getTime() - claimedAt.getTime() < CAPTURE_CLAIM_TTL_MS;
}

/** Claims the attempt for a capture (see above), under the order then payment locks. False: nothing may be captured. */
async function claimCapture(paymentId: string): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
    if (!ref) return false;
    const [order] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select({ status: payments.status }).from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment || !(payment.status === "created" || payment.status === "pending") || !isUnpaid(order.status)) return false;
    await tx.update(payments).set({ captureClaimedAt: new Date() }).where(eq(payments.id, paymentId));
    return true;
  });
}

/** PayPal certainly captured nothing: the attempt may be closed or cancelled again. */
async function releaseCapture(paymentId: string): Promise<void> {
  const db = await getDb();
  await db.update(payments).set({ captureClaimedAt: null }).where(eq(payments.id, paymentId));
}

/** The request id for the next capture of this payment: fresh after each recorded decline. */
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

export async function captureApprovedOrder(
  client: PayPalClient,
  providerRef: string,
  options: {
    /** The order as just fetched, to save a GET. */
    order?: PayPalOrder;
    /** The automatic paths (fetch) capture only while no decline is recorded: after one, the buyer must re-approve. */
    onlyIfNeverDeclined?: boolean;
    mockResponse?: WriteOptions["mockResponse"];
  } = {},
): Promise<CaptureOutcome> {
  const db = await getDb();
  const [row] = await db
    .select({ payment: payments, order: orders })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(and(eq(payments.provider, "paypal"), eq(payments.providerRef, providerRef)));
  if (!row) return { kind: "not_ours", reason: "no payment of ours has this PayPal order id" };
  const { payment, order } = row;

  const paypalOrder = options.order ?? (await client.orders.get(providerRef)).data;
  if (paypalOrder.status === "COMPLETED") return { kind: "already_captured" };
  if (paypalOrder.status !== "APPROVED") return { kind: "not_approved", status: paypalOrder.status };
  if (!(payment.status === "created" || payment.status === "pending") || !isUnpaid(order.status)) return { kind: "closed" };

  const unit = paypalOrder.purchase_units?.[0];
  const amount = unit?.amount ? fromPayPalMoney(unit.amount) : null;
  const problems: string[] = [];
  if ((paypalOrder.purchase_units?.length ?? 0) !== 1) problems.push("purchase units");
  if (paymentIdFromCustomId(unit?.custom_id) !== payment.id) problems.push("custom_id");
  if (!amount || amount.cents !== payment.amountCents || amount.currency !== payment.currency) problems.push("amount");
  if (problems.length) {
    log.error("paypal", "approved order does not match our payment: not capturing", { providerRef, paymentId: payment.id, problems });
    return { kind: "not_ours", reason: problems.join(", ") };
  }

  const declined = await declinedRequestIds(payment.id);
  if (options.onlyIfNeverDeclined && declined.size > 0) return { kind: "not_approved", status: "DECLINED_BEFORE" };
  const requestId = nextCaptureRequestId(payment.id, declined);
  if (!(await claimCapture(payment.id))) return { kind: "closed" };
  try {
    const { data, raw } = await client.orders.capture(providerRef, { requestId, mockResponse: options.mockResponse });
    log.info("paypal", "order captured", { providerRef, paymentId: payment.id, requestId });
    // The claim stays: reconcile records what was captured (paid, or pending with its capture id).
    return { kind: "captured", order: data, raw };
  } catch (error) {
    // A network failure or a timeout: PayPal may have captured. The claim stays until it lapses.
    if (!isPayPalError(error)) throw error;
    if (error.paypalCode === "order_already_captured") return { kind: "already_captured" };
    // A 5xx, or the same capture still running at PayPal (another caller's): outcome unknown too.
    if (error.retryable || error.paypalCode === "duplicate_request") throw error;
    // From here PayPal refused the call: nothing was captured.
    await releaseCapture(payment.id);
    if (error.paypalCode === "instrument_declined") {
      await recordOrderEvent(db, {
        orderId: order.id,
        paymentId: payment.id,
        actor: { type: "provider", id: "paypal" },
        type: DECLINE_EVENT,
        reason: "Moyen de paiement refusé par PayPal à l'encaissement ; l'acheteur peut en choisir un autre.",
        data: { providerRef, requestId, debugId: error.paypal.debugId },
      });
      return { kind: "declined", error };
    }
    if (error.paypalCode === "order_not_approved" || error.paypalCode === "order_expired" || error.paypalCode === "payer_action_required") {
      return { kind: "not_approved", status: error.paypal.issue ?? "UNKNOWN" };
    }
    throw error;
  }
}
