import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, detailsTable, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * "Paiement en double remboursé": the order was already paid when a second payment went through
 * (two windows, a payment finished after a retry); the shop gave that money back on its own.
 */
export type DuplicatePaymentRefundedInput = {
  reference: string;
  customerName: string;
  refundedCents: Cents;
  methodLabel: string;
  transactionId: string | null;
  receiptUrl: string;
};

export function renderDuplicatePaymentRefundedEmail(input: DuplicatePaymentRefundedInput): RenderedEmail {
  const subject = `Paiement en double remboursé – commande ${input.reference}`;
  const greeting = `Bonjour ${input.customerName},`;
  const what = `Votre commande ${input.reference} était déjà réglée quand un second paiement nous est parvenu. Nous vous l'avons remboursé automatiquement : vous ne payez votre commande qu'une fois.`;
  const rows: [string, string][] = [
    ["Commande", input.reference],
    ["Montant remboursé", formatEur(input.refundedCents)],
    ["Moyen de paiement", input.methodLabel],
    ...(input.transactionId ? ([["N° de transaction remboursée", input.transactionId]] as [string, string][]) : []),
  ];
  const delay = "Le remboursement apparaîtra sur votre relevé (ou votre compte PayPal) d'ici quelques jours ouvrés, selon votre banque.";
  const nothing = "Vous n'avez rien à faire. Votre commande reste payée et suit son cours.";
  const text = [greeting, "", what, "", ...rows.map(([k, v]) => `${k} : ${v}`), "", delay, nothing, "", `Votre ticket : ${input.receiptUrl}`, "", textFooter()].join("\n");
  const bodyHtml = `${paragraph(greeting)}
${paragraph(what)}
${detailsTable(rows)}
${paragraph(delay)}
${paragraph(nothing)}
${button(input.receiptUrl, "Voir mon ticket")}`;
  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
