import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, payments, type PaymentStatus } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import type { Cents } from "@/lib/shared/money";
import { cardLine, onlineMethodLabel } from "@/lib/payments/labels";
import { customerRetryMethod, onlinePayability } from "@/lib/payments/payability";

/**
 * The electronic receipt ("ticket") of an order's online payment, and what the return page does.
 * Provider-agnostic: it reads only our payments row (filled by reconcilePayment), so PayPal
 * payments get the same receipt.
 */

type OrderRow = typeof orders.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;

export type ReceiptResult = "accepted" | "refused" | "cancelled" | "pending" | "not_started";

export const RECEIPT_RESULT_LABELS: Readonly<Record<ReceiptResult, string>> = {
  accepted: "Transaction acceptée",
  refused: "Transaction refusée",
  cancelled: "Transaction annulée",
  pending: "Paiement en cours de vérification",
  not_started: "Paiement non commencé",
};

export type ReceiptView = {
  shopName: string;
  shopLegalName: string;
  shopAddress: string;
  orderId: string;
  reference: string;
  paymentId: string;
  attempt: number;
  /** When the result was known (paid at, or last update), else when the attempt started. */
  at: Date;
  amountCents: Cents;
  methodLabel: string;
  transactionId: string | null;
  card: string | null;
  cardLast4: string | null;
  threeDSecure: boolean | null;
  payerEmail: string | null;
  result: ReceiptResult;
  resultLabel: string;
  /** The reason in plain French (refusals, cancellations). */
  reason: string | null;
  refundedCents: Cents;
  paymentStatus: PaymentStatus;
  /**
   * This attempt did not take the money and the customer's retry would be accepted now (the one
   * payability rule, lib/payments/payability.ts): offer "Réessayer" and "Recevoir un nouveau lien".
   */
  canRetry: boolean;
  live: boolean | null;
};

export function receiptResult(status: PaymentStatus): ReceiptResult {
  switch (status) {
    case "paid":
    case "partially_refunded":
    case "refunded":
      return "accepted";
    case "failed":
      return "refused";
    case "cancelled":
      return "cancelled";
    case "pending":
      return "pending";
    case "created":
      return "not_started";
  }
}

/**
 * Which attempt the receipt shows: a paid one if any (an earlier attempt paid late beats a later
 * refusal), else the latest online attempt. Null when the order has no online payment.
 */
export function pickReceiptPayment(rows: PaymentRow[]): PaymentRow | null {
  const online = rows.filter((p) => p.provider !== null).sort((a, b) => b.attempt - a.attempt || b.createdAt.getTime() - a.createdAt.getTime());
  return online.find((p) => ["paid", "partially_refunded", "refunded"].includes(p.status)) ?? online[0] ?? null;
}

/** The receipt of `payment`; `attempts` are all the order's payments (for the payability rule). */
export function buildReceiptView(order: OrderRow, payment: PaymentRow, attempts: readonly PaymentRow[]): ReceiptView {
  const result = receiptResult(payment.status);
  const m = env.merchant;
  return {
    shopName: m.name,
    shopLegalName: m.legalName,
    shopAddress: m.address.replace(/\\n/g, "\n"),
    orderId: order.id,
    reference: order.reference,
    paymentId: payment.id,
    attempt: payment.attempt,
    at: payment.paidAt ?? (result === "pending" || result === "not_started" ? payment.createdAt : payment.updatedAt),
    amountCents: payment.amountCents,
    methodLabel: onlineMethodLabel(payment.method, payment.provider),
    transactionId: payment.transactionId ?? payment.providerRef,
    card: cardLine(payment.cardBrand, payment.cardLast4),
    cardLast4: payment.cardLast4,
    threeDSecure: payment.threeDSecure,
    payerEmail: payment.method === "paypal" ? payment.payerEmail : null,
    result,
    resultLabel: RECEIPT_RESULT_LABELS[result],
    reason: result === "refused" || result === "cancelled" ? (payment.failureMessage ?? "Le paiement n'a pas abouti.") : null,
    refundedCents: payment.refundedCents,
    paymentStatus: payment.status,
    canRetry:
      result !== "accepted" &&
      result !== "pending" &&
      onlinePayability({ order, payments: attempts, ...customerRetryMethod(order), channel: "customer_retry" }).ok,
    live: payment.providerLive,
  };
}

/** The receipt of an order (already access-checked), or null when it has no online payment. */
export async function loadReceipt(orderId: string): Promise<ReceiptView | null> {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return null;
  const rows = await db.select().from(payments).where(eq(payments.orderId, orderId));
  const payment = pickReceiptPayment(rows);
  return payment ? buildReceiptView(order, payment, rows) : null;
}
