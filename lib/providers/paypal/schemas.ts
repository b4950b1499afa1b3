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
