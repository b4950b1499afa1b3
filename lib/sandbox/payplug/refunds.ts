import "server-only";
import { getDb } from "@/lib/db/client";
import { newPrefixedId } from "../ids";
import { findObject, insertObject, listObjects, lockObject, saveObject } from "../store";
import { badRequest, forbidden, notFound } from "./errors";
import { runPayplugTransaction } from "./notifications";
import { nowSeconds, paymentKey } from "./payments";
import { KIND, PROVIDER, type Payment, type PayplugMode, type Refund } from "./types";
import { createRefundSchema, LIMITS, parseOrThrow } from "./validation";

const refundKey = (id: string) => ({ provider: PROVIDER, kind: KIND.refund, id });

/**
 * POST /v1/payments/{id}/refunds. The payment must be paid and inside its refund window; the amount
 * (default: all that remains) at least 10 cents and at most what remains. The payment's
 * amount_refunded / is_refunded move in the same transaction; the refund is notified.
 */
export async function createRefund(mode: PayplugMode, paymentId: string, body: unknown): Promise<Refund> {
  const b = parseOrThrow(createRefundSchema, body);
  return runPayplugTransaction(async (tx, notify) => {
    const stored = await lockObject<Payment>(tx, paymentKey(paymentId), mode);
    if (!stored) throw notFound("payment");
    const p = stored.data;
    if (!p.is_paid) throw forbidden("This payment cannot be refunded: it is not paid.");
    const now = nowSeconds();
    if ((p.refundable_after !== null && now < p.refundable_after) || (p.refundable_until !== null && now > p.refundable_until)) {
      throw forbidden("This payment can no longer be refunded.");
    }
    const remaining = p.amount - p.amount_refunded;
    const amount = b.amount ?? remaining;
    if (amount > remaining) {
      throw badRequest(`The refund amount exceeds the refundable amount (${remaining}).`, { amount: [`Ensure this value is less than or equal to ${remaining}.`] });
    }
    if (amount < LIMITS.minRefund) {
      throw badRequest(`The refund amount must be at least ${LIMITS.minRefund}.`, { amount: [`Ensure this value is greater than or equal to ${LIMITS.minRefund}.`] });
    }
    const refund: Refund = {
      id: newPrefixedId("re_"),
      object: "refund",
      payment_id: p.id,
      is_live: mode === "live",
      amount,
      currency: "EUR",
      created_at: now,
      metadata: b.metadata,
    };
    await insertObject(tx, { ...refundKey(refund.id), mode, parentId: p.id, data: refund });
    const refunded = p.amount_refunded + amount;
    const next: Payment = { ...p, amount_refunded: refunded, is_refunded: refunded >= p.amount };
    await saveObject(tx, paymentKey(p.id), next);
    await notify(refund, p.notification.url);
    return refund;
  });
}

export async function listRefunds(mode: PayplugMode, paymentId: string) {
  const db = await getDb();
  if (!(await findObject<Payment>(db, paymentKey(paymentId), mode))) throw notFound("payment");
  const rows = await listObjects<Refund>(db, { provider: PROVIDER, kind: KIND.refund, mode, parentId: paymentId, limit: 1000, offset: 0 });
  return { type: "list", page: 0, per_page: rows.length, count: rows.length, data: rows.map((r) => r.data) };
}

export async function getRefund(mode: PayplugMode, paymentId: string, refundId: string): Promise<Refund> {
  const stored = await findObject<Refund>(await getDb(), refundKey(refundId), mode);
  if (!stored || stored.data.payment_id !== paymentId) throw notFound("refund");
  return stored.data;
}
