import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { renderNoticeEmail } from "./notice";

/*
 * « Remboursement »: money given back on an order, whichever way (PayPlug or PayPal to the card
 * or account that paid, a transfer or a cheque from the shop). Plain view data.
 */

export type RefundMadeInput = {
  reference: string;
  customerName: string;
  /** « 12,40 € ». */
  amount: string;
  /** « sur la carte utilisée pour la commande », « par virement (référence RB-42) ». */
  how: string;
  /** « 25,90 € » in all on this order so far. */
  totalRefunded: string;
  /** The credit note that corrects the invoice, when the order had one. */
  creditNoteNumber: string | null;
  orderUrl: string;
  signature: string;
};

export function renderRefundMadeEmail(input: RefundMadeInput): RenderedEmail {
  return renderNoticeEmail({
    subject: `Remboursement de ${input.amount} pour votre commande ${input.reference}`,
    greeting: `Bonjour ${input.customerName},`,
    paragraphs: [
      `Nous vous avons remboursé ${input.amount} ${input.how}, pour la commande ${input.reference}.`,
      ...(input.creditNoteNumber ? [`L'avoir ${input.creditNoteNumber} corrige la facture de cette commande du même montant.`] : []),
      `Votre commande reste consultable à tout moment : ${input.orderUrl}`,
    ],
    details: [
      ["Commande", input.reference],
      ["Remboursé", input.amount],
      ["Total remboursé sur la commande", input.totalRefunded],
      ...(input.creditNoteNumber ? ([["Avoir", input.creditNoteNumber]] as const) : []),
    ],
    signature: input.signature,
  });
}
