import { randomBytes } from "node:crypto";

/*
 * PayPal's error shape, the one every 4xx/5xx of api-m.paypal.com carries:
 * {name, message, debug_id, details: [{field, value, location, issue, description}], links}.
 * Handlers throw PaypalApiError; the router turns it into the response (and rolls back the
 * transaction it was thrown in).
 */

export type ErrorDetail = { issue: string; description: string; field?: string; value?: string; location?: "body" | "path" | "header" | "query" };

export const newDebugId = (): string => randomBytes(7).toString("hex").slice(0, 13);

const NAMES: Record<number, { name: string; message: string; doc: string }> = {
  400: {
    name: "INVALID_REQUEST",
    message: "Request is not well-formed, syntactically incorrect, or violates schema.",
    doc: "https://developer.paypal.com/docs/api/orders/v2/#error-INVALID_REQUEST",
  },
  401: {
    name: "AUTHENTICATION_FAILURE",
    message: "Authentication failed due to invalid authentication credentials or a missing Authorization header.",
    doc: "https://developer.paypal.com/docs/api/overview/#error",
  },
  403: {
    name: "NOT_AUTHORIZED",
    message: "Authorization failed due to insufficient permissions.",
    doc: "https://developer.paypal.com/docs/api/orders/v2/#error-NOT_AUTHORIZED",
  },
  404: {
    name: "RESOURCE_NOT_FOUND",
    message: "The specified resource does not exist.",
    doc: "https://developer.paypal.com/docs/api/orders/v2/#error-RESOURCE_NOT_FOUND",
  },
  405: { name: "METHOD_NOT_SUPPORTED", message: "The server does not implement the requested HTTP method.", doc: "https://developer.paypal.com/docs/api/overview/#error" },
  415: { name: "UNSUPPORTED_MEDIA_TYPE", message: "The server does not support the request payload's media type.", doc: "https://developer.paypal.com/docs/api/overview/#error" },
  422: {
    name: "UNPROCESSABLE_ENTITY",
    message: "The requested action could not be performed, semantically incorrect, or failed business validation.",
    doc: "https://developer.paypal.com/docs/api/orders/v2/#error-UNPROCESSABLE_ENTITY",
  },
  500: { name: "INTERNAL_SERVER_ERROR", message: "An internal server error has occurred.", doc: "https://developer.paypal.com/docs/api/overview/#error" },
  503: { name: "SERVICE_UNAVAILABLE", message: "Service Unavailable.", doc: "https://developer.paypal.com/docs/api/overview/#error" },
};

/** Descriptions of the issue codes the emulator produces (from PayPal's Orders/Payments v2 references). */
export const ISSUE_DESCRIPTIONS: Record<string, string> = {
  INSTRUMENT_DECLINED: "The instrument presented  was either declined by the processor or bank, or it can't be used for this payment.",
  ORDER_NOT_APPROVED: "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.",
  ORDER_ALREADY_CAPTURED: "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
  PAYER_ACTION_REQUIRED: "Transaction cannot complete successfully, instruct the buyer to return to PayPal.",
  TRANSACTION_REFUSED: "The request was refused.",
  DUPLICATE_INVOICE_ID: "Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction.",
  PAYER_CANNOT_PAY: "Combination of payer and payee settings do not allow payment.",
  MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED: "You have exceeded the maximum number of payment attempts.",
  AMOUNT_MISMATCH: "Should equal item_total + tax_total + shipping + handling + insurance - shipping_discount - discount.",
  ITEM_TOTAL_MISMATCH: "Should equal sum of (unit_amount * quantity) across all items for a given purchase_unit.",
  DECIMAL_PRECISION: "If the currency supports decimals, only two decimal place precision is supported.",
  CURRENCY_NOT_SUPPORTED: "Currency code is not currently supported.",
  CANNOT_BE_ZERO_OR_NEGATIVE: "Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.",
  MISSING_REQUIRED_PARAMETER: "A required field / parameter is missing.",
  INVALID_PARAMETER_VALUE: "The value of a field is invalid.",
  INVALID_PARAMETER_SYNTAX: "The value of a field does not conform to the expected format.",
  INVALID_STRING_LENGTH: "The value of a field is either too short or too long.",
  INVALID_RESOURCE_ID: "Specified resource ID does not exist. Please check the resource ID and try again.",
  INVALID_JSON: "The request body is not valid JSON.",
  ACTION_DOES_NOT_MATCH_INTENT: "Order was created with an intent to 'CAPTURE'. Please use v2/checkout/orders/order_id/capture to complete the transaction or alternately Create an order with an intent of 'AUTHORIZE'.",
  CAPTURE_FULLY_REFUNDED: "The capture has already been fully refunded.",
  REFUND_AMOUNT_EXCEEDED: "The refund amount must be less than or equal to the capture amount that has not yet been refunded.",
  REFUND_CAPTURE_CURRENCY_MISMATCH: "Refund must be in the same currency as the capture.",
  PENDING_CAPTURE: "Cannot initiate a refund as the capture is pending.",
  REFUND_NOT_ALLOWED: "Full refund refused - partial refund has already been done on this payment. You cannot refund this capture.",
  PERMISSION_DENIED: "You do not have permission to access or perform operations on this resource.",
  INTENT_NOT_SUPPORTED: "The PayPal emulator supports intent CAPTURE only.",
};

export class PaypalApiError extends Error {
  readonly debugId = newDebugId();
  constructor(
    readonly status: number,
    readonly details: ErrorDetail[] = [],
    message?: string,
  ) {
    super(message ?? NAMES[status]?.message ?? "Error");
    this.name = "PaypalApiError";
  }

  body(): Record<string, unknown> {
    const meta = NAMES[this.status] ?? NAMES[500]!;
    const issue = this.details[0]?.issue;
    return {
      name: meta.name,
      message: this.message,
      debug_id: this.debugId,
      ...(this.details.length ? { details: this.details } : {}),
      links: [
        {
          href: issue ? `https://developer.paypal.com/api/rest/reference/orders/v2/errors/#${issue}` : meta.doc,
          rel: "information_link",
          method: "GET",
        },
      ],
    };
  }
}

/** Shorthand for a single-issue error. */
export function issue(status: number, code: string, extra: Omit<ErrorDetail, "issue" | "description"> & { description?: string } = {}): PaypalApiError {
  const { description, ...rest } = extra;
  return new PaypalApiError(status, [{ ...rest, issue: code, description: description ?? ISSUE_DESCRIPTIONS[code] ?? code }]);
}

export const notFound = (id: string): PaypalApiError =>
  issue(404, "INVALID_RESOURCE_ID", { field: "id", value: id, location: "path" });

/** A field's value as PayPal echoes it in `details[].value`. */
export const shown = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? "undefined"));
