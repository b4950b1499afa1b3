import type { Cents } from "@/lib/shared/money";
import type { DocumentParty, SellerParty } from "@/lib/billing/invoice-document";

/*
 * A professional's statement of account (« relevé de compte ») over a period: the balance brought
 * forward, each invoice, credit note, payment and refund of the period with the running balance,
 * and the balance at its end. Pure, unit-tested; the caller (a use case) reads the entries from the
 * database and gives them all, those before the period included, whatever their order.
 *
 * The balance is what the company owes the shop: invoices and refunds paid out to it are debits,
 * payments and credit notes are credits. A negative balance is a credit in the company's favour
 * (an overpayment kept on the account), shown as such, never dropped. Days are "YYYY-MM-DD" and
 * both ends of the period belong to it.
 */

export type StatementEntryKind = "invoice" | "credit_note" | "payment" | "refund";

export type StatementEntry = {
  day: string;
  kind: StatementEntryKind;
  /** « F-2026-000042 », « A-2026-000007 », a payment's reference. */
  reference: string;
  /** « Facture », « Virement reçu », « Paiement par carte »… as the reader should see it. */
  label: string;
  /** Positive cents; the kind says on which side it goes. */
  amountCents: Cents;
};

export type StatementInput = {
  seller: SellerParty;
  company: DocumentParty;
  from: string;
  to: string;
  /** The day the statement is made. */
  issuedOn: string;
  entries: readonly StatementEntry[];
};

export type StatementLine = StatementEntry & { debitCents: Cents; creditCents: Cents; balanceCents: Cents };

export type Statement = {
  seller: SellerParty;
  company: DocumentParty;
  from: string;
  to: string;
  issuedOn: string;
  openingBalanceCents: Cents;
  lines: StatementLine[];
  totalDebitCents: Cents;
  totalCreditCents: Cents;
  closingBalanceCents: Cents;
};

const DEBIT: Readonly<Record<StatementEntryKind, boolean>> = { invoice: true, refund: true, credit_note: false, payment: false };

/** Within one day: what was billed before what settled it, so a same-day payment never shows a false credit. */
const ORDER_IN_DAY: Readonly<Record<StatementEntryKind, number>> = { invoice: 0, refund: 1, credit_note: 2, payment: 3 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Signed effect of an entry on the balance. */
export function balanceEffect(entry: StatementEntry): Cents {
  return DEBIT[entry.kind] ? entry.amountCents : -entry.amountCents;
}

export function buildStatement(input: StatementInput): Statement {
  for (const day of [input.from, input.to, input.issuedOn]) if (!DAY.test(day)) throw new Error(`not a calendar day: ${day}`);
  if (input.from > input.to) throw new Error(`statement period ends before it starts: ${input.from} > ${input.to}`);
  for (const e of input.entries) {
    if (!DAY.test(e.day)) throw new Error(`not a calendar day: ${e.day}`);
    if (!Number.isSafeInteger(e.amountCents) || e.amountCents < 0) throw new Error(`statement amounts are positive cents: ${e.reference} ${e.amountCents}`);
  }

  const openingBalanceCents = input.entries.filter((e) => e.day < input.from).reduce((sum, e) => sum + balanceEffect(e), 0);
  const during = input.entries
    .filter((e) => e.day >= input.from && e.day <= input.to)
    .toSorted((a, b) => a.day.localeCompare(b.day) || ORDER_IN_DAY[a.kind] - ORDER_IN_DAY[b.kind] || a.reference.localeCompare(b.reference));

  let balance = openingBalanceCents;
  const lines = during.map((e) => {
    balance += balanceEffect(e);
    return { ...e, debitCents: DEBIT[e.kind] ? e.amountCents : 0, creditCents: DEBIT[e.kind] ? 0 : e.amountCents, balanceCents: balance };
  });
  return {
    seller: input.seller,
    company: input.company,
    from: input.from,
    to: input.to,
    issuedOn: input.issuedOn,
    openingBalanceCents,
    lines,
    totalDebitCents: lines.reduce((sum, l) => sum + l.debitCents, 0),
    totalCreditCents: lines.reduce((sum, l) => sum + l.creditCents, 0),
    closingBalanceCents: balance,
  };
}
