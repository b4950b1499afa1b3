import { z } from "zod";

/*
 * PayPlug API v1 objects (specs/payplug.md §4, §7, §8), as zod schemas with their inferred types.
 * Responses are parsed leniently (unknown fields are dropped, optional ones may be null or missing)
 * because PayPlug adds fields over time; what we rely on is required.
 */

const str = z.string().nullish();
const int = z.number().int();
const timestamp = int.nullish();
const metadata = z.record(z.string(), z.unknown()).nullish();

export const payplugAddressSchema = z
  .object({
    title: str,
    first_name: str,
    last_name: str,
    email: str,
    mobile_phone_number: str,
    landline_phone_number: str,
    address1: str,
    address2: str,
    company_name: str,
    postcode: str,
    city: str,
    state: str,
    country: str,
    language: str,
    delivery_type: str,
  })
  .nullish();

export const payplugCardSchema = z
  .object({
    id: str,
    last4: str,
    country: str,
    exp_month: int.nullish(),
    exp_year: int.nullish(),
    brand: str,
  })
  .nullish();

export const payplugFailureSchema = z.object({ code: z.string(), message: str }).nullish();

export const payplugPaymentSchema = z.object({
  id: z.string().regex(/^pay_[A-Za-z0-9]+$/),
  object: z.literal("payment"),
  is_live: z.boolean(),
  amount: int.nullish(),
  amount_refunded: int.nullish(),
  currency: z.string(),
  created_at: int,
  description: str,
  is_paid: z.boolean(),
  paid_at: timestamp,
  is_refunded: z.boolean().nullish(),
  is_3ds: z.boolean().nullish(),
  save_card: z.boolean().nullish(),
  card: payplugCardSchema,
  billing: payplugAddressSchema,
  shipping: payplugAddressSchema,
  hosted_payment: z
    .object({ payment_url: str, return_url: str, cancel_url: str, paid_at: timestamp, sent_by: str })
    .nullish(),
  notification: z.object({ url: str, response_code: int.nullish() }).nullish(),
  failure: payplugFailureSchema,
  metadata,
  installment_plan_id: str,
  authorization: z.object({ authorized_amount: int.nullish(), authorized_at: timestamp, expires_at: timestamp }).nullish(),
  refundable_after: timestamp,
  refundable_until: timestamp,
  payment_method: z.object({ type: str, is_pending: z.boolean().nullish() }).nullish(),
});
export type PayPlugPayment = z.infer<typeof payplugPaymentSchema>;

export const payplugPaymentListSchema = z.object({
  type: z.literal("list").optional(),
  page: int.nullish(),
  per_page: int.nullish(),
  count: int.nullish(),
  data: z.array(payplugPaymentSchema),
});
export type PayPlugPaymentList = z.infer<typeof payplugPaymentListSchema>;

export const payplugRefundSchema = z.object({
  id: z.string().regex(/^re_[A-Za-z0-9]+$/),
  object: z.literal("refund"),
  payment_id: z.string(),
  is_live: z.boolean(),
  amount: int,
  currency: z.string(),
  created_at: int,
  metadata,
});
export type PayPlugRefund = z.infer<typeof payplugRefundSchema>;

export const payplugRefundListSchema = z.object({ data: z.array(payplugRefundSchema) });

export const payplugInstallmentPlanSchema = z.object({
  id: z.string().regex(/^inst_[A-Za-z0-9]+$/),
  object: z.literal("installment_plan"),
  is_live: z.boolean(),
  is_active: z.boolean().nullish(),
  is_fully_paid: z.boolean().nullish(),
  currency: z.string(),
  created_at: int,
  schedule: z.array(z.object({ date: z.string(), amount: int, payment_ids: z.array(z.string()).nullish() })),
  billing: payplugAddressSchema,
  shipping: payplugAddressSchema,
  hosted_payment: z.object({ payment_url: str, return_url: str, cancel_url: str }).nullish(),
  notification: z.object({ url: str }).nullish(),
  failure: payplugFailureSchema,
  metadata,
});
export type PayPlugInstallmentPlan = z.infer<typeof payplugInstallmentPlanSchema>;

/** PayPlug's error body: `{object: "error", message, details?}` (spec §2). Read leniently: only for logs. */
export const payplugErrorBodySchema = z.object({
  object: z.string().optional(),
  message: z.string().optional(),
  details: z.unknown().optional(),
});

/*
 * Request bodies. Only what the shop sends; typed, not parsed (we build them).
 */

export type PayPlugAddressInput = {
  title?: "mr" | "mrs" | "miss" | null;
  first_name: string;
  last_name: string;
  email: string;
  mobile_phone_number?: string;
  landline_phone_number?: string;
  address1: string;
  address2?: string;
  company_name?: string;
  postcode: string;
  city: string;
  country: string;
  language: string;
};

export type PayPlugDeliveryType = "BILLING" | "VERIFIED" | "NEW" | "SHIP_TO_STORE" | "DIGITAL_GOODS" | "TRAVEL_OR_EVENT" | "OTHER";

export type PayPlugCreatePayment = {
  amount: number;
  currency: "EUR";
  billing: PayPlugAddressInput;
  shipping: PayPlugAddressInput & { delivery_type: PayPlugDeliveryType };
  hosted_payment: { return_url: string; cancel_url: string; sent_by?: "EMAIL" | "SMS" };
  notification_url: string;
  metadata: Record<string, string>;
  description?: string;
  force_3ds?: boolean;
};

export type PayPlugCreateRefund = { amount?: number; metadata?: Record<string, string> };

export type PayPlugCreateInstallmentPlan = {
  currency: "EUR";
  billing: PayPlugAddressInput;
  shipping: PayPlugAddressInput & { delivery_type: PayPlugDeliveryType };
  hosted_payment: { return_url: string; cancel_url: string };
  notification_url: string;
  metadata: Record<string, string>;
  /** The first date is the literal "TODAY", the next ones YYYY-MM-DD. */
  schedule: { date: string; amount: number }[];
};

/** What a notification body may tell us (specs §9): the type and id only, nothing else is trusted. */
export const payplugNotificationBodySchema = z.object({
  object: z.string(),
  id: z.string().min(1).max(100),
  payment_id: z.string().max(100).nullish(),
  is_live: z.boolean().nullish(),
});
