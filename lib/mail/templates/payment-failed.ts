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
  const keep = "Votre commande est conservée : vous pouvez la régler avec ce lien de paiement sécurisé, par carte, par PayPal, par virement ou par chèque.";
  const expiry = `Le lien est valable jusqu'au ${input.linkExpiresText} et ne sert qu'une fois. Sans paiement d'ici là, la commande sera annulée et ses articles remis en vente.`;
  // « … a été annulé. Motif : Le paiement a été annulé. » says nothing twice.
  const reason = repeatsHeadline(input) ? null : input.reason;
  const text = [
    `Bonjour ${input.customerName},`,
    "",
    headline,
    ...(reason ? [`Motif : ${reason}`] : []),
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
${reason ? `<p style="margin:0 0 12px"><strong>Motif :</strong> ${escapeHtml(reason)}</p>` : ""}
${paragraph(keep)}
${button(input.paymentLinkUrl, "Payer ma commande")}
${note(expiry)}
<p style="margin:0 0 12px"><a href="${escapeHtml(input.receiptUrl)}" style="color:#6d28d9">Voir le ticket de la tentative</a></p>`,
  });
  return { subject, html, text };
}

/** A cancellation whose reason only says it was cancelled. */
function repeatsHeadline(input: Pick<PaymentFailedInput, "cancelled" | "reason">): boolean {
  return input.cancelled && /^(le )?paiement (a été )?annulé\.?$/i.test(input.reason.trim());
}
