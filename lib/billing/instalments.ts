import { addDays, daysBetween } from "@/lib/billing/payment-terms";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * Paying an order in 2 to 4 parts (issue 9): how a total is split, on which days, and whether a
 * schedule an admin edited is still acceptable. Pure, unit-tested; the checkout, place-order and
 * the back-office all ask here, so a schedule is never computed twice two ways.
 *
 * Amounts: integer cents, the total divided by N rounded down, the remainder (0 to N−1 cents) on
 * the FIRST part, so the parts add up exactly and no two differ by more than the remainder.
 *
 * Dates: calendar days "YYYY-MM-DD" counted from the order's day (its first part is due that day):
 * 2 parts: +0, +30; 3 parts: +0, +30, +60; 4 parts: +0, +20, +40, +60.
 * Month ends — the one documented rule: a step is a number of DAYS, never « one month », so a
 * schedule started on 31 January has its next part on 2 March (1 March in a leap year), not on a
 * « 31 February » to be clamped; every part stays within the cap whatever the month lengths. (Card
 * plans for professionals step the same way, 30 days; a consumer's card plan is charged monthly, so
 * it counts months, clamped to the month's last day: lib/payments/card-instalments.ts.)
 * Cap: no part after 60 days from the invoice date (Code de commerce L441-10, the legal maximum of
 * payment terms between professionals). The invoice of an instalment order is dated when the shop
 * holds every cheque, on or after the order's day, so a schedule within 60 days of the order is
 * within 60 days of its invoice.
 */

export const INSTALMENT_COUNTS = [2, 3, 4] as const;
export type InstalmentCount = (typeof INSTALMENT_COUNTS)[number];

/** The legal maximum between the invoice date and the last part. */
export const INSTALMENT_CAP_DAYS = 60;

/** Days after the order's day, per count. */
export const INSTALMENT_OFFSETS: Readonly<Record<InstalmentCount, readonly number[]>> = {
  2: [0, 30],
  3: [0, 30, 60],
  4: [0, 20, 40, 60],
};

export type SchedulePart = { position: number; dueOn: string; amountCents: Cents };

export function isInstalmentCount(n: unknown): n is InstalmentCount {
  return typeof n === "number" && (INSTALMENT_COUNTS as readonly number[]).includes(n);
}

/** Splits a total into `count` parts in cents: exact sum, the remainder on the first part. */
export function splitAmount(totalCents: Cents, count: number): Cents[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) throw new RangeError(`total must be a non-negative integer of cents, got ${totalCents}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const base = Math.floor(totalCents / count);
  const remainder = totalCents - base * count;
  return Array.from({ length: count }, (_, i) => (i === 0 ? base + remainder : base));
}

/** The deposit days of a schedule starting on `startDay` (the order's day in Paris). */
export function scheduleDates(startDay: string, count: InstalmentCount): string[] {
  return INSTALMENT_OFFSETS[count].map((offset) => addDays(startDay, offset));
}

/** The schedule the checkout shows and place-order writes. */
export function buildSchedule(totalCents: Cents, count: InstalmentCount, startDay: string): SchedulePart[] {
  const amounts = splitAmount(totalCents, count);
  return scheduleDates(startDay, count).map((dueOn, i) => ({ position: i + 1, dueOn, amountCents: amounts[i]! }));
}

/** The last day a part may be deposited, for a schedule whose invoice (or order) is dated `fromDay`. */
export function capDay(fromDay: string): string {
  return addDays(fromDay, INSTALMENT_CAP_DAYS);
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

export type ScheduleCheck = { ok: true; parts: SchedulePart[] } | { ok: false; message: string; field?: string };

/**
 * An edited schedule (the admin's form: dates and amounts of each part), checked against the
 * plan: 2 to 4 parts, positive amounts in cents that add up to the total exactly, dates in order
 * (the same day twice is allowed: two cheques deposited together), none before the order's day
 * nor beyond the cap. Returns the parts renumbered 1..N.
 */
export function checkSchedule(input: { parts: readonly { dueOn: string; amountCents: number }[]; totalCents: Cents; startDay: string }): ScheduleCheck {
  const { parts, totalCents, startDay } = input;
  if (!isInstalmentCount(parts.length)) return { ok: false, message: "Un échéancier compte de 2 à 4 chèques." };
  for (const [i, p] of parts.entries()) {
    const field = `part${i + 1}`;
    if (!Number.isSafeInteger(p.amountCents) || p.amountCents <= 0) return { ok: false, field: `${field}Amount`, message: `Chèque ${i + 1} : le montant doit être positif, au centime près.` };
    if (!isCalendarDay(p.dueOn)) {
      return { ok: false, field: `${field}Date`, message: `Chèque ${i + 1} : indiquez une date de dépôt valide.` };
    }
    if (p.dueOn < startDay) return { ok: false, field: `${field}Date`, message: `Chèque ${i + 1} : la date de dépôt ne peut précéder la commande (${formatIsoDateFr(startDay)}).` };
    if (daysBetween(startDay, p.dueOn) > INSTALMENT_CAP_DAYS) {
      return {
        ok: false,
        field: `${field}Date`,
        message: `Chèque ${i + 1} : au plus tard le ${formatIsoDateFr(capDay(startDay))} (60 jours au plus, délai maximal entre professionnels, Code de commerce L441-10).`,
      };
    }
    if (i > 0 && p.dueOn < parts[i - 1]!.dueOn) return { ok: false, field: `${field}Date`, message: `Chèque ${i + 1} : les dates de dépôt doivent se suivre dans l'ordre.` };
  }
  const sum = parts.reduce((s, p) => s + p.amountCents, 0);
  if (sum !== totalCents) {
    return { ok: false, message: `Les chèques totalisent ${formatEur(sum)} : ils doivent faire exactement ${formatEur(totalCents)}, le total de la commande.` };
  }
  return { ok: true, parts: parts.map((p, i) => ({ position: i + 1, dueOn: p.dueOn, amountCents: p.amountCents })) };
}

/** « 3 chèques : 400,01 € le 05/12/2026, 400,00 € le 04/01/2027, 400,00 € le 03/02/2027 » (invoice mention, e-mails). */
export function scheduleSentence(parts: readonly Pick<SchedulePart, "dueOn" | "amountCents">[]): string {
  return `${parts.length} chèques : ${parts.map((p) => `${formatEur(p.amountCents)} le ${formatIsoDateFr(p.dueOn)}`).join(", ")}`;
}

export type ChequeInstalmentsAccount = { status: string; chequeInstalmentsAllowed: boolean; onHold: boolean; holdReason: string | null };

export type ChequeInstalmentsDecision = { allowed: true } | { allowed: false; message: string };

/**
 * Whether this buyer may pay this order in several cheques: an approved professional whose
 * account has the right, not on hold, for an order of at least the shop's minimum. The checkout
 * asks to decide what to show; place-order asks again under the account's row lock.
 */
export function chequeInstalmentsDecision(account: ChequeInstalmentsAccount | null, orderTotalCents: Cents, minimumCents: Cents): ChequeInstalmentsDecision {
  if (!account || account.status !== "approved") return { allowed: false, message: "Le paiement en plusieurs chèques est réservé aux professionnels dont le compte a été validé." };
  if (!account.chequeInstalmentsAllowed) return { allowed: false, message: "Le paiement en plusieurs chèques n'est pas ouvert sur votre compte : contactez-nous." };
  if (account.onHold) {
    return {
      allowed: false,
      message: `Votre compte est suspendu pour le paiement en plusieurs fois${account.holdReason ? ` (${account.holdReason})` : ""} : réglez ce qui est dû depuis votre espace pro, ou contactez-nous.`,
    };
  }
  if (orderTotalCents < minimumCents) return { allowed: false, message: `Le paiement en plusieurs chèques est proposé à partir de ${formatEur(minimumCents)} de commande.` };
  return { allowed: true };
}
