import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import type { Cents } from "@/lib/shared/money";
import { GatewayError, isGatewayError } from "@/lib/providers/errors";
import type { CaptureResult, CreatedPayment, CreatePaymentInput, PaymentGateway, ProviderPayment, ProviderRefund, VerifiedNotification } from "@/lib/providers/types";
import { isAllowedRedirect } from "@/lib/providers/redirect-check";
import { buildCreateInstallmentPlanBody, buildCreatePaymentBody, toProviderInstalmentPlan, toProviderPayment } from "./adapter";
import { payplugClient, type PayPlugClient } from "./client";
import { PAYPLUG_ID_SHAPES, readPayplugNotificationBody } from "./notification-body";
import type { PayPlugPayment } from "./schemas";

// How far back findCreated looks when PayPlug's answer to a create was lost (pages of the list).
const LOOKUP_PAGES = 5;
const LOOKUP_PER_PAGE = 50;

function createdPaymentOf(p: PayPlugPayment): CreatedPayment {
  return { providerRef: p.id, redirectUrl: p.hosted_payment?.payment_url ?? undefined, live: p.is_live };
}

export function createPayPlugGateway(client: PayPlugClient = payplugClient()): PaymentGateway {
  return {
    provider: "payplug",

    async create(input: CreatePaymentInput): Promise<CreatedPayment> {
      const body = buildCreatePaymentBody(input, `${env.merchant.name} – commande ${input.order.reference}`);
      const { data } = await client.payments.create(body);
      return createdPaymentOf(data);
    },

    async retrieve(providerRef: string): Promise<ProviderPayment> {
      const { data, raw } = await client.payments.retrieve(providerRef);
      return toProviderPayment(data, raw);
    },

    /*
     * The shop creates immediate payments (captured by PayPlug when the payer pays); a deferred
     * payment the payer authorised is captured with PATCH {"captured": true}. PayPlug has no
     * idempotency key: reading first makes a replay answer "already captured".
     */
    async capture(providerRef: string): Promise<CaptureResult> {
      const { data } = await client.payments.retrieve(providerRef);
      if (data.is_paid) return { kind: "already_captured" };
      if (data.failure || !data.authorization?.authorized_at) return { kind: "not_approved", status: data.failure ? `failure:${data.failure.code}` : "not_authorized" };
      const captured = await client.payments.capture(providerRef);
      return { kind: "captured", payment: toProviderPayment(captured.data, captured.raw) };
    },

    /*
     * PayPlug has no idempotency key: after a create whose answer we never got, the only way to
     * know whether it exists is to list recent payments and match our payment id in metadata.
     * The list's order is not documented (it looks newest first); we read a few pages and stop
     * early once every payment on a page is older than our attempt.
     */
    async findCreated({ paymentId, createdAfter }): Promise<CreatedPayment | null> {
      const since = Math.floor(createdAfter.getTime() / 1000) - 120;
      for (let page = 0; page < LOOKUP_PAGES; page++) {
        const { data } = await client.payments.list({ page, perPage: LOOKUP_PER_PAGE });
        const found = data.data.find((p) => p.metadata?.payment_id === paymentId);
        if (found) return createdPaymentOf(found);
        if (data.data.length < LOOKUP_PER_PAGE) return null;
        if (data.data.every((p) => p.created_at < since)) return null;
      }
      log.warn("payplug", "findCreated gave up after the lookup window", { paymentId });
      return null;
    },

    async cancel(providerRef: string): Promise<void> {
      try {
        await client.payments.abort(providerRef);
      } catch (error) {
        // Already paid, failed or aborted: PayPlug answers 403/404 and there is nothing to stop.
        if (isGatewayError(error) && (error.code === "not_allowed" || error.code === "not_found")) return;
        throw error;
      }
    },

    async refund(providerRef: string, amountCents: Cents, idempotencyKey: string): Promise<ProviderRefund> {
      // No idempotency header at PayPlug: the key goes in metadata so the refund can be recognised
      // in the refunds list (and its notification echo) if the answer is lost.
      const { data: existing } = await client.refunds.list(providerRef);
      const already = existing.data.find((r) => r.metadata?.idempotency_key === idempotencyKey);
      if (already) return { refundRef: already.id, amountCents: already.amount, status: "completed" };
      const { data } = await client.refunds.create(providerRef, { amount: amountCents, metadata: { idempotency_key: idempotencyKey, refund_from: "caisse" } });
      return { refundRef: data.id, amountCents: data.amount, status: "completed" };
    },

    /* PayPlug payments are not captured separately from their payment: the payment is the transaction. */
    paymentRefOfCapture(captureId: string): Promise<string | null> {
      return Promise.resolve(captureId.startsWith("pay_") ? captureId : null);
    },

    /* The configured mode (a live key on PayPlug's API), decided at start-up in lib/shared/env.ts. */
    isLiveMode(): boolean {
      return env.payplug.mode === "live";
    },

    redirectAllowed(url: string): boolean {
      return isAllowedRedirect(url, env.payplug.hostedPageHosts, { allowHttp: env.payplug.sandbox });
    },

    notificationKey(rawBody: string): string {
      return payplugNotificationKey(rawBody);
    },

    instalmentPlans: {
      async create(input) {
        const { data } = await client.installmentPlans.create(buildCreateInstallmentPlanBody(input));
        if (!data.hosted_payment?.payment_url) throw new GatewayError("invalid_response", "PayPlug answered a plan without a payment page", { provider: "payplug" });
        return { planRef: data.id, redirectUrl: data.hosted_payment.payment_url, live: data.is_live };
      },
      async retrieve(planRef) {
        return toProviderInstalmentPlan((await client.installmentPlans.retrieve(planRef)).data);
      },
      /* PATCH {"aborted": true}: every charge still to come is cancelled (spec §8). Aborted already: the same plan. */
      async abort(planRef) {
        return toProviderInstalmentPlan((await client.installmentPlans.abort(planRef)).data);
      },
    },

    /*
     * PayPlug notifications are not signed (spec §9): the body is only a hint. We read its type
     * and id, then re-fetch that object with our secret key; only the re-fetched object counts.
     */
    async verifyNotification(rawBody: string): Promise<VerifiedNotification> {
      const read = readPayplugNotificationBody(rawBody);
      if (!read.ok) return { kind: "malformed", reason: read.reason };
      const { object, id, payment_id } = read.body;
      try {
        if (object === "payment") {
          if (!PAYPLUG_ID_SHAPES.payment.test(id)) return { kind: "ignored", resourceId: id, reason: "not a payment id" };
          const { data, raw } = await client.payments.retrieve(id);
          return { kind: "payment", resourceId: id, providerRef: data.id, payment: toProviderPayment(data, raw) };
        }
        if (object === "refund") {
          if (!payment_id) return { kind: "malformed", reason: "refund without payment_id" };
          const { data } = await client.refunds.retrieve(payment_id, id);
          return { kind: "payment", resourceId: id, providerRef: data.payment_id };
        }
        if (object === "installment_plan") {
          const { data } = await client.installmentPlans.retrieve(id);
          const paymentRefs = data.schedule.flatMap((s) => s.payment_ids ?? []);
          return { kind: "plan", resourceId: id, paymentRefs, ourPaymentId: typeof data.metadata?.payment_id === "string" ? data.metadata.payment_id : null };
        }
        return { kind: "ignored", resourceId: id, reason: `unknown object type ${object.slice(0, 40)}` };
      } catch (error) {
        if (isGatewayError(error) && error.code === "not_found") return { kind: "ignored", resourceId: id, reason: "unknown to PayPlug" };
        throw error;
      }
    },
  };
}

/**
 * PayPlug notifications carry no event id: the key is the resource id read from the (untrusted)
 * body plus a hash of the whole body. The same state of the same object delivered twice gives the
 * same key (a duplicate, counted in provider_events.deliveries); a new state gives a new key.
 */
export function payplugNotificationKey(rawBody: string): string {
  const hash = createHash("sha256").update(rawBody, "utf8").digest("hex").slice(0, 40);
  let id = "unreadable";
  try {
    const parsed: unknown = JSON.parse(rawBody);
    const candidate = parsed && typeof parsed === "object" ? (parsed as { id?: unknown }).id : undefined;
    if (typeof candidate === "string" && /^[A-Za-z0-9_]{1,100}$/.test(candidate)) id = candidate;
  } catch {
    // Malformed: stored under its hash, answered 400.
  }
  return `${id}:${hash}`;
}

/** The gateway configured from lib/shared/env.ts (read at each call: cheap, and tests change the base URL). */
export function payplugGateway(): PaymentGateway {
  return createPayPlugGateway();
}
