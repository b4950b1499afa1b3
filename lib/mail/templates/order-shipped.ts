import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { renderNoticeEmail } from "./notice";

/*
 * « Votre commande est partie »: one e-mail per parcel recorded in the back-office, with the
 * carrier's tracking link when there is one. Plain view data; the use case builds it.
 */

export type OrderShippedInput = {
  reference: string;
  customerName: string;
  /** « 04/12/2026 ». */
  shippedOn: string;
  carrierName: string;
  trackingNumber: string | null;
  trackingUrl: string | null;
  /** 1 for the first parcel, 2 for the second… */
  parcel: number;
  orderUrl: string;
  signature: string;
};

export function renderOrderShippedEmail(input: OrderShippedInput): RenderedEmail {
  const what = input.parcel > 1 ? `Un nouveau colis de votre commande ${input.reference}` : `Votre commande ${input.reference}`;
  return renderNoticeEmail({
    subject: input.parcel > 1 ? `Un nouveau colis de votre commande ${input.reference} est parti` : `Votre commande ${input.reference} est partie`,
    greeting: `Bonjour ${input.customerName},`,
    paragraphs: [
      `${what} a été remis${input.parcel > 1 ? "" : "e"} à ${input.carrierName} le ${input.shippedOn}.`,
      input.trackingUrl ? "Vous pouvez suivre son acheminement sur le site du transporteur avec le lien ci-dessous." : "Le transporteur ne fournit pas de lien de suivi pour cet envoi.",
      `Votre commande reste consultable à tout moment : ${input.orderUrl}`,
    ],
    details: [
      ["Commande", input.reference],
      ["Transporteur", input.carrierName],
      ["Expédié le", input.shippedOn],
      ...(input.trackingNumber ? ([["Numéro de suivi", input.trackingNumber]] as const) : []),
    ],
    ...(input.trackingUrl ? { action: { url: input.trackingUrl, label: "Suivre mon colis" } } : {}),
    signature: input.signature,
  });
}
