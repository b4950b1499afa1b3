import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, escapeHtml, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Paiement non abouti": what happened, in plain French, and a secure link to pay again. */
export type PaymentFailedInput = {
  reference: string;
  customerName: string;
  amountCents: Cents;
  cancelled: boolean;
  reason: string;
  paymentLinkUrl: string;
  linkExpiresText: string;
  receiptUrl: string;
};

export function renderPaymentFailedEmail(input: PaymentFailedInput): RenderedEmail {
  const subject = input.cancelled
    ? `Paiement annulé – commande ${input.reference}`
    : `Paiement refusé – commande ${input.reference}`;
  const headline = input.cancelled
    ? `Le paiement de ${formatEur(input.amountCents)} pour votre commande ${input.reference} a été annulé.`
    : `Le paiement de ${formatEur(input.amountCents)} pour votre commande ${input.reference} n'a pas abouti.`;
  const keep = "Votre commande est conservée : vous pouvez la régler à nouveau avec ce lien de paiement sécurisé.";
  const expiry = `Le lien est valable jusqu'au ${input.linkExpiresText} et ne sert qu'une fois.`;
  const text = [
    `Bonjour ${input.customerName},`,
    "",
    headline,
    `Motif : ${input.reason}`,
    "",
    keep,
    input.paymentLinkUrl,
    expiry,
    "",
    "Le détail de la tentative (ticket) :",
    input.receiptUrl,
    "",
    textFooter(),
  ].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(headline)}
<p style="margin:0 0 12px"><strong>Motif :</strong> ${escapeHtml(input.reason)}</p>
${paragraph(keep)}
${button(input.paymentLinkUrl, "Payer ma commande")}
${note(expiry)}
<p style="margin:0 0 12px"><a href="${escapeHtml(input.receiptUrl)}" style="color:#6d28d9">Voir le ticket de la tentative</a></p>`,
  });
  return { subject, html, text };
}
