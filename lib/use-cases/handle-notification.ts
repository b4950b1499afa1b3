import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/lib/db/client";
import { accountPayments, payments, providerEvents, type PaymentProvider } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { metrics } from "@/lib/shared/metrics";
import { readBodyWithinLimit } from "@/lib/shared/read-body";
import { trustedClientAddress } from "@/lib/auth/rate-limit";
import { TransitionRefusedError } from "@/lib/orders/events";
import { PROVIDER_NAMES } from "@/lib/payments/labels";
import { isGatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import { findGateway, getGatewayOrThrow } from "@/lib/providers/registry";
import type { PaymentGateway } from "@/lib/providers/types";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";
import { screenNotification } from "@/lib/use-cases/notification-screen";
import { reconcilePayment, type ReconcileResult } from "@/lib/use-cases/reconcile-payment";
import { recordDispute } from "@/lib/use-cases/record-dispute";

/**
 * The notification pipeline, the same for every provider (STYLE.md §3):
 *   raw body (at most MAX_BODY_BYTES, read as a stream) → screen (PayPlug: the id's shape, ids
 *   found not ours before, per-source limits; no provider call) → store in the inbox
 *   (provider_events, unique on (provider, event key)) → authenticate (PayPlug: re-fetch by id;
 *   PayPal: signature) → reconcile (a dispute: record it on the order) → acknowledge. A failure that may pass is retried by the
 *   inbox job (retry-notifications.ts) with backoff; after NOTIFICATION_MAX_ATTEMPTS, or at once
 *   when retrying cannot help, an admin is alerted. Nothing is acknowledged and dropped.
 *
 * Unauthenticated traffic (PayPlug's notifications are unsigned, specs/payplug.md §9) must not
 * fill the inbox nor spend the merchant's PayPlug quota: a body of the wrong shape is refused
 * before any provider call and leaves only a small record; a well-formed id that is not in our
 * records is re-fetched once (PayPlug creates ids we never stored: a plan's later instalments, a
 * refund made in its dashboard), and if it proves not ours that verdict is remembered, so the
 * same id is never fetched again. Only sources whose ids proved not ours are limited: PayPlug's
 * own bursts are about our payments and are never counted.
 *
 * The HTTP status is a retry decision (STYLE.md §4):
 *   200 handled, or deliberately ignored (duplicate, unknown id, not ours, unknown type);
 *   400 malformed or unauthenticated: resending will not help;
 *   413 too large to be a notification (nothing stored);
 *   429 this source sent too many ids that were not ours: nothing fetched, a small record kept;
 *   422 authentic, but processing fails in a way the same message will fail again (named below);
 *   503 something that may work later failed (named below): please resend.
 * Both providers resend any 5xx for days, so a 5xx must mean "retrying can help". PayPal also
 * resends every other non-2xx (for about 3 days, specs/paypal.md): a 422 would only bring the same
 * failure back 25 times. So for PayPal an unretryable failure is answered 200, "failed": the
 * inbox row says what failed, and an admin replays it once the cause is fixed. PayPlug does not
 * resend a 4xx: it keeps its 422. PayPlug documents no retry policy at all (spec §9), so a 503
 * is only a second chance: the inbox job retries the stored row whatever the provider does, and
 * a resend of the same bytes is recognised and handled again. A notification we could not even
 * store (database down) is answered 503 and only the provider's resend or the sweep of pending
 * payments can bring it back.
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
  /**
   * The provider's payment names a payment of ours we have no row for (yet): the transaction that
   * records it may not have committed. Worth another try.
   */
  | "payment_not_recorded_yet"
  /** The provider refuses our re-fetch of this very resource (400/409/422/403): the same again. */
  | "provider_refuses_request"
  /** The resource vanished at the provider between authentication and re-fetch. */
  | "unknown_to_provider"
  /** The order's state machine refuses the change: a redelivery is refused the same way. */
  | "transition_refused"
  /**
   * The provider's payment names a payment of ours that another provider payment already stands
   * for (a plan's later instalment, a duplicate): money we cannot place by ourselves.
   */
  | "payment_not_placeable";

/** How a provider's notification sender treats a 4xx: resent like a 5xx, or dropped. */
const RESENDS_ANY_NON_2XX: Readonly<Record<PaymentProvider, boolean>> = { payplug: false, paypal: true };

const FAILURE_STATUS: Readonly<Record<NotificationFailureCase, 422 | 503>> = {
  provider_unreachable: 503,
  provider_answer_unreadable: 503,
  credentials_refused: 503,
  our_side_failed: 503,
  payment_not_recorded_yet: 503,
  provider_refuses_request: 422,
  unknown_to_provider: 422,
  transition_refused: 422,
  payment_not_placeable: 422,
};

/** A provider payment naming one of our payments that we cannot place (see the two cases). */
export class UnplacedPaymentError extends Error {
  constructor(
    readonly failure: "payment_not_recorded_yet" | "payment_not_placeable",
    message: string,
  ) {
    super(message);
    this.name = "UnplacedPaymentError";
  }
}

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
  else if (error instanceof UnplacedPaymentError) failure = error.failure;
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

/**
 * What an inbox row's outcome column says. "not_ours": authenticated by re-fetch and not ours —
 * the verdict that spares the same id another re-fetch and counts against its source.
 */
type StoredOutcome = Exclude<NotificationOutcome, "duplicate"> | "not_ours";

/**
 * Outcomes after which a redelivery of the same bytes has nothing left to do. Not "rejected": a
 * signature travels in the headers, so the genuine delivery of a body first sent with a forged
 * signature has the same bytes and must still be verified.
 */
const SETTLED_OUTCOMES: readonly StoredOutcome[] = ["processed", "ignored", "not_ours"];

/** Real notifications are a few KiB (a PayPlug payment, a PayPal event): anything past this is not one. */
export const MAX_BODY_BYTES = 64 * 1024;
/** What is kept of a body refused before authentication, or of one that proved not ours. */
const SMALL_RECORD_CHARS = 256;
/** How long a row being processed is reserved before the inbox job may take it over (a crash, a dead database). */
export const PROCESSING_LEASE_MS = 2 * 60_000;
/** The window of the per-source limit on ids that proved not ours. */
const NOT_OURS_WINDOW = "1 hour";

const KEPT_HEADERS = /^(content-type|content-length|user-agent|x-forwarded-for|x-real-ip|x-request-id|paypal-.*|payplug-.*)$/i;

/** Wait before the next processing attempt after n failed ones: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function notificationBackoffMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 60 * 60_000);
}

/** The answer to a notification, as a status and a JSON body (the route and the job read it). */
export type NotificationAnswer = { status: number; outcome: NotificationOutcome; extra?: Record<string, unknown> };

function reply(answer: NotificationAnswer, headers: Record<string, string> = {}): Response {
  return Response.json({ outcome: answer.outcome, ...answer.extra }, { status: answer.status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** An inbox row as processing needs it. */
export type InboxRow = { id: number; provider: PaymentProvider; rawBody: string; headers: Record<string, string>; attempts: number; resourceId: string | null };

type Arrival = { provider: PaymentProvider; eventKey: string; headers: Record<string, string>; rawBody: string; resourceId: string | null; sourceIp: string | null };

function smallRecordOf(rawBody: string): string {
  return rawBody.length <= SMALL_RECORD_CHARS ? rawBody : `${rawBody.slice(0, SMALL_RECORD_CHARS)}…`;
}

/** Stores the whole body, reserved for this delivery's processing (the lease) and counted as an attempt. */
async function storeInInbox(arrival: Arrival) {
  const db = await getDb();
  const leaseEnd = new Date(Date.now() + PROCESSING_LEASE_MS);
  const sameBytes = sql`${providerEvents.rawBody} = excluded.raw_body`;
  const unsettled = sql`(${providerEvents.outcome} is null or ${providerEvents.outcome} not in (${sql.join(SETTLED_OUTCOMES.map((o) => sql`${o}`), sql`, `)}))`;
  const [row] = await db
    .insert(providerEvents)
    .values({ ...arrival, attempts: 1, nextAttemptAt: leaseEnd })
    .onConflictDoUpdate({
      target: [providerEvents.provider, providerEvents.eventKey],
      // Only the same bytes count as a redelivery; one of a row still to be processed is an
      // attempt, and its headers (a signature) are the ones a retry by the job will verify.
      set: {
        headers: sql`case when ${sameBytes} and ${unsettled} then excluded.headers else ${providerEvents.headers} end`,
        deliveries: sql`case when ${sameBytes} then ${providerEvents.deliveries} + 1 else ${providerEvents.deliveries} end`,
        attempts: sql`case when ${sameBytes} and ${unsettled} then ${providerEvents.attempts} + 1 else ${providerEvents.attempts} end`,
        nextAttemptAt: sql`case when ${sameBytes} and ${unsettled} then ${leaseEnd.toISOString()}::timestamptz else ${providerEvents.nextAttemptAt} end`,
      },
    })
    .returning({
      id: providerEvents.id,
      outcome: providerEvents.outcome,
      deliveries: providerEvents.deliveries,
      rawBody: providerEvents.rawBody,
      attempts: providerEvents.attempts,
    });
  return row!;
}

/** A notification refused or settled before authentication: a small record of it, never its whole body. */
async function recordUnauthenticated(arrival: Arrival, outcome: StoredOutcome, reason: string): Promise<void> {
  const db = await getDb();
  await db
    .insert(providerEvents)
    .values({ ...arrival, rawBody: smallRecordOf(arrival.rawBody), outcome, verified: false, error: reason, processedAt: new Date() })
    .onConflictDoUpdate({ target: [providerEvents.provider, providerEvents.eventKey], set: { deliveries: sql`${providerEvents.deliveries} + 1` } });
}

async function isRecordedPayment(provider: PaymentProvider, providerRef: string | null): Promise<boolean> {
  if (!providerRef) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)))
    .limit(1);
  if (row) return true;
  // A payment of invoices (a professional's account) is ours too.
  const [account] = await db
    .select({ id: accountPayments.id })
    .from(accountPayments)
    .where(and(eq(accountPayments.provider, provider), eq(accountPayments.providerRef, providerRef)))
    .limit(1);
  return Boolean(account);
}

/** Whether this id was already re-fetched and proved not ours (remembered as long as the inbox keeps its row). */
async function provedNotOursBefore(provider: PaymentProvider, resourceId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: providerEvents.id })
    .from(providerEvents)
    .where(and(eq(providerEvents.provider, provider), eq(providerEvents.resourceId, resourceId), eq(providerEvents.outcome, "not_ours")))
    .limit(1);
  return Boolean(row);
}

/** Whether this source sent, within the window, as many ids that proved not ours as it may. */
async function sourceOverNotOursLimit(sourceIp: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(providerEvents)
    .where(and(eq(providerEvents.outcome, "not_ours"), eq(providerEvents.sourceIp, sourceIp), gt(providerEvents.receivedAt, sql`now() - ${NOT_OURS_WINDOW}::interval`)));
  return (row?.count ?? 0) >= env.notifications.unknownIdsPerHour;
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
  metrics().notificationsReceived.inc({ provider });
  const gateway = findGateway(provider);
  if (!gateway) return reply({ status: 404, outcome: "rejected" });
  // 0. Never read more than a notification can be: nothing of an oversized body is stored.
  const rawBody = await readBodyWithinLimit(request, MAX_BODY_BYTES);
  if (rawBody === null) return reply({ status: 413, outcome: "rejected", extra: { error: "body_too_large" } });

  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    if (KEPT_HEADERS.test(key)) headers[key] = value.slice(0, 2000);
  });
  const screen = screenNotification(provider, rawBody);
  const arrival: Arrival = {
    provider,
    eventKey: gateway.notificationKey(rawBody, request.headers),
    headers,
    rawBody,
    resourceId: screen.kind === "malformed" ? null : screen.resourceId,
    // Only an address a trusted proxy wrote (TRUSTED_PROXY_HOPS): the caller writes the rest.
    sourceIp: trustedClientAddress(request.headers),
  };

  let row: Awaited<ReturnType<typeof storeInInbox>>;
  try {
    // 1. Screen what costs nothing to check: no provider call, no full copy of the body.
    if (screen.kind === "malformed") {
      log.warn("notifications", "malformed notification refused before authentication", { provider, reason: screen.reason });
      await recordUnauthenticated(arrival, "rejected", screen.reason);
      return reply({ status: 400, outcome: "rejected", extra: { error: "malformed" } });
    }
    if (screen.kind === "irrelevant") {
      await recordUnauthenticated(arrival, "ignored", screen.reason);
      return reply({ status: 200, outcome: "ignored" });
    }
    if (screen.resourceId && !(await isRecordedPayment(provider, screen.paymentRef))) {
      if (await provedNotOursBefore(provider, screen.resourceId)) {
        await recordUnauthenticated(arrival, "not_ours", "re-fetched before: not ours");
        return reply({ status: 200, outcome: "ignored" });
      }
      // Without a trusted address every caller would share one bucket, and a forger could get
      // PayPlug's own notifications refused: the per-source limit then stays off.
      if (arrival.sourceIp && (await sourceOverNotOursLimit(arrival.sourceIp))) {
        log.warn("notifications", "too many ids that were not ours from this source: refused without a re-fetch", { provider, sourceIp: arrival.sourceIp });
        await recordUnauthenticated(arrival, "rejected", "source over its limit of ids not ours");
        return reply({ status: 429, outcome: "rejected", extra: { error: "too_many_unknown_ids" } }, { "Retry-After": "3600" });
      }
    }

    // 2. Inbox: nothing is lost, a redelivery is recognised and counted.
    row = await storeInInbox(arrival);
    if (row.rawBody !== rawBody) {
      // Same event key, other bytes: not a redelivery (providers resend the same bytes) but a
      // different message claiming an existing id — possibly forged. Keep it in its own inbox row
      // and authenticate it like any other, instead of answering "duplicate".
      row = await storeInInbox({ ...arrival, eventKey: `${arrival.eventKey}#${createHash("sha256").update(rawBody).digest("hex").slice(0, 32)}` });
    }
  } catch (error) {
    log.error("notifications", "could not store the notification: asking for a resend", { provider, error });
    return reply({ status: 503, outcome: "failed" });
  }

  // A redelivery of something already settled: nothing to do. One still in progress or that
  // failed is handled again (reconcile is idempotent, so concurrent copies are harmless).
  if (row.deliveries > 1 && SETTLED_OUTCOMES.includes(row.outcome as StoredOutcome)) {
    return reply({ status: 200, outcome: "duplicate" });
  }
  return reply(await processInboxRow(gateway, { id: row.id, provider, rawBody, headers, attempts: row.attempts, resourceId: arrival.resourceId }));
}

/**
 * Authenticates and applies one stored notification, then records what happened on its row:
 * settled (next_attempt_at cleared), or failed with the next attempt scheduled, or — when
 * retrying cannot help or the attempts are spent — failed for good with an admin alerted once.
 * Called by the route for a fresh delivery and by the inbox job for a due row.
 */
export async function processInboxRow(gateway: PaymentGateway, row: InboxRow, options: { now?: Date } = {}): Promise<NotificationAnswer> {
  const answer = await applyInboxRow(gateway, row, options);
  metrics().notificationsProcessed.inc({ provider: row.provider, outcome: answer.outcome });
  return answer;
}

async function applyInboxRow(gateway: PaymentGateway, row: InboxRow, options: { now?: Date }): Promise<NotificationAnswer> {
  const { provider } = row;
  const settle = async (outcome: StoredOutcome, fields: { verified?: boolean; providerRef?: string | null; error?: string | null }) => {
    const db = await getDb();
    await db
      .update(providerEvents)
      .set({
        outcome,
        verified: fields.verified ?? null,
        providerRef: fields.providerRef ?? null,
        error: fields.error ?? null,
        processedAt: new Date(),
        nextAttemptAt: null,
        // Proved not ours: the verdict is what we keep, not the (untrusted) body.
        ...(outcome === "not_ours" ? { rawBody: smallRecordOf(row.rawBody) } : {}),
      })
      .where(eq(providerEvents.id, row.id));
  };

  try {
    // 3. Authenticate: only what the provider confirms counts.
    const verified = await gateway.verifyNotification(row.rawBody, new Headers(row.headers));
    if (verified.kind === "malformed") {
      log.warn("notifications", "malformed notification", { provider, eventId: row.id, reason: verified.reason });
      await settle("rejected", { verified: false, error: verified.reason });
      return { status: 400, outcome: "rejected" };
    }
    if (verified.kind === "ignored") {
      log.info("notifications", "notification ignored", { provider, eventId: row.id, reason: verified.reason, resourceId: verified.resourceId });
      // An id an unsigned body named, unknown to the provider or of no use: not ours.
      await settle(row.resourceId ? "not_ours" : "ignored", { verified: false, providerRef: verified.resourceId, error: verified.reason });
      return { status: 200, outcome: "ignored" };
    }

    // A dispute moves no money: it is recorded on the order it contests, not reconciled.
    if (verified.kind === "dispute") {
      const recorded = await recordDispute(provider, verified.dispute);
      if (recorded.outcome === "not_ours") {
        await settle("ignored", { verified: true, providerRef: verified.resourceId, error: "dispute on no capture of ours" });
        return { status: 200, outcome: "ignored" };
      }
      await settle("processed", { verified: true, providerRef: verified.resourceId });
      return { status: 200, outcome: "processed" };
    }

    // 4. Which of our payments it is about (a capture event names the capture, not the order).
    let refs: string[];
    if (verified.kind === "capture") {
      const ref = await paymentRefOfCapture(provider, verified.captureId, verified.paymentRefHint);
      if (!ref) {
        await settle("ignored", { verified: true, providerRef: verified.resourceId, error: "capture without order" });
        return { status: 200, outcome: "ignored" };
      }
      refs = [ref];
    } else {
      refs = verified.kind === "payment" ? [verified.providerRef] : verified.paymentRefs;
    }

    // 5. Reconcile through the one path to the truth.
    const results: ReconcileResult[] = [];
    for (const ref of refs) {
      results.push(
        await reconcilePayment(provider, ref, {
          source: "notification",
          newApproval: verified.kind === "payment" && verified.newApproval === true,
          // PayPlug's authentication is a re-fetch of the payment: one GET, not two.
          fetched: verified.kind === "payment" ? verified.payment : undefined,
        }),
      );
    }
    const ours = results.filter((r) => r.outcome !== "not_ours" && r.outcome !== "unknown_to_provider");
    // Even beside payments applied (a plan's notification lists all its payments): one naming
    // ours that we cannot place is never left silently.
    await throwIfNamesOurPayment(results);
    const providerRef = verified.kind === "plan" ? verified.resourceId : refs[0];
    if (ours.length) {
      await settle("processed", { verified: true, providerRef });
      return { status: 200, outcome: "processed" };
    }
    await settle(row.resourceId ? "not_ours" : "ignored", { verified: true, providerRef, error: "not ours" });
    return { status: 200, outcome: "ignored" };
  } catch (error) {
    const { failure, status } = notificationFailureStatus(provider, error);
    log.error("notifications", "notification processing failed", { provider, eventId: row.id, failure, status, error });
    const detail = error instanceof Error ? error.message : "error";
    await recordFailure(row, { failure, detail, retryable: classifyNotificationFailure(error).status === 503, now: options.now ?? new Date() }).catch((recordError: unknown) =>
      // The row keeps its lease: the inbox job takes it again once the lease ends.
      log.error("notifications", "could not record the failure; the inbox job will take the row again", { provider, eventId: row.id, error: recordError }),
    );
    return { status, outcome: "failed", extra: { failure } };
  }
}

/**
 * A provider payment that is not one of ours by its reference, but whose metadata names one of
 * our payment ids: never "not ours". No row with that id yet: its transaction may not have
 * committed (retry). A row that another provider payment stands for: a person must look.
 */
async function throwIfNamesOurPayment(results: ReconcileResult[]): Promise<void> {
  const claimed = results.flatMap((r) => (r.outcome === "not_ours" && r.claimedPaymentId && /^[0-9a-f-]{36}$/i.test(r.claimedPaymentId) ? [r] : []));
  if (!claimed.length) return;
  const db = await getDb();
  for (const r of claimed) {
    const [recorded] = await db.select({ id: payments.id }).from(payments).where(eq(payments.id, r.claimedPaymentId!));
    if (!recorded) throw new UnplacedPaymentError("payment_not_recorded_yet", `${r.providerRef} names payment ${r.claimedPaymentId}, not recorded (yet)`);
    throw new UnplacedPaymentError("payment_not_placeable", `${r.providerRef} names payment ${r.claimedPaymentId}, which another provider payment stands for`);
  }
}

/**
 * A failed attempt: the next one scheduled with backoff, or — when retrying cannot help, or after
 * NOTIFICATION_MAX_ATTEMPTS — none, and the admin alerted (once per row, in the same transaction).
 */
async function recordFailure(row: InboxRow, input: { failure: NotificationFailureCase; detail: string; retryable: boolean; now: Date }): Promise<void> {
  const error = `${input.failure}: ${input.detail}`.slice(0, 500);
  const giveUp = !input.retryable || row.attempts >= env.notifications.maxAttempts;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(providerEvents)
      .set({ outcome: "failed", error, processedAt: new Date(), nextAttemptAt: giveUp ? null : new Date(input.now.getTime() + notificationBackoffMs(row.attempts)) })
      .where(eq(providerEvents.id, row.id));
    if (!giveUp) return;
    const claimed = await tx.execute(sql`update provider_events set alerted_at = now() where id = ${row.id} and alerted_at is null returning id`);
    if (!rowsOf(claimed).length) return;
    await queueAdminAlert(tx, {
      subject: `Notification ${PROVIDER_NAMES[row.provider]} non traitée (n° ${row.id})`,
      summary: input.retryable
        ? `Une notification de ${PROVIDER_NAMES[row.provider]} n'a pas pu être traitée après ${row.attempts} tentatives. Elle n'est plus retentée automatiquement.`
        : `Une notification de ${PROVIDER_NAMES[row.provider]} ne peut pas être traitée sans intervention : la retenter donnerait le même résultat.`,
      details: [
        ["Boîte de réception", `provider_events n° ${row.id}`],
        ["Objet", row.resourceId ?? "—"],
        ["Cause", error],
        ["Tentatives", String(row.attempts)],
      ],
      advice: "Vérifiez le paiement dans le tableau de bord du prestataire et l'état de la commande. Une fois la cause corrigée, un nouvel envoi de la même notification par le prestataire est traité normalement.",
    });
  });
}
