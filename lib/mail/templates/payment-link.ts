import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Votre lien de paiement": a secure, single-use, expiring link to pay an unpaid order. */
export type PaymentLinkEmailInput = {
  reference: string;
  customerName: string;
  amountCents: Cents;
  url: string;
  expiresText: string;
};

export function renderPaymentLinkEmail(input: PaymentLinkEmailInput): RenderedEmail {
  const subject = `Votre lien de paiement – commande ${input.reference}`;
  const intro = `Voici un lien de paiement sécurisé pour régler votre commande ${input.reference} (${formatEur(input.amountCents)}).`;
  const expiry = `Il est valable jusqu'au ${input.expiresText} et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.`;
  const text = [`Bonjour ${input.customerName},`, "", intro, input.url, "", expiry, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(intro)}
${button(input.url, "Payer ma commande")}
${note(expiry)}`,
  });
  return { subject, html, text };
}
