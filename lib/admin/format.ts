/** Dates in the back-office: fr-FR, Paris time. */
const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "26/11/2026 14:32" (Paris time). */
export function formatAdminDateTime(d: Date): string {
  return dateTime.format(d).replace(",", "");
}

/** "2026-01-15" (a date column) → "15/01/2026". */
export function formatIsoDate(iso: string | null): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
