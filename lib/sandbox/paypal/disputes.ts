import "server-only";
import { getDb, type Executor, type Tx } from "@/lib/db/client";
import { issue, notFound } from "./errors";
import { newDisputeId } from "./ids";
import { findCapture, findDispute, findOrder, insertDispute, lockCapture, lockDispute, nowIso, renderDispute, saveDispute, type DisputeData, type DisputeOutcomeCode, type DisputeStatus } from "./model";
import { money, parseMoney } from "./money";
import { recordReversal } from "./payments";
import { enqueueWebhook, kickPaypalDeliveries, type EventType } from "./webhooks";

/*
 * Disputes v1 as a merchant meets them: a buyer opens a case on a capture (CUSTOMER.DISPUTE.CREATED),
 * it changes status (UPDATED), PayPal closes it (RESOLVED, with dispute_outcome). In the live
 * API only buyers and PayPal's agents open and settle disputes; the emulator does it through its
 * control surface (control.ts), and shows them through GET /v1/customer/disputes/{id}.
 *
 * A case settled in the buyer's favour takes the disputed money back from the merchant, as
 * PayPal does: a reversal (PAYMENT.CAPTURE.REVERSED) follows the RESOLVED event.
 */

type Json = Record<string, unknown>;

export const DISPUTE_REASONS = [
  "MERCHANDISE_OR_SERVICE_NOT_RECEIVED",
  "MERCHANDISE_OR_SERVICE_NOT_AS_DESCRIBED",
  "UNAUTHORISED",
  "CREDIT_NOT_PROCESSED",
  "DUPLICATE_TRANSACTION",
  "INCORRECT_AMOUNT",
  "PAYMENT_BY_OTHER_MEANS",
  "CANCELED_RECURRING_BILLING",
  "PROBLEM_WITH_REMITTANCE",
  "OTHER",
] as const;

/** Buyers have 20 days in the inquiry stage; the merchant is asked to answer within 10. */
const SELLER_RESPONSE_DAYS = 10;

async function contextOf(ex: Executor, dispute: DisputeData) {
  const capture = await findCapture(ex, dispute.emulator.captureId);
  const order = await findOrder(ex, dispute.emulator.orderId);
  if (!capture || !order) throw new Error(`dispute ${dispute.dispute_id} has no capture`);
  return { capture: capture.data, baseUrl: order.data.emulator.baseUrl, target: order.data.emulator.webhook };
}

export async function getDispute(ex: Executor, id: string): Promise<Json> {
  const stored = await findDispute(ex, id);
  if (!stored) throw notFound(id);
  const { capture, baseUrl } = await contextOf(ex, stored.data);
  return renderDispute(baseUrl, stored.data, capture);
}

async function announce(ex: Executor, dispute: DisputeData, eventType: EventType, summary: string): Promise<Json> {
  const { capture, baseUrl, target } = await contextOf(ex, dispute);
  const resource = renderDispute(baseUrl, dispute, capture);
  await enqueueWebhook(ex, { eventType, resourceType: "dispute", summary, resource, baseUrl, target });
  return resource;
}

/** A buyer opens a case on a completed capture: by default on what it still holds, for an item not received. */
export async function openDispute(captureId: string, input: { reason?: (typeof DISPUTE_REASONS)[number]; amount?: unknown }): Promise<Json> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const stored = await lockCapture(tx, captureId);
    if (!stored) throw notFound(captureId);
    const capture = stored.data;
    if (capture.status === "PENDING" || capture.status === "DECLINED" || capture.status === "FAILED") {
      throw issue(422, "TRANSACTION_REFUSED", { description: `The capture is ${capture.status}: there is no payment to dispute.` });
    }
    const currency = capture.emulator.currency;
    let amountMinor = capture.emulator.grossMinor - capture.emulator.refundedMinor;
    if (input.amount !== undefined) {
      const parsed = parseMoney(input.amount, "/amount");
      if (parsed.currency !== currency) throw issue(422, "INVALID_CURRENCY_CODE", { field: "/amount/currency_code", value: parsed.currency, location: "body" });
      amountMinor = parsed.minor;
    }
    if (amountMinor <= 0 || amountMinor > capture.emulator.grossMinor) throw issue(422, "INVALID_DISPUTE_AMOUNT", { field: "/amount/value", location: "body" });
    const now = nowIso();
    const dispute: DisputeData = {
      dispute_id: newDisputeId(),
      create_time: now,
      update_time: now,
      reason: input.reason ?? "MERCHANDISE_OR_SERVICE_NOT_RECEIVED",
      status: "OPEN",
      dispute_amount: money(amountMinor, currency),
      dispute_life_cycle_stage: "INQUIRY",
      dispute_channel: "INTERNAL",
      seller_response_due_date: new Date(Date.now() + SELLER_RESPONSE_DAYS * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      emulator: { captureId, orderId: capture.emulator.orderId },
    };
    await insertDispute(tx, dispute);
    return announce(tx, dispute, "CUSTOMER.DISPUTE.CREATED", `A new dispute opened with Case # ${dispute.dispute_id}`);
  });
  kickPaypalDeliveries();
  return result;
}

/** A dispute still open, locked for a change: a resolved one is final, as at PayPal. */
async function lockOpenDispute(tx: Tx, disputeId: string): Promise<DisputeData> {
  const stored = await lockDispute(tx, disputeId);
  if (!stored) throw notFound(disputeId);
  if (stored.data.status === "RESOLVED") throw issue(422, "CANNOT_PROCESS_RESOLVED_DISPUTE", { description: "The dispute is already resolved." });
  return stored.data;
}

/** The case moves on (waiting for one party, under review, escalated to a claim): CUSTOMER.DISPUTE.UPDATED. */
export async function updateDispute(disputeId: string, input: { status: Exclude<DisputeStatus, "RESOLVED">; stage?: "INQUIRY" | "CHARGEBACK" }): Promise<Json> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const dispute = await lockOpenDispute(tx, disputeId);
    dispute.status = input.status;
    if (input.stage) dispute.dispute_life_cycle_stage = input.stage;
    dispute.update_time = nowIso();
    await saveDispute(tx, dispute);
    return announce(tx, dispute, "CUSTOMER.DISPUTE.UPDATED", `A dispute was updated with Case # ${dispute.dispute_id}`);
  });
  kickPaypalDeliveries();
  return result;
}

/** PayPal closes the case (CUSTOMER.DISPUTE.RESOLVED); in the buyer's favour, the money goes back too. */
export async function resolveDispute(disputeId: string, input: { outcome?: DisputeOutcomeCode }): Promise<Json> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const dispute = await lockOpenDispute(tx, disputeId);
    const outcome = input.outcome ?? "RESOLVED_SELLER_FAVOUR";
    const buyerWins = outcome === "RESOLVED_BUYER_FAVOUR" || outcome === "ACCEPTED";
    dispute.status = "RESOLVED";
    dispute.dispute_outcome = { outcome_code: outcome, ...(buyerWins ? { amount_refunded: dispute.dispute_amount } : {}) };
    delete dispute.seller_response_due_date;
    dispute.update_time = nowIso();
    await saveDispute(tx, dispute);
    const resource = await announce(tx, dispute, "CUSTOMER.DISPUTE.RESOLVED", `A dispute was resolved with case # ${dispute.dispute_id}`);
    if (buyerWins) {
      const capture = await lockCapture(tx, dispute.emulator.captureId);
      if (capture) await recordReversal(tx, capture.data, parseMoney(dispute.dispute_amount, "/dispute_amount").minor);
    }
    return resource;
  });
  kickPaypalDeliveries();
  return result;
}
