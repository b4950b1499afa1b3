import type { Cents } from "@/lib/shared/money";
import { formatEur } from "@/lib/shared/money";

/*
 * Whether a professional may buy "à 30 jours (sur facture)" now, and if not, why, in words for
 * the checkout. Pure, unit-tested; place-order re-reads the account under a row lock and asks
 * again, so a tampered form cannot get past what the page showed.
 *
 * The merchant's promise: approved professionals buy on account, except the first order, paid
 * upfront. "Paid" means fully paid and not refunded, placed before or after the approval.
 */

export type Net30Account = {
  status: "pending" | "approved" | "rejected";
  creditLimitCents: Cents;
  onHold: boolean;
  holdReason: string | null;
};

export type Net30Context = {
  /** Null: not a professional account. */
  account: Net30Account | null;
  /** Orders of this account fully paid and not refunded. */
  paidOrders: number;
  /** What its open invoices still owe. */
  openInvoicesCents: Cents;
  /** The order being placed, VAT included. */
  orderTotalCents: Cents;
};

export type Net30Refusal = "not_pro" | "not_approved" | "no_terms" | "first_order" | "on_hold" | "over_limit";

export type Net30Decision =
  | { allowed: true; roomCents: Cents }
  | { allowed: false; reason: Net30Refusal; message: string; roomCents: Cents; link?: { href: string; label: string } };

/** Where a pro on hold sees what is due and pays it by card (the portal's « Factures à régler »). */
export const SETTLE_LINK = { href: "/pro#pay-title", label: "Voir et régler ce qui est dû" } as const;

export function net30Decision(c: Net30Context): Net30Decision {
  const room = c.account ? Math.max(0, c.account.creditLimitCents - c.openInvoicesCents) : 0;
  const refuse = (reason: Net30Refusal, message: string, link?: { href: string; label: string }): Net30Decision => ({ allowed: false, reason, message, roomCents: room, ...(link ? { link } : {}) });
  if (!c.account) return refuse("not_pro", "Le paiement à 30 jours est réservé aux professionnels dont le compte a été validé.");
  if (c.account.status !== "approved") return refuse("not_approved", "Le paiement à 30 jours sera proposé dès que nous aurons validé votre compte professionnel.");
  if (c.account.creditLimitCents <= 0) return refuse("no_terms", "Le paiement à 30 jours n'est pas encore ouvert sur votre compte : contactez-nous.");
  if (c.account.onHold) {
    // Says what is owed (the hold's reason names the invoice or the bounced cheque) and how the hold ends.
    return refuse(
      "on_hold",
      `Le paiement à 30 jours et en plusieurs fois est suspendu sur votre compte${c.account.holdReason ? ` : ${c.account.holdReason}` : ""}. Réglez ce qui est dû depuis votre espace pro (par carte, virement ou chèque) : la suspension est levée dès le règlement reçu. Vous pouvez aussi régler cette commande à la commande.`,
      SETTLE_LINK,
    );
  }
  if (c.paidOrders < 1) return refuse("first_order", "Votre première commande se règle à la commande (carte, PayPal, virement ou chèque) ; le paiement à 30 jours vous sera proposé ensuite.");
  if (c.openInvoicesCents + c.orderTotalCents > c.account.creditLimitCents) {
    return refuse(
      "over_limit",
      `Cette commande (${formatEur(c.orderTotalCents)}) dépasse votre encours autorisé : il vous reste ${formatEur(room)} sur ${formatEur(c.account.creditLimitCents)}. Réglez une facture ouverte ou choisissez un autre moyen de paiement.`,
    );
  }
  return { allowed: true, roomCents: room };
}
