import type { PostalAddress } from "@/lib/shared/postal-address";
import type { ProviderPayment, CreatePaymentInput, CreateInstalmentPlanInput, ProviderInstalmentPlan } from "@/lib/providers/types";
import type { PayPlugAddressInput, PayPlugCreateInstallmentPlan, PayPlugCreatePayment, PayPlugInstallmentPlan, PayPlugPayment } from "./schemas";

/*
 * The one place that knows PayPlug's field names: PayPlug objects in, our ProviderPayment out;
 * our CreatePaymentInput in, PayPlug's create body out. Pure functions, unit-tested.
 */

/** Failure codes PayPlug documents (specs §4.2). Others exist (`card_stolen` in fixtures): the type stays open. */
export const PAYPLUG_FAILURE_CODES = [
  "processing_error",
  "card_declined",
  "insufficient_funds",
  "3ds_declined",
  "incorrect_number",
  "fraud_suspected",
  "method_unsupported",
  "card_scheme_mismatch",
  "card_expiration_date_prior_to_last_installment_date",
  "aborted",
  "timeout",
] as const;
export type PayPlugFailureCode = (typeof PAYPLUG_FAILURE_CODES)[number];

/**
 * What the customer reads on the receipt: the reason in plain French. PayPlug's own
 * failure.message is English and "should not be parsed" (spec): we never show it.
 */
export const PAYPLUG_FAILURE_MESSAGES: Readonly<Record<PayPlugFailureCode, string>> = {
  processing_error: "Une erreur technique est survenue pendant le traitement de la carte. Aucun montant n'a été débité.",
  card_declined: "Votre banque a refusé le paiement.",
  insufficient_funds: "Votre banque a refusé le paiement : provision insuffisante.",
  "3ds_declined": "L'authentification 3-D Secure (code reçu par SMS) a échoué.",
  incorrect_number: "Le numéro de carte saisi est incorrect.",
  fraud_suspected: "Le paiement a été bloqué par mesure de sécurité (suspicion de fraude).",
  method_unsupported: "Ce moyen de paiement n'est pas accepté.",
  card_scheme_mismatch: "Le numéro de carte ne correspond pas au type de carte choisi.",
  card_expiration_date_prior_to_last_installment_date: "Votre carte expire avant la date de la dernière échéance.",
  aborted: "Le paiement a été annulé.",
  timeout: "Le délai pour payer est dépassé : le paiement a été abandonné.",
};

export const UNKNOWN_FAILURE_MESSAGE = "Le paiement n'a pas abouti.";

export function payplugFailureMessage(code: string): string {
  return (PAYPLUG_FAILURE_MESSAGES as Record<string, string>)[code] ?? UNKNOWN_FAILURE_MESSAGE;
}

/**
 * PayPlug's state → ours, tested in the order PayPlug's own PrestaShop module uses (specs §15.6):
 * aborted and timeout are cancellations; any other failure is a refusal; then refunds, then
 * pending (Oney review), then paid. Deferred authorizations stay pending (the shop never asks
 * for deferred capture).
 */
export function payplugStatus(p: PayPlugPayment): ProviderPayment["status"] {
  if (p.failure) {
    if (p.failure.code === "aborted" || p.failure.code === "timeout") return "cancelled";
    return "failed";
  }
  if (p.is_refunded) return "refunded";
  if ((p.amount_refunded ?? 0) > 0) return "partially_refunded";
  if (p.payment_method?.is_pending) return "pending";
  if (p.is_paid) return "paid";
  return "pending";
}

/** A deferred payment the payer authorised and nobody captured yet (spec §5.3). */
function isAuthorizedNotCaptured(p: PayPlugPayment): boolean {
  return !p.is_paid && !p.failure && Boolean(p.authorization?.authorized_at);
}

/** PayPlug's own state in one word, for logs and the back-office. */
function payplugStatusWord(p: PayPlugPayment): string {
  if (p.failure) return `failure:${p.failure.code}`;
  if (p.is_refunded) return "refunded";
  if (p.is_paid) return "paid";
  if (isAuthorizedNotCaptured(p)) return "authorized";
  return "not_paid";
}

function metadataString(p: PayPlugPayment, key: string): string | null {
  const value = p.metadata?.[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function expiry(month: number | null | undefined, year: number | null | undefined): string | null {
  if (!month || !year) return null;
  return `${String(month).padStart(2, "0")}/${year}`;
}

export function toProviderPayment(p: PayPlugPayment, raw: unknown): ProviderPayment {
  const card = p.card;
  const hasCard = Boolean(card && (card.last4 || card.brand));
  const paidAtSeconds = p.paid_at ?? p.hosted_payment?.paid_at ?? null;
  const status = payplugStatus(p);
  return {
    provider: "payplug",
    providerRef: p.id,
    live: p.is_live,
    status,
    captureRequired: status === "pending" && isAuthorizedNotCaptured(p),
    providerStatus: payplugStatusWord(p),
    amountCents: p.amount ?? p.authorization?.authorized_amount ?? 0,
    currency: p.currency.toUpperCase(),
    refundedCents: p.amount_refunded ?? 0,
    ourPaymentId: metadataString(p, "payment_id"),
    ourOrderReference: metadataString(p, "order_reference"),
    failure: p.failure ? { code: p.failure.code, message: payplugFailureMessage(p.failure.code) } : null,
    // PayPlug has no separate transaction id: the payment id is what its portal and support use.
    transactionId: p.id,
    card: hasCard && card
      ? { brand: card.brand ?? null, last4: card.last4 ?? null, country: card.country ?? null, expiry: expiry(card.exp_month, card.exp_year) }
      : null,
    threeDSecure: p.is_3ds ?? null,
    payerEmail: p.billing?.email ?? null,
    paidAt: p.is_paid && paidAtSeconds ? new Date(paidAtSeconds * 1000) : null,
    installmentPlanRef: p.installment_plan_id ?? null,
    raw,
  };
}

/**
 * Phone for 3-D Secure 2: PayPlug wants E.164 and separates mobile from landline. French mobiles
 * are +336/+337; an invalid number is dropped rather than sent (PayPlug refuses the payment
 * otherwise, as its WooCommerce module notes).
 */
export function splitPhone(phone: string): { mobile_phone_number?: string; landline_phone_number?: string } {
  let digits = phone.trim().replace(/\(0\)/g, "").replace(/[\s.\-()/]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  if (/^0\d{9}$/.test(digits)) digits = `+33${digits.slice(1)}`;
  if (!/^\+[1-9]\d{7,14}$/.test(digits)) return {};
  if (digits.startsWith("+33")) return /^\+33[67]\d{8}$/.test(digits) ? { mobile_phone_number: digits } : { landline_phone_number: digits };
  return { mobile_phone_number: digits };
}

const cut = (value: string | undefined, max: number) => (value ? value.slice(0, max) : undefined);

function address(a: PostalAddress, email: string, phone: string): PayPlugAddressInput {
  const country = /^[A-Z]{2}$/.test(a.country.toUpperCase()) ? a.country.toUpperCase() : "FR";
  return {
    first_name: cut(a.firstName, 100) ?? "",
    last_name: cut(a.lastName, 100) ?? "",
    email: email.slice(0, 255),
    ...splitPhone(phone),
    address1: cut(a.line1, 255) ?? "",
    ...(a.line2 ? { address2: cut(a.line2, 255) } : {}),
    ...(a.company ? { company_name: cut(a.company, 100) } : {}),
    postcode: cut(a.postalCode, 16) ?? "",
    city: cut(a.city, 100) ?? "",
    country,
    language: "fr",
  };
}

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const keys: (keyof PostalAddress)[] = ["firstName", "lastName", "company", "line1", "line2", "postalCode", "city", "country"];
  return keys.every((k) => (a[k] ?? "").trim().toLowerCase() === (b[k] ?? "").trim().toLowerCase());
}

function payplugShipping(order: CreatePaymentInput["order"]): PayPlugCreatePayment["shipping"] {
  return {
    ...address(order.shippingAddress, order.email, order.phone),
    delivery_type: sameAddress(order.billingAddress, order.shippingAddress) ? "BILLING" : "NEW",
  };
}

/**
 * Our plan → PayPlug's create body (spec §8): no top-level amount, the first date is the literal
 * "TODAY". The metadata names our plan and order, never a payment id: PayPlug copies it onto every
 * charge of the plan, and each charge is matched to our records by the plan id and the re-fetched
 * schedule instead.
 */
export function buildCreateInstallmentPlanBody(input: CreateInstalmentPlanInput): PayPlugCreateInstallmentPlan {
  const { order } = input;
  return {
    currency: "EUR",
    billing: address(order.billingAddress, order.email, order.phone),
    shipping: payplugShipping(order),
    hosted_payment: { return_url: input.urls.returnUrl, cancel_url: input.urls.cancelUrl },
    notification_url: input.urls.notificationUrl,
    metadata: { instalment_plan_id: input.planId, order_reference: order.reference },
    schedule: input.schedule.map((s, i) => ({ date: i === 0 ? "TODAY" : s.dueOn, amount: s.amountCents })),
  };
}

export function toProviderInstalmentPlan(p: PayPlugInstallmentPlan): ProviderInstalmentPlan {
  const meta = (key: string) => {
    const v = p.metadata?.[key];
    return typeof v === "string" ? v : null;
  };
  return {
    planRef: p.id,
    live: p.is_live,
    active: p.is_active ?? false,
    fullyPaid: p.is_fully_paid ?? false,
    failureCode: p.failure?.code ?? null,
    ourPlanId: meta("instalment_plan_id"),
    ourOrderReference: meta("order_reference"),
    schedule: p.schedule.map((s) => ({ dueOn: s.date, amountCents: s.amount, paymentRefs: s.payment_ids ?? [] })),
  };
}

/** Our attempt → PayPlug's create body (spec §5.1). The amount comes from our database, never a browser. */
export function buildCreatePaymentBody(input: CreatePaymentInput, description: string): PayPlugCreatePayment {
  const { order } = input;
  return {
    amount: input.amountCents,
    currency: "EUR",
    billing: address(order.billingAddress, order.email, order.phone),
    shipping: payplugShipping(order),
    hosted_payment: { return_url: input.urls.returnUrl, cancel_url: input.urls.cancelUrl },
    notification_url: input.urls.notificationUrl,
    metadata: { payment_id: input.paymentId, order_reference: order.reference, attempt: String(input.attempt) },
    description: description.slice(0, 80),
  };
}
