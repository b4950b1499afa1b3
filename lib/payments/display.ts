import type { PaymentMethod, PaymentProvider } from "@/lib/db/schema";

/*
 * How payments read in French, on the receipt, its PDF and the e-mails. Provider-agnostic: PayPal
 * adds its labels here.
 */

const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dateOnly = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric" });

/** "26/11/2026 à 14:32" (Paris time). */
export function formatDateTimeFr(d: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} à ${parts.hour}:${parts.minute}`;
}

/** "26/11/2026" (Paris time). */
export function formatDateFr(d: Date): string {
  return dateOnly.format(d);
}

/** "Visa •••• 4242", or null when the provider told us nothing about a card. */
export function cardLine(brand: string | null, last4: string | null): string | null {
  if (!last4 && !brand) return null;
  return [brand, last4 ? `•••• ${last4}` : null].filter(Boolean).join(" ");
}

export function onlineMethodLabel(method: PaymentMethod, provider: PaymentProvider | null): string {
  if (method === "card" && provider === "payplug") return "Carte bancaire (paiement sécurisé PayPlug)";
  if (method === "card") return "Carte bancaire";
  if (method === "paypal") return "PayPal";
  return { transfer: "Virement bancaire", cheque: "Chèque", net30: "Paiement à 30 jours" }[method];
}
