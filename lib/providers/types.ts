import type { DisputeOutcome, DisputeReason, DisputeStatus, PaymentProvider } from "@/lib/db/schema";
import type { PostalAddress } from "@/lib/shared/postal-address";
import type { Cents } from "@/lib/shared/money";

/**
 * The one interface every online payment provider (PayPlug, PayPal) offers the shop. Adapters
 * (lib/providers/<name>/) speak the provider's HTTP API, validate its answers with zod and map its
 * shapes into these types at the edge: nothing past the adapter looks at a provider's fields or
 * statuses, and no adapter touches the database, an order or an e-mail.
 *
 * The verbs say what they do. Only `capture` and `refund` move money; `create` asks the provider
 * for a payment the customer will authorise; `retrieve` only reads; `cancel` makes an unpaid
 * payment unpayable.
 */

/** Our normalised view of a provider payment, read from the provider's API (never from a notification body). */
export type ProviderPayment = {
  provider: PaymentProvider;
  providerRef: string;
  /** Live or test store at the provider. */
  live: boolean;
  status: "pending" | "paid" | "failed" | "cancelled" | "refunded" | "partially_refunded";
  /**
   * The payer approved and the money waits for the merchant to take it (a PayPal order APPROVED
   * and not captured). Status stays "pending": nothing is paid until a capture is made.
   */
  captureRequired: boolean;
  /** The provider's own status word, for logs and the back-office ("APPROVED", "is_paid"…). */
  providerStatus: string;
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
  /** The provider's installment plan that charged this payment (PayPlug's installment_plan_id), if any. */
  installmentPlanRef?: string | null;
  /** The raw provider object, kept for support. */
  raw: unknown;
};

export type ProviderRefund = {
  refundRef: string;
  amountCents: Cents;
  status: "pending" | "completed" | "failed";
};

export type PaymentUrls = {
  returnUrl: string;
  cancelUrl: string;
  notificationUrl: string;
};

/** What a provider needs to create the payment of one of our attempts. */
export type CreatePaymentInput = {
  paymentId: string;
  attempt: number;
  amountCents: Cents;
  currency: "EUR";
  order: {
    id: string;
    reference: string;
    email: string;
    phone: string;
    billingAddress: PostalAddress;
    shippingAddress: PostalAddress;
  };
  urls: PaymentUrls;
};

export type CreatedPayment = { providerRef: string; redirectUrl?: string; live: boolean };

/** A plan of 2 to 4 card charges: the first paid by the customer on the hosted page, the next ones charged by the provider on their dates. */
export type CreateInstalmentPlanInput = {
  /** Our instalment_plans row, echoed in the provider's metadata. */
  planId: string;
  currency: "EUR";
  /** In order: the first is charged today. Amounts in cents, dates YYYY-MM-DD. */
  schedule: { dueOn: string; amountCents: Cents }[];
  order: CreatePaymentInput["order"];
  urls: PaymentUrls;
};

export type CreatedInstalmentPlan = { planRef: string; redirectUrl: string; live: boolean };

/** A plan as the provider reports it (read from its API, never from a notification body). */
export type ProviderInstalmentPlan = {
  planRef: string;
  live: boolean;
  /** The provider still charges the next parts on their dates. */
  active: boolean;
  fullyPaid: boolean;
  /** "aborted", a card failure code…, or null. */
  failureCode: string | null;
  ourPlanId: string | null;
  ourOrderReference: string | null;
  /** Each part with the provider payments made for it (several after retries), oldest first. */
  schedule: { dueOn: string; amountCents: Cents; paymentRefs: string[] }[];
};

/** The outcome of asking the provider to take the money of an approved payment. */
export type CaptureResult =
  /** The provider accepted the capture call; the payment as it stands after it (paid, or pending while the provider checks it). */
  | { kind: "captured"; payment: ProviderPayment }
  /** Taken already (by another caller or an earlier try with the same idempotency key). */
  | { kind: "already_captured" }
  /** The payer's funding source was refused at capture; the payer may approve another one on the same payment. */
  | { kind: "declined"; code: string; message: string; debugId: string | null }
  /** Not approved (yet), voided or expired at the provider: nothing to capture. */
  | { kind: "not_approved"; status: string };

/** A dispute as the provider reports it, in our words. */
export type ProviderDispute = {
  disputeId: string;
  captureIds: string[];
  status: DisputeStatus;
  reason: DisputeReason;
  /** The disputed amount, when the provider says it. */
  amountCents: Cents | null;
  currency: string | null;
  outcome: DisputeOutcome | null;
  /** The provider's own words, for logs and the back-office ("WAITING_FOR_SELLER_RESPONSE"). */
  providerStatus: string;
  providerReason: string;
};

/** The outcome of authenticating a notification: only ids, and only what the provider confirmed. */
export type VerifiedNotification =
  /** A payment (or something of a payment, e.g. a refund) changed: reconcile this provider ref. */
  | {
      kind: "payment";
      resourceId: string;
      providerRef: string;
      newApproval?: boolean;
      /**
       * The payment as the provider answered the authenticating re-fetch, when that re-fetch was
       * of the payment itself (PayPlug): reconcile uses it instead of asking the same again.
       */
      payment?: ProviderPayment;
    }
  /** A capture changed (PayPal): its payment is the one our records hold for this capture, else `paymentRefHint`. */
  | { kind: "capture"; resourceId: string; captureId: string; paymentRefHint: string | null }
  /**
   * A buyer disputes captured money (PayPal's CUSTOMER.DISPUTE.*): a claim, not a movement of
   * money — a reversal arrives as its own capture event. captureIds: the transactions disputed.
   * outcome: null until the dispute is resolved.
   */
  | { kind: "dispute"; resourceId: string; dispute: ProviderDispute }
  /** An installment plan changed: its child payments, and our payment id if it is ours. */
  | { kind: "plan"; resourceId: string; paymentRefs: string[]; ourPaymentId: string | null }
  /** Authentic or not, nothing for us to do (unknown id, unknown type, not ours): answer 200. */
  | { kind: "ignored"; resourceId: string | null; reason: string }
  /** Unreadable or failed authentication: answer 400, never retried usefully. */
  | { kind: "malformed"; reason: string };

export interface PaymentGateway {
  readonly provider: PaymentProvider;
  /** Creates the provider payment of one of our attempts, for OUR amount (idempotent where the provider allows it). */
  create(input: CreatePaymentInput): Promise<CreatedPayment>;
  /**
   * After a create whose answer was lost (timeout, 5xx), finds the provider payment made for our
   * payment id, so a retry never creates a second one. Null when there is none.
   */
  findCreated(input: { paymentId: string; createdAfter: Date }): Promise<CreatedPayment | null>;
  /** The authoritative state of a payment. Read only: never moves money. */
  retrieve(providerRef: string): Promise<ProviderPayment>;
  /** Takes the money of an approved payment (PayPal). The idempotency key comes from our own ids. */
  capture(providerRef: string, idempotencyKey: string): Promise<CaptureResult>;
  /** Makes an unpaid provider payment unpayable, where the provider allows it (best effort, idempotent). */
  cancel(providerRef: string): Promise<void>;
  /** Gives money back. The idempotency key comes from our own refund's id. */
  refund(providerRef: string, amountCents: Cents, idempotencyKey: string): Promise<ProviderRefund>;
  /** The provider payment a capture belongs to, asked of the provider (null when it does not say). */
  paymentRefOfCapture(captureId: string): Promise<string | null>;
  /** Whether the configured credentials talk to the provider's live (real money) store. */
  isLiveMode(): boolean;
  /** Whether the customer's browser may be sent to this URL (the provider's hosted pages only). */
  redirectAllowed(url: string): boolean;
  /**
   * The inbox key of a notification: the provider's event id when it has one (PayPal), else
   * something derived from the raw request (PayPlug: resource id + hash of the body), so a
   * redelivery of the same notification is recognised and counted.
   */
  notificationKey(rawBody: string, headers: Headers): string;
  /** Reads a notification (raw body + headers) and authenticates it (signature, or re-fetch by id). */
  verifyNotification(rawBody: string, headers: Headers): Promise<VerifiedNotification>;
  /** Card instalments (PayPlug installment plans); absent for a provider without them. */
  instalmentPlans?: InstalmentPlanGateway;
}

/**
 * Installment plans: `create` asks the provider for a plan the customer starts on its hosted page
 * (the provider then charges the next parts by itself); `retrieve` only reads; `abort` stops every
 * charge still to come (the provider has no way to stop the retry of one part only).
 */
export interface InstalmentPlanGateway {
  create(input: CreateInstalmentPlanInput): Promise<CreatedInstalmentPlan>;
  retrieve(planRef: string): Promise<ProviderInstalmentPlan>;
  abort(planRef: string): Promise<ProviderInstalmentPlan>;
}
