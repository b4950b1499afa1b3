import "server-only";
import { env } from "@/lib/shared/env";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur } from "@/lib/shared/money";
import { detailsTable, escapeHtml, paragraph, renderEmailLayout, textFooter } from "./layout";

/*
 * "Paiement reçu": sent when the money recorded for an order covers its total (transfer received,
 * cheque cashed).
 */

export type PaymentReceivedInput = {
  reference: string;
  customerName: string;
  totalCents: number;
  paidCents: number;
  method: "transfer" | "cheque";
  /** Signed-in customers can follow their order from their account. */
  hasAccount: boolean;
};

const METHOD_WORDS = { transfer: "votre virement", cheque: "votre chèque" } as const;

export function renderPaymentReceivedEmail(input: PaymentReceivedInput): RenderedEmail {
  const subject = `Paiement reçu pour votre commande ${input.reference}`;
  const accountUrl = `${env.appUrl}/compte`;
  const overpaid = input.paidCents - input.totalCents;
  const greeting = `Bonjour ${input.customerName},`;
  const received = `Nous avons bien reçu ${METHOD_WORDS[input.method]} pour la commande ${input.reference}.`;
  const rows = [
    ["Montant de la commande", formatEur(input.totalCents)],
    ["Total reçu", formatEur(input.paidCents)],
  ] as const;
  const overpaidText = overpaid > 0 ? `Nous avons reçu ${formatEur(overpaid)} de plus que le montant dû : nous vous contacterons pour vous rembourser la différence.` : null;
  const paid = "Votre commande est payée : nous la préparons et vous l'expédions au plus vite.";
  const thanks = ["Merci de votre confiance.", `L'équipe ${env.merchant.name}`];

  const text = [
    greeting,
    "",
    received,
    ...rows.map(([k, v]) => `${k} : ${v}`),
    ...(overpaidText ? [overpaidText] : []),
    "",
    paid,
    ...(input.hasAccount ? [`Suivez-la depuis votre compte : ${accountUrl}`] : []),
    "",
    ...thanks,
    "",
    textFooter(),
  ].join("\n");

  const bodyHtml = `${paragraph(greeting)}
${paragraph(received)}
${detailsTable(rows)}
${overpaidText ? paragraph(overpaidText) : ""}
${paragraph(paid)}
${input.hasAccount ? `<p style="margin:0 0 12px"><a href="${escapeHtml(accountUrl)}" style="color:#5b21b6">Suivre ma commande depuis mon compte</a></p>` : ""}
${thanks.map((line) => paragraph(line)).join("\n")}`;

  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
