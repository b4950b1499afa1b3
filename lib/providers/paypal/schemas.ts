import { z } from "zod";

/*
 * PayPal REST objects (specs/paypal.md §1–2) as zod schemas with their inferred types. Responses
 * are parsed leniently: unknown fields are dropped and most fields are optional, because PayPal
 * returns `return=minimal` bodies, adds fields over time, and omits e.g. the breakdown while a
 * capture is pending. What we rely on (ids, statuses) is required.
 */

const str = z.string().nullish();

export const paypalMoneySchema = z.object({
  currency_code: z.string().length(3),
  /** A decimal string ("10.00"); converted only through lib/shared/money.ts. */
  value: z.string(),
});
export type PayPalMoney = z.infer<typeof paypalMoneySchema>;

export const paypalLinkSchema = z.object({ href: z.string(), rel: z.string(), method: str });
export type PayPalLink = z.infer<typeof paypalLinkSchema>;

export const paypalTokenSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
  scope: str,
  app_id: str,
});
export type PayPalToken = z.infer<typeof paypalTokenSchema>;

const statusDetailsSchema = z.object({ reason: str }).nullish();

export const paypalCaptureSchema = z.object({
  id: z.string().min(1),
  /** COMPLETED | PENDING | DECLINED | FAILED | REFUNDED | PARTIALLY_REFUNDED (and DENIED / REVERSED in events). */
  status: z.string().min(1),
  status_details: statusDetailsSchema,
  amount: paypalMoneySchema.nullish(),
  final_capture: z.boolean().nullish(),
  custom_id: str,
  invoice_id: str,
  seller_receivable_breakdown: z
    .object({ gross_amount: paypalMoneySchema.nullish(), paypal_fee: paypalMoneySchema.nullish(), net_amount: paypalMoneySchema.nullish() })
    .nullish(),
  supplementary_data: z.object({ related_ids: z.object({ order_id: str }).nullish() }).nullish(),
  links: z.array(paypalLinkSchema).nullish(),
  create_time: str,
  update_time: str,
});
export type PayPalCapture = z.infer<typeof paypalCaptureSchema>;

export const paypalRefundSchema = z.object({
  id: z.string().min(1),
  /** COMPLETED | PENDING | FAILED | CANCELLED */
  status: z.string().min(1),
  status_details: statusDetailsSchema,
  amount: paypalMoneySchema.nullish(),
  invoice_id: str,
  custom_id: str,
  links: z.array(paypalLinkSchema).nullish(),
  create_time: str,
  update_time: str,
});
export type PayPalRefund = z.infer<typeof paypalRefundSchema>;

const nameSchema = z.object({ given_name: str, surname: str }).nullish();

export const paypalOrderSchema = z.object({
  id: z.string().min(1),
  /** CREATED | SAVED | APPROVED | VOIDED | COMPLETED | PAYER_ACTION_REQUIRED */
  status: z.string().min(1),
  intent: str,
  purchase_units: z
    .array(
      z.object({
        reference_id: str,
        amount: paypalMoneySchema.nullish(),
        custom_id: str,
        invoice_id: str,
        payments: z
          .object({
            captures: z.array(paypalCaptureSchema).nullish(),
            refunds: z.array(paypalRefundSchema).nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
  payment_source: z
    .object({
      paypal: z.object({ email_address: str, account_id: str, name: nameSchema }).nullish(),
      card: z
        .object({ name: str, last_digits: str, brand: str, type: str, expiry: str, country_code: str })
        .nullish(),
    })
    .nullish(),
  payer: z.object({ email_address: str, payer_id: str, name: nameSchema }).nullish(),
  links: z.array(paypalLinkSchema).nullish(),
  create_time: str,
  update_time: str,
});
export type PayPalOrder = z.infer<typeof paypalOrderSchema>;

/**
 * A dispute (Disputes API v1, GET /v1/customer/disputes/{id}, and the resource of the
 * CUSTOMER.DISPUTE.* webhooks). disputed_transactions[].seller_transaction_id is the capture id;
 * dispute_outcome appears once the dispute is RESOLVED, and may be missing even then.
 */
export const paypalDisputeSchema = z.object({
  dispute_id: z.string().min(1).max(255),
  /** MERCHANDISE_OR_SERVICE_NOT_RECEIVED | MERCHANDISE_OR_SERVICE_NOT_AS_DESCRIBED | UNAUTHORISED | … | OTHER */
  reason: z.string().min(1).max(255),
  /** OPEN | WAITING_FOR_BUYER_RESPONSE | WAITING_FOR_SELLER_RESPONSE | UNDER_REVIEW | RESOLVED | OTHER */
  status: z.string().min(1).max(255),
  dispute_amount: paypalMoneySchema.nullish(),
  disputed_transactions: z
    .array(z.object({ seller_transaction_id: str, buyer_transaction_id: str, invoice_number: str, custom: str, gross_amount: paypalMoneySchema.nullish() }))
    .nullish(),
  /** RESOLVED_BUYER_FAVOUR | RESOLVED_SELLER_FAVOUR | RESOLVED_WITH_PAYOUT | CANCELED_BY_BUYER | ACCEPTED | DENIED | NONE */
  dispute_outcome: z.object({ outcome_code: str, amount_refunded: paypalMoneySchema.nullish() }).nullish(),
  /** INQUIRY | CHARGEBACK | PRE_ARBITRATION | ARBITRATION */
  dispute_life_cycle_stage: str,
  dispute_channel: str,
  seller_response_due_date: str,
  links: z.array(paypalLinkSchema).nullish(),
  create_time: str,
  update_time: str,
});
export type PayPalDispute = z.infer<typeof paypalDisputeSchema>;

/** PayPal's error body (specs §1.7). */
/**
 * PayPal's REST error ({name, message, debug_id, details}) or, from its OAuth layer (token
 * endpoint, unknown or expired bearer token), {error: "invalid_token", error_description}.
 */
export const paypalErrorBodySchema = z.object({
  name: str,
  message: str,
  debug_id: str,
  details: z
    .array(z.object({ issue: str, description: str, field: str, value: z.unknown().optional(), location: str }))
    .nullish(),
  error: str,
  error_description: str,
});
export type PayPalErrorBody = z.infer<typeof paypalErrorBodySchema>;

/** A webhook registered on the REST app (POST/GET/PATCH /v1/notifications/webhooks). */
export const paypalWebhookSchema = z.object({ id: z.string().min(1), url: z.string(), event_types: z.array(z.object({ name: z.string() })) });
export type PayPalWebhook = z.infer<typeof paypalWebhookSchema>;
export const paypalWebhookListSchema = z.object({ webhooks: z.array(paypalWebhookSchema) });

export const paypalVerifySignatureResponseSchema = z.object({ verification_status: z.string() });

/** Only what the webhook route reads from a delivery before it is authenticated: the envelope. */
export const paypalWebhookEnvelopeSchema = z.object({
  id: z.string().min(1).max(200),
  event_type: z.string().min(1).max(200),
  resource_type: str,
  resource: z.record(z.string(), z.unknown()),
  create_time: str,
});
export type PayPalWebhookEnvelope = z.infer<typeof paypalWebhookEnvelopeSchema>;

// ---- Request bodies we send -------------------------------------------------------------------

export type PayPalCreateOrderBody = {
  intent: "CAPTURE";
  purchase_units: Array<{
    reference_id: string;
    custom_id: string;
    invoice_id: string;
    description?: string;
    soft_descriptor?: string;
    amount: PayPalMoney & { breakdown?: { item_total: PayPalMoney; shipping: PayPalMoney } };
  }>;
  /**
   * Deprecated in favour of payment_source.paypal.experience_context, but still accepted, and it
   * does not turn the order into PAYER_ACTION_REQUIRED (specs §1.3) nor pin the funding source to
   * "paypal" (the same order is used by the card button).
   */
  application_context?: {
    brand_name?: string;
    locale?: string;
    shipping_preference?: "GET_FROM_FILE" | "NO_SHIPPING" | "SET_PROVIDED_ADDRESS";
    user_action?: "CONTINUE" | "PAY_NOW";
    return_url?: string;
    cancel_url?: string;
  };
};

export type PayPalRefundBody = {
  amount?: PayPalMoney;
  invoice_id?: string;
  custom_id?: string;
  note_to_payer?: string;
};
