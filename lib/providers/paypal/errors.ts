import { GatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import type { PayPalErrorBody } from "./schemas";

/*
 * PayPal's errors (specs §1.7) → our closed set. PayPal puts the business reason in
 * `details[0].issue` under a generic `name` (UNPROCESSABLE_ENTITY), so the issue decides; the HTTP
 * status decides the generic GatewayErrorCode that every caller understands (retry or not).
 */

/** The PayPal issues the shop acts on, and our name for each. Anything else is "other". */
export const PAYPAL_ISSUE_CODES = {
  INSTRUMENT_DECLINED: "instrument_declined",
  ORDER_ALREADY_CAPTURED: "order_already_captured",
  ORDER_NOT_APPROVED: "order_not_approved",
  ORDER_EXPIRED: "order_expired",
  PAYER_ACTION_REQUIRED: "payer_action_required",
  ORDER_ALREADY_AUTHORIZED: "order_already_authorized",
  DUPLICATE_INVOICE_ID: "duplicate_invoice_id",
  TRANSACTION_REFUSED: "transaction_refused",
  PAYER_CANNOT_PAY: "payer_cannot_pay",
  MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED: "too_many_attempts",
  AMOUNT_MISMATCH: "amount_mismatch",
  DECIMAL_PRECISION: "amount_mismatch",
  CAPTURE_FULLY_REFUNDED: "already_refunded",
  REFUND_AMOUNT_EXCEEDED: "refund_exceeds_capture",
  INVALID_RESOURCE_ID: "not_found",
  DUPLICATE_REQUEST_ID: "duplicate_request",
} as const;

export type PayPalErrorCode = (typeof PAYPAL_ISSUE_CODES)[keyof typeof PAYPAL_ISSUE_CODES] | "other";

export function paypalErrorCode(issue: string | null | undefined): PayPalErrorCode {
  if (!issue) return "other";
  return (PAYPAL_ISSUE_CODES as Record<string, PayPalErrorCode>)[issue] ?? "other";
}

export function httpStatusToGatewayCode(status: number): GatewayErrorCode {
  if (status === 401) return "provider_auth";
  if (status === 403 || status === 405) return "not_allowed";
  if (status === 404) return "not_found";
  if (status === 408 || status === 429 || status >= 500) return "provider_unavailable";
  return "provider_rejected";
}

/** What the buyer reads when PayPal refused something, in plain French. */
export const PAYPAL_ERROR_MESSAGES: Readonly<Record<PayPalErrorCode, string>> = {
  instrument_declined:
    "PayPal a refusé la carte ou le compte choisi, et aucun montant n'a été débité. Cliquez de nouveau sur le bouton PayPal pour payer avec une autre carte ou un autre compte, ou choisissez un autre moyen de paiement.",
  order_already_captured: "Ce paiement a déjà été encaissé.",
  order_not_approved: "Le paiement n'a pas été validé dans la fenêtre PayPal. Vous pouvez réessayer.",
  order_expired: "Le délai pour valider ce paiement PayPal est dépassé. Vous pouvez réessayer.",
  payer_action_required: "PayPal demande une validation supplémentaire. Réessayez et suivez les instructions de la fenêtre PayPal.",
  order_already_authorized: "Ce paiement a déjà été autorisé.",
  duplicate_invoice_id: "PayPal a déjà enregistré un paiement pour cette commande. Contactez-nous avant de réessayer.",
  transaction_refused: "PayPal a refusé ce paiement. Vous pouvez choisir un autre moyen de paiement.",
  payer_cannot_pay: "Ce compte PayPal ne peut pas régler cette commande. Vous pouvez choisir un autre moyen de paiement.",
  too_many_attempts: "Trop de tentatives de paiement. Patientez quelques minutes ou choisissez un autre moyen de paiement.",
  amount_mismatch: "Le montant transmis à PayPal est incohérent. Votre commande est enregistrée : réessayez.",
  already_refunded: "Ce paiement a déjà été entièrement remboursé.",
  refund_exceeds_capture: "Le remboursement dépasse le montant encaissé.",
  not_found: "Ce paiement est introuvable chez PayPal.",
  duplicate_request: "Cette opération est déjà en cours chez PayPal.",
  other: "PayPal n'a pas pu traiter ce paiement. Vous pouvez réessayer ou choisir un autre moyen de paiement.",
};

export class PayPalError extends GatewayError {
  constructor(
    code: GatewayErrorCode,
    message: string,
    details: GatewayError["details"],
    /** Our name for PayPal's `details[0].issue`. */
    public readonly paypalCode: PayPalErrorCode,
    /** PayPal's raw issue, error name and debug id (log them; support asks for the debug id). */
    public readonly paypal: { issue: string | null; name: string | null; debugId: string | null },
  ) {
    super(code, message, details);
    this.name = "PayPalError";
  }
}

export function isPayPalError(error: unknown): error is PayPalError {
  return error instanceof PayPalError;
}

/** Builds our error from an HTTP status and PayPal's error body (or null when it was not JSON). */
export function paypalErrorFromResponse(status: number, body: PayPalErrorBody | null, debugIdHeader: string | null, outcomeUnknown: boolean): PayPalError {
  const issue = body?.details?.find((d) => d.issue)?.issue ?? null;
  // An OAuth error (invalid_token, invalid_client) names itself in `error`, not `name`.
  const name = body?.name ?? body?.error ?? null;
  const debugId = body?.debug_id ?? debugIdHeader;
  // RESOURCE_NOT_FOUND comes with INVALID_RESOURCE_ID; both are "not found" whatever the status.
  const code = paypalErrorCode(issue ?? (name === "RESOURCE_NOT_FOUND" ? "INVALID_RESOURCE_ID" : null));
  const generic = code === "not_found" ? "not_found" : httpStatusToGatewayCode(status);
  const summary = [name, issue].filter(Boolean).join("/") || "error";
  return new PayPalError(
    generic,
    `PayPal answered ${status} ${summary}${debugId ? ` (debug_id ${debugId})` : ""}`,
    { provider: "paypal", status, providerMessage: body?.message ?? body?.error_description ?? undefined, outcomeUnknown },
    code,
    { issue, name, debugId },
  );
}

/** The French message for any error raised while talking to PayPal. */
export function paypalErrorMessage(error: unknown): string {
  if (isPayPalError(error) && error.paypalCode !== "other") return PAYPAL_ERROR_MESSAGES[error.paypalCode];
  if (error instanceof GatewayError && (error.code === "provider_unreachable" || error.code === "provider_unavailable"))
    return "PayPal ne répond pas pour le moment. Votre commande est enregistrée et n'a pas été débitée : réessayez dans quelques instants.";
  return PAYPAL_ERROR_MESSAGES.other;
}
