import { createHash } from "node:crypto";
import { decimalStringToCents } from "@/lib/shared/money";

/*
 * A bank statement as every format comes out of its parser: the account it is for, and its
 * movements, in integer cents with the bank's sign (a credit to the shop's account is positive).
 * The parsers only read; what a line pays is decided later (matching.ts) and only by an admin.
 */

export const STATEMENT_FORMATS = ["cfonb120", "camt053", "ofx", "csv"] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export const FORMAT_LABELS: Record<StatementFormat, string> = {
  cfonb120: "CFONB 120",
  camt053: "CAMT.053 (ISO 20022)",
  ofx: "OFX",
  csv: "CSV",
};

/** What a statement says about its account; any part may be missing (a CSV often says nothing). */
export type StatementAccount = {
  iban: string | null;
  /** French domestic identifiers (RIB): code banque (5), code guichet (5), numéro de compte (11). */
  bankCode: string | null;
  branchCode: string | null;
  accountNumber: string | null;
};

export type StatementLine = {
  /** Booking date, YYYY-MM-DD. */
  bookedOn: string;
  valueOn: string | null;
  /** Signed cents: a credit (money in) is positive. */
  amountCents: number;
  label: string;
  /** Who paid (a credit) or was paid (a debit), when the format says it. */
  counterparty: string | null;
  /** The bank's own unique reference of the line (CAMT AcctSvcrRef, OFX FITID), when given. */
  bankReference: string | null;
};

export type ParsedStatement = {
  format: StatementFormat;
  account: StatementAccount;
  lines: StatementLine[];
};

/** Why a file is refused: a closed set, each with its French sentence for the admin. */
export const STATEMENT_ERRORS = {
  too_large: "Le fichier dépasse la taille maximale acceptée (5 Mo) : exportez une période plus courte.",
  empty: "Le fichier est vide.",
  unknown_format: "Format de fichier non reconnu : importez un relevé CFONB 120, CAMT.053 (XML), OFX ou CSV.",
  malformed: "Le relevé est mal formé",
  wrong_account: "Ce relevé est celui d'un autre compte que celui de la boutique : rien n'a été importé.",
  currency: "Ce relevé n'est pas en euros : seuls les comptes en euros sont rapprochés.",
  no_lines: "Le relevé ne contient aucune opération.",
  csv_mapping: "Les colonnes du fichier CSV n'ont pas été reconnues : choisissez la colonne de la date, du libellé et du montant (ou débit et crédit).",
} as const;
export type StatementErrorCode = keyof typeof STATEMENT_ERRORS;

export class StatementError extends Error {
  constructor(
    public readonly code: StatementErrorCode,
    /** Where and what, for a malformed file ("ligne 3 : montant illisible"). */
    public readonly detail?: string,
  ) {
    super(detail ? `${STATEMENT_ERRORS[code]} (${detail}).` : STATEMENT_ERRORS[code]);
    this.name = "StatementError";
  }
}

export function malformed(detail: string): StatementError {
  return new StatementError("malformed", detail);
}

export const NO_ACCOUNT: StatementAccount = { iban: null, bankCode: null, branchCode: null, accountNumber: null };

/** "12.50", "12,50", "-3" → cents, strictly; a malformed error otherwise. */
export function decimalToCents(value: string, where: string): number {
  const s = value.trim().replace(",", ".").replace(/^\+/, "");
  try {
    return decimalStringToCents(s);
  } catch {
    throw malformed(`${where} : montant « ${value.trim()} » illisible`);
  }
}

/** A date that exists, YYYY-MM-DD, or a malformed error. */
export function checkedIsoDate(year: number, month: number, day: number, where: string): string {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(iso)) throw malformed(`${where} : date « ${iso} » invalide`);
  return iso;
}

/** The French RIB parts inside a French IBAN (FRkk BBBBB GGGGG CCCCCCCCCCC KK). */
export function ribOfIban(iban: string): { bankCode: string; branchCode: string; accountNumber: string; key: string } | null {
  const s = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^(FR|MC)\d{2}\d{10}[0-9A-Z]{11}\d{2}$/.test(s)) return null;
  return { bankCode: s.slice(4, 9), branchCode: s.slice(9, 14), accountNumber: s.slice(14, 25), key: s.slice(25, 27) };
}

/**
 * Is this statement for the shop's account? An IBAN must equal the shop's; French domestic
 * identifiers must equal the RIB inside it (the account number alone when that is all a format
 * gives). A statement that names no account at all (most CSV exports) cannot be checked: it is
 * accepted, the admin having picked the file from the shop's own online banking.
 */
export function isShopAccount(account: StatementAccount, shopIban: string): boolean {
  const shop = shopIban.replace(/\s+/g, "").toUpperCase();
  const rib = ribOfIban(shop);
  if (account.iban) return account.iban.replace(/\s+/g, "").toUpperCase() === shop;
  if (account.accountNumber) {
    const number = account.accountNumber.replace(/[\s-]/g, "").toUpperCase();
    if (!rib) return false;
    if (account.bankCode && account.bankCode !== rib.bankCode) return false;
    if (account.branchCode && account.branchCode !== rib.branchCode) return false;
    // Banks write the account number alone, with its RIB key, or the whole BBAN.
    return [rib.accountNumber, rib.accountNumber + rib.key, rib.bankCode + rib.branchCode + rib.accountNumber + rib.key, shop].includes(number);
  }
  return true;
}

export type KeyedLine = StatementLine & { lineKey: string };

/**
 * The unique key of each line, so that the same movement imported twice (the same file, or two
 * statements that overlap) is recognised: the bank's own reference when the format has one
 * (CAMT AcctSvcrRef, OFX FITID: unique per account by their specifications), else a hash of
 * account, booking date, amount and label, plus the occurrence of that tuple within the file —
 * two identical movements on one day are two lines, and a later statement covering the same day
 * lists them the same way, so it yields the same two keys.
 */
export function keyLines(accountIban: string, lines: StatementLine[]): KeyedLine[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    if (line.bankReference) return { ...line, lineKey: `ref:${line.bankReference}` };
    const label = line.label.replace(/\s+/g, " ").trim().toUpperCase();
    const tuple = [accountIban, line.bookedOn, String(line.amountCents), label].join("\u001f");
    const occurrence = (seen.get(tuple) ?? 0) + 1;
    seen.set(tuple, occurrence);
    return { ...line, lineKey: `h:${createHash("sha256").update(tuple).digest("hex").slice(0, 32)}:${occurrence}` };
  });
}
