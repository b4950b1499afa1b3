import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { providerEvents, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { isGatewayError } from "@/lib/payments/errors";
import { findGateway } from "@/lib/payments/gateways";
import { reconcilePayment, type ReconcileResult } from "@/lib/payments/reconcile";

/**
 * The notification pipeline, the same for every provider (STYLE.md §3):
 *   raw body → store in the inbox (provider_events, unique on (provider, event key)) → authenticate
 *   (PayPlug: re-fetch by id; PayPal: signature) → reconcile → acknowledge.
 *
 * The HTTP status is a retry decision (STYLE.md §4):
 *   200 handled, or deliberately ignored (duplicate, unknown id, not ours, unknown type);
 *   400 malformed or unauthenticated: resending will not help;
 *   503/500 our side failed (database, provider unreachable for the re-fetch): please resend.
 */

export type NotificationOutcome = "processed" | "ignored" | "duplicate" | "rejected" | "failed";

const MAX_BODY_BYTES = 256 * 1024;
const KEPT_HEADERS = /^(content-type|content-length|user-agent|x-forwarded-for|x-real-ip|x-request-id|paypal-.*|payplug-.*)$/i;

function reply(status: number, outcome: NotificationOutcome, extra: Record<string, unknown> = {}): Response {
  return Response.json({ outcome, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

async function storeInInbox(provider: PaymentProvider, eventKey: string, headers: Record<string, string>, rawBody: string) {
  const db = await getDb();
  const [row] = await db
    .insert(providerEvents)
    .values({ provider, eventKey, headers, rawBody })
    .onConflictDoUpdate({
      target: [providerEvents.provider, providerEvents.eventKey],
      // Only the same bytes count as a redelivery.
      set: { deliveries: sql`case when ${providerEvents.rawBody} = excluded.raw_body then ${providerEvents.deliveries} + 1 else ${providerEvents.deliveries} end` },
    })
    .returning({ id: providerEvents.id, outcome: providerEvents.outcome, deliveries: providerEvents.deliveries, rawBody: providerEvents.rawBody });
  return row!;
}

export async function handlePaymentNotification(provider: PaymentProvider, request: Request): Promise<Response> {
  const gateway = findGateway(provider);
  if (!gateway) return reply(404, "rejected");
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody, "utf8") > MAX_BODY_BYTES) return reply(413, "rejected");

  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    if (KEPT_HEADERS.test(key)) headers[key] = value.slice(0, 2000);
  });
  const eventKey = gateway.notificationKey(rawBody, request.headers);

  // 1. Inbox first: nothing is lost, a redelivery is recognised and counted.
  let eventId: number;
  let previousOutcome: string | null = null;
  let deliveries = 1;
  try {
    let row = await storeInInbox(provider, eventKey, headers, rawBody);
    if (row.rawBody !== rawBody) {
      // Same event key, other bytes: not a redelivery (providers resend the same bytes) but a
      // different message claiming an existing id — possibly forged. Keep it in its own inbox row
      // and authenticate it like any other, instead of answering "duplicate".
      row = await storeInInbox(provider, `${eventKey}#${createHash("sha256").update(rawBody).digest("hex").slice(0, 32)}`, headers, rawBody);
    }
    eventId = row.id;
    previousOutcome = row.outcome;
    deliveries = row.deliveries;
  } catch (error) {
    log.error("notifications", "could not store the notification: asking for a resend", { provider, error });
    return reply(503, "failed");
  }

  // A redelivery of something already handled: nothing to do. One still in progress or that
  // failed is handled again (reconcile is idempotent, so concurrent copies are harmless).
  if (deliveries > 1 && (previousOutcome === "processed" || previousOutcome === "ignored")) {
    return reply(200, "duplicate");
  }

  const finish = async (outcome: Exclude<NotificationOutcome, "duplicate">, fields: { verified?: boolean; providerRef?: string | null; error?: string | null }) => {
    const db = await getDb();
    await db
      .update(providerEvents)
      .set({ outcome, verified: fields.verified ?? null, providerRef: fields.providerRef ?? null, error: fields.error ?? null, processedAt: new Date() })
      .where(eq(providerEvents.id, eventId));
  };

  try {
    // 2. Authenticate: only what the provider confirms counts.
    const verified = await gateway.verifyNotification(rawBody, request.headers);
    if (verified.kind === "malformed") {
      log.warn("notifications", "malformed notification", { provider, eventId, reason: verified.reason });
      await finish("rejected", { verified: false, error: verified.reason });
      return reply(400, "rejected");
    }
    if (verified.kind === "ignored") {
      log.info("notifications", "notification ignored", { provider, eventId, reason: verified.reason, resourceId: verified.resourceId });
      await finish("ignored", { verified: false, providerRef: verified.resourceId, error: verified.reason });
      return reply(200, "ignored");
    }

    // 3. Reconcile through the one path to the truth.
    const refs = verified.kind === "payment" ? [verified.providerRef] : verified.paymentRefs;
    const results: ReconcileResult[] = [];
    for (const ref of refs) results.push(await reconcilePayment(provider, ref, { source: "notification" }));
    const ours = results.filter((r) => r.outcome !== "not_ours" && r.outcome !== "unknown_to_provider");
    const outcome = ours.length ? "processed" : "ignored";
    await finish(outcome, {
      verified: true,
      providerRef: verified.kind === "payment" ? verified.providerRef : verified.resourceId,
      error: ours.length ? null : "not ours",
    });
    return reply(200, outcome);
  } catch (error) {
    const retryable = !isGatewayError(error) || error.retryable;
    log.error("notifications", "notification processing failed", { provider, eventId, error });
    await finish("failed", { error: error instanceof Error ? error.message.slice(0, 500) : "error" }).catch(() => undefined);
    return reply(retryable ? 503 : 500, "failed");
  }
}
