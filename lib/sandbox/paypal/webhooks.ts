import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { runInBackground } from "../background";
import { deliverDueDeliveries, enqueueDelivery, listDeliveries, type DeliveryRow } from "../deliveries";
import { sandboxWarn } from "../log";
import { sameOrigin } from "../origin";
import { sandboxObjects } from "@/lib/db/sandbox-schema";
import { findObject, insertObject } from "../store";
import { newEventId, newTransmissionId } from "./ids";
import { MODE, nowIso, objectKey, type WebhookTarget } from "./model";
import { AUTH_ALGO, certUrl, getSigningIdentity, signWebhook } from "./signing";
import { PROVIDER, readSwitches } from "./switches";

/*
 * Outgoing webhooks, as PayPal sends them: an event envelope (id WH-…, event_type, resource …)
 * POSTed as JSON with the five PAYPAL-* transmission headers, signed with the emulator's key.
 * Every event is stored (so it can be fetched and resent) and queued in sandbox.deliveries in the
 * same transaction as the change it reports; the emulators' one delivery mechanism
 * (../deliveries.ts) sends it and retries on any non-2xx with backoff.
 *
 * Each delivery is signed once, when queued, and every retry re-sends that same transmission (id,
 * time, signature), as PayPal does; a duplicate (switch duplicateWebhooks) or a resend is a new
 * transmission with its own id and signature.
 */

export type EventType =
  | "CHECKOUT.ORDER.APPROVED"
  | "PAYMENT.CAPTURE.COMPLETED"
  | "PAYMENT.CAPTURE.PENDING"
  | "PAYMENT.CAPTURE.DENIED"
  | "PAYMENT.CAPTURE.DECLINED"
  | "PAYMENT.CAPTURE.REFUNDED"
  | "PAYMENT.CAPTURE.REVERSED"
  | "CUSTOMER.DISPUTE.CREATED"
  | "CUSTOMER.DISPUTE.UPDATED"
  | "CUSTOMER.DISPUTE.RESOLVED";

export type WebhookEvent = {
  id: string;
  event_version: "1.0";
  create_time: string;
  resource_type: "checkout-order" | "capture" | "refund" | "dispute";
  /** Orders and payments v2 events say "2.0"; dispute events carry no resource version. */
  resource_version?: "2.0";
  event_type: EventType;
  summary: string;
  resource: Record<string, unknown>;
  links: { href: string; rel: string; method: string }[];
};

/** PayPal retries each delivery up to 25 times over 3 days; the emulator keeps the count, shortens the start. */
const FIRST_RETRY_DELAYS_MS = [10_000, 30_000, 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 3600_000, 2 * 3600_000];
export const MAX_ATTEMPTS = 25;
/** Wait after the 1st, 2nd, … failed attempt: the delays above, then every 3 h, 24 retries in all. */
export const RETRY_SCHEDULE_MS: readonly number[] = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => FIRST_RETRY_DELAYS_MS[i] ?? 3 * 3600_000);
const TIMEOUT_MS = 10_000;

/** Stores the event and queues its signed delivery (plus duplicates, or a drop, per the switches). */
export async function enqueueWebhook(
  ex: Executor,
  input: { eventType: EventType; resourceType: WebhookEvent["resource_type"]; summary: string; resource: Record<string, unknown>; baseUrl: string; target: WebhookTarget },
): Promise<WebhookEvent> {
  const id = newEventId();
  const eventUrl = `${input.baseUrl}/v1/notifications/webhooks-events/${id}`;
  const event: WebhookEvent = {
    id,
    event_version: "1.0",
    create_time: nowIso(),
    resource_type: input.resourceType,
    ...(input.resourceType === "dispute" ? {} : { resource_version: "2.0" as const }),
    event_type: input.eventType,
    summary: input.summary,
    resource: input.resource,
    links: [
      { href: eventUrl, rel: "self", method: "GET" },
      { href: `${eventUrl}/resend`, rel: "resend", method: "POST" },
    ],
  };
  await insertObject(ex, { ...objectKey("event", id), mode: MODE, data: { event, baseUrl: input.baseUrl, target: input.target } });
  const switches = await readSwitches(ex);
  await queueDeliveries(ex, event, input.baseUrl, input.target, { copies: 1 + switches.duplicateWebhooks, dropped: switches.dropWebhooks });
  return event;
}

/**
 * Where a webhook goes: the shop's endpoint, or the webhookUrl switch when it is on the shop's own
 * origin (the control endpoint refuses any other; this also ignores one stored by an older version).
 */
function destination(target: WebhookTarget, switchUrl: string | null): string {
  return switchUrl && sameOrigin(switchUrl, target.url) ? switchUrl : target.url;
}

async function queueDeliveries(
  ex: Executor,
  event: WebhookEvent,
  baseUrl: string,
  target: WebhookTarget,
  opts: { copies: number; dropped: boolean },
): Promise<void> {
  const identity = await getSigningIdentity(ex);
  const body = JSON.stringify(event);
  const url = destination(target, (await readSwitches(ex)).webhookUrl);
  for (let i = 0; i < opts.copies; i++) {
    const transmissionId = newTransmissionId();
    const transmissionTime = new Date().toISOString();
    await enqueueDelivery(ex, {
      provider: PROVIDER,
      url,
      body,
      objectId: event.id,
      headers: {
        "content-type": "application/json",
        "user-agent": "PayPal/AUHD-214.0-58843315",
        "paypal-transmission-id": transmissionId,
        "paypal-transmission-time": transmissionTime,
        "paypal-transmission-sig": signWebhook(identity.privateKeyPem, transmissionId, transmissionTime, target.webhookId, body),
        "paypal-cert-url": certUrl(baseUrl, identity.certId),
        "paypal-auth-algo": AUTH_ALGO,
        "correlation-id": transmissionId.slice(0, 13),
      },
      dropped: opts.dropped ? "dropped by fault injection (dropWebhooks)" : false,
    });
  }
}

/** Sends an already stored event again (POST /v1/notifications/webhooks-events/{id}/resend). */
export async function resendWebhook(ex: Executor, eventId: string): Promise<WebhookEvent | null> {
  const stored = await findStoredEvent(ex, eventId);
  if (!stored) return null;
  await queueDeliveries(ex, stored.event, stored.baseUrl, stored.target, { copies: 1, dropped: false });
  return stored.event;
}

type StoredEvent = { event: WebhookEvent; baseUrl: string; target: WebhookTarget };
export async function findStoredEvent(ex: Executor, eventId: string): Promise<StoredEvent | null> {
  return (await findObject<StoredEvent>(ex, objectKey("event", eventId), MODE))?.data ?? null;
}

/** Tries the first delivery right away, after the caller's transaction committed. The job retries anything missed. */
export function kickPaypalDeliveries(): void {
  runInBackground(
    () => deliverQueuedWebhooks(),
    (error) => sandboxWarn("sandbox.paypal", "immediate webhook delivery failed", error),
  );
}

export type DeliveryReport = { attempted: number; delivered: number; failed: number };

/**
 * Sends the webhooks that are due through the shared mechanism (claimed with SKIP LOCKED, so
 * several instances never send one twice), newest first with reorderWebhooks, none with holdWebhooks.
 */
export async function deliverQueuedWebhooks(opts: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const switches = await readSwitches(await getDb());
  const report: DeliveryReport = { attempted: 0, delivered: 0, failed: 0 };
  if (switches.holdWebhooks) return report;
  const attempts = await deliverDueDeliveries({
    provider: PROVIDER,
    retryScheduleMs: RETRY_SCHEDULE_MS,
    timeoutMs: TIMEOUT_MS,
    now: opts.now,
    limit: opts.limit,
    newestFirst: switches.reorderWebhooks,
  });
  for (const a of attempts) {
    report.attempted++;
    if (a.outcome === "delivered") report.delivered++;
    else report.failed++;
  }
  return report;
}

/** Deliveries of the emulator, newest first (for tests and the control endpoint). */
export async function listPaypalDeliveries(ex: Executor, limit = 50): Promise<DeliveryRow[]> {
  return listDeliveries(ex, PROVIDER, { newestFirst: true, limit });
}

/** Ids of captures still PENDING whose settle time has come. */
export async function dueSettlements(ex: Executor, now: Date): Promise<string[]> {
  const rows = await ex
    .select({ id: sandboxObjects.id })
    .from(sandboxObjects)
    .where(
      and(
        eq(sandboxObjects.provider, PROVIDER),
        eq(sandboxObjects.kind, "capture"),
        sql`${sandboxObjects.data}->>'status' = 'PENDING'`,
        sql`(${sandboxObjects.data}->'emulator'->'settle'->>'at')::timestamptz <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(50);
  return rows.map((r) => r.id);
}
