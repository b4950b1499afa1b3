import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/lib/db/client";
import type { PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { findGateway } from "@/lib/providers/registry";
import { PROCESSING_LEASE_MS, processInboxRow, type NotificationAnswer } from "@/lib/use-cases/handle-notification";

export type RetryNotificationsReport = { claimed: number; processed: number; failed: number };

export type Claimed = { id: number; provider: PaymentProvider; raw_body: string; headers: Record<string, string>; attempts: number; resource_id: string | null };

/**
 * The "retry-notifications" job: processes the inbox rows that are due — a failed attempt whose
 * backoff has passed, or a delivery whose processing never finished (crash, database gone) once
 * its lease ends. Claims them with FOR UPDATE SKIP LOCKED and leases them (attempts + 1, next
 * attempt pushed a lease ahead) in one short transaction, so several instances may run it at once
 * and each row goes to one of them; then processes each outside that transaction, through the
 * same code as a fresh delivery (lib/use-cases/handle-notification.ts), which records the outcome,
 * the next attempt, or the admin alert. Tests pass `now` to move the clock instead of sleeping.
 */
export async function retryDueNotifications(options: { now?: Date; batchSize?: number } = {}): Promise<RetryNotificationsReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  // Database clock unless the caller sets the time (see lib/mail/send-outbox.ts on why).
  const dueBefore = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  const claimed = await db.transaction((tx) => leaseInboxRows(tx, sql`next_attempt_at <= ${dueBefore}`, { now, limit: options.batchSize ?? 20 }));

  const report: RetryNotificationsReport = { claimed: claimed.length, processed: 0, failed: 0 };
  for (const row of claimed) {
    const answer = await processLeasedRow(row, now);
    if (!answer) continue;
    if (answer.outcome === "failed") report.failed += 1;
    else report.processed += 1;
  }
  return report;
}

/**
 * Claims the inbox rows `where` selects (FOR UPDATE SKIP LOCKED: a row another instance holds is
 * left to it) and leases them: attempts + 1, next attempt pushed a lease ahead, so that a crash
 * mid-processing hands the row back to the job. Runs inside the caller's transaction.
 */
export async function leaseInboxRows(tx: Executor, where: SQL, options: { now: Date; limit: number }): Promise<Claimed[]> {
  return rowsOf<Claimed>(
    await tx.execute(sql`
      update provider_events set attempts = attempts + 1, next_attempt_at = ${new Date(options.now.getTime() + PROCESSING_LEASE_MS).toISOString()}
      where id in (
        select id from provider_events
        where ${where}
        order by next_attempt_at, id
        limit ${options.limit}
        for update skip locked
      )
      returning id, provider, raw_body, headers, attempts, resource_id`),
  );
}

/** Processes a leased row through the same code as a fresh delivery; null when no gateway can (left for a person). */
export async function processLeasedRow(row: Claimed, now: Date): Promise<NotificationAnswer | null> {
  const gateway = findGateway(row.provider);
  if (!gateway) {
    log.error("notifications", "inbox row of a provider without a gateway: left for a person", { eventId: row.id, provider: row.provider });
    return null;
  }
  return processInboxRow(
    gateway,
    // bigserial comes back as a string from postgres.js raw queries.
    { id: Number(row.id), provider: row.provider, rawBody: row.raw_body, headers: row.headers, attempts: row.attempts, resourceId: row.resource_id },
    { now },
  );
}
