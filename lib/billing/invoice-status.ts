import type { Cents } from "@/lib/shared/money";
import { ageingBucket, AGEING_BUCKETS, type AgeingBucket } from "./payment-terms";

/*
 * Where an invoice stands with money, and what an account owes by age. Pure, unit-tested; the
 * portal, the back-office and the statement read these, never their own arithmetic.
 */

export const INVOICE_STATUSES = ["open", "partially_paid", "paid", "overdue"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = {
  open: "À payer",
  partially_paid: "Partiellement payée",
  paid: "Payée",
  overdue: "En retard",
};

export type InvoiceMoney = { totalCents: Cents; paidCents: Cents; dueDate: string | null };

export function remainingCents(i: InvoiceMoney): Cents {
  return Math.max(0, i.totalCents - i.paidCents);
}

/** Overdue wins over partially paid: what matters first is that it is late. Due today is not late. */
export function invoiceStatus(i: InvoiceMoney, today: string): InvoiceStatus {
  if (remainingCents(i) === 0) return "paid";
  if (i.dueDate && i.dueDate < today) return "overdue";
  return i.paidCents > 0 ? "partially_paid" : "open";
}

export type Ageing = Record<AgeingBucket, Cents> & { totalCents: Cents; overdueCents: Cents };

export function ageing(invoices: readonly InvoiceMoney[], today: string): Ageing {
  const out = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0])) as Record<AgeingBucket, Cents>;
  let totalCents = 0;
  for (const i of invoices) {
    const left = remainingCents(i);
    if (left === 0) continue;
    out[i.dueDate ? ageingBucket(i.dueDate, today) : "not_due"] += left;
    totalCents += left;
  }
  return { ...out, totalCents, overdueCents: totalCents - out.not_due };
}

export type AllocationRequest = { invoiceId: string; amountCents: number };
export type OpenInvoice = { id: string; number: string; remainingCents: Cents };

export type AllocationCheck = { ok: true; totalCents: Cents } | { ok: false; message: string };

/**
 * What a pro asks to pay, checked against what its own open invoices still owe: each amount a
 * whole positive number of cents, at most the invoice's remainder, each invoice once, and only
 * invoices of the list (someone else's or a paid one is not in it).
 */
export function checkAllocations(requests: readonly AllocationRequest[], open: readonly OpenInvoice[]): AllocationCheck {
  if (requests.length === 0) return { ok: false, message: "Choisissez au moins une facture à régler." };
  const seen = new Set<string>();
  let totalCents = 0;
  for (const r of requests) {
    const invoice = open.find((i) => i.id === r.invoiceId);
    if (!invoice) return { ok: false, message: "Une des factures choisies n'est pas une facture à régler de votre compte." };
    if (seen.has(r.invoiceId)) return { ok: false, message: `La facture ${invoice.number} est choisie deux fois.` };
    seen.add(r.invoiceId);
    if (!Number.isSafeInteger(r.amountCents) || r.amountCents <= 0) return { ok: false, message: `Le montant pour la facture ${invoice.number} doit être positif, au centime près.` };
    if (r.amountCents > invoice.remainingCents) {
      return { ok: false, message: `Le montant pour la facture ${invoice.number} dépasse ce qu'elle doit encore.` };
    }
    totalCents += r.amountCents;
  }
  return { ok: true, totalCents };
}

/**
 * Money received for invoices, spread over them in order (oldest due first, as the caller sorts
 * them), each up to what it still owes; what is left is credit on the account.
 */
export function spreadPayment(amountCents: Cents, invoices: readonly OpenInvoice[]): { allocations: AllocationRequest[]; creditCents: Cents } {
  let left = amountCents;
  const allocations: AllocationRequest[] = [];
  for (const i of invoices) {
    if (left <= 0) break;
    const take = Math.min(left, i.remainingCents);
    if (take > 0) allocations.push({ invoiceId: i.id, amountCents: take });
    left -= take;
  }
  return { allocations, creditCents: left };
}
