import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";
import { offlineInstructionsHtml, offlineInstructionsText, type OfflineInstructionsView } from "./order-confirmation";

/**
 * "Rappel : votre commande attend votre paiement": a transfer or cheque order whose money has not
 * arrived. Sent once, days before the cancellation it announces: how to pay (as in the
 * confirmation), the date after which the order is cancelled and its articles put back on sale,
 * and that money already on its way need not be sent twice.
 */
export type OfflinePaymentReminderInput = {
  reference: string;
  customerName: string;
  totalCents: Cents;
  placedOnText: string;
  /** "le 18/12/2026": the order is cancelled after this day if nothing has arrived. */
  cancelAfterText: string;
  instructions: OfflineInstructionsView;
  orderUrl: string;
};

export function renderOfflinePaymentReminderEmail(input: OfflinePaymentReminderInput): RenderedEmail {
  const subject = `Rappel : votre commande ${input.reference} attend votre paiement`;
  const intro = `Nous n'avons pas encore reçu le paiement de votre commande ${input.reference} (${formatEur(input.totalCents)}), passée le ${input.placedOnText}.`;
  const deadline = `Sans paiement reçu d'ici ${input.cancelAfterText}, la commande sera annulée et ses articles remis en vente.`;
  const inTransit =
    input.instructions.kind === "transfer"
      ? "Si vous avez déjà fait le virement, ne tenez pas compte de ce message : il peut mettre quelques jours à nous parvenir."
      : input.instructions.schedule?.length
        ? "Si vous avez déjà envoyé les chèques, ne tenez pas compte de ce message : ils peuvent mettre quelques jours à nous parvenir."
        : "Si vous avez déjà envoyé le chèque, ne tenez pas compte de ce message : il peut mettre quelques jours à nous parvenir.";
  const text = [
    `Bonjour ${input.customerName},`,
    "",
    intro,
    "",
    offlineInstructionsText(input.instructions),
    "",
    deadline,
    inTransit,
    "",
    `Votre commande : ${input.orderUrl}`,
    "",
    textFooter(),
  ].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(intro)}
${offlineInstructionsHtml(input.instructions)}
${paragraph(deadline, "margin:16px 0 12px;font-weight:bold")}
${note(inTransit)}
${button(input.orderUrl, "Voir ma commande")}`,
  });
  return { subject, html, text };
}
