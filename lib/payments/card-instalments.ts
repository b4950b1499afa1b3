import { splitAmount } from "@/lib/billing/instalments";
import { addDays } from "@/lib/billing/payment-terms";
import type { Cents } from "@/lib/shared/money";

/**
 * Card instalments through a PayPlug installment plan (issue 9, item 3): who may be offered them,
 * how a total is split and when each part is charged. Pure rules, unit-tested; the use case
 * (lib/use-cases/card-instalment-plans.ts) applies them on the server, so the browser only ever
 * sends a count, never an amount or a date.
 *
 * - Professionals: 2 or 3 parts, 30 days apart, so that the last one falls within the 60 days that
 *   L441-10 of the Code de commerce allows between professionals.
 * - Consumers (only when the merchant offers it to everyone): 2, 3 or 4 parts, one a month, free
 *   of charge, the last at most three months after the order — beyond three months (or with
 *   fees), a payment in several times is consumer credit (art. L312-4 of the Code de la
 *   consommation), which the shop does not offer.
 * - Never under the configured minimum (PayPlug's own modules default to 150 €).
 *
 * Month ends: a consumer's part k is due k months after the order; when that month is shorter
 * (31 January + 1 month) the date is the month's last day (28/29 February), never the next month.
 */

export type CardInstalmentOffer = "off" | "pros" | "everyone";
export type InstalmentBuyer = "consumer" | "pro";

export const PRO_MAX_DAYS = 60;
export const PRO_STEP_DAYS = 30;
export const CONSUMER_MAX_MONTHS = 3;

export type CardInstalmentChoice =
  | { ok: true; counts: number[] }
  | { ok: false; reason: "off" | "not_offered_to_consumers" | "under_minimum" | "account_on_hold"; message: string };

export const CARD_INSTALMENT_MESSAGES = {
  off: "Le paiement en plusieurs fois par carte n'est pas proposé.",
  not_offered_to_consumers: "Le paiement en plusieurs fois par carte est réservé aux comptes professionnels.",
  under_minimum: (minimum: string) => `Le paiement en plusieurs fois par carte est proposé à partir de ${minimum} d'achats.`,
  account_on_hold: "Votre compte professionnel est suspendu : le paiement en plusieurs fois n'est pas disponible. Vous pouvez régler cette commande en une fois.",
  bad_count: "Choisissez un paiement en 2, 3 ou 4 fois parmi ceux proposés.",
  not_card: "Le paiement en plusieurs fois se fait par carte bancaire (ou par chèques, pour les comptes professionnels autorisés).",
} as const;

/** Which counts (2..4) this buyer may choose for this total, or why none. */
export function cardInstalmentChoice(input: {
  offer: CardInstalmentOffer;
  minimumCents: Cents;
  totalCents: Cents;
  buyer: InstalmentBuyer;
  onHold?: boolean;
  formatMinimum: (cents: Cents) => string;
}): CardInstalmentChoice {
  if (input.offer === "off") return { ok: false, reason: "off", message: CARD_INSTALMENT_MESSAGES.off };
  if (input.buyer === "consumer" && input.offer !== "everyone") return { ok: false, reason: "not_offered_to_consumers", message: CARD_INSTALMENT_MESSAGES.not_offered_to_consumers };
  if (input.buyer === "pro" && input.onHold) return { ok: false, reason: "account_on_hold", message: CARD_INSTALMENT_MESSAGES.account_on_hold };
  if (input.totalCents < input.minimumCents) return { ok: false, reason: "under_minimum", message: CARD_INSTALMENT_MESSAGES.under_minimum(input.formatMinimum(input.minimumCents)) };
  return { ok: true, counts: input.buyer === "pro" ? [2, 3] : [2, 3, 4] };
}

/**
 * A card plan's amounts: the cheques' split (lib/billing/instalments.ts — the remainder on the
 * first part, which is also what PayPlug's modules do: the customer pays it now, the later charges
 * are equal), within a card plan's own bounds.
 */
export function splitCardInstalments(totalCents: Cents, count: number): Cents[] {
  if (!Number.isInteger(totalCents) || totalCents < count) throw new RangeError(`cannot split ${totalCents} cents in ${count}`);
  if (!Number.isInteger(count) || count < 2 || count > 4) throw new RangeError(`instalment count ${count} outside 2..4`);
  return splitAmount(totalCents, count);
}

/** An ISO date plus whole months; a day the target month lacks becomes its last day (31/01 + 1 → 28/02). */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const lastDay = new Date(Date.UTC(y, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, targetMonth, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export type CardScheduleItem = { position: number; dueOn: string; amountCents: Cents };

/** The plan's parts: the first charged today (on the hosted page), the next ones by PayPlug on their dates. */
export function cardInstalmentSchedule(input: { totalCents: Cents; count: number; buyer: InstalmentBuyer; today: string }): CardScheduleItem[] {
  const amounts = splitCardInstalments(input.totalCents, input.count);
  return amounts.map((amountCents, i) => ({
    position: i + 1,
    dueOn: input.buyer === "pro" ? addDays(input.today, i * PRO_STEP_DAYS) : addMonthsIso(input.today, i),
    amountCents,
  }));
}

/**
 * Whether PayPlug is done with a failed instalment, so that the shop may take it over with a
 * payment link. PayPlug's API offers no way to stop the retry of one instalment (only aborting the
 * whole plan, which would also stop the later instalments), so the shop never lets a link pay a
 * part PayPlug may still charge: the link is offered once PayPlug has made all its attempts at
 * that part (`attempts`, PAYPLUG_PLAN_CHARGE_ATTEMPTS: the first charge and its retries), or once
 * the plan is no longer active (then nothing more will be charged at all). Never both.
 */
export function payplugDoneWithInstalment(input: { failedCharges: number; paidCharges: number; planActive: boolean; attempts: number }): boolean {
  if (input.paidCharges > 0) return false;
  return !input.planActive || input.failedCharges >= input.attempts;
}
