import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Votre lien pour suivre votre commande": a fresh order link, asked for from an expired one. */
export type OrderLinkEmailInput = {
  reference: string;
  customerName: string;
  url: string;
  expiresText: string;
};

export function renderOrderLinkEmail(input: OrderLinkEmailInput): RenderedEmail {
  const subject = `Votre lien pour suivre votre commande ${input.reference}`;
  const intro = `Voici un nouveau lien pour suivre votre commande ${input.reference}, ses paiements et ses reçus.`;
  const expiry = `Pour votre sécurité, il est valable jusqu'au ${input.expiresText}. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre commande n'est pas modifiée.`;
  const text = [`Bonjour ${input.customerName},`, "", intro, input.url, "", expiry, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(intro)}
${button(input.url, "Voir ma commande")}
${note(expiry)}`,
  });
  return { subject, html, text };
}
