import "server-only";
import { and, asc, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { sandboxDeliveries } from "@/lib/db/sandbox-schema";

/*
 * Outgoing notifications of the emulators (sandbox.deliveries), delivered like the real providers
 * do: a POST to the shop, retried with backoff when the shop does not answer 2xx. The one delivery
 * mechanism of both emulators: PayPlug's IPN (lib/sandbox/payplug/notifications.ts) and PayPal's
 * webhooks (lib/sandbox/paypal/webhooks.ts) only decide what to queue and their retry policy.
 *
 * A delivery is stored with its exact bytes and headers, and every attempt sends them unchanged:
 * PayPal retries a webhook as the same transmission (same PAYPAL-TRANSMISSION-ID, time and
 * signature), so its deliveries are signed once, when queued; a duplicate is a separate delivery
 * with a transmission of its own.
 *
 * Claiming uses FOR UPDATE SKIP LOCKED and a lease (next_attempt_at pushed past the HTTP timeout)
 * committed BEFORE the POST: no transaction stays open while the shop handles the notification —
 * the shop re-fetches the resource from the emulator during that time, and with a single-connection
 * PGlite an open transaction there would deadlock. Several instances can run this concurrently.
 */

export type EnqueueDelivery = {
  provider: string;
  url: string;
  body: string;
  headers?: Record<string, string>;
  objectId?: string | null;
  /** First attempt not before this time (default: now). */
  notBefore?: Date;
  /** Recorded but never sent (fault injection: a lost notification); the reason goes to last_error. */
  dropped?: boolean | string;
  /** Push the not-yet-attempted deliveries to the same URL behind this one (fault injection: reordering). */
  jumpQueue?: boolean;
};

export async function enqueueDelivery(ex: Executor, d: EnqueueDelivery): Promise<number> {
  const now = new Date();
  const due = d.notBefore ?? now;
  if (d.jumpQueue) {
    await ex
      .update(sandboxDeliveries)
      .set({ nextAttemptAt: new Date(due.getTime() + 1) })
      .where(
        and(
          eq(sandboxDeliveries.provider, d.provider),
          eq(sandboxDeliveries.url, d.url),
          eq(sandboxDeliveries.attempts, 0),
          isNull(sandboxDeliveries.deliveredAt),
          isNull(sandboxDeliveries.abandonedAt),
          lte(sandboxDeliveries.nextAttemptAt, new Date(due.getTime() + 1)),
          gt(sandboxDeliveries.nextAttemptAt, now),
        ),
      );
  }
  const rows = await ex
    .insert(sandboxDeliveries)
    .values({
      provider: d.provider,
      url: d.url,
      headers: { "content-type": "application/json", ...d.headers },
      body: d.body,
      objectId: d.objectId ?? null,
      nextAttemptAt: due,
      abandonedAt: d.dropped ? now : null,
      lastError: d.dropped ? (typeof d.dropped === "string" ? d.dropped : "dropped by fault injection") : null,
    })
    .returning({ id: sandboxDeliveries.id });
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("sandbox delivery insert returned no id");
  return id;
}

export type DeliveryAttempt = {
  id: number;
  provider: string;
  url: string;
  objectId: string | null;
  /** Attempts so far, this one included. */
  attempts: number;
  /** HTTP status the receiver answered, or null when it could not be reached. */
  status: number | null;
  error: string | null;
  outcome: "delivered" | "retry" | "abandoned";
};

export type DeliverOptions = {
  provider: string;
  /** Wait after the 1st, 2nd, … failed attempt; when exhausted, the delivery is abandoned. */
  retryScheduleMs: readonly number[];
  timeoutMs?: number;
  limit?: number;
  /** The clock (tests move it forward instead of sleeping). */
  now?: Date;
  /** Send the due deliveries newest first instead of in due order (fault injection: reordering). */
  newestFirst?: boolean;
  /** Called after each attempt has been recorded, e.g. to store the answer on the emulated object. */
  onAttempt?: (attempt: DeliveryAttempt) => Promise<void>;
};

type Claimed = typeof sandboxDeliveries.$inferSelect;

/** How long a claimed delivery stays out of other runs' reach (a run that died leaves it due again after that). */
const LEASE_MS = 5 * 60_000;

async function claimDue(provider: string, now: Date, limit: number, leaseMs: number, newestFirst: boolean): Promise<Claimed[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: sandboxDeliveries.id })
      .from(sandboxDeliveries)
      .where(
        and(
          eq(sandboxDeliveries.provider, provider),
          isNull(sandboxDeliveries.deliveredAt),
          isNull(sandboxDeliveries.abandonedAt),
          lte(sandboxDeliveries.nextAttemptAt, now),
        ),
      )
      .orderBy(...(newestFirst ? [desc(sandboxDeliveries.id)] : [asc(sandboxDeliveries.nextAttemptAt), asc(sandboxDeliveries.id)]))
      .limit(limit)
      .for("update", { skipLocked: true });
    const claimed: Claimed[] = [];
    for (const { id } of due) {
      const [row] = await tx
        .update(sandboxDeliveries)
        .set({ attempts: sql`${sandboxDeliveries.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(eq(sandboxDeliveries.id, id))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}

async function post(row: Claimed, timeoutMs: number): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await fetch(row.url, {
      method: "POST",
      headers: row.headers,
      body: row.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is ignored (as by the providers), but read so the connection is released.
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status, error: response.ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { status: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Sends every due delivery of `provider` once (in due order), records the outcome, schedules retries. */
export async function deliverDueDeliveries(opts: DeliverOptions): Promise<DeliveryAttempt[]> {
  const now = opts.now ?? new Date();
  const timeoutMs = opts.timeoutMs ?? 10_000;
  // The lease is much longer than an attempt can take, so a claimed row is never sent twice — even
  // when tests move the clock forward while an immediate attempt is still in flight.
  const leaseMs = Math.max(timeoutMs + 30_000, LEASE_MS);
  const claimed = await claimDue(opts.provider, now, opts.limit ?? 50, leaseMs, opts.newestFirst ?? false);
  const db = await getDb();
  const results: DeliveryAttempt[] = [];
  for (const row of claimed) {
    const { status, error } = await post(row, timeoutMs);
    const ok = status !== null && status >= 200 && status < 300;
    const wait = opts.retryScheduleMs[row.attempts - 1];
    const outcome: DeliveryAttempt["outcome"] = ok ? "delivered" : wait === undefined ? "abandoned" : "retry";
    const at = new Date();
    await db
      .update(sandboxDeliveries)
      .set({
        lastStatus: status,
        lastError: error,
        deliveredAt: ok ? at : null,
        abandonedAt: outcome === "abandoned" ? at : null,
        nextAttemptAt: outcome === "retry" ? new Date(Math.max(now.getTime(), at.getTime()) + (wait ?? 0)) : row.nextAttemptAt,
      })
      .where(eq(sandboxDeliveries.id, row.id));
    const attempt: DeliveryAttempt = {
      id: row.id,
      provider: row.provider,
      url: row.url,
      objectId: row.objectId,
      attempts: row.attempts,
      status,
      error,
      outcome,
    };
    if (opts.onAttempt) await opts.onAttempt(attempt);
    results.push(attempt);
  }
  return results;
}

export type DeliveryRow = typeof sandboxDeliveries.$inferSelect;

export type ListDeliveries = { objectId?: string; newestFirst?: boolean; limit?: number };

/** Deliveries of a provider (optionally about one object), oldest first unless asked: for tests and the control endpoints. */
export async function listDeliveries(ex: Executor, provider: string, opts: ListDeliveries = {}): Promise<DeliveryRow[]> {
  return ex
    .select()
    .from(sandboxDeliveries)
    .where(and(eq(sandboxDeliveries.provider, provider), opts.objectId === undefined ? undefined : eq(sandboxDeliveries.objectId, opts.objectId)))
    .orderBy(opts.newestFirst ? desc(sandboxDeliveries.id) : asc(sandboxDeliveries.id))
    .limit(opts.limit ?? 500);
}
