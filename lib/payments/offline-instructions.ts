import "server-only";
import { env } from "@/lib/shared/env";
import type { Cents } from "@/lib/shared/money";

/** What the customer needs to pay an order offline. Bank details come only from configuration. */

export type TransferInstructions = {
  kind: "transfer";
  holder: string;
  /** Electronic format, no spaces (what a copy button copies). */
  iban: string;
  /** Groups of four, for reading. */
  ibanDisplay: string;
  bic: string;
  bankName: string;
  amountCents: Cents;
  reference: string;
};

export type ChequeInstructions = {
  kind: "cheque";
  payee: string;
  /** Postal address, one line per element. */
  addressLines: string[];
  amountCents: Cents;
  reference: string;
  /** Paying in several cheques: one cheque per part, each deposited on its day (lib/billing/instalments.ts). */
  schedule?: { position: number; dueOn: string; amountCents: Cents }[];
};

export type OfflineInstructions = TransferInstructions | ChequeInstructions;

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189". */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, "$1 ");
}

export function transferInstructions(order: { reference: string; amountCents: Cents }): TransferInstructions {
  return {
    kind: "transfer",
    holder: env.bank.holder,
    iban: env.bank.iban,
    ibanDisplay: formatIban(env.bank.iban),
    bic: env.bank.bic,
    bankName: env.bank.bankName,
    amountCents: order.amountCents,
    reference: order.reference,
  };
}

export function chequeInstructions(order: { reference: string; amountCents: Cents }, schedule?: ChequeInstructions["schedule"]): ChequeInstructions {
  return {
    ...(schedule ? { schedule } : {}),
    kind: "cheque",
    payee: env.cheque.payee,
    addressLines: env.cheque.address.split(/\r?\n|\\n/).map((l) => l.trim()).filter(Boolean),
    amountCents: order.amountCents,
    reference: order.reference,
  };
}

/** Instructions for an offline method, or null for methods paid online. */
export function offlineInstructionsFor(method: string, order: { reference: string; amountCents: Cents }): OfflineInstructions | null {
  if (method === "transfer") return transferInstructions(order);
  if (method === "cheque") return chequeInstructions(order);
  return null;
}
