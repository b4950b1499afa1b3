import type { EmailStatus, OrderStatus, PaymentMethod, PaymentProvider, PaymentStatus } from "@/lib/db/schema";
import { formatEur, type Cents } from "@/lib/shared/money";
import { cardLine } from "@/lib/payments/labels";

/**
 * Back-office wording (the admin's point of view, not the customer's): "Virement attendu", where
 * the customer reads "En attente de votre virement" (ORDER_STATUS_LABELS in lib/orders/transitions.ts).
 */
export const ADMIN_ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: "Paiement en cours",
  awaiting_transfer: "Virement attendu",
  awaiting_cheque: "Chèque attendu",
  payment_failed: "Paiement échoué",
  paid: "Payée",
  on_account: "Sur compte",
  cancelled: "Annulée",
  refunded: "Remboursée",
  partially_refunded: "Partiellement remboursée",
};

export const ADMIN_PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  created: "Créé",
  pending: "En attente",
  paid: "Payé",
  failed: "Échoué",
  cancelled: "Annulé",
  refunded: "Remboursé",
  partially_refunded: "Partiellement remboursé",
};

export const ADMIN_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  card: "Carte",
  paypal: "PayPal",
  transfer: "Virement",
  cheque: "Chèque",
  net30: "30 jours",
};

const PROVIDER_NAMES: Readonly<Record<PaymentProvider, string>> = { payplug: "PayPlug", paypal: "PayPal" };

/** A payment row's method, capitalised: "Carte bancaire — PayPlug", "PayPal", "Chèque". Pure. */
export function adminPaymentMethodLabel(method: PaymentMethod, provider: PaymentProvider | null): string {
  if (method === "card") return provider ? `Carte bancaire — ${PROVIDER_NAMES[provider]}` : "Carte bancaire";
  if (method === "paypal") return "PayPal";
  return { transfer: "Virement", cheque: "Chèque", net30: "30 jours" }[method];
}

type PaymentDetailsRow = {
  method: PaymentMethod;
  cardBrand: string | null;
  cardLast4: string | null;
  threeDSecure: boolean | null;
  payerEmail: string | null;
};

/**
 * What the provider told us about who paid, under the method: "Visa •••• 4242" and "3-D Secure :
 * oui" for a card, the payer's e-mail for PayPal. Nothing for offline payments. Pure.
 */
export function adminPaymentDetails(p: PaymentDetailsRow): string[] {
  if (p.method === "card") {
    const card = cardLine(p.cardBrand, p.cardLast4);
    return [...(card ? [card] : []), ...(p.threeDSecure === null ? [] : [`3-D Secure : ${p.threeDSecure ? "oui" : "non"}`])];
  }
  if (p.method === "paypal") {
    const card = cardLine(p.cardBrand, p.cardLast4);
    return [...(p.payerEmail ? [`Payeur : ${p.payerEmail}`] : []), ...(card ? [card] : [])];
  }
  return [];
}

/**
 * The status of a transfer/cheque instruction placeholder (checkout's "how to pay" row, not money):
 * it is never "Annulé" (that reads like a fault), only sent, replaced by the money received, or
 * moot once the order is cancelled. Pure.
 */
export function placeholderStatusLabel(p: { status: PaymentStatus; failureCode: string | null }): string {
  if (p.status === "pending" || p.status === "created") return "Instructions envoyées (pas un paiement)";
  if (p.failureCode === "order_cancelled") return "Sans objet (commande annulée)";
  return "Remplacé";
}

/**
 * The back-office's one line on money for an order, from moneyPosition (due, excess): a cancelled
 * or refunded order never shows "Reste à recevoir", but money it still holds stays visible as a
 * refund to make. Pure.
 */
export function adminMoneyLine(status: OrderStatus, position: { dueCents: Cents; excessCents: Cents }): string {
  const closed = status === "cancelled" ? "Commande annulée" : status === "refunded" ? "Commande remboursée" : null;
  if (closed) return position.excessCents > 0 ? `${closed} — à rembourser : ${formatEur(position.excessCents)}` : `${closed} — rien à recevoir`;
  if (position.dueCents > 0) return `Reste à recevoir : ${formatEur(position.dueCents)}`;
  if (position.excessCents > 0) return `Trop-perçu : ${formatEur(position.excessCents)}`;
  return "Rien à recevoir";
}

export type Tone = "neutral" | "success" | "warning" | "error";

export function orderStatusTone(status: OrderStatus): Tone {
  if (status === "paid" || status === "on_account") return "success";
  if (status === "payment_failed" || status === "cancelled") return "error";
  if (status === "refunded" || status === "partially_refunded") return "neutral";
  return "warning";
}

export function emailStatusTone(status: EmailStatus): Tone {
  return status === "sent" ? "success" : status === "failed" ? "error" : "neutral";
}
