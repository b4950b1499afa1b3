import { z } from "zod";
import type { PaymentMethod, PaymentStatus } from "@/lib/db/schema";
import { isInstructionPlaceholder } from "@/lib/orders/ledger";
import { confirmField, eurAmountField } from "@/lib/payments/offline-forms";
import type { Cents } from "@/lib/shared/money";

/*
 * Refunds the shop makes outside any provider, for money that came by transfer or cheque: a
 * transfer back to the customer, or a cheque sent to them. The admin records what was done, with
 * their own reference (the transfer's, the cheque's number); the pure part is here: what may still
 * be given back on a payment, and the form. The use case is lib/use-cases/record-offline-refund.ts.
 */

export const OFFLINE_REFUND_METHODS = ["transfer", "cheque"] as const;
export type OfflineRefundMethod = (typeof OFFLINE_REFUND_METHODS)[number];

export const OFFLINE_REFUND_METHOD_LABELS: Readonly<Record<OfflineRefundMethod, string>> = {
  transfer: "Virement au client",
  cheque: "Chèque envoyé au client",
};

/**
 * The event that records one: the same as a provider's confirmed refund, « money given back on a
 * payment », so that everything that counts refunds (the dashboard, the accounting export, and
 * their partial indexes on this type) counts these too. Its data says it was the shop's own:
 * `offline: true`, with amountCents, method (how it was given back), reference, requestKey and
 * adminName; a provider's has providerRef instead.
 */
export const OFFLINE_REFUND_EVENT = "payment_refund_recorded";
/** The type offline refunds had before they shared the provider refunds' one: still read (history, duplicate checks). */
export const LEGACY_OFFLINE_REFUND_EVENT = "offline_refund_recorded";

/** Whether an order event records a refund the shop made itself, by transfer or cheque. Pure. */
export function isOfflineRefundEvent(event: { type: string; data: Record<string, unknown> | null }): boolean {
  return event.type === LEGACY_OFFLINE_REFUND_EVENT || (event.type === OFFLINE_REFUND_EVENT && event.data?.offline === true);
}

type PaymentLike = { method: PaymentMethod; status: PaymentStatus; amountCents: Cents; refundedCents: Cents; recordedBy: string | null; offlineReference: string | null };

/** What may still be given back on a transfer or cashed cheque; 0 for any other payment. */
export function offlineRefundableCents(payment: PaymentLike): Cents {
  if (payment.method !== "transfer" && payment.method !== "cheque") return 0;
  if (isInstructionPlaceholder(payment)) return 0;
  if (payment.status !== "paid" && payment.status !== "partially_refunded") return 0;
  return Math.max(0, payment.amountCents - payment.refundedCents);
}

/** The transfer and cheque payments of an order with money left to give back. */
export function offlineRefundablePayments<P extends PaymentLike>(payments: readonly P[]): { payment: P; refundableCents: Cents }[] {
  return payments.map((payment) => ({ payment, refundableCents: offlineRefundableCents(payment) })).filter((r) => r.refundableCents > 0);
}

/** « Enregistrer un remboursement » as typed by an admin; `requestKey` is fixed when the page renders. */
export const offlineRefundForm = z.object({
  paymentId: z.uuid("Paiement introuvable."),
  amount: eurAmountField,
  method: z.enum(OFFLINE_REFUND_METHODS, { error: "Choisissez comment le client a été remboursé." }),
  reference: z
    .string({ error: "Indiquez la référence du virement ou le numéro du chèque." })
    .trim()
    .min(1, "Indiquez la référence du virement ou le numéro du chèque.")
    .max(140, "140 caractères au plus."),
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  confirm: confirmField,
});

export type OfflineRefundInput = { paymentId: string; amountCents: Cents; method: OfflineRefundMethod; reference: string; requestKey: string; seenVersion?: string | null };
