/**
 * A length of time in plain French, for texts a person reads ("valable 7 jours", "12 heures"):
 * the largest unit that says it exactly (0,5 jour → "12 heures", 1,5 jour → "36 heures"), or, when
 * none does, the largest unit in which rounding changes it by under 5 % ("30 heures" for 1,23 jour).
 * Pure, unit-tested.
 */

const UNITS = [
  { id: "day", ms: 86_400_000, one: "jour", many: "jours" },
  { id: "hour", ms: 3_600_000, one: "heure", many: "heures" },
  { id: "minute", ms: 60_000, one: "minute", many: "minutes" },
  { id: "second", ms: 1_000, one: "seconde", many: "secondes" },
] as const;

export type DurationUnit = (typeof UNITS)[number]["id"];

const count = (n: number, unit: (typeof UNITS)[number]) => `${n.toLocaleString("fr-FR")} ${n === 1 ? unit.one : unit.many}`;

export function formatDurationFr(ms: number, options: { largest?: DurationUnit } = {}): string {
  const from = UNITS.findIndex((u) => u.id === (options.largest ?? "day"));
  const units = UNITS.slice(from);
  for (const unit of units) {
    const value = ms / unit.ms;
    if (value >= 1 && Math.abs(value - Math.round(value)) < 1e-6) return count(Math.round(value), unit);
  }
  for (const unit of units) {
    const value = ms / unit.ms;
    if (value >= 1 && Math.abs(Math.round(value) - value) / value < 0.05) return count(Math.round(value), unit);
  }
  return ms >= 1_000 ? count(Math.round(ms / 1_000), UNITS[3]) : "quelques instants";
}

/** A payment link's validity from PAYMENT_LINK_TTL_DAYS (env.paymentLinkTtlDays): "7 jours", "12 heures". */
export function paymentLinkValidity(ttlDays: number): string {
  return formatDurationFr(ttlDays * 86_400_000);
}

/** A duration configured in hours (STALE_ONLINE_ORDER_HOURS), said in hours: "48 heures", "30 minutes". */
export function hoursText(hours: number): string {
  return formatDurationFr(hours * 3_600_000, { largest: "hour" });
}
