import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { reconcilePayment } from "@/lib/payments/reconcile";

/**
 * The sweep (job "reconcile-pending"): online payments still pending a few minutes after their
 * last change are reconciled, which heals lost notifications and customers who never came back.
 *
 * Safe with many instances: each run claims a batch with FOR UPDATE SKIP LOCKED and pushes the
 * claimed rows' updated_at forward, so another instance skips them for the next interval. The
 * provider calls happen after that short claim transaction (never holding a lock over HTTP).
 */

const STALE_AFTER_MS = 5 * 60 * 1000;
/** Beyond this, PayPlug has expired the payment long ago and the first sweeps recorded it. */
const GIVE_UP_AFTER_MS = 14 * 24 * 60 * 60 * 1000;
const BATCH = 20;

export async function reconcilePendingPayments(options: { now?: Date; staleAfterMs?: number } = {}): Promise<{ claimed: number; updated: number; failed: number }> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? STALE_AFTER_MS));
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: payments.id, provider: payments.provider, providerRef: payments.providerRef })
      .from(payments)
      .where(
        and(
          eq(payments.status, "pending"),
          isNotNull(payments.provider),
          isNotNull(payments.providerRef),
          lt(payments.updatedAt, staleBefore),
          gt(payments.createdAt, new Date(now.getTime() - GIVE_UP_AFTER_MS)),
        ),
      )
      .orderBy(asc(payments.updatedAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length) {
      await tx.update(payments).set({ updatedAt: sql`now()` }).where(inArray(payments.id, rows.map((r) => r.id)));
    }
    return rows;
  });

  let updated = 0;
  let failed = 0;
  for (const row of claimed) {
    try {
      const result = await reconcilePayment(row.provider!, row.providerRef!, { source: "sweep" });
      if (result.outcome === "updated") updated++;
    } catch (error) {
      failed++;
      log.warn("reconcile-pending", "reconcile failed; will try again next run", { providerRef: row.providerRef, error });
    }
  }
  if (claimed.length) log.info("reconcile-pending", "sweep done", { claimed: claimed.length, updated, failed });
  return { claimed: claimed.length, updated, failed };
}
