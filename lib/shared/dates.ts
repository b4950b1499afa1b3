/**
 * Dates as French readers expect them, always in Paris time (the shop's legal time, whatever the
 * server's zone): the one formatter of the shop, its e-mails, receipts and back-office.
 */

const PARIS = "Europe/Paris";
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: PARIS,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parts(d: Date): Record<string, string> {
  return Object.fromEntries(dateTimeFormat.formatToParts(d).map((p) => [p.type, p.value]));
}

/** "26/11/2026" (Paris time). */
export function formatDateFr(d: Date): string {
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "26/11/2026 14:05" (Paris time). */
export function formatDateTimeFr(d: Date): string {
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "26/11/2026 à 14:05" (Paris time): a deadline inside a sentence. */
export function formatDeadlineFr(d: Date): string {
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`;
}

/** A date column ("2026-01-15", no time, no zone) → "15/01/2026"; "—" when there is none. */
export function formatIsoDateFr(iso: string | null): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const isoDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: PARIS, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Paris as "2026-11-26" (what <input type="date"> sends and a date column stores). */
export function todayInParis(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}
