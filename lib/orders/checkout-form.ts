import { z } from "zod";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { CHECKOUT_MESSAGES } from "./checkout-messages";
import { normalisePhone } from "@/lib/shared/phone";
import { SHIPPING_COUNTRIES } from "@/lib/shared/countries";

/**
 * The checkout form, validated on the server. Field names are flat ("billingCity") so that each
 * error maps to exactly one input; the parsed result is the shape orders store.
 */

export type CountryCode = (typeof SHIPPING_COUNTRIES)[number]["code"];
const COUNTRY_CODES = SHIPPING_COUNTRIES.map((c) => c.code) as [CountryCode, ...CountryCode[]];

export const ADDRESS_FIELDS = ["FirstName", "LastName", "Company", "Line1", "Line2", "PostalCode", "City", "Country"] as const;
export type AddressPrefix = "billing" | "shipping";
export type CheckoutFieldName =
  | "email"
  | "phone"
  | "sameAsBilling"
  | "acceptTerms"
  | "paymentMethod"
  /** 1: pay at once; 2..4: in several parts (cheques held by the shop: lib/billing/instalments.ts). */
  | "instalments"
  | "cartVersion"
  | `${AddressPrefix}${(typeof ADDRESS_FIELDS)[number]}`;

export type CheckoutValues = Partial<Record<CheckoutFieldName, string>>;
export type CheckoutErrors = Partial<Record<CheckoutFieldName, string>>;

export type CheckoutDetails = {
  email: string;
  phone: string;
  billingAddress: PostalAddress;
  shippingAddress: PostalAddress;
  paymentMethod: string;
  /** How many parts (1 = at once); place-order decides whether this buyer may, and refuses otherwise. */
  instalments: number;
  cartVersion: string;
};

// The words live in messages.ts (no zod there) so client components can show the same ones.
export { CHECKOUT_MESSAGES };

const text = (max: number, required?: string) =>
  required ? z.string(required).trim().max(max, CHECKOUT_MESSAGES.tooLong).min(1, required) : z.string().trim().max(max, CHECKOUT_MESSAGES.tooLong).optional();

function addressSchema(prefix: AddressPrefix) {
  return z
    .object({
      [`${prefix}FirstName`]: text(80, CHECKOUT_MESSAGES.firstName),
      [`${prefix}LastName`]: text(80, CHECKOUT_MESSAGES.lastName),
      [`${prefix}Company`]: text(120),
      [`${prefix}Line1`]: text(160, CHECKOUT_MESSAGES.line1),
      [`${prefix}Line2`]: text(160),
      [`${prefix}PostalCode`]: text(12, CHECKOUT_MESSAGES.postalCodeMissing),
      [`${prefix}City`]: text(80, CHECKOUT_MESSAGES.city),
      [`${prefix}Country`]: z.enum(COUNTRY_CODES, CHECKOUT_MESSAGES.country),
    })
    .superRefine((value, ctx) => {
      const country = SHIPPING_COUNTRIES.find((c) => c.code === value[`${prefix}Country`]);
      const postalCode = value[`${prefix}PostalCode`];
      if (country && typeof postalCode === "string" && postalCode && !country.postalCode.test(postalCode)) {
        ctx.addIssue({ code: "custom", path: [`${prefix}PostalCode`], message: CHECKOUT_MESSAGES.postalCode(country.example) });
      }
    });
}

const contactSchema = z.object({
  email: z
    .string(CHECKOUT_MESSAGES.email)
    .trim()
    .toLowerCase()
    .min(1, CHECKOUT_MESSAGES.emailMissing)
    .max(254, CHECKOUT_MESSAGES.email)
    .pipe(z.email(CHECKOUT_MESSAGES.email)),
  phone: z.string().max(40).optional(),
  acceptTerms: z.literal("on", CHECKOUT_MESSAGES.acceptTerms),
  paymentMethod: z.string(CHECKOUT_MESSAGES.paymentMethod).min(1, CHECKOUT_MESSAGES.paymentMethod).max(40),
  cartVersion: z.string().max(100).default(""),
  instalments: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, CHECKOUT_MESSAGES.instalments)
    .optional()
    .or(z.literal("")),
  sameAsBilling: z.string().optional(),
});

function toAddress(value: Record<string, unknown>, prefix: AddressPrefix): PostalAddress {
  const get = (f: (typeof ADDRESS_FIELDS)[number]) => {
    const v = value[`${prefix}${f}`];
    return typeof v === "string" ? v : "";
  };
  const company = get("Company");
  const line2 = get("Line2");
  return {
    firstName: get("FirstName"),
    lastName: get("LastName"),
    ...(company ? { company } : {}),
    line1: get("Line1"),
    ...(line2 ? { line2 } : {}),
    postalCode: get("PostalCode").toUpperCase(),
    city: get("City"),
    country: get("Country"),
  };
}

/** Only the string fields the form knows, so values can be echoed back safely. */
export function checkoutValuesFrom(formData: FormData): CheckoutValues {
  const values: CheckoutValues = {};
  const names: CheckoutFieldName[] = ["email", "phone", "sameAsBilling", "acceptTerms", "paymentMethod", "instalments", "cartVersion"];
  for (const prefix of ["billing", "shipping"] as const) for (const f of ADDRESS_FIELDS) names.push(`${prefix}${f}`);
  for (const name of names) {
    const v = formData.get(name);
    if (typeof v === "string") values[name] = v.slice(0, 300);
  }
  return values;
}

export type CheckoutParseResult = { ok: true; data: CheckoutDetails } | { ok: false; errors: CheckoutErrors };

export function parseCheckoutForm(values: CheckoutValues): CheckoutParseResult {
  const errors: CheckoutErrors = {};
  const collect = (issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const field = issue.path[0];
      if (typeof field === "string" && !(field in errors)) errors[field as CheckoutFieldName] = issue.message;
    }
  };
  const sameAsBilling = values.sameAsBilling === "on";
  const contact = contactSchema.safeParse(values);
  if (!contact.success) collect(contact.error.issues);
  const billing = addressSchema("billing").safeParse(values);
  if (!billing.success) collect(billing.error.issues);
  const shipping = sameAsBilling ? null : addressSchema("shipping").safeParse(values);
  if (shipping && !shipping.success) collect(shipping.error.issues);
  const phone = normalisePhone(values.phone ?? "");
  if (!phone.ok) errors.phone = phone.message;

  if (!contact.success || !billing.success || (shipping && !shipping.success) || !phone.ok) return { ok: false, errors };
  const billingAddress = toAddress(billing.data, "billing");
  return {
    ok: true,
    data: {
      email: contact.data.email,
      phone: phone.e164,
      billingAddress,
      shippingAddress: shipping?.success ? toAddress(shipping.data, "shipping") : billingAddress,
      paymentMethod: contact.data.paymentMethod,
      instalments: contact.data.instalments ? Number(contact.data.instalments) : 1,
      cartVersion: contact.data.cartVersion,
    },
  };
}

/**
 * The checkout form as one zod schema (for the action wrapper): the form's fields in, the order's
 * details out, each problem reported on its own field.
 */
export const checkoutFormSchema = z.custom<CheckoutValues>((v) => typeof v === "object" && v !== null).transform((values, ctx): CheckoutDetails => {
  const parsed = parseCheckoutForm(values);
  if (parsed.ok) return parsed.data;
  for (const [field, message] of Object.entries(parsed.errors)) ctx.addIssue({ code: "custom", path: [field], message });
  return z.NEVER;
});
