import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** The acknowledgement of a withdrawal (L221-21: on a durable medium, without delay). */
export type WithdrawalReceivedInput = {
  reference: string;
  customerName: string;
  requestedAtText: string;
  refundDueByText: string;
  amountCents: Cents;
  returnAddress: string;
};

export function renderWithdrawalReceivedEmail(input: WithdrawalReceivedInput): RenderedEmail {
  const subject = `Votre rétractation de la commande ${input.reference} est enregistrée`;
  const lines = [
    `Nous avons bien reçu, le ${input.requestedAtText}, votre demande de rétractation de la commande ${input.reference}.`,
    `Renvoyez-nous les articles dans les 14 jours, à l'adresse suivante : ${input.returnAddress}.`,
    `Nous vous rembourserons ${formatEur(input.amountCents)} par le moyen de paiement utilisé, au plus tard le ${input.refundDueByText} (nous pouvons attendre d'avoir reçu les articles).`,
  ];
  const text = [`Bonjour ${input.customerName},`, "", ...lines, "", "Merci de votre confiance.", "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${lines.map((l) => paragraph(l)).join("\n")}
${note("Conservez cet e-mail : il atteste de la date de votre rétractation.")}`,
  });
  return { subject, html, text };
}
