import "server-only";
import { getDb, type Executor, type Tx } from "@/lib/db/client";
import { issue, notFound, shown } from "./errors";
import { newResourceId } from "./ids";
import { findCapture, findOrder, findRefund, insertRefund, lockCapture, nowIso, renderCapture, renderRefund, saveCapture, type CaptureData, type RefundData } from "./model";
import { money, parseMoney, paypalFee } from "./money";
import { applyMock, summaryAmount, type WriteContext } from "./orders";
import { dueSettlements, enqueueWebhook, kickPaypalDeliveries } from "./webhooks";

/*
 * Payments v2: captures (get, refund), refunds (get), and the emulator's own events on a capture:
 * a PENDING capture settling later (completed or denied) and a reversal (chargeback).
 */

type Json = Record<string, unknown>;

async function baseUrlOf(ex: Executor, capture: CaptureData): Promise<string> {
  const order = await findOrder(ex, capture.emulator.orderId);
  if (!order) throw new Error(`capture ${capture.id} has no order`);
  return order.data.emulator.baseUrl;
}

export async function getCapture(ex: Executor, id: string): Promise<Json> {
  const capture = await findCapture(ex, id);
  if (!capture) throw notFound(id);
  return renderCapture(await baseUrlOf(ex, capture.data), capture.data);
}

export async function getRefund(ex: Executor, id: string): Promise<Json> {
  const refund = await findRefund(ex, id);
  if (!refund) throw notFound(id);
  const capture = await findCapture(ex, refund.data.emulator.captureId);
  if (!capture) throw notFound(id);
  return renderRefund(await baseUrlOf(ex, capture.data), refund.data);
}

function optionalText(body: Json, name: string, max: number): string | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || v.length < 1 || v.length > max) throw issue(400, "INVALID_STRING_LENGTH", { field: `/${name}`, value: shown(v), location: "body" });
  return v;
}

export async function refundCapture(tx: Tx, ctx: WriteContext, captureId: string, body: unknown): Promise<Json> {
  if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
    throw issue(400, "MALFORMED_REQUEST_JSON", { description: "The request JSON is not well formed." });
  }
  const input = (body ?? {}) as Json;
  const stored = await lockCapture(tx, captureId);
  if (!stored) throw notFound(captureId);
  const capture = stored.data;
  const remaining = capture.emulator.grossMinor - capture.emulator.refundedMinor;
  let amount = remaining;
  if (input.amount !== undefined) {
    const parsed = parseMoney(input.amount, "/amount");
    if (parsed.currency !== capture.emulator.currency) throw issue(422, "REFUND_CAPTURE_CURRENCY_MISMATCH", { field: "/amount/currency_code", value: parsed.currency, location: "body" });
    if (parsed.minor <= 0) throw issue(422, "CANNOT_BE_ZERO_OR_NEGATIVE", { field: "/amount/value", location: "body" });
    amount = parsed.minor;
  }
  const noteToPayer = optionalText(input, "note_to_payer", 255);
  const invoiceId = optionalText(input, "invoice_id", 127) ?? capture.invoice_id;
  const customId = optionalText(input, "custom_id", 127) ?? capture.custom_id;
  applyMock(ctx.mockCode);
  if (capture.status === "PENDING") throw issue(422, "PENDING_CAPTURE");
  if (capture.status === "REFUNDED") throw issue(422, "CAPTURE_FULLY_REFUNDED");
  if (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED") {
    throw issue(422, "TRANSACTION_REFUSED", { description: `The capture is ${capture.status} and cannot be refunded.` });
  }
  if (amount > remaining) throw issue(422, "REFUND_AMOUNT_EXCEEDED", { field: "/amount/value", location: "body" });
  const refund = await recordRefund(tx, capture, amount, { noteToPayer, invoiceId, customId, reversal: false });
  return renderRefund(await baseUrlOf(tx, capture), refund);
}

async function recordRefund(
  tx: Tx,
  capture: CaptureData,
  amount: number,
  opts: { noteToPayer?: string; invoiceId?: string; customId?: string; reversal: boolean },
): Promise<RefundData> {
  const currency = capture.emulator.currency;
  const now = nowIso();
  // PayPal gives back the percentage part of its fee on a refund, not the fixed part.
  const fee = Math.min(amount, Math.round((amount * 29) / 1000));
  capture.emulator.refundedMinor += amount;
  const refund: RefundData = {
    id: newResourceId(),
    status: "COMPLETED",
    amount: money(amount, currency),
    ...(opts.invoiceId ? { invoice_id: opts.invoiceId } : {}),
    ...(opts.customId ? { custom_id: opts.customId } : {}),
    ...(opts.noteToPayer ? { note_to_payer: opts.noteToPayer } : {}),
    seller_payable_breakdown: {
      gross_amount: money(amount, currency),
      paypal_fee: money(fee, currency),
      net_amount: money(amount - fee, currency),
      total_refunded_amount: money(capture.emulator.refundedMinor, currency),
    },
    create_time: now,
    update_time: now,
    emulator: { captureId: capture.id, orderId: capture.emulator.orderId, reversal: opts.reversal },
  };
  await insertRefund(tx, refund);
  capture.status = capture.emulator.refundedMinor >= capture.emulator.grossMinor ? "REFUNDED" : "PARTIALLY_REFUNDED";
  capture.update_time = now;
  await saveCapture(tx, capture);
  const order = await findOrder(tx, capture.emulator.orderId);
  if (!order) throw new Error(`capture ${capture.id} has no order`);
  await enqueueWebhook(tx, {
    eventType: opts.reversal ? "PAYMENT.CAPTURE.REVERSED" : "PAYMENT.CAPTURE.REFUNDED",
    resourceType: "refund",
    summary: `A ${summaryAmount(refund.amount)} capture payment was ${opts.reversal ? "reversed" : "refunded"}`,
    resource: renderRefund(order.data.emulator.baseUrl, refund),
    baseUrl: order.data.emulator.baseUrl,
    target: order.data.emulator.webhook,
  });
  return refund;
}

/**
 * Settles a PENDING capture: COMPLETED (PAYMENT.CAPTURE.COMPLETED) or DENIED (status DECLINED,
 * PAYMENT.CAPTURE.DENIED). Without `outcome`, uses the one chosen at capture time. Returns false
 * if the capture was not pending (already settled: nothing happens twice).
 */
export async function settlePendingCapture(captureId: string, outcome?: "COMPLETED" | "DENIED"): Promise<boolean> {
  const db = await getDb();
  const settled = await db.transaction(async (tx) => {
    const stored = await lockCapture(tx, captureId);
    if (!stored) throw notFound(captureId);
    const capture = stored.data;
    if (capture.status !== "PENDING") return false;
    const result = outcome ?? capture.emulator.settle?.outcome ?? "COMPLETED";
    const gross = capture.emulator.grossMinor;
    const currency = capture.emulator.currency;
    capture.update_time = nowIso();
    delete capture.status_details;
    delete capture.emulator.settle;
    if (result === "COMPLETED") {
      const fee = paypalFee(gross, currency);
      capture.status = "COMPLETED";
      capture.seller_protection = { status: "ELIGIBLE", dispute_categories: ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"] };
      capture.seller_receivable_breakdown = { gross_amount: money(gross, currency), paypal_fee: money(fee, currency), net_amount: money(gross - fee, currency) };
    } else {
      capture.status = "DECLINED";
    }
    await saveCapture(tx, capture);
    const baseUrl = await baseUrlOf(tx, capture);
    const order = await findOrder(tx, capture.emulator.orderId);
    await enqueueWebhook(tx, {
      eventType: result === "COMPLETED" ? "PAYMENT.CAPTURE.COMPLETED" : "PAYMENT.CAPTURE.DENIED",
      resourceType: "capture",
      summary: result === "COMPLETED" ? `Payment completed for ${summaryAmount(capture.amount)}` : `A ${summaryAmount(capture.amount)} capture payment was denied`,
      resource: renderCapture(baseUrl, capture),
      baseUrl,
      target: order!.data.emulator.webhook,
    });
    return true;
  });
  if (settled) kickPaypalDeliveries();
  return settled;
}

/** A chargeback: the whole remaining amount goes back to the buyer (PAYMENT.CAPTURE.REVERSED). */
export async function reverseCapture(captureId: string): Promise<Json> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const stored = await lockCapture(tx, captureId);
    if (!stored) throw notFound(captureId);
    const capture = stored.data;
    if (capture.status !== "COMPLETED" && capture.status !== "PARTIALLY_REFUNDED") throw issue(422, "TRANSACTION_REFUSED", { description: `The capture is ${capture.status}.` });
    const refund = await recordRefund(tx, capture, capture.emulator.grossMinor - capture.emulator.refundedMinor, { reversal: true, noteToPayer: "Chargeback" });
    return renderRefund(await baseUrlOf(tx, capture), refund);
  });
  kickPaypalDeliveries();
  return result;
}

/**
 * Money taken back from the merchant inside the caller's transaction (a dispute lost), at most
 * what the capture still holds (PAYMENT.CAPTURE.REVERSED). Null when nothing is left to take.
 */
export async function recordReversal(tx: Tx, capture: CaptureData, amountMinor: number): Promise<RefundData | null> {
  const amount = Math.min(amountMinor, capture.emulator.grossMinor - capture.emulator.refundedMinor);
  if (amount <= 0) return null;
  return recordRefund(tx, capture, amount, { reversal: true, noteToPayer: "Dispute resolved in buyer's favour" });
}

/** Settles every PENDING capture whose time has come (part of the deliveries job). */
export async function settleDueCaptures(now = new Date()): Promise<number> {
  const db = await getDb();
  let n = 0;
  for (const id of await dueSettlements(db, now)) if (await settlePendingCapture(id)) n++;
  return n;
}
