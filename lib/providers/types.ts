import type { Cents } from "@/lib/shared/money";
import type { PaymentProvider } from "@/lib/db/schema";

/**
 * What every online provider (PayPlug, PayPal) offers the shop. Adapters map the provider's own
 * shapes into these types at the edge; nothing past the adapter looks at a provider's statuses.
 */

/** Our normalised view of a provider payment, fetched from the provider's API (never from a notification body). */
export type ProviderPayment = {
  provider: PaymentProvider;
  providerRef: string;
  /** Live or test store at the provider. */
  live: boolean;
  status: "pending" | "paid" | "failed" | "cancelled" | "refunded" | "partially_refunded";
  amountCents: Cents;
  currency: string;
  refundedCents: Cents;
  /** Our ids as the provider echoes them (metadata / custom_id / invoice_id). */
  ourPaymentId: string | null;
  ourOrderReference: string | null;
  failure: { code: string; message: string | null } | null;
  transactionId: string | null;
  card: { brand: string | null; last4: string | null; country: string | null; expiry: string | null } | null;
  threeDSecure: boolean | null;
  payerEmail: string | null;
  paidAt: Date | null;
  /** The raw provider object, kept for support. */
  raw: unknown;
};

export type ProviderRefund = {
  refundRef: string;
  amountCents: Cents;
  status: "pending" | "completed" | "failed";
};

export type StartUrls = {
  returnUrl: string;
  cancelUrl: string;
  notificationUrl: string;
};

export type StartInput = {
  paymentId: string;
  attempt: number;
  amountCents: Cents;
  currency: "EUR";
  order: {
    id: string;
    reference: string;
    email: string;
    phone: string;
    billingAddress: import("@/lib/db/schema").PostalAddress;
    shippingAddress: import("@/lib/db/schema").PostalAddress;
  };
  urls: StartUrls;
};

export type StartResult = { providerRef: string; redirectUrl?: string; live: boolean };

/** Result of authenticating a notification: only what identifies the object to re-fetch. */
export type NotificationRef = { providerRef: string; eventKey: string; kind: string };

export interface PaymentGateway {
  readonly provider: PaymentProvider;
  start(input: StartInput): Promise<StartResult>;
  fetch(providerRef: string): Promise<ProviderPayment>;
  refund(providerRef: string, amountCents: Cents, idempotencyKey: string): Promise<ProviderRefund>;
}
