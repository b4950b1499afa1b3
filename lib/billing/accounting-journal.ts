import type { Cents } from "@/lib/shared/money";
import { splitProportionally, vatBreakdown, vatIncluded } from "./vat";

/*
 * The shop's accounting journal, pure: plain rows in (a sale, a refund, money received…), balanced
 * double-entry records out, each made of lines on accounts of the Plan Comptable Général. Nothing
 * here reads a database or knows a provider: the use case (lib/use-cases/accounting-export.ts)
 * feeds it and streams what it returns as CSV or as a FEC file (accounting-fec.ts).
 *
 * Every entry balances to the cent (debits = credits) by construction, and journalEntry() checks
 * it again: an unbalanced entry is a bug, never a line in a file an accountant imports.
 *
 * - Sale (journal VE): customer 411 debit TTC; goods (707) and shipping (7085) credit HT per VAT
 *   rate; VAT collected (44571) credit per rate.
 * - Sale reversal: a refund of an order without invoice, or a credit note (avoir) of an invoiced
 *   one: the same accounts the other way round, split across the sale's rates.
 * - Money received (journal of the treasury account): treasury debit, 411 credit. Transfers go to
 *   the bank (512), cheques to « chèques à encaisser » (5112), card and PayPal payments to the
 *   provider's own account (they pay out to the bank later, net of their fees).
 * - Money given back: 411 debit, treasury credit. A provider's refund leaves the provider's account;
 *   one the shop made itself (a transfer back, a cheque it wrote) leaves the bank (refundTreasury).
 * - A provider's fee: bank fees (627) debit, the provider's account credit.
 */

export type AccountingAccounts = {
  customers: string;
  goodsSales: string;
  shippingSales: string;
  vatCollected: string;
  bank: string;
  chequesToDeposit: string;
  payplug: string;
  paypal: string;
  bankFees: string;
};

const ACCOUNT_LABELS: Record<keyof AccountingAccounts, string> = {
  customers: "Clients",
  goodsSales: "Ventes de marchandises",
  shippingSales: "Ports et frais accessoires facturés",
  vatCollected: "TVA collectée",
  bank: "Banque",
  chequesToDeposit: "Chèques à encaisser",
  payplug: "PayPlug",
  paypal: "PayPal",
  bankFees: "Services bancaires et assimilés",
};

/** Where money moved: the treasury account it went to or came from. */
export type Treasury = "transfer" | "cheque" | "payplug" | "paypal";

export type Journal = { code: string; label: string };
export const JOURNALS = {
  sales: { code: "VE", label: "Journal des ventes" },
  bank: { code: "BQ", label: "Banque" },
  payplug: { code: "PL", label: "PayPlug" },
  paypal: { code: "PP", label: "PayPal" },
} as const satisfies Record<string, Journal>;

const TREASURY: Record<Treasury, { account: keyof AccountingAccounts; journal: Journal }> = {
  transfer: { account: "bank", journal: JOURNALS.bank },
  cheque: { account: "chequesToDeposit", journal: JOURNALS.bank },
  payplug: { account: "payplug", journal: JOURNALS.payplug },
  paypal: { account: "paypal", journal: JOURNALS.paypal },
};

/**
 * Where the money of a refund leaves from. A provider gives it back from what it holds for the
 * shop (4671, 4672), the way the payment came. A refund the shop made itself, by a transfer to the
 * customer or a cheque it wrote, is paid from its bank account (512) whatever the payment came by:
 * « chèques à encaisser » (5112) holds cheques received and not yet deposited, never one the shop
 * writes, and PayPal's or PayPlug's accounts never see money they did not carry. Pure.
 */
export function refundTreasury(refund: { madeByShop: boolean; paidThrough: Treasury | null }): Treasury | null {
  return refund.madeByShop ? "transfer" : refund.paidThrough;
}

/** A customer's own sub-account (CompAuxNum / CompAuxLib), for professionals. */
export type Auxiliary = { number: string; label: string };

/** A line of what was sold, VAT included (as orders store it); shipping is credited apart. */
export type SoldLine = { totalCents: Cents; vatRateBp: number; shipping: boolean };

type RowBase = {
  /** The entry's day, "2026-12-03" (Paris). */
  date: string;
  /** The document it rests on: an order reference, an invoice or credit-note number. */
  pieceRef: string;
  pieceDate: string;
  label: string;
  customer: Auxiliary | null;
};

export type AccountingRow =
  | (RowBase & { kind: "sale"; lines: SoldLine[]; vatCents?: Cents })
  /** Part of a sale given back: `amountCents` TTC, split like the sale's `lines`. */
  | (RowBase & { kind: "sale_reversal"; amountCents: Cents; lines: SoldLine[] })
  /** A credit note as issued, with its own HT and VAT per rate. */
  | (RowBase & { kind: "credit_note"; vat: { vatRateBp: number; netCents: Cents; vatCents: Cents }[] })
  | (RowBase & { kind: "payment"; treasury: Treasury; amountCents: Cents })
  | (RowBase & { kind: "refund"; treasury: Treasury; amountCents: Cents })
  | (RowBase & { kind: "fee"; treasury: "payplug" | "paypal"; amountCents: Cents });

export type JournalLine = { account: string; accountLabel: string; auxNumber: string; auxLabel: string; debitCents: Cents; creditCents: Cents };

export type JournalEntry = { journal: Journal; date: string; pieceRef: string; pieceDate: string; label: string; lines: JournalLine[] };

/** « 20 % », « 5,5 % », « 0 % ». */
export function vatRateLabel(vatRateBp: number): string {
  return `${(vatRateBp / 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
}

type Group = { account: keyof AccountingAccounts; vatRateBp: number; netCents: Cents; vatCents: Cents };

/** HT and VAT of a sale per (sales account, rate), from its VAT-included lines (lib/billing/vat.ts). */
function saleGroups(lines: readonly SoldLine[], vatCents?: Cents): Group[] {
  const breakdown = vatBreakdown(lines.map((l) => ({ totalCents: l.totalCents, vatRateBp: l.vatRateBp })));
  const groups = new Map<string, Group>();
  lines.forEach((line, i) => {
    const account = line.shipping ? "shippingSales" : "goodsSales";
    const key = `${account}:${line.vatRateBp}`;
    const g = groups.get(key) ?? { account, vatRateBp: line.vatRateBp, netCents: 0, vatCents: 0 };
    g.netCents += breakdown.lines[i]!.netCents;
    g.vatCents += breakdown.lines[i]!.vatCents;
    groups.set(key, g);
  });
  const out = [...groups.values()];
  // The order's own VAT is the truth (it was charged): a cent of difference (a rate changed since,
  // a rounding of another day) moves between HT and VAT of the largest group, never the total.
  if (vatCents !== undefined && vatCents !== breakdown.vatCents && out.length) {
    const largest = out.reduce((a, b) => (b.netCents + b.vatCents > a.netCents + a.vatCents ? b : a));
    const delta = vatCents - breakdown.vatCents;
    largest.vatCents += delta;
    largest.netCents -= delta;
  }
  return out;
}

/** Part of a sale (TTC) given back, per (account, rate): proportional to the sale's groups. */
function reversalGroups(amountCents: Cents, lines: readonly SoldLine[]): Group[] {
  const groups = saleGroups(lines);
  const parts = splitProportionally(amountCents, groups.map((g) => g.netCents + g.vatCents));
  return groups.map((g, i) => {
    const vat = vatIncluded(parts[i]!, g.vatRateBp);
    return { ...g, netCents: parts[i]! - vat, vatCents: vat };
  });
}

function line(accounts: AccountingAccounts, key: keyof AccountingAccounts, side: "debit" | "credit", cents: Cents, aux: Auxiliary | null = null, suffix = ""): JournalLine {
  return {
    account: accounts[key],
    accountLabel: ACCOUNT_LABELS[key] + suffix,
    auxNumber: aux?.number ?? "",
    auxLabel: aux?.label ?? "",
    debitCents: side === "debit" ? cents : 0,
    creditCents: side === "credit" ? cents : 0,
  };
}

/** Sales lines (HT per account and rate, VAT per rate) on one side, the customer on the other. */
function salesLines(accounts: AccountingAccounts, groups: readonly Group[], customer: Auxiliary | null, salesSide: "debit" | "credit"): JournalLine[] {
  const customerSide = salesSide === "credit" ? "debit" : "credit";
  const total = groups.reduce((sum, g) => sum + g.netCents + g.vatCents, 0);
  const vatByRate = new Map<number, Cents>();
  for (const g of groups) vatByRate.set(g.vatRateBp, (vatByRate.get(g.vatRateBp) ?? 0) + g.vatCents);
  return [
    line(accounts, "customers", customerSide, total, customer),
    ...groups.map((g) => line(accounts, g.account, salesSide, g.netCents, null, ` ${vatRateLabel(g.vatRateBp)}`)),
    ...[...vatByRate.entries()].sort((a, b) => a[0] - b[0]).map(([rate, cents]) => line(accounts, "vatCollected", salesSide, cents, null, ` ${vatRateLabel(rate)}`)),
  ];
}

export class UnbalancedEntryError extends Error {
  constructor(pieceRef: string, debit: Cents, credit: Cents) {
    super(`écriture déséquilibrée pour ${pieceRef} : débit ${debit}, crédit ${credit}`);
    this.name = "UnbalancedEntryError";
  }
}

/**
 * One row as a balanced entry, lines of zero left out; null when nothing is left (a free order).
 * Throws UnbalancedEntryError if debits and credits differ (a bug, never data).
 */
export function journalEntry(row: AccountingRow, accounts: AccountingAccounts): JournalEntry | null {
  let journal: Journal = JOURNALS.sales;
  let lines: JournalLine[];
  switch (row.kind) {
    case "sale":
      lines = salesLines(accounts, saleGroups(row.lines, row.vatCents), row.customer, "credit");
      break;
    case "sale_reversal":
      lines = salesLines(accounts, reversalGroups(row.amountCents, row.lines), row.customer, "debit");
      break;
    case "credit_note":
      lines = salesLines(accounts, row.vat.map((v) => ({ account: "goodsSales", ...v })), row.customer, "debit");
      break;
    case "payment":
    case "refund": {
      const t = TREASURY[row.treasury];
      journal = t.journal;
      const inflow = row.kind === "payment";
      lines = [line(accounts, t.account, inflow ? "debit" : "credit", row.amountCents), line(accounts, "customers", inflow ? "credit" : "debit", row.amountCents, row.customer)];
      break;
    }
    case "fee": {
      const t = TREASURY[row.treasury];
      journal = t.journal;
      lines = [line(accounts, "bankFees", "debit", row.amountCents), line(accounts, t.account, "credit", row.amountCents)];
      break;
    }
  }
  lines = lines.filter((l) => l.debitCents !== 0 || l.creditCents !== 0);
  if (!lines.length) return null;
  for (const l of lines) {
    if (l.debitCents < 0 || l.creditCents < 0 || !Number.isInteger(l.debitCents) || !Number.isInteger(l.creditCents)) throw new Error(`montant négatif ou non entier pour ${row.pieceRef}`);
  }
  const debit = lines.reduce((sum, l) => sum + l.debitCents, 0);
  const credit = lines.reduce((sum, l) => sum + l.creditCents, 0);
  if (debit !== credit) throw new UnbalancedEntryError(row.pieceRef, debit, credit);
  return { journal, date: row.date, pieceRef: row.pieceRef, pieceDate: row.pieceDate, label: row.label, lines };
}

/**
 * Entry numbers, consecutive per journal in the order entries are written (chronological): « VE
 * 20261201-000001 » without the space, the period's first day in front so that two months'
 * files never give one number twice.
 */
export function entryNumberer(periodStart: string): (journal: Journal) => string {
  const next = new Map<string, number>();
  const prefix = periodStart.replaceAll("-", "");
  return (journal) => {
    const n = (next.get(journal.code) ?? 0) + 1;
    next.set(journal.code, n);
    return `${journal.code}${prefix}-${String(n).padStart(6, "0")}`;
  };
}

/**
 * The part of a refund that takes back a sale, the rest giving back money the order received
 * beyond what it kept (a duplicate payment): the excess is given back first. `refundedBefore` is
 * what earlier refunds of the order gave back. Pure.
 */
export function saleReversalCents(input: { refundCents: Cents; refundedBeforeCents: Cents; paidCents: Cents; soldCents: Cents }): Cents {
  const excess = Math.max(0, input.paidCents - input.soldCents);
  const reversedBefore = Math.max(0, input.refundedBeforeCents - excess);
  const reversedAfter = Math.max(0, input.refundedBeforeCents + input.refundCents - excess);
  return Math.min(input.soldCents - Math.min(input.soldCents, reversedBefore), reversedAfter - reversedBefore);
}
