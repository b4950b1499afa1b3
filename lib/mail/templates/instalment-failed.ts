import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * A later part of a card instalment plan was refused and the payment provider will not try it
 * again: a secure link to pay THAT part (not the whole order), and what remains scheduled.
 */
export type InstalmentFailedEmailInput = {
  reference: string;
  customerName: string;
  position: number;
  count: number;
  amountCents: Cents;
  dueText: string;
  reason: string;
  url: string;
  expiresText: string;
};

export function renderInstalmentFailedEmail(input: InstalmentFailedEmailInput): RenderedEmail {
  const subject = `Échéance ${input.position}/${input.count} non réglée – commande ${input.reference}`;
  const intro = `Le prélèvement de l'échéance ${input.position} sur ${input.count} de votre commande ${input.reference} (${formatEur(input.amountCents)}, prévue le ${input.dueText}) n'a pas abouti : ${input.reason}`;
  const ask = `Vous pouvez la régler par carte avec ce lien de paiement sécurisé : seul le montant de cette échéance sera débité. Les échéances suivantes restent prélevées à leurs dates.`;
  const expiry = `Le lien est valable jusqu'au ${input.expiresText} et ne sert qu'une fois.`;
  const text = [`Bonjour ${input.customerName},`, "", intro, "", ask, input.url, "", expiry, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(intro)}
${paragraph(ask)}
${button(input.url, `Régler l'échéance (${formatEur(input.amountCents)})`)}
${note(expiry)}`,
  });
  return { subject, html, text };
}
