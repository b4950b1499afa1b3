/**
 * The closed set of ways a call to a payment provider can fail, shared by every gateway (PayPlug,
 * PayPal). Adapters turn their provider's HTTP errors into a GatewayError; callers decide on the
 * code only, and show the customer the French message from GATEWAY_ERROR_MESSAGES.
 */

export const GATEWAY_ERROR_CODES = [
  /** Connection refused, DNS failure, timeout: the provider may or may not have acted. */
  "provider_unreachable",
  /** The provider answered 5xx (or 429): try again later. */
  "provider_unavailable",
  /** The provider refused our request as invalid (400, 409, 422): a bug or bad data on our side. */
  "provider_rejected",
  /** Our credentials were refused (401): configuration problem. */
  "provider_auth",
  /** The operation is not allowed in the resource's state (403, 405), e.g. aborting a paid payment. */
  "not_allowed",
  /** The provider does not know this id (or it belongs to the other mode, test vs live). */
  "not_found",
  /** The provider answered something we cannot read. */
  "invalid_response",
] as const;
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export class GatewayError extends Error {
  constructor(
    public readonly code: GatewayErrorCode,
    message: string,
    public readonly details: {
      provider: string;
      status?: number;
      /** For writes: true when the provider may have applied the request although we got no answer. */
      outcomeUnknown?: boolean;
      providerMessage?: string;
    },
  ) {
    super(message);
    this.name = "GatewayError";
  }

  /** Worth trying again later (network, 5xx); a 4xx will fail the same way. */
  get retryable(): boolean {
    return this.code === "provider_unreachable" || this.code === "provider_unavailable";
  }
}

export function isGatewayError(error: unknown): error is GatewayError {
  return error instanceof GatewayError;
}

/** What a customer reads when starting or checking an online payment failed. */
export const GATEWAY_ERROR_MESSAGES: Readonly<Record<GatewayErrorCode, string>> = {
  provider_unreachable:
    "Le service de paiement ne répond pas pour le moment. Votre commande est enregistrée et n'a pas été débitée : réessayez dans quelques instants.",
  provider_unavailable:
    "Le service de paiement est momentanément indisponible. Votre commande est enregistrée et n'a pas été débitée : réessayez dans quelques instants.",
  provider_rejected:
    "Le service de paiement a refusé de créer ce paiement. Votre commande est enregistrée : réessayez ou choisissez un autre moyen de paiement.",
  // Shared by every provider (PayPlug, PayPal): name no method.
  provider_auth: "Ce moyen de paiement est momentanément indisponible. Votre commande est enregistrée : choisissez un autre moyen de paiement ou réessayez plus tard.",
  not_allowed: "Ce paiement ne peut plus être modifié.",
  not_found: "Ce paiement est introuvable chez le prestataire.",
  invalid_response:
    "Le service de paiement a répondu de façon inattendue. Votre commande est enregistrée : réessayez dans quelques instants.",
};

export function gatewayErrorMessage(error: unknown): string {
  return isGatewayError(error) ? GATEWAY_ERROR_MESSAGES[error.code] : GATEWAY_ERROR_MESSAGES.provider_unavailable;
}
