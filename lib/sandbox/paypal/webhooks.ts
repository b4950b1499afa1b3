import "server-only";
import { and, asc, desc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { runInBackground } from "../background";
import { sandboxDeliveries, sandboxObjects } from "../schema";
import { findObject, insertObject } from "../store";
import { newEventId, newTransmissionId } from "./ids";
import { MODE, nowIso, objectKey, type WebhookTarget } from "./model";
import { AUTH_ALGO, certUrl, getSigningIdentity, signWebhook } from "./signing";
import { PROVIDER, readSwitches } from "./switches";

/*
 * Outgoing webhooks, as PayPal sends them: an event envelope (id WH-…, event_type, resource …)
 * POSTed as JSON with the five PAYPAL-* transmission headers, signed with the emulator's key.
 * Every event is stored (so it can be fetched and resent) and queued in sandbox.deliveries in the
 * same transaction as the change it reports; delivery retries on any non-2xx with backoff.
 */

export type EventType =
  | "CHECKOUT.ORDER.APPROVED"
  | "PAYMENT.CAPTURE.COMPLETED"
  | "PAYMENT.CAPTURE.PENDING"
  | "PAYMENT.CAPTURE.DENIED"
  | "PAYMENT.CAPTURE.DECLINED"
  | "PAYMENT.CAPTURE.REFUNDED"
  | "PAYMENT.CAPTURE.REVERSED";

export type WebhookEvent = {
  id: string;
  event_version: "1.0";
  create_time: string;
  resource_type: "checkout-order" | "capture" | "refund";
  resource_version: "2.0";
  event_type: EventType;
  summary: string;
  resource: Record<string, unknown>;
  links: { href: string; rel: string; method: string }[];
};

/** PayPal's retry schedule is 25 attempts over 3 days; the emulator keeps the count, shortens the start. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 3600_000, 2 * 3600_000, 3 * 3600_000];
export const MAX_ATTEMPTS = 25;
// Much longer than a delivery can take (TIMEOUT_MS), so a claimed row is never sent twice.
const LEASE_MS = 5 * 60_000;
const TIMEOUT_MS = 10_000;

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)] ?? 3 * 3600_000;
}

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
    resource_version: "2.0",
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

async function queueDeliveries(
  ex: Executor,
  event: WebhookEvent,
  baseUrl: string,
  target: WebhookTarget,
  opts: { copies: number; dropped: boolean },
): Promise<void> {
  const identity = await getSigningIdentity(ex);
  const body = JSON.stringify(event);
  const url = (await readSwitches(ex)).webhookUrl ?? target.url;
  for (let i = 0; i < opts.copies; i++) {
    const transmissionId = newTransmissionId();
    const transmissionTime = new Date().toISOString();
    await ex.insert(sandboxDeliveries).values({
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
      ...(opts.dropped ? { abandonedAt: new Date(), lastError: "dropped by fault injection (dropWebhooks)" } : {}),
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
    (error) => console.error("[sandbox/paypal] webhook delivery failed", error),
  );
}

export type DeliveryReport = { attempted: number; delivered: number; failed: number };

/** Sends the webhooks that are due (claims them first, so several instances never send one twice). */
export async function deliverQueuedWebhooks(opts: { now?: Date; limit?: number } = {}): Promise<DeliveryReport> {
  const db = await getDb();
  const now = opts.now ?? new Date();
  const switches = await readSwitches(db);
  const report: DeliveryReport = { attempted: 0, delivered: 0, failed: 0 };
  if (switches.holdWebhooks) return report;
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: sandboxDeliveries.id })
      .from(sandboxDeliveries)
      .where(
        and(
          eq(sandboxDeliveries.provider, PROVIDER),
          isNull(sandboxDeliveries.deliveredAt),
          isNull(sandboxDeliveries.abandonedAt),
          lte(sandboxDeliveries.nextAttemptAt, now),
        ),
      )
      .orderBy(switches.reorderWebhooks ? desc(sandboxDeliveries.id) : asc(sandboxDeliveries.id))
      .limit(opts.limit ?? 50)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    // A lease: if this process dies mid-delivery, the row is due again after it.
    return tx
      .update(sandboxDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(sandboxDeliveries.id, due.map((d) => d.id)))
      .returning();
  });
  claimed.sort((a, b) => (switches.reorderWebhooks ? b.id - a.id : a.id - b.id));
  // Sent one at a time, outside any transaction: the receiver may be this very process and its database.
  for (const row of claimed) {
    report.attempted++;
    const attempts = row.attempts + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(row.url, { method: "POST", headers: row.headers, body: row.body, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "manual" });
      status = response.status;
      await response.body?.cancel();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const ok = status !== null && status >= 200 && status < 300;
    if (ok) report.delivered++;
    else report.failed++;
    await db
      .update(sandboxDeliveries)
      .set({
        attempts,
        lastStatus: status,
        lastError: ok ? null : (error ?? `HTTP ${status}`),
        ...(ok
          ? { deliveredAt: new Date() }
          : attempts >= MAX_ATTEMPTS
            ? { abandonedAt: new Date() }
            : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
      })
      .where(eq(sandboxDeliveries.id, row.id));
  }
  return report;
}

/** Deliveries of the emulator, newest first (for tests and the switches endpoint). */
export async function listPaypalDeliveries(ex: Executor, limit = 50) {
  return ex.select().from(sandboxDeliveries).where(eq(sandboxDeliveries.provider, PROVIDER)).orderBy(desc(sandboxDeliveries.id)).limit(limit);
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
