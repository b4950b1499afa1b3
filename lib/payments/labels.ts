import type { DisputeOutcome, DisputeReason, DisputeStatus, PaymentMethod, PaymentProvider, PaymentStatus } from "@/lib/db/schema";

/*
 * How payments read in French, in one place: the checkout, the receipt and its PDF, the e-mails,
 * the customer's history and the back-office all take their words from here. Dates:
 * lib/shared/dates.ts; order statuses: lib/orders/labels.ts.
 */

/** A method's name as a customer reads it ("Virement bancaire"): the checkout, the order page, e-mails. */
export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  card: "Carte bancaire",
  paypal: "PayPal",
  transfer: "Virement bancaire",
  cheque: "Chèque",
  net30: "Paiement à 30 jours",
};

/** A method inside a sentence ("Commande créée (paiement par virement)"). */
export const PAYMENT_METHOD_IN_SENTENCE: Readonly<Record<PaymentMethod, string>> = {
  card: "carte bancaire",
  paypal: "PayPal",
  transfer: "virement",
  cheque: "chèque",
  net30: "paiement à 30 jours",
};

/** A method in the back-office's narrow columns. */
export const ADMIN_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  card: "Carte",
  paypal: "PayPal",
  transfer: "Virement",
  cheque: "Chèque",
  net30: "30 jours",
};

export const PROVIDER_NAMES: Readonly<Record<PaymentProvider, string>> = { payplug: "PayPlug", paypal: "PayPal" };

export function paymentMethodLabel(id: PaymentMethod): string {
  return PAYMENT_METHOD_LABELS[id];
}

/** The method of an online payment on its receipt and e-mails: "Carte bancaire (paiement sécurisé PayPlug)". */
export function onlineMethodLabel(method: PaymentMethod, provider: PaymentProvider | null): string {
  if (method === "card" && provider === "payplug") return "Carte bancaire (paiement sécurisé PayPlug)";
  return PAYMENT_METHOD_LABELS[method];
}

/** Card networks as their owners write them: PayPal says "VISA", PayPlug "Visa"; the customer reads one name. */
const CARD_BRANDS: Readonly<Record<string, string>> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  american_express: "American Express",
  cb: "CB",
  cartes_bancaires: "CB",
  maestro: "Maestro",
  discover: "Discover",
};

export function cardBrandLabel(brand: string): string {
  return CARD_BRANDS[brand.trim().toLowerCase().replace(/[\s-]+/g, "_")] ?? brand;
}

/** "Visa •••• 4242", or null when the provider told us nothing about a card. */
export function cardLine(brand: string | null, last4: string | null): string | null {
  if (!last4 && !brand) return null;
  return [brand ? cardBrandLabel(brand) : null, last4 ? `•••• ${last4}` : null].filter(Boolean).join(" ");
}

export const ADMIN_PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  created: "Créé",
  pending: "En attente",
  paid: "Payé",
  failed: "Échoué",
  cancelled: "Annulé",
  refunded: "Remboursé",
  partially_refunded: "Partiellement remboursé",
};

/** A payment row's method, capitalised: "Carte bancaire — PayPlug", "PayPal", "Chèque". Pure. */
export function adminPaymentMethodLabel(method: PaymentMethod, provider: PaymentProvider | null): string {
  if (method === "card") return provider ? `${PAYMENT_METHOD_LABELS.card} — ${PROVIDER_NAMES[provider]}` : PAYMENT_METHOD_LABELS.card;
  return ADMIN_METHOD_LABELS[method];
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

/** A buyer's dispute, as the merchant reads it in the order's flag, its timeline and the alert. */
export const DISPUTE_REASON_LABELS: Readonly<Record<DisputeReason, string>> = {
  not_received: "article ou service non reçu",
  not_as_described: "article ou service non conforme à la description",
  unauthorised: "paiement non autorisé par le titulaire du compte",
  credit_not_processed: "remboursement promis mais non reçu",
  duplicate: "paiement débité deux fois",
  incorrect_amount: "montant débité incorrect",
  paid_by_other_means: "commande déjà payée par un autre moyen",
  recurring_billing_cancelled: "paiement récurrent pourtant annulé",
  remittance_problem: "problème de versement",
  other: "autre motif",
};

export const DISPUTE_STATUS_LABELS: Readonly<Record<DisputeStatus, string>> = {
  open: "ouvert",
  waiting_for_buyer: "en attente de l'acheteur",
  waiting_for_seller: "en attente de votre réponse",
  under_review: "en cours d'examen par PayPal",
  resolved: "clos",
  other: "autre état",
};

/** How a dispute ended, completing "Litige … clos : …". */
export const DISPUTE_OUTCOME_LABELS: Readonly<Record<DisputeOutcome, string>> = {
  buyer_favour: "tranché en faveur de l'acheteur",
  seller_favour: "tranché en faveur de la boutique",
  paid_out_by_provider: "l'acheteur a été dédommagé par PayPal",
  cancelled_by_buyer: "annulé par l'acheteur",
  accepted: "réclamation acceptée, l'acheteur est remboursé",
  denied: "réclamation rejetée",
  unknown: "issue non précisée par PayPal",
};
