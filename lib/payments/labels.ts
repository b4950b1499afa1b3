import type { PaymentMethod, PaymentProvider } from "@/lib/db/schema";

/*
 * How payments read in French, on the receipt, its PDF and the e-mails. Provider-agnostic: PayPal
 * adds its labels here. Dates: lib/shared/dates.ts.
 */

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
