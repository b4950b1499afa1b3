import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/money";
import { button, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Commande annulée": short, says why, that nothing was charged, and how to order again. */
export type OrderCancelledInput = {
  reference: string;
  customerName: string;
  totalCents: Cents;
  /** Why, for the customer: "nous n'avons pas reçu son paiement dans les 48 heures". */
  why: string;
  shopUrl: string;
};

export function renderOrderCancelledEmail(input: OrderCancelledInput): RenderedEmail {
  const subject = `Commande ${input.reference} annulée`;
  const lines = [
    `Votre commande ${input.reference} (${formatEur(input.totalCents)}) a été annulée : ${input.why}.`,
    "Aucun montant n'a été débité pour cette commande, et les articles ont été remis en vente.",
    "Si vous souhaitez toujours ces articles, vous pouvez passer une nouvelle commande sur notre boutique :",
  ];
  const text = [`Bonjour ${input.customerName},`, "", ...lines, input.shopUrl, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${[`Bonjour ${input.customerName},`, ...lines].map((line) => paragraph(line)).join("\n")}
${button(input.shopUrl, "Retourner à la boutique")}`,
  });
  return { subject, html, text };
}
