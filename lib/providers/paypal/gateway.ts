import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import type { Cents } from "@/lib/shared/money";
import { GatewayError, isGatewayError } from "@/lib/providers/errors";
import type { ProviderPayment, ProviderRefund, StartInput, StartResult } from "@/lib/providers/types";
import type { OnlineGateway, VerifiedNotification } from "@/lib/providers/registry";
import { isAllowedRedirect } from "@/lib/providers/redirect-check";
import { approvalUrl, buildCreateOrderBody, captureIdFromRefundLinks, captureOf, toPayPalMoney, toProviderPayment } from "./adapter";
import { captureApprovedOrder, type CaptureOutcome } from "@/lib/use-cases/capture-paypal-approval";
import { isLivePayPalApi, paypalClient, requestIds, type PayPalClient, type WriteOptions } from "./client";
import { paypalCaptureSchema, paypalRefundSchema, paypalWebhookEnvelopeSchema, type PayPalOrder } from "./schemas";
import { verifyPayPalWebhook } from "./webhook-signature";

/**
 * PayPal behind the shop's OnlineGateway. The provider reference of a PayPal payment is the PayPal
 * ORDER id (what the buttons, the return URL and the order webhooks carry); the capture id is the
 * transaction id.
 *
 * PayPal differs from PayPlug in one way that matters: an APPROVED order is not paid until the
 * merchant captures it. So fetch() — what reconcilePayment calls from the return page, the webhook
 * and the sweep — captures an approved order that is ours (see capture.ts for the checks and the
 * idempotency key) before reporting its state. Whichever of the three sees the approval first
 * takes the money; the others replay the same capture.
 */

export type PayPalGateway = OnlineGateway & {
  /** Creates the PayPal order for one of our payment attempts (idempotent on our payment id). */
  createOrder(input: StartInput & { breakdown?: { itemsCents: Cents; shippingCents: Cents }; redirectFlow?: boolean }): Promise<{ order: PayPalOrder; result: StartResult }>;
  /** The buyer's explicit capture (onApprove): same checks and key as the automatic one. */
  capture(providerRef: string, options?: Pick<WriteOptions, "mockResponse">): Promise<CaptureOutcome>;
};

const SUPPORTED_EVENTS = new Set([
  "CHECKOUT.ORDER.APPROVED",
  "CHECKOUT.ORDER.COMPLETED",
  "PAYMENT.CAPTURE.COMPLETED",
  "PAYMENT.CAPTURE.PENDING",
  "PAYMENT.CAPTURE.DENIED",
  "PAYMENT.CAPTURE.DECLINED",
  "PAYMENT.CAPTURE.REFUNDED",
  "PAYMENT.CAPTURE.REVERSED",
]);

/** Hosts the buyer's browser may be sent to for approval (the redirect flow of retries and payment links). */
function approvalHosts(): string[] {
  return env.paypal.sandbox ? [new URL(env.appUrl).host] : ["www.paypal.com", "www.sandbox.paypal.com"];
}

export function paypalNotificationKey(rawBody: string): string {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    const id = parsed && typeof parsed === "object" ? (parsed as { id?: unknown }).id : undefined;
    if (typeof id === "string" && /^[A-Za-z0-9_-]{1,120}$/.test(id)) return id;
  } catch {
    // Malformed: stored under its hash, answered 400.
  }
  return `unreadable:${createHash("sha256").update(rawBody, "utf8").digest("hex").slice(0, 40)}`;
}

export function createPayPalGateway(makeClient: () => PayPalClient = () => paypalClient()): PayPalGateway {
  async function createOrder(input: Parameters<PayPalGateway["createOrder"]>[0]) {
    const client = makeClient();
    const body = buildCreateOrderBody({
      paymentId: input.paymentId,
      attempt: input.attempt,
      amountCents: input.amountCents,
      currency: input.currency,
      order: input.order,
      merchantName: env.merchant.name,
      breakdown: input.breakdown,
      urls: input.redirectFlow ? { returnUrl: input.urls.returnUrl, cancelUrl: input.urls.cancelUrl } : undefined,
    });
    const { data } = await client.orders.create(body, { requestId: requestIds.createOrder(input.paymentId) });
    return { order: data, result: { providerRef: data.id, redirectUrl: approvalUrl(data) ?? undefined, live: client.live } };
  }

  async function fetchPayment(providerRef: string): Promise<ProviderPayment> {
    const client = makeClient();
    const { data, raw } = await client.orders.get(providerRef);
    if (data.status === "APPROVED") {
      try {
        const outcome = await captureApprovedOrder(client, providerRef, { order: data, onlyIfNeverDeclined: true });
        if (outcome.kind === "captured" && outcome.order.purchase_units?.length) return toProviderPayment(outcome.order, outcome.raw, client.live);
        if (outcome.kind === "captured" || outcome.kind === "already_captured") {
          const again = await client.orders.get(providerRef);
          return toProviderPayment(again.data, again.raw, client.live);
        }
      } catch (error) {
        // The state we have is still true (approved, not captured): report it; the next call retries.
        log.warn("paypal", "capture of an approved order failed; reporting it as pending", { providerRef, error });
      }
    }
    return toProviderPayment(data, raw, client.live);
  }

  /** The PayPal order a capture belongs to: our records first, then the event's hint, then PayPal. */
  async function orderIdForCapture(client: PayPalClient, captureId: string, hintedOrderId: string | null): Promise<string | null> {
    const db = await getDb();
    const [ours] = await db
      .select({ ref: payments.providerRef })
      .from(payments)
      .where(and(eq(payments.provider, "paypal"), eq(payments.transactionId, captureId)));
    if (ours?.ref) return ours.ref;
    if (hintedOrderId) return hintedOrderId;
    const { data } = await client.captures.get(captureId);
    const up = data.links?.find((l) => l.rel === "up")?.href;
    const m = up ? /\/v2\/checkout\/orders\/([^/?#]+)/.exec(up) : null;
    return m ? decodeURIComponent(m[1]!) : (data.supplementary_data?.related_ids?.order_id ?? null);
  }

  return {
    provider: "paypal",
    createOrder,

    async start(input: StartInput): Promise<StartResult> {
      // Through the shared flows (retry, payment links) there are no JS buttons: the buyer is
      // redirected to PayPal's approval page and comes back to our return URL, which reconciles
      // (and so captures, see fetch).
      return (await createOrder({ ...input, redirectFlow: true })).result;
    },

    fetch: fetchPayment,

    async capture(providerRef, options = {}) {
      return captureApprovedOrder(makeClient(), providerRef, options);
    },

    /* Creation is idempotent (PayPal-Request-Id = our payment id): starting again returns the same order. */
    findStarted(): Promise<StartResult | null> {
      return Promise.resolve(null);
    },

    /* An intent=CAPTURE order cannot be voided through the API; unapproved, it expires by itself (3 h). */
    cancel(): Promise<void> {
      return Promise.resolve();
    },

    async refund(providerRef: string, amountCents: Cents, idempotencyKey: string): Promise<ProviderRefund> {
      const client = makeClient();
      const { data: order } = await client.orders.get(providerRef);
      const capture = captureOf(order);
      if (!capture) throw new GatewayError("not_allowed", "PayPal order has no capture to refund", { provider: "paypal" });
      const currency = capture.amount?.currency_code ?? "EUR";
      const { data } = await client.captures.refund(
        capture.id,
        { amount: toPayPalMoney(amountCents, currency), note_to_payer: `Remboursement ${env.merchant.name}`.slice(0, 255) },
        { requestId: requestIds.refund(idempotencyKey) },
      );
      const status = data.status === "COMPLETED" ? "completed" : data.status === "PENDING" ? "pending" : "failed";
      return { refundRef: data.id, amountCents, status };
    },

    isLiveMode(): boolean {
      return isLivePayPalApi(env.paypal.apiUrl);
    },

    redirectAllowed(url: string): boolean {
      return isAllowedRedirect(url, approvalHosts(), { allowHttp: env.paypal.sandbox });
    },

    notificationKey(rawBody: string): string {
      return paypalNotificationKey(rawBody);
    },

    /*
     * Authenticates the delivery (signature), then extracts only the id of the PayPal order it is
     * about. The state always comes from re-fetching that order (reconcilePayment → fetch).
     */
    async verifyNotification(rawBody: string, headers: Headers): Promise<VerifiedNotification> {
      let json: unknown;
      try {
        json = JSON.parse(rawBody);
      } catch {
        return { kind: "malformed", reason: "invalid JSON" };
      }
      const envelope = paypalWebhookEnvelopeSchema.safeParse(json);
      if (!envelope.success) return { kind: "malformed", reason: "not a webhook event" };

      const verification = await verifyPayPalWebhook(headers, rawBody, {
        mode: env.paypal.webhookVerification,
        webhookId: env.paypal.webhookId,
        sandbox: env.paypal.sandbox,
        shopOrigin: env.appUrl,
        client: makeClient,
      });
      if (!verification.ok) {
        if (verification.transient) {
          // Genuine or not, we could not tell: 5xx so that PayPal delivers it again.
          throw new GatewayError("provider_unreachable", `webhook signature could not be checked (${verification.reason})`, { provider: "paypal" });
        }
        return { kind: "malformed", reason: `signature: ${verification.reason}` };
      }

      const { event_type: type, resource } = envelope.data;
      const client = makeClient();
      if (!SUPPORTED_EVENTS.has(type)) return { kind: "ignored", resourceId: typeof resource.id === "string" ? resource.id : null, reason: `event ${type.slice(0, 60)} not used` };
      try {
        if (type.startsWith("CHECKOUT.ORDER.")) {
          const orderId = typeof resource.id === "string" ? resource.id : null;
          if (!orderId) return { kind: "malformed", reason: "order event without resource id" };
          if (type === "CHECKOUT.ORDER.APPROVED") {
            // A new approval (possibly after a declined instrument): worth one explicit capture
            // attempt, in case the buyer's browser never came back to capture.
            const outcome = await captureApprovedOrder(client, orderId);
            if (outcome.kind === "not_ours") return { kind: "ignored", resourceId: orderId, reason: `not ours: ${outcome.reason}` };
          }
          return { kind: "payment", resourceId: orderId, providerRef: orderId };
        }
        if (type === "PAYMENT.CAPTURE.REFUNDED" || type === "PAYMENT.CAPTURE.REVERSED") {
          const refund = paypalRefundSchema.safeParse(resource);
          const captureId = refund.success ? captureIdFromRefundLinks(refund.data.links) : null;
          // Some reversals carry the capture itself rather than a refund.
          const capture = captureId ? null : paypalCaptureSchema.safeParse(resource);
          const id = captureId ?? (capture?.success ? capture.data.id : null);
          if (!id) return { kind: "malformed", reason: "refund event without its capture" };
          const orderId = await orderIdForCapture(client, id, capture?.success ? (capture.data.supplementary_data?.related_ids?.order_id ?? null) : null);
          return orderId ? { kind: "payment", resourceId: id, providerRef: orderId } : { kind: "ignored", resourceId: id, reason: "capture without order" };
        }
        const capture = paypalCaptureSchema.safeParse(resource);
        if (!capture.success) return { kind: "malformed", reason: "capture event without a capture" };
        const orderId = await orderIdForCapture(client, capture.data.id, capture.data.supplementary_data?.related_ids?.order_id ?? null);
        return orderId ? { kind: "payment", resourceId: capture.data.id, providerRef: orderId } : { kind: "ignored", resourceId: capture.data.id, reason: "capture without order" };
      } catch (error) {
        if (isGatewayError(error) && error.code === "not_found") return { kind: "ignored", resourceId: typeof resource.id === "string" ? resource.id : null, reason: "unknown to PayPal" };
        throw error;
      }
    },
  };
}

/** The gateway configured from lib/shared/env.ts (read at each call: cheap, and tests change the base URL). */
export function paypalGateway(): PayPalGateway {
  return createPayPalGateway();
}
