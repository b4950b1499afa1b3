import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { recordOrderEvent } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { fromPayPalMoney, paymentIdFromCustomId } from "./adapter";
import { requestIds, type PayPalClient, type WriteOptions } from "./client";
import { isPayPalError, type PayPalError } from "./errors";
import type { PayPalOrder } from "./schemas";

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
  try {
    const { data, raw } = await client.orders.capture(providerRef, { requestId, mockResponse: options.mockResponse });
    log.info("paypal", "order captured", { providerRef, paymentId: payment.id, requestId });
    return { kind: "captured", order: data, raw };
  } catch (error) {
    if (!isPayPalError(error)) throw error;
    if (error.paypalCode === "order_already_captured") return { kind: "already_captured" };
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
