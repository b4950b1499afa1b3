import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { button, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Commande annulée": short, says why, that nothing was charged, and how to order again. */
export type OrderCancelledInput = {
  reference: string;
  customerName: string;
  totalCents: Cents;
  /**
   * Why, for the customer: either a complement that follows "annulée" ("à la demande de notre
   * service client", "à votre demande") or a clause ("nous n'avons pas reçu son paiement dans les
   * 48 heures"), which the sentence introduces with "car".
   */
  why: string;
  shopUrl: string;
  /** Instalment cheques the shop had received: sent back, never deposited. */
  returnedCheques?: readonly { position: number; chequeNumber: string | null; amountCents: Cents }[];
};

// A complement starts with a preposition; anything else is a clause of its own.
const COMPLEMENT = /^(à|au|aux|par|pour|sur|suite|faute|en|sans)\s/i;

/** "a été annulée à la demande de …" / "a été annulée, car nous n'avons pas reçu …" */
export function cancelledBecause(why: string): string {
  const reason = why.trim().replace(/[\s.]+$/, "");
  if (!reason) return "a été annulée";
  return COMPLEMENT.test(reason) ? `a été annulée ${reason}` : `a été annulée, car ${reason}`;
}

function returnedChequesLines(cheques: NonNullable<OrderCancelledInput["returnedCheques"]>): string[] {
  if (!cheques.length) return [];
  const each = cheques.map((c) => `n° ${c.chequeNumber ?? "?"} de ${formatEur(c.amountCents)}`);
  const list = each.length > 1 ? `${each.slice(0, -1).join(", ")} et ${each.at(-1)}` : each[0];
  return cheques.length > 1
    ? [`Les chèques ${list} que vous nous aviez envoyés n'ont pas été déposés : nous vous les renvoyons.`]
    : [`Le chèque ${list} que vous nous aviez envoyé n'a pas été déposé : nous vous le renvoyons.`];
}

export function renderOrderCancelledEmail(input: OrderCancelledInput): RenderedEmail {
  const subject = `Commande ${input.reference} annulée`;
  const lines = [
    `Votre commande ${input.reference} (${formatEur(input.totalCents)}) ${cancelledBecause(input.why)}.`,
    "Aucun montant n'a été débité pour cette commande, et les articles ont été remis en vente.",
    ...returnedChequesLines(input.returnedCheques ?? []),
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
