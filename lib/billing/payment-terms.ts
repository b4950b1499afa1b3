/*
 * Payment terms between professionals and what is overdue. Pure, unit-tested; dates are calendar
 * days written "YYYY-MM-DD" (the invoice's date in Paris), computed in UTC so no time zone or
 * daylight-saving change moves a due date.
 *
 * Code de commerce L441-10: terms agreed between professionals may not exceed 60 days from the
 * invoice date, or 45 days end of month when the contract says so expressly. The shop offers:
 * - "net": N days from the invoice date (30 by default), N ≤ 60;
 * - "net_eom" ("N jours fin de mois"), N ≤ 45, computed the way the DGCCRF describes as usual:
 *   the invoice date plus N days, then the end of that month. (The other reading, end of the
 *   invoice's month then plus N days, is not used: one documented rule, printed on every invoice.)
 */

export type PaymentTerms = { kind: "net"; days: number } | { kind: "net_eom"; days: number };

export const DEFAULT_TERMS: PaymentTerms = { kind: "net", days: 30 };

export const LEGAL_MAX_DAYS = { net: 60, net_eom: 45 } as const;

export type TermsCheck = { ok: true } | { ok: false; message: string };

export function checkTerms(terms: PaymentTerms): TermsCheck {
  if (!Number.isInteger(terms.days) || terms.days < 0) return { ok: false, message: "Le délai de paiement est un nombre entier de jours." };
  const max = LEGAL_MAX_DAYS[terms.kind];
  if (terms.days > max) {
    return {
      ok: false,
      message:
        terms.kind === "net"
          ? `Entre professionnels, le délai ne peut dépasser ${max} jours à compter de la date de facture (Code de commerce, art. L441-10).`
          : `Entre professionnels, un délai « fin de mois » ne peut dépasser ${max} jours fin de mois (Code de commerce, art. L441-10).`,
    };
  }
  return { ok: true };
}

/** How the terms read on an invoice: « 30 jours à compter de la date de facture ». */
export function termsLabel(terms: PaymentTerms): string {
  return terms.kind === "net" ? `${terms.days} jours à compter de la date de facture` : `${terms.days} jours fin de mois`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: ${day}`);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new Error(`not a calendar day: ${day}`);
  return date;
}

const formatDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

export function endOfMonth(day: string): string {
  const d = parseDay(day);
  return formatDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** The due date printed on the invoice. */
export function dueDate(invoiceDay: string, terms: PaymentTerms): string {
  const check = checkTerms(terms);
  if (!check.ok) throw new Error(check.message);
  const plus = addDays(invoiceDay, terms.days);
  return terms.kind === "net" ? plus : endOfMonth(plus);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

export const AGEING_BUCKETS = ["not_due", "1_30", "31_60", "61_90", "over_90"] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export const AGEING_LABELS: Readonly<Record<AgeingBucket, string>> = {
  not_due: "Non échu",
  "1_30": "1 à 30 jours de retard",
  "31_60": "31 à 60 jours",
  "61_90": "61 à 90 jours",
  over_90: "Plus de 90 jours",
};

/** Where an amount due on `due` stands on `today`: due today is not late yet. */
export function ageingBucket(due: string, today: string): AgeingBucket {
  const late = daysBetween(due, today);
  if (late <= 0) return "not_due";
  if (late <= 30) return "1_30";
  if (late <= 60) return "31_60";
  if (late <= 90) return "61_90";
  return "over_90";
}
