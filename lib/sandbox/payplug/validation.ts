import { z } from "zod";
import { httpOrigin, sameOrigin } from "../origin";
import { badRequest, type ErrorDetails } from "./errors";

/*
 * Request bodies as PayPlug validates them (PayPlug-Version 2019-08-06): amounts in cents within
 * the account limits, EUR only, billing and shipping with the 3-D Secure 2 fields, URLs, metadata.
 * A failure becomes a 400 whose `details` maps each field to its messages, like PayPlug's.
 */

export const LIMITS = { minAmount: 99, maxAmount: 2_000_000, minRefund: 10, metadataKeys: 10, metadataKeyLength: 100, metadataValueLength: 500 } as const;
export const CURRENT_VERSION = "2019-08-06";

const httpUrl = z
  .string()
  .max(2000)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "Enter a valid URL.");

const amount = z
  .int("A valid integer is required.")
  .min(LIMITS.minAmount, `Ensure this value is greater than or equal to ${LIMITS.minAmount}.`)
  .max(LIMITS.maxAmount, `Ensure this value is less than or equal to ${LIMITS.maxAmount}.`);

const currency = z.literal("EUR", "Currency not supported: only EUR is accepted.");

const opt = <T extends z.ZodType>(t: T) => t.nullish().transform((v) => v ?? null);
const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "Enter a phone number in E.164 format, e.g. +33612345678.");
const required = (max: number) => z.string("This field is required.").trim().min(1, "This field may not be blank.").max(max, `Ensure this field has no more than ${max} characters.`);

const addressShape = {
  title: opt(z.enum(["mr", "mrs", "miss"], "Choose mr, mrs or miss.")),
  first_name: opt(z.string().max(100)),
  last_name: opt(z.string().max(100)),
  email: opt(z.email("Enter a valid email address.").max(255)),
  mobile_phone_number: opt(e164),
  landline_phone_number: opt(e164),
  address1: opt(z.string().max(255)),
  address2: opt(z.string().max(255)),
  company_name: opt(z.string().max(100)),
  postcode: opt(z.string().max(16)),
  city: opt(z.string().max(100)),
  state: opt(z.string().max(100)),
  country: opt(z.string().regex(/^[A-Z]{2}$/, "Enter an ISO 3166-1 alpha-2 country code.")),
  language: opt(z.string().regex(/^[a-z]{2}$/, "Enter an ISO 639-1 language code.")),
};

/** With 2019-08-06 these identify the payer for 3-D Secure 2: mandatory. */
const payerFields = {
  first_name: required(100),
  last_name: required(100),
  email: z.email("Enter a valid email address.").max(255),
  address1: required(255),
  postcode: required(16),
  city: required(100),
  country: z.string("This field is required.").regex(/^[A-Z]{2}$/, "Enter an ISO 3166-1 alpha-2 country code."),
};

export const billingSchema = z.object({ ...addressShape, ...payerFields });

const DELIVERY_TYPES = ["BILLING", "VERIFIED", "NEW", "SHIP_TO_STORE", "DIGITAL_GOODS", "TRAVEL_OR_EVENT", "OTHER"] as const;
/** Nothing is shipped: the address is not needed (joanie sends `{delivery_type: "DIGITAL_GOODS"}` alone). */
const NOT_SHIPPED = new Set<string>(["DIGITAL_GOODS", "TRAVEL_OR_EVENT", "OTHER"]);

export const shippingSchema = z
  .object({ ...addressShape, delivery_type: z.enum(DELIVERY_TYPES, `Choose one of ${DELIVERY_TYPES.join(", ")}.`) })
  .superRefine((s, ctx) => {
    if (NOT_SHIPPED.has(s.delivery_type)) return;
    const check = payerFields as Record<string, z.ZodType>;
    for (const [field, schema] of Object.entries(check)) {
      const r = schema.safeParse((s as Record<string, unknown>)[field] ?? undefined);
      if (!r.success) ctx.addIssue({ code: "custom", path: [field], message: r.error.issues[0]?.message ?? "Invalid value." });
    }
  });

const legacyAddress = z.object(addressShape);
const legacyShipping = z.object({ ...addressShape, delivery_type: opt(z.enum(DELIVERY_TYPES)) });

const metadata = z
  .record(
    z.string().max(LIMITS.metadataKeyLength, `Metadata keys are limited to ${LIMITS.metadataKeyLength} characters.`),
    z.union([z.string().max(LIMITS.metadataValueLength, `Metadata values are limited to ${LIMITS.metadataValueLength} characters.`), z.number(), z.boolean(), z.null()]),
  )
  .refine((m) => Object.keys(m).length <= LIMITS.metadataKeys, `Metadata are limited to ${LIMITS.metadataKeys} keys.`)
  .nullish()
  .transform((v) => v ?? null);

const hostedPayment = z
  .object({
    return_url: opt(httpUrl),
    cancel_url: opt(httpUrl),
    sent_by: opt(z.enum(["EMAIL", "SMS"], "Choose EMAIL or SMS.")),
  })
  .nullish()
  .transform((v) => v ?? { return_url: null, cancel_url: null, sent_by: null });

function paymentSchema(legacy: boolean) {
  return z
    .object({
      amount: amount.optional(),
      authorized_amount: amount.optional(),
      auto_capture: z.boolean().optional(),
      currency,
      billing: legacy ? legacyAddress.nullish() : billingSchema,
      shipping: legacy ? legacyShipping.nullish() : shippingSchema,
      customer: legacy ? z.record(z.string(), z.unknown()).nullish() : z.undefined("This field is not accepted since PayPlug-Version 2019-08-06: use billing and shipping.").optional(),
      hosted_payment: hostedPayment,
      notification_url: opt(httpUrl),
      metadata,
      description: opt(z.string().max(255)),
      save_card: z.boolean().optional(),
      allow_save_card: z.boolean().optional(),
      force_3ds: z.boolean().optional(),
      payment_method: opt(z.string().max(100)),
      initiator: opt(z.enum(["PAYER", "MERCHANT"], "Choose PAYER or MERCHANT.")),
      integration: opt(z.literal("INTEGRATED_PAYMENT")),
    })
    .superRefine((b, ctx) => {
      if ((b.amount === undefined) === (b.authorized_amount === undefined)) {
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Provide either amount or authorized_amount, not both." });
      }
      if (b.payment_method?.startsWith("card_")) {
        if (!b.initiator) ctx.addIssue({ code: "custom", path: ["initiator"], message: "This field is required when paying with a saved card." });
        ctx.addIssue({ code: "custom", path: ["payment_method"], message: "Unknown card." });
      } else if (b.payment_method) {
        ctx.addIssue({ code: "custom", path: ["payment_method"], message: "This payment method is not enabled on this account." });
      }
      if (!b.hosted_payment.return_url && !b.hosted_payment.sent_by && !b.integration) {
        ctx.addIssue({ code: "custom", path: ["hosted_payment", "return_url"], message: "This field is required." });
      }
    });
}

export type CreatePaymentBody = z.output<ReturnType<typeof paymentSchema>>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD or TODAY.");

export const createPlanSchema = z
  .object({
    currency,
    billing: billingSchema,
    shipping: shippingSchema,
    hosted_payment: hostedPayment,
    notification_url: opt(httpUrl),
    metadata,
    schedule: z
      .array(z.object({ date: z.union([z.literal("TODAY"), isoDate]), amount: z.int("A valid integer is required.").min(1, "Ensure this value is greater than or equal to 1.") }), "This field is required.")
      .min(2, "An installment plan has 2 to 4 installments.")
      .max(4, "An installment plan has 2 to 4 installments."),
  })
  .superRefine((b, ctx) => {
    const total = b.schedule.reduce((s, i) => s + i.amount, 0);
    if (total < LIMITS.minAmount || total > LIMITS.maxAmount) {
      ctx.addIssue({ code: "custom", path: ["schedule"], message: `The total of the installments must be between ${LIMITS.minAmount} and ${LIMITS.maxAmount}.` });
    }
    if (b.schedule[0] && b.schedule[0].date !== "TODAY" && b.schedule[0].date !== todayIso()) {
      ctx.addIssue({ code: "custom", path: ["schedule", 0, "date"], message: "The first installment must be TODAY." });
    }
    let previous = todayIso();
    b.schedule.slice(1).forEach((item, i) => {
      if (item.date === "TODAY" || item.date <= previous || Number.isNaN(Date.parse(item.date))) {
        ctx.addIssue({ code: "custom", path: ["schedule", i + 1, "date"], message: "Installment dates must be valid, in the future and increasing." });
      } else previous = item.date;
    });
    if (!b.hosted_payment.return_url) ctx.addIssue({ code: "custom", path: ["hosted_payment", "return_url"], message: "This field is required." });
  });

export type CreatePlanBody = z.output<typeof createPlanSchema>;

export const createRefundSchema = z
  .object({
    amount: z.int("A valid integer is required.").min(LIMITS.minRefund, `Ensure this value is greater than or equal to ${LIMITS.minRefund}.`).optional(),
    metadata,
  })
  .nullish()
  .transform((v) => v ?? { amount: undefined, metadata: null });

export const patchSchema = z.object({
  aborted: z.boolean().optional(),
  /** payplug-python sends `abort` instead of `aborted`; PayPlug accepts both. */
  abort: z.boolean().optional(),
  captured: z.boolean().optional(),
});

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Zod issues → PayPlug-style `details` ({field: {sub: ["message"]}}) and a readable message. */
export function toBadRequest(error: z.ZodError): Error {
  const details: ErrorDetails = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String) : ["non_field_errors"];
    let node: Record<string, unknown> = details;
    path.slice(0, -1).forEach((p) => {
      const next = node[p];
      if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        node[p] = created;
        node = created;
      }
    });
    const leaf = path[path.length - 1] ?? "non_field_errors";
    const existing = node[leaf];
    node[leaf] = Array.isArray(existing) ? [...(existing as unknown[]), issue.message] : [issue.message];
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.map(String).join(".")}: ` : "";
  return badRequest(`Invalid request. ${where}${first?.message ?? ""}`.trim(), details);
}

/**
 * Emulator rule (not PayPlug's): the sandbox serves only the shop it belongs to, so notification_url,
 * return_url and cancel_url must be on the shop's own origin — else a public demo shop would POST
 * to any address and report the answer code (SSRF probe), and redirect payers anywhere (open
 * redirect). A 400 in PayPlug's shape, field by field.
 */
export function checkShopUrls(
  b: { notification_url: string | null; hosted_payment: { return_url: string | null; cancel_url: string | null } },
  shopUrl: string,
): void {
  const message = `The sandbox only calls back and redirects to the shop it belongs to: enter a URL on ${httpOrigin(shopUrl) ?? shopUrl}.`;
  const foreign = (url: string | null) => url !== null && !sameOrigin(url, shopUrl);
  const details: ErrorDetails = {};
  const hosted: Record<string, string[]> = {};
  const fields: string[] = [];
  if (foreign(b.notification_url)) {
    details.notification_url = [message];
    fields.push("notification_url");
  }
  for (const name of ["return_url", "cancel_url"] as const) {
    if (!foreign(b.hosted_payment[name])) continue;
    hosted[name] = [message];
    fields.push(`hosted_payment.${name}`);
  }
  if (!fields.length) return;
  if (Object.keys(hosted).length) details.hosted_payment = hosted;
  throw badRequest(`Invalid request. ${fields[0]}: ${message}`, details);
}

export function parseCreatePayment(body: unknown, legacy: boolean): CreatePaymentBody {
  const r = paymentSchema(legacy).safeParse(body);
  if (!r.success) throw toBadRequest(r.error);
  return r.data;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const r = schema.safeParse(body);
  if (!r.success) throw toBadRequest(r.error);
  return r.data;
}
