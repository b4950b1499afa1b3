import "server-only";
import { asc, eq } from "drizzle-orm";
import { vatBreakdown, type VatRateTotal } from "@/lib/billing/vat";
import { getDb } from "@/lib/db/client";
import { orderLines, orders, payments, type PaymentStatus } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import type { Cents } from "@/lib/shared/money";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { cardLine, onlineMethodLabel } from "@/lib/payments/labels";
import { customerRetryMethod, onlinePayability } from "@/lib/payments/payability";

/**
 * The electronic receipt ("ticket") of an order's online payment, and what the return page does.
 * Provider-agnostic: it reads only our payments row (filled by reconcilePayment), so PayPal
 * payments get the same receipt.
 */

type OrderRow = typeof orders.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;
type OrderLineRow = typeof orderLines.$inferSelect;

/** What the receipt says of the order the payment is for: the customer keeps it as the record of their purchase. */
export type ReceiptOrder = {
  placedAt: Date;
  customerName: string;
  email: string;
  lines: { name: string; quantity: number; unitPriceCents: Cents; lineTotalCents: Cents; vatRateBp: number }[];
  itemsCents: Cents;
  shippingCents: Cents;
  totalCents: Cents;
  /** VAT per rate, computed from the TTC lines and shipping (lib/billing/vat.ts). */
  vatRates: VatRateTotal[];
  vatCents: Cents;
  netCents: Cents;
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
};

/** Who sold: the shop's legal identity, as on every document it issues. */
export type ReceiptSeller = { legalName: string; address: string; siret: string; vatNumber: string; email: string };

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
  /** A card was used (PayPlug, or a card through PayPal): the card sentences apply. */
  paidByCard: boolean;
  order: ReceiptOrder;
  seller: ReceiptSeller;
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

/** The order part of the receipt. Pure. */
export function receiptOrder(order: OrderRow, lines: readonly OrderLineRow[], shippingVatRateBp: number = env.shipping.vatRateBp): ReceiptOrder {
  const vat = vatBreakdown([
    ...lines.map((l) => ({ totalCents: l.lineTotalCents, vatRateBp: l.vatRateBp })),
    // A sale without French VAT (reverse charge, export) charged none on shipping either.
    ...(order.shippingCents > 0 ? [{ totalCents: order.shippingCents, vatRateBp: order.vatExemption ? 0 : shippingVatRateBp }] : []),
  ]);
  return {
    placedAt: order.createdAt,
    customerName: [order.billingAddress.firstName, order.billingAddress.lastName].filter(Boolean).join(" "),
    email: order.email,
    lines: lines.map((l) => ({ name: l.name, quantity: l.quantity, unitPriceCents: l.unitPriceCents, lineTotalCents: l.lineTotalCents, vatRateBp: l.vatRateBp })),
    itemsCents: order.itemsCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    vatRates: vat.rates,
    vatCents: vat.vatCents,
    netCents: vat.netCents,
    shippingAddress: order.shippingAddress,
    billingAddress: order.billingAddress,
  };
}

/** The receipt of `payment`; `attempts` are all the order's payments (for the payability rule). */
/** « 20 % », « 5,5 % » from basis points. Pure. */
export function vatRateLabel(vatRateBp: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(vatRateBp / 100)} %`;
}

export function buildReceiptView(order: OrderRow, payment: PaymentRow, attempts: readonly PaymentRow[], lines: readonly OrderLineRow[] = []): ReceiptView {
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
    paidByCard: payment.method === "card" || payment.cardLast4 !== null,
    order: receiptOrder(order, lines),
    seller: { legalName: m.legalName, address: m.address.replace(/\\n/g, "\n"), siret: m.siret, vatNumber: m.vatNumber, email: m.email },
  };
}

/** The receipt of an order (already access-checked), or null when it has no online payment. */
export async function loadReceipt(orderId: string): Promise<ReceiptView | null> {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order) return null;
  const rows = await db.select().from(payments).where(eq(payments.orderId, orderId));
  const payment = pickReceiptPayment(rows);
  if (!payment) return null;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));
  return buildReceiptView(order, payment, rows, lines);
}
