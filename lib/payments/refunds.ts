import { z } from "zod";
import type { PaymentStatus } from "@/lib/db/schema";
import type { Cents } from "@/lib/shared/money";
import { confirmField, eurAmountField } from "@/lib/payments/offline-forms";

/*
 * Refunds an admin asks a provider for (PayPlug, PayPal), the pure part: how much of a payment
 * may still be refunded, and the form. The money itself is only ever recorded from the provider's
 * own answer, re-fetched by reconcilePayment (lib/use-cases/refund-payment.ts).
 */

/** The events by which the shop asks a provider for a refund, each with its amount (data.amountCents). */
export const SHOP_REFUND_REQUEST_EVENTS = ["duplicate_refund_requested", "refund_requested"] as const;
/** A refund the provider refused outright (no money moved): its request no longer holds money back. */
export const REFUND_REFUSED_EVENT = "refund_refused";

type EventLike = { type: string; data: Record<string, unknown> | null };

const amountOf = (e: EventLike): Cents => (typeof e.data?.amountCents === "number" ? e.data.amountCents : 0);

/** What the shop has asked the provider to give back on one payment (refused requests excluded). */
export function askedRefundCents(events: readonly EventLike[]): Cents {
  let asked = 0;
  for (const e of events) {
    if ((SHOP_REFUND_REQUEST_EVENTS as readonly string[]).includes(e.type)) asked += amountOf(e);
    else if (e.type === REFUND_REFUSED_EVENT) asked -= amountOf(e);
  }
  return Math.max(0, asked);
}

type RefundablePayment = { provider: string | null; providerRef: string | null; status: PaymentStatus; amountCents: Cents; refundedCents: Cents };

/**
 * What may still be refunded through the provider: the payment's amount less the larger of what
 * the provider reports refunded and what the shop already asked for (a request whose refund has
 * not come back yet must hold its money, or a second click would refund it twice). Zero for a
 * payment not paid online.
 */
export function refundableCents(payment: RefundablePayment, askedCents: Cents): Cents {
  if (!payment.provider || !payment.providerRef) return 0;
  if (payment.status !== "paid" && payment.status !== "partially_refunded") return 0;
  return Math.max(0, payment.amountCents - Math.max(payment.refundedCents, askedCents));
}

/** « Rembourser » as typed by an admin. `requestKey` is fixed when the page renders: a double click sends it twice. */
export const refundPaymentForm = z.object({
  paymentId: z.uuid("Paiement introuvable."),
  amount: eurAmountField,
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  /** What was refundable when the page was shown: another refund since then makes the page stale. */
  seenRefundableCents: z.coerce.number().int().min(0),
  confirm: confirmField,
});
export type RefundPaymentInput = { paymentId: string; amountCents: Cents; requestKey: string; seenRefundableCents: Cents };

/** The payments of an order that may still be refunded online, each with what remains refundable. */
export function refundablePayments<P extends RefundablePayment & { id: string }>(
  payments: readonly P[],
  events: readonly (EventLike & { paymentId: string | null })[],
): { payment: P; refundableCents: Cents }[] {
  return payments
    .map((payment) => ({ payment, refundableCents: refundableCents(payment, askedRefundCents(events.filter((e) => e.paymentId === payment.id))) }))
    .filter((r) => r.refundableCents > 0);
}
