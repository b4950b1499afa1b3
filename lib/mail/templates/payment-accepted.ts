import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/money";
import { button, detailsTable, escapeHtml, frame, p, textFooter } from "./payment-frame";

/** "Paiement accepté": the electronic receipt of an accepted online payment, with a link to the ticket. */
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
  const html = frame(
    subject,
    `${p(`Bonjour ${input.customerName},`)}
${p(`Votre paiement pour la commande ${input.reference} a été accepté. Merci !`)}
${detailsTable(rows)}
${button(input.receiptUrl, "Voir mon ticket de paiement")}
<p style="margin:0 0 12px;color:#57534e;font-size:13px">${escapeHtml("Ce lien est personnel : ne le partagez pas.")}</p>`,
  );
  return { subject, html, text };
}
