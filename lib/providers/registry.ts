import "server-only";
import type { PaymentProvider } from "@/lib/db/schema";
import type { PaymentGateway, StartResult } from "@/lib/providers/types";
import { paypalGateway } from "@/lib/providers/paypal/gateway";
import { payplugGateway } from "@/lib/providers/payplug/gateway";

/**
 * What the shared flows (start, reconcile, notifications, retry, payment links) need from an
 * online provider, on top of lib/payments/gateway.ts's PaymentGateway. Each provider folder
 * implements it; this registry is the only place that maps a provider name to its gateway.
 */

/** The outcome of authenticating a notification: only ids we re-checked with the provider. */
export type VerifiedNotification =
  /** A payment (or something of a payment, e.g. a refund) changed: reconcile this provider ref. */
  | { kind: "payment"; resourceId: string; providerRef: string }
  /** An installment plan changed: its child payments, and our payment id if it is ours. */
  | { kind: "plan"; resourceId: string; paymentRefs: string[]; ourPaymentId: string | null }
  /** Authentic or not, nothing for us to do (unknown id, unknown type, not ours): answer 200. */
  | { kind: "ignored"; resourceId: string | null; reason: string }
  /** Unreadable or failed authentication: answer 400, never retried usefully. */
  | { kind: "malformed"; reason: string };

export interface OnlineGateway extends PaymentGateway {
  /**
   * After a start whose answer was lost (timeout, 5xx), find the provider payment made for our
   * payment id, so a retry never creates a second one. Null when there is none.
   */
  findStarted(input: { paymentId: string; createdAfter: Date }): Promise<StartResult | null>;
  /** Best effort: make an unpaid provider payment unpayable (a newer attempt replaces it). */
  cancel(providerRef: string): Promise<void>;
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
}

const GATEWAYS: Partial<Record<PaymentProvider, () => OnlineGateway>> = {
  payplug: payplugGateway,
  paypal: paypalGateway,
};

export function findGateway(provider: PaymentProvider): OnlineGateway | null {
  return GATEWAYS[provider]?.() ?? null;
}

export function getGatewayOrThrow(provider: PaymentProvider): OnlineGateway {
  const gateway = findGateway(provider);
  if (!gateway) throw new Error(`No gateway registered for ${provider}`);
  return gateway;
}

/** Test hook: serve a provider with another gateway (a stub), or restore the default with null. */
export function overrideGatewayForTests(provider: PaymentProvider, factory: (() => OnlineGateway) | null): void {
  if (factory) GATEWAYS[provider] = factory;
  else if (provider === "payplug") GATEWAYS.payplug = payplugGateway;
  else if (provider === "paypal") GATEWAYS.paypal = paypalGateway;
  else delete GATEWAYS[provider];
}
