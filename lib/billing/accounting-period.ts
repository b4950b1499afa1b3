/*
 * The period of an accounting export, from the page's query string: a month (`mois=2026-11`) or
 * two Paris days (`du=2026-11-01&au=2026-11-30`, both included). Pure; a period that does not
 * parse comes back as a French message for the form, never as a guess.
 */

export type AccountingPeriod = { from: string; to: string };

export const MAX_PERIOD_DAYS = 366;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The first and last day of a month "2026-11". */
export function monthPeriod(month: string): AccountingPeriod | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  if (index < 0 || index > 11) return null;
  const last = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export type PeriodField = "du" | "au" | "mois";

export function parseAccountingPeriod(raw: { du?: string | null; au?: string | null; mois?: string | null }): { period: AccountingPeriod } | { error: string; field: PeriodField } {
  if (raw.mois) {
    const period = monthPeriod(raw.mois);
    return period ? { period } : { error: "Choisissez un mois de la liste.", field: "mois" };
  }
  const from = raw.du ?? "";
  const to = raw.au ?? "";
  if (!isRealDay(from)) return { error: "Indiquez le premier jour de la période (jj/mm/aaaa).", field: "du" };
  if (!isRealDay(to)) return { error: "Indiquez le dernier jour de la période (jj/mm/aaaa).", field: "au" };
  const days = daysBetween(from, to);
  if (days < 0) return { error: "Le dernier jour doit suivre le premier.", field: "au" };
  if (days >= MAX_PERIOD_DAYS) return { error: "Une période couvre au plus un an (366 jours) : exportez un exercice à la fois.", field: "au" };
  return { period: { from, to } };
}

const MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** The current month and the `count - 1` before it, newest first: « novembre 2026 » → "2026-11". */
export function recentMonths(today: string, count = 12): { value: string; label: string }[] {
  const m = DAY.exec(today);
  if (!m) return [];
  let year = Number(m[1]);
  let index = Number(m[2]) - 1;
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ value: `${year}-${String(index + 1).padStart(2, "0")}`, label: `${MONTH_NAMES[index]} ${year}` });
    index -= 1;
    if (index < 0) {
      index = 11;
      year -= 1;
    }
  }
  return out;
}
