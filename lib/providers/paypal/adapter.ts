import { centsToDecimalString, decimalStringToCents, type Cents } from "@/lib/shared/money";
import type { DisputeOutcome, DisputeReason, DisputeStatus } from "@/lib/db/schema";
import type { ProviderDispute, ProviderPayment, CreatePaymentInput } from "@/lib/providers/types";
import { paypalOrderSchema, type PayPalCapture, type PayPalCreateOrderBody, type PayPalDispute, type PayPalMoney, type PayPalOrder } from "./schemas";

/*
 * The one place that knows PayPal's field names: PayPal orders and captures in, our
 * ProviderPayment out; our CreatePaymentInput in, PayPal's create-order body out. Pure functions,
 * unit-tested. Money crosses the boundary only through lib/shared/money.ts.
 */

export function toPayPalMoney(cents: Cents, currency = "EUR"): PayPalMoney {
  return { currency_code: currency, value: centsToDecimalString(cents) };
}

export function fromPayPalMoney(money: PayPalMoney): { cents: Cents; currency: string } {
  return { cents: decimalStringToCents(money.value), currency: money.currency_code };
}

/** invoice_id must be unique per PayPal transaction: attempts after the first get a suffix. */
export function invoiceIdFor(reference: string, attempt: number): string {
  return attempt > 1 ? `${reference}-${attempt}` : reference;
}

/** Our order reference back from an invoice_id ("CA-7K4M2QX9" or "CA-7K4M2QX9-2"). */
export function referenceFromInvoiceId(invoiceId: string | null | undefined): string | null {
  if (!invoiceId) return null;
  const m = /^(CA-[0-9A-Z]{8})(?:-\d{1,3})?$/.exec(invoiceId);
  return m ? m[1]! : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our payment id back from a custom_id (a UUID), or null when it is not one of ours. */
export function paymentIdFromCustomId(customId: string | null | undefined): string | null {
  return customId && UUID.test(customId) ? customId.toLowerCase() : null;
}

export function buildCreateOrderBody(
  input: Pick<CreatePaymentInput, "paymentId" | "attempt" | "amountCents" | "currency" | "order"> & {
    merchantName: string;
    /** Only for the redirect flow (no JS SDK): where PayPal sends the buyer back. */
    urls?: { returnUrl: string; cancelUrl: string };
    breakdown?: { itemsCents: Cents; shippingCents: Cents };
  },
): PayPalCreateOrderBody {
  const { breakdown } = input;
  const useBreakdown = breakdown !== undefined && breakdown.itemsCents + breakdown.shippingCents === input.amountCents;
  return {
    intent: "CAPTURE",
    purchase_units: [
      {
        reference_id: input.order.reference,
        custom_id: input.paymentId,
        invoice_id: invoiceIdFor(input.order.reference, input.attempt),
        description: `Commande ${input.order.reference} — ${input.merchantName}`.slice(0, 127),
        amount: {
          ...toPayPalMoney(input.amountCents, input.currency),
          ...(useBreakdown
            ? { breakdown: { item_total: toPayPalMoney(breakdown.itemsCents, input.currency), shipping: toPayPalMoney(breakdown.shippingCents, input.currency) } }
            : {}),
        },
      },
    ],
    application_context: {
      brand_name: input.merchantName.slice(0, 127),
      locale: "fr-FR",
      // The shop already has the delivery address; PayPal must not ask for another one.
      shipping_preference: "NO_SHIPPING",
      user_action: "PAY_NOW",
      ...(input.urls ? { return_url: input.urls.returnUrl, cancel_url: input.urls.cancelUrl } : {}),
    },
  };
}

/** The buyer-facing approval link of an order ("approve", or "payer-action" with experience_context). */
export function approvalUrl(order: PayPalOrder): string | null {
  return order.links?.find((l) => l.rel === "approve" || l.rel === "payer-action")?.href ?? null;
}

/** The one capture of an intent=CAPTURE order (the latest, should there be several). */
export function captureOf(order: PayPalOrder): PayPalCapture | null {
  const captures = (order.purchase_units ?? []).flatMap((u) => u.payments?.captures ?? []);
  return captures.at(-1) ?? null;
}

/** PayPal's capture and order statuses → ours. Anything unknown stays pending (never paid). */
export function paypalStatus(orderStatus: string, captureStatus: string | null): ProviderPayment["status"] {
  if (captureStatus) {
    switch (captureStatus) {
      case "COMPLETED":
        return "paid";
      case "PENDING":
        return "pending";
      case "DECLINED":
      case "DENIED":
      case "FAILED":
        return "failed";
      case "REFUNDED":
      case "REVERSED":
        return "refunded";
      case "PARTIALLY_REFUNDED":
        return "partially_refunded";
      default:
        return "pending";
    }
  }
  // No capture yet: the buyer has not approved, or approved and we have not captured.
  if (orderStatus === "VOIDED") return "cancelled";
  return "pending";
}

/** Why a capture failed, in our words: the capture's status_details.reason, else its status. */
export function failureOf(capture: PayPalCapture | null, status: ProviderPayment["status"]): ProviderPayment["failure"] {
  if (status === "cancelled") return { code: "voided", message: PAYPAL_FAILURE_MESSAGES.voided };
  if (status !== "failed" || !capture) return null;
  const reason = capture.status_details?.reason ?? null;
  const code: PayPalFailureCode = capture.status === "DENIED" ? "denied" : capture.status === "FAILED" ? "failed" : "declined";
  const finalCode = reason ? `${code}:${reason.toLowerCase()}` : code;
  return { code: finalCode, message: paypalFailureMessage(finalCode) };
}

export type PayPalFailureCode = "declined" | "denied" | "failed" | "voided" | "instrument_declined";

/** What the receipt says when a PayPal payment did not go through. */
export const PAYPAL_FAILURE_MESSAGES: Readonly<Record<PayPalFailureCode, string>> = {
  declined: "PayPal ou votre banque a refusé le paiement.",
  denied: "Le paiement, d'abord en attente, a été refusé par PayPal après vérification.",
  failed: "Le paiement PayPal a échoué. Aucun montant n'a été débité.",
  voided: "Le paiement PayPal a été annulé.",
  instrument_declined: "Ce moyen de paiement a été refusé par PayPal.",
};

export function paypalFailureMessage(code: string): string {
  const base = code.split(":")[0] ?? code;
  return (PAYPAL_FAILURE_MESSAGES as Record<string, string>)[base] ?? "Le paiement PayPal n'a pas abouti.";
}

function sumCompletedRefunds(order: PayPalOrder, currency: string): Cents {
  let total = 0;
  for (const refund of (order.purchase_units ?? []).flatMap((u) => u.payments?.refunds ?? [])) {
    if (refund.status !== "COMPLETED" || !refund.amount || refund.amount.currency_code !== currency) continue;
    total += decimalStringToCents(refund.amount.value);
  }
  return total;
}

/** A PayPal order (with its capture, if any) as our ProviderPayment. */
export function toProviderPayment(order: PayPalOrder, raw: unknown, live: boolean): ProviderPayment {
  const unit = order.purchase_units?.[0];
  const capture = captureOf(order);
  const status = paypalStatus(order.status, capture?.status ?? null);
  const money = capture?.amount ?? unit?.amount ?? null;
  const amount = money ? fromPayPalMoney(money) : { cents: 0, currency: "" };
  let refundedCents = sumCompletedRefunds(order, amount.currency);
  // A full refund or a reversal may be reported on the capture before the refund list shows it.
  if (status === "refunded") refundedCents = Math.max(refundedCents, amount.cents);
  const card = order.payment_source?.card ?? null;
  const paypalAccount = order.payment_source?.paypal ?? null;
  return {
    provider: "paypal",
    providerRef: order.id,
    live,
    status,
    // Approved by the payer, not captured yet: only the merchant's capture takes the money.
    captureRequired: order.status === "APPROVED" && !capture,
    providerStatus: capture ? `${order.status}/${capture.status}` : order.status,
    amountCents: amount.cents,
    currency: amount.currency,
    refundedCents,
    ourPaymentId: paymentIdFromCustomId(capture?.custom_id ?? unit?.custom_id),
    ourOrderReference: referenceFromInvoiceId(capture?.invoice_id ?? unit?.invoice_id),
    failure: failureOf(capture, status),
    transactionId: capture?.id ?? null,
    card: card
      ? { brand: card.brand ?? null, last4: card.last_digits ?? null, country: card.country_code ?? null, expiry: card.expiry ?? null }
      : null,
    threeDSecure: null,
    // A guest card payment has no PayPal account: its e-mail (if any) is not a "PayPal e-mail".
    payerEmail: card ? null : (paypalAccount?.email_address ?? order.payer?.email_address ?? null),
    paidAt: status === "paid" || status === "refunded" || status === "partially_refunded" ? dateOrNull(capture?.create_time ?? capture?.update_time) : null,
    raw,
  };
}

function dateOrNull(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The capture id a refund belongs to, from its `up` link (…/v2/payments/captures/{id}). */
export function captureIdFromRefundLinks(links: ReadonlyArray<{ href: string; rel: string }> | null | undefined): string | null {
  const up = links?.find((l) => l.rel === "up")?.href;
  const m = up ? /\/v2\/payments\/captures\/([^/?#]+)/.exec(up) : null;
  return m ? decodeURIComponent(m[1]!) : null;
}

const DISPUTE_STATUSES: Readonly<Record<string, DisputeStatus>> = {
  OPEN: "open",
  WAITING_FOR_BUYER_RESPONSE: "waiting_for_buyer",
  WAITING_FOR_SELLER_RESPONSE: "waiting_for_seller",
  UNDER_REVIEW: "under_review",
  RESOLVED: "resolved",
};

const DISPUTE_REASONS: Readonly<Record<string, DisputeReason>> = {
  MERCHANDISE_OR_SERVICE_NOT_RECEIVED: "not_received",
  MERCHANDISE_OR_SERVICE_NOT_AS_DESCRIBED: "not_as_described",
  UNAUTHORISED: "unauthorised",
  CREDIT_NOT_PROCESSED: "credit_not_processed",
  DUPLICATE_TRANSACTION: "duplicate",
  INCORRECT_AMOUNT: "incorrect_amount",
  PAYMENT_BY_OTHER_MEANS: "paid_by_other_means",
  CANCELED_RECURRING_BILLING: "recurring_billing_cancelled",
  PROBLEM_WITH_REMITTANCE: "remittance_problem",
};

const DISPUTE_OUTCOMES: Readonly<Record<string, DisputeOutcome>> = {
  RESOLVED_BUYER_FAVOUR: "buyer_favour",
  RESOLVED_SELLER_FAVOUR: "seller_favour",
  RESOLVED_WITH_PAYOUT: "paid_out_by_provider",
  CANCELED_BY_BUYER: "cancelled_by_buyer",
  ACCEPTED: "accepted",
  DENIED: "denied",
};

const wordOf = <T>(table: Readonly<Record<string, T>>, word: string | null | undefined, otherwise: T): T =>
  word && Object.hasOwn(table, word) ? table[word]! : otherwise;

/**
 * A PayPal dispute as our ProviderDispute. Unknown statuses and reasons read "other"; a resolved
 * dispute without an outcome (or NONE) reads "unknown" rather than a guess, since PayPal sends
 * RESOLVED events without dispute_outcome. An amount PayPal writes in a shape we cannot convert
 * is left out, not guessed. Pure, unit-tested.
 */
export function toProviderDispute(dispute: PayPalDispute): ProviderDispute {
  const status = wordOf(DISPUTE_STATUSES, dispute.status, "other");
  let amount: { cents: Cents; currency: string } | null = null;
  if (dispute.dispute_amount) {
    try {
      amount = fromPayPalMoney(dispute.dispute_amount);
    } catch {
      amount = null;
    }
  }
  const captureIds = (dispute.disputed_transactions ?? []).flatMap((t) => (t.seller_transaction_id ? [t.seller_transaction_id] : []));
  return {
    disputeId: dispute.dispute_id,
    captureIds: [...new Set(captureIds)],
    status,
    reason: wordOf(DISPUTE_REASONS, dispute.reason, "other"),
    amountCents: amount?.cents ?? null,
    currency: amount?.currency ?? null,
    outcome: status === "resolved" ? wordOf(DISPUTE_OUTCOMES, dispute.dispute_outcome?.outcome_code, "unknown") : null,
    providerStatus: dispute.status,
    providerReason: dispute.reason,
  };
}

/**
 * PayPal's fee on the capture of a stored PayPal order (payments.provider_data): the
 * seller_receivable_breakdown's paypal_fee, in cents; 0 when PayPal reported none (a pending
 * capture has no breakdown yet), the data is not a PayPal order, or the fee is in another currency.
 */
export function paypalFeeCentsOf(raw: unknown, currency = "EUR"): Cents {
  const parsed = paypalOrderSchema.safeParse(raw);
  if (!parsed.success) return 0;
  const fee = captureOf(parsed.data)?.seller_receivable_breakdown?.paypal_fee;
  if (!fee || fee.currency_code !== currency) return 0;
  try {
    return Math.max(0, decimalStringToCents(fee.value));
  } catch {
    return 0;
  }
}
