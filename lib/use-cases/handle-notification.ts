import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { payments, providerEvents, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { TransitionRefusedError } from "@/lib/orders/events";
import { isGatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import { findGateway, getGatewayOrThrow } from "@/lib/providers/registry";
import { reconcilePayment, type ReconcileResult } from "@/lib/use-cases/reconcile-payment";

/**
 * The notification pipeline, the same for every provider (STYLE.md §3):
 *   raw body → store in the inbox (provider_events, unique on (provider, event key)) → authenticate
 *   (PayPlug: re-fetch by id; PayPal: signature) → reconcile → acknowledge.
 *
 * The HTTP status is a retry decision (STYLE.md §4):
 *   200 handled, or deliberately ignored (duplicate, unknown id, not ours, unknown type);
 *   400 malformed or unauthenticated: resending will not help;
 *   413 too large to be a notification;
 *   422 authentic, but processing fails in a way the same message will fail again (named below);
 *   503 something that may work later failed (named below): please resend.
 * Both providers resend any 5xx for days, so a 5xx must mean "retrying can help". PayPal also
 * resends every other non-2xx (for about 3 days, specs/paypal.md): a 422 would only bring the same
 * failure back 25 times. So for PayPal an unretryable failure is answered 200, "failed": the
 * inbox row says what failed, and an admin replays it once the cause is fixed. PayPlug does not
 * resend a 4xx: it keeps its 422. Whatever the answer, the raw message stays in the inbox.
 */

/** Why processing an authentic notification failed, and so whether the provider should resend it. */
export type NotificationFailureCase =
  /** The provider could not be reached for the re-fetch (network, timeout, its 5xx or 429). */
  | "provider_unreachable"
  /** The provider answered something we could not read: often a transient proxy or error page. */
  | "provider_answer_unreadable"
  /** Our API credentials were refused: a configuration fix makes the next delivery work. */
  | "credentials_refused"
  /** Our database or an unexpected error on our side: worth another delivery. */
  | "our_side_failed"
  /** The provider refuses our re-fetch of this very resource (400/409/422/403): the same again. */
  | "provider_refuses_request"
  /** The resource vanished at the provider between authentication and re-fetch. */
  | "unknown_to_provider"
  /** The order's state machine refuses the change: a redelivery is refused the same way. */
  | "transition_refused";

/** How a provider's notification sender treats a 4xx: resent like a 5xx, or dropped. */
const RESENDS_ANY_NON_2XX: Readonly<Record<PaymentProvider, boolean>> = { payplug: false, paypal: true };

const FAILURE_STATUS: Readonly<Record<NotificationFailureCase, 422 | 503>> = {
  provider_unreachable: 503,
  provider_answer_unreadable: 503,
  credentials_refused: 503,
  our_side_failed: 503,
  provider_refuses_request: 422,
  unknown_to_provider: 422,
  transition_refused: 422,
};

/**
 * The named case of a processing error and its HTTP status for this provider: 503 when a resend
 * can help, else 422 — or 200 for a provider that would resend a 422 anyway. Pure, unit-tested.
 */
export function notificationFailureStatus(provider: PaymentProvider, error: unknown): { failure: NotificationFailureCase; status: 200 | 422 | 503 } {
  const { failure, status } = classifyNotificationFailure(error);
  return { failure, status: status === 422 && RESENDS_ANY_NON_2XX[provider] ? 200 : status };
}

/** The named case of a processing error and its HTTP status. Pure, unit-tested. */
export function classifyNotificationFailure(error: unknown): { failure: NotificationFailureCase; status: 422 | 503 } {
  let failure: NotificationFailureCase = "our_side_failed";
  if (error instanceof TransitionRefusedError) failure = "transition_refused";
  else if (isGatewayError(error)) {
    const byCode = {
      provider_unreachable: "provider_unreachable",
      provider_unavailable: "provider_unreachable",
      invalid_response: "provider_answer_unreadable",
      provider_auth: "credentials_refused",
      provider_rejected: "provider_refuses_request",
      not_allowed: "provider_refuses_request",
      not_found: "unknown_to_provider",
    } as const satisfies Record<GatewayErrorCode, NotificationFailureCase>;
    failure = byCode[error.code];
  }
  return { failure, status: FAILURE_STATUS[failure] };
}

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

/**
 * The provider payment a capture belongs to: our records first (we stored the capture id as the
 * transaction id), then what the signed event says, then the provider itself. Null: not one we
 * can place.
 */
async function paymentRefOfCapture(provider: PaymentProvider, captureId: string, hint: string | null): Promise<string | null> {
  const db = await getDb();
  const [ours] = await db
    .select({ ref: payments.providerRef })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.transactionId, captureId)));
  if (ours?.ref) return ours.ref;
  if (hint) return hint;
  try {
    return await getGatewayOrThrow(provider).paymentRefOfCapture(captureId);
  } catch (error) {
    if (isGatewayError(error) && error.code === "not_found") return null;
    throw error;
  }
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

    // 3. Which of our payments it is about (a capture event names the capture, not the order).
    let refs: string[];
    if (verified.kind === "capture") {
      const ref = await paymentRefOfCapture(provider, verified.captureId, verified.paymentRefHint);
      if (!ref) {
        await finish("ignored", { verified: true, providerRef: verified.resourceId, error: "capture without order" });
        return reply(200, "ignored");
      }
      refs = [ref];
    } else {
      refs = verified.kind === "payment" ? [verified.providerRef] : verified.paymentRefs;
    }

    // 4. Reconcile through the one path to the truth.
    const results: ReconcileResult[] = [];
    for (const ref of refs) {
      results.push(await reconcilePayment(provider, ref, { source: "notification", newApproval: verified.kind === "payment" && verified.newApproval === true }));
    }
    const ours = results.filter((r) => r.outcome !== "not_ours" && r.outcome !== "unknown_to_provider");
    const outcome = ours.length ? "processed" : "ignored";
    await finish(outcome, {
      verified: true,
      providerRef: verified.kind === "plan" ? verified.resourceId : refs[0],
      error: ours.length ? null : "not ours",
    });
    return reply(200, outcome);
  } catch (error) {
    const { failure, status } = notificationFailureStatus(provider, error);
    log.error("notifications", "notification processing failed", { provider, eventId, failure, status, error });
    const detail = error instanceof Error ? error.message : "error";
    await finish("failed", { error: `${failure}: ${detail}`.slice(0, 500) }).catch(() => undefined);
    return reply(status, "failed", { failure });
  }
}
