import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, detailsTable, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * "Paiement accepté": the electronic receipt of an accepted online payment that does not settle
 * the order yet (the rest is still due), with a link to the ticket. A payment that makes the order
 * paid sends the order confirmation instead, which carries the same details
 * (lib/mail/order-confirmation-mail.ts).
 */
export type PaymentAcceptedInput = {
  reference: string;
  customerName: string;
  amountCents: Cents;
  methodLabel: string;
  transactionId: string | null;
  cardLine: string | null;
  paidAtText: string;
  receiptUrl: string;
};

export function renderPaymentAcceptedEmail(input: PaymentAcceptedInput): RenderedEmail {
  const subject = `Paiement accepté – commande ${input.reference}`;
  const rows: [string, string][] = [
    ["Commande", input.reference],
    ["Montant", formatEur(input.amountCents)],
    ["Moyen de paiement", input.methodLabel],
    ...(input.cardLine ? ([["Carte", input.cardLine]] as [string, string][]) : []),
    ...(input.transactionId ? ([["N° de transaction", input.transactionId]] as [string, string][]) : []),
    ["Date", input.paidAtText],
    ["Résultat", "Transaction acceptée"],
  ];
  const text = [
    `Bonjour ${input.customerName},`,
    "",
    `Votre paiement pour la commande ${input.reference} a été accepté. Merci !`,
    "",
    ...rows.map(([k, v]) => `${k} : ${v}`),
    "",
    "Votre ticket de paiement (à imprimer ou télécharger en PDF) :",
    input.receiptUrl,
    "Ce lien est personnel : ne le partagez pas.",
    "",
    textFooter(),
  ].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.customerName},`)}
${paragraph(`Votre paiement pour la commande ${input.reference} a été accepté. Merci !`)}
${detailsTable(rows)}
${button(input.receiptUrl, "Voir mon ticket de paiement")}
${note("Ce lien est personnel : ne le partagez pas.")}`,
  });
  return { subject, html, text };
}
