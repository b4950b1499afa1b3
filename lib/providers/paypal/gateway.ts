import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import type { Cents } from "@/lib/shared/money";
import { PAYPAL_HOSTS } from "@/lib/shared/provider-hosts";
import { GatewayError, isGatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import { isAllowedRedirect } from "@/lib/providers/redirect-check";
import type { CaptureResult, CreatedPayment, CreatePaymentInput, PaymentGateway, ProviderPayment, ProviderRefund, VerifiedNotification } from "@/lib/providers/types";
import { approvalUrl, buildCreateOrderBody, captureIdFromRefundLinks, captureOf, toPayPalMoney, toProviderDispute, toProviderPayment } from "./adapter";
import { paypalClient, requestIds, type PayPalClient } from "./client";
import { isPayPalError, PayPalError, paypalErrorMessage } from "./errors";
import { paypalCaptureSchema, paypalDisputeSchema, paypalRefundSchema, paypalWebhookEnvelopeSchema, type PayPalDispute } from "./schemas";
import { verifyPayPalWebhook } from "./webhook-signature";

/**
 * PayPal behind the shop's PaymentGateway. The provider reference of a PayPal payment is the
 * PayPal ORDER id (what the buttons, the return URL and the order webhooks carry); the capture id
 * is the transaction id.
 *
 * PayPal differs from PayPlug in one way that matters: an APPROVED order is not paid until the
 * merchant captures it. `retrieve` only reports it (captureRequired); taking the money is the
 * explicit `capture`, which the shop calls from one use case (lib/use-cases/capture-paypal-approval.ts)
 * after checking the order is exactly ours.
 */

/** The webhook events the shop handles: what `npm run paypal:webhook` subscribes the shop's webhook to. */
export const PAYPAL_WEBHOOK_EVENTS = [
  "CHECKOUT.ORDER.APPROVED",
  "CHECKOUT.ORDER.COMPLETED",
  "PAYMENT.CAPTURE.COMPLETED",
  "PAYMENT.CAPTURE.PENDING",
  "PAYMENT.CAPTURE.DENIED",
  "PAYMENT.CAPTURE.DECLINED",
  "PAYMENT.CAPTURE.REFUNDED",
  "PAYMENT.CAPTURE.REVERSED",
  "CUSTOMER.DISPUTE.CREATED",
  "CUSTOMER.DISPUTE.UPDATED",
  "CUSTOMER.DISPUTE.RESOLVED",
] as const;
const SUPPORTED_EVENTS: ReadonlySet<string> = new Set(PAYPAL_WEBHOOK_EVENTS);

/**
 * Why re-fetching a dispute may be refused for good while its signed webhook is still genuine:
 * the REST app lacks the Disputes feature (403), the dispute is not readable with our credentials
 * (404), or the read itself is refused (4xx). Anything else (PayPal unreachable, a 5xx, an
 * unreadable answer) throws, and the notification is retried like the others.
 */
const DISPUTE_FETCH_REFUSALS: ReadonlySet<GatewayErrorCode> = new Set(["not_allowed", "not_found", "provider_rejected"]);

/**
 * Hosts the buyer's browser may be sent to for approval (the redirect flow of retries and payment
 * links): PayPal's site of the shop's mode, or the emulator's window on the shop's own host.
 */
function approvalHosts(): readonly string[] {
  return env.paypal.sandbox ? [new URL(env.appUrl).host] : PAYPAL_HOSTS[env.paypal.mode].checkout;
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

export function createPayPalGateway(makeClient: () => PayPalClient = () => paypalClient()): PaymentGateway {
  return {
    provider: "paypal",

    /*
     * The redirect flow (the shared paths — retry, payment links — have no JS buttons, and the
     * buttons hand the same order to the SDK): PayPal's approval page, then our return URL,
     * which reconciles. Creation is idempotent: PayPal-Request-Id is derived from our payment id.
     */
    async create(input: CreatePaymentInput): Promise<CreatedPayment> {
      const client = makeClient();
      const body = buildCreateOrderBody({
        paymentId: input.paymentId,
        attempt: input.attempt,
        amountCents: input.amountCents,
        currency: input.currency,
        order: input.order,
        merchantName: env.merchant.name,
        urls: { returnUrl: input.urls.returnUrl, cancelUrl: input.urls.cancelUrl },
      });
      const { data } = await client.orders.create(body, { requestId: requestIds.createOrder(input.paymentId) });
      return { providerRef: data.id, redirectUrl: approvalUrl(data) ?? undefined, live: client.live };
    },

    /* Creation is idempotent (PayPal-Request-Id = our payment id): creating again returns the same order. */
    findCreated(): Promise<CreatedPayment | null> {
      return Promise.resolve(null);
    },

    async retrieve(providerRef: string): Promise<ProviderPayment> {
      const client = makeClient();
      const { data, raw } = await client.orders.get(providerRef);
      return toProviderPayment(data, raw, client.live);
    },

    /*
     * The key is sent as PayPal-Request-Id, as is: the same key replays the same capture (a double
     * click, the webhook and the browser together, a retry after a timeout). A network failure, a
     * 5xx or the same capture still running at PayPal (DUPLICATE_REQUEST_ID) throw: the outcome is
     * unknown and the caller must not act as if nothing was captured.
     */
    async capture(providerRef: string, idempotencyKey: string): Promise<CaptureResult> {
      const client = makeClient();
      try {
        const { data, raw } = await client.orders.capture(providerRef, { requestId: idempotencyKey });
        if (data.purchase_units?.length) return { kind: "captured", payment: toProviderPayment(data, raw, client.live) };
        // A minimal representation: read the order for what was captured.
        const again = await client.orders.get(providerRef);
        return { kind: "captured", payment: toProviderPayment(again.data, again.raw, client.live) };
      } catch (error) {
        if (!isPayPalError(error) || error.retryable) throw error;
        switch (error.paypalCode) {
          case "order_already_captured":
            return { kind: "already_captured" };
          case "instrument_declined":
            return { kind: "declined", code: error.paypalCode, message: paypalErrorMessage(error), debugId: error.paypal.debugId ?? null };
          case "order_not_approved":
          case "order_expired":
          case "payer_action_required":
            return { kind: "not_approved", status: error.paypal.issue ?? "UNKNOWN" };
          case "duplicate_request":
            // The same capture is still running at PayPal (another caller's): its outcome is unknown.
            throw new PayPalError(error.code, error.message, { ...error.details, outcomeUnknown: true }, error.paypalCode, error.paypal);
          default:
            throw error;
        }
      }
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

    /** The PayPal order of a capture: its `up` link, else the related ids PayPal gives. */
    async paymentRefOfCapture(captureId: string): Promise<string | null> {
      const { data } = await makeClient().captures.get(captureId);
      const up = data.links?.find((l) => l.rel === "up")?.href;
      const m = up ? /\/v2\/checkout\/orders\/([^/?#]+)/.exec(up) : null;
      return m ? decodeURIComponent(m[1]!) : (data.supplementary_data?.related_ids?.order_id ?? null);
    },

    /* The configured mode (PayPal's live API), decided at start-up in lib/shared/env.ts. */
    isLiveMode(): boolean {
      return env.paypal.mode === "live";
    },

    redirectAllowed(url: string): boolean {
      return isAllowedRedirect(url, approvalHosts(), { allowHttp: env.paypal.sandbox });
    },

    notificationKey(rawBody: string): string {
      return paypalNotificationKey(rawBody);
    },

    /*
     * Authenticates the delivery (signature), then extracts only the id of the PayPal order it is
     * about. The state always comes from re-fetching that order (reconcilePayment → fetch). A
     * dispute is re-fetched here (refetchDispute), its signed body standing in when the API refuses.
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
        paymentMode: env.paypal.mode,
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
      if (!SUPPORTED_EVENTS.has(type)) return { kind: "ignored", resourceId: typeof resource.id === "string" ? resource.id : null, reason: `event ${type.slice(0, 60)} not used` };
      try {
        if (type.startsWith("CHECKOUT.ORDER.")) {
          const orderId = typeof resource.id === "string" ? resource.id : null;
          if (!orderId) return { kind: "malformed", reason: "order event without resource id" };
          // A new approval (possibly after a declined instrument) is worth one capture even after a
          // decline, in case the buyer's browser never came back to capture.
          return { kind: "payment", resourceId: orderId, providerRef: orderId, newApproval: type === "CHECKOUT.ORDER.APPROVED" };
        }
        if (type.startsWith("CUSTOMER.DISPUTE.")) {
          const signed = paypalDisputeSchema.safeParse(resource);
          if (!signed.success) return { kind: "malformed", reason: "dispute event without a dispute" };
          const dispute = await refetchDispute(makeClient(), signed.data);
          return { kind: "dispute", resourceId: dispute.dispute_id, dispute: toProviderDispute(dispute) };
        }
        if (type === "PAYMENT.CAPTURE.REFUNDED" || type === "PAYMENT.CAPTURE.REVERSED") {
          const refund = paypalRefundSchema.safeParse(resource);
          const captureId = refund.success ? captureIdFromRefundLinks(refund.data.links) : null;
          // Some reversals carry the capture itself rather than a refund.
          const capture = captureId ? null : paypalCaptureSchema.safeParse(resource);
          const id = captureId ?? (capture?.success ? capture.data.id : null);
          if (!id) return { kind: "malformed", reason: "refund event without its capture" };
          return { kind: "capture", resourceId: id, captureId: id, paymentRefHint: capture?.success ? (capture.data.supplementary_data?.related_ids?.order_id ?? null) : null };
        }
        const capture = paypalCaptureSchema.safeParse(resource);
        if (!capture.success) return { kind: "malformed", reason: "capture event without a capture" };
        return { kind: "capture", resourceId: capture.data.id, captureId: capture.data.id, paymentRefHint: capture.data.supplementary_data?.related_ids?.order_id ?? null };
      } catch (error) {
        if (isGatewayError(error) && error.code === "not_found") return { kind: "ignored", resourceId: typeof resource.id === "string" ? resource.id : null, reason: "unknown to PayPal" };
        throw error;
      }
    },
  };
}

/**
 * The dispute as PayPal's API shows it now, rather than as the event said it was: a late
 * redelivery then reports the current status. The signed body is authentic (PayPal's model), so
 * when the API refuses the read for good (app without the Disputes feature) it is used instead.
 */
async function refetchDispute(client: PayPalClient, signed: PayPalDispute): Promise<PayPalDispute> {
  try {
    const { data } = await client.disputes.get(signed.dispute_id);
    return data.dispute_id === signed.dispute_id ? data : signed;
  } catch (error) {
    if (!isGatewayError(error) || !DISPUTE_FETCH_REFUSALS.has(error.code)) throw error;
    log.info("paypal", "dispute re-fetch refused: using the signed event", { disputeId: signed.dispute_id, code: error.code });
    return signed;
  }
}

/** The gateway configured from lib/shared/env.ts (read at each call: cheap, and tests change the base URL). */
export function paypalGateway(): PaymentGateway {
  return createPayPalGateway();
}
