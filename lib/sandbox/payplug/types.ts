/*
 * The emulated PayPlug resources, field for field as PayPlug's API returns them (see
 * shared/specs/payplug.md §4, §7, §8). Timestamps are epoch seconds, amounts integer cents.
 */

export type PayplugMode = "test" | "live";

export type Address = {
  title: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  mobile_phone_number: string | null;
  landline_phone_number: string | null;
  address1: string | null;
  address2: string | null;
  company_name: string | null;
  postcode: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  language: string | null;
};

export type ShippingAddress = Address & { delivery_type: string | null };

export type Failure = { code: string; message: string };

export type Metadata = Record<string, string | number | boolean | null>;

export type Card = {
  last4: string | null;
  country: string | null;
  exp_month: number | null;
  exp_year: number | null;
  brand: string | null;
  id: string | null;
  metadata: Metadata | null;
};

export type Payment = {
  id: string;
  object: "payment";
  is_live: boolean;
  amount: number;
  amount_refunded: number;
  currency: "EUR";
  created_at: number;
  description: string | null;
  is_paid: boolean;
  paid_at: number | null;
  is_refunded: boolean;
  is_3ds: boolean | null;
  save_card: boolean;
  allow_save_card: boolean;
  card: Card;
  billing: Address | null;
  shipping: ShippingAddress | null;
  /** Only with a PayPlug-Version older than 2019-08-06 (legacy API). */
  customer?: Record<string, unknown> | null;
  hosted_payment: {
    payment_url: string | null;
    return_url: string | null;
    cancel_url: string | null;
    paid_at: number | null;
    sent_by: "EMAIL" | "SMS" | null;
  };
  notification: { url: string | null; response_code: number | null };
  failure: Failure | null;
  metadata: Metadata | null;
  installment_plan_id: string | null;
  authorization: { authorized_amount: number; authorized_at: number | null; expires_at: number | null } | null;
  refundable_after: number | null;
  refundable_until: number | null;
  payment_method: null;
};

export type Refund = {
  id: string;
  object: "refund";
  payment_id: string;
  is_live: boolean;
  amount: number;
  currency: "EUR";
  created_at: number;
  metadata: Metadata | null;
};

export type ScheduleItem = { date: string; amount: number; payment_ids: string[] };

export type InstallmentPlan = {
  id: string;
  object: "installment_plan";
  is_live: boolean;
  is_active: boolean;
  is_fully_paid: boolean;
  currency: "EUR";
  created_at: number;
  schedule: ScheduleItem[];
  billing: Address | null;
  shipping: ShippingAddress | null;
  hosted_payment: { payment_url: string; return_url: string | null; cancel_url: string | null };
  notification: { url: string | null };
  failure: Failure | null;
  metadata: Metadata | null;
};

/** A resource PayPlug notifies about. */
export type NotifiableResource = Payment | Refund | InstallmentPlan;

/** State of the hosted card page for one payment or plan (never holds more card data than PayPlug returns). */
export type HostedSession = {
  step: "card" | "otp" | "done";
  /** The pending card, once its number passed: what PayPlug itself reports about a card. */
  card: { last4: string; brand: string; exp_month: number; exp_year: number; country: string } | null;
  otp: string | null;
  otpAttempts: number;
  /** The last input error, shown once on the next render (post/redirect/get without client JS). */
  error: { field: "number" | "expiry" | "cvc" | "holder" | "otp"; message: string } | null;
};

export const PROVIDER = "payplug";
export const KIND = { payment: "payment", refund: "refund", plan: "installment_plan", session: "hosted_session" } as const;
