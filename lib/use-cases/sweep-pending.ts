import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { orderEvents, payments, accountPayments, instalments, instalmentPlans } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import type { Actor } from "@/lib/orders/events";
import { PAID_PAYMENT_STATUSES } from "@/lib/payments/attempt-status";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { refundDuplicatePayment } from "@/lib/use-cases/refund-duplicate-payment";
import { closeExpiredPayPalAttempt, settleCreatedAttempt } from "@/lib/use-cases/settle-attempts";

/**
 * The sweep (job "reconcile-pending"): online attempts nobody finished are looked at again.
 *
 * - Pending a few minutes after their last change: reconciled, which heals lost notifications and
 *   customers who never came back. A PayPal order never approved is re-fetched only until PayPal's
 *   approval window is over (3 hours, paypal/expiry.ts): after one last reconcile (which captures
 *   an approval that came in time) the attempt is closed as expired and never fetched again.
 *   PayPlug expires its own payments and says so: those end through reconcile.
 * - Still "created" an hour after anything happened to them: the provider was never called, or
 *   its answer was lost. The provider is asked for a payment with our id: one found is adopted and
 *   aborted (nobody was ever sent to it), none found closes the attempt as never started.
 * Either way the order follows as for any failure (payment_failed and the failure e-mail, if it
 * was the latest attempt and the order was waiting for it).
 *
 * Safe with many instances: each run claims a batch with FOR UPDATE SKIP LOCKED and pushes the
 * claimed rows' updated_at forward, so another instance skips them for the next interval. The
 * provider calls happen after that short claim transaction (never holding a lock over HTTP).
 */

const STALE_AFTER_MS = 5 * 60 * 1000;
/** A "created" attempt untouched for this long is not a start in progress (claims last 30 s). */
const CREATED_STUCK_AFTER_MS = 60 * 60 * 1000;
/** Beyond this, PayPlug has expired the payment long ago and the first sweeps recorded it. */
const GIVE_UP_AFTER_MS = 14 * 24 * 60 * 60 * 1000;
const BATCH = 20;
const SWEEP: Actor = { type: "system", id: "reconcile-pending" };

export type SweepReport = { claimed: number; updated: number; failed: number; expired: number; stuckCreated: number; paid?: PaidRecheckReport; accountPayments?: number };

export async function reconcilePendingPayments(
  options: { now?: Date; staleAfterMs?: number; createdStuckAfterMs?: number } = {},
): Promise<SweepReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? STALE_AFTER_MS));
  const stuckBefore = new Date(now.getTime() - (options.createdStuckAfterMs ?? CREATED_STUCK_AFTER_MS));
  const notBefore = new Date(now.getTime() - GIVE_UP_AFTER_MS);
  const claimed = await db.transaction(async (tx) => {
    const pending = await tx
      .select({ id: payments.id, provider: payments.provider, providerRef: payments.providerRef, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.status, "pending"),
          isNotNull(payments.provider),
          isNotNull(payments.providerRef),
          lt(payments.updatedAt, staleBefore),
          gt(payments.createdAt, notBefore),
        ),
      )
      .orderBy(asc(payments.updatedAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const created = await tx
      .select({ id: payments.id, provider: payments.provider, providerRef: payments.providerRef, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.status, "created"),
          isNotNull(payments.provider),
          isNull(payments.providerRef),
          lt(payments.updatedAt, stuckBefore),
          gt(payments.createdAt, notBefore),
          // The first part of a card instalment plan created at PayPlug: its charge has no id of ours
          // to look up; the plan's own notifications, the customer's return and the stale-order
          // job (which aborts the plan, reconciling what it charged) settle it.
          notExists(
            tx
              .select({ one: sql`1` })
              .from(instalments)
              .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
              .where(and(eq(instalments.paymentId, payments.id), isNotNull(instalmentPlans.providerRef))),
          ),
          // A start claim writes an event, not updated_at: any recent event means someone is on it.
          notExists(
            tx
              .select({ one: sql`1` })
              .from(orderEvents)
              .where(and(eq(orderEvents.paymentId, payments.id), gt(orderEvents.createdAt, stuckBefore))),
          ),
        ),
      )
      .orderBy(asc(payments.updatedAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const rows = [...pending, ...created];
    if (rows.length) {
      await tx.update(payments).set({ updatedAt: sql`now()` }).where(inArray(payments.id, rows.map((r) => r.id)));
    }
    return rows;
  });

  const report: SweepReport = { claimed: claimed.length, updated: 0, failed: 0, expired: 0, stuckCreated: 0 };
  for (const row of claimed) {
    try {
      if (row.status === "created") {
        if ((await settleCreatedAttempt(row.id, { source: "sweep", actor: SWEEP })) !== "unchanged") report.stuckCreated++;
        continue;
      }
      const result = await reconcilePayment(row.provider!, row.providerRef!, { source: "sweep" });
      if (result.outcome === "updated") report.updated++;
      const stillOpen = result.outcome === "unknown_to_provider" || ((result.outcome === "updated" || result.outcome === "unchanged") && result.status === "pending");
      if (stillOpen && row.provider === "paypal" && (await closeExpiredPayPalAttempt(row.id, { now, source: "sweep", actor: SWEEP }))) report.expired++;
    } catch (error) {
      report.failed++;
      log.warn("reconcile-pending", "sweep of an attempt failed; will try again next run", { paymentId: row.id, providerRef: row.providerRef, error });
    }
  }
  const paid = await recheckPaidPayments({ now });
  const accountPayments = await sweepAccountPayments(staleBefore, notBefore);
  if (claimed.length || paid.checked || accountPayments) log.info("reconcile-pending", "sweep done", { ...report, paid, accountPayments });
  return { ...report, paid, ...(accountPayments ? { accountPayments } : {}) };
}

/**
 * Card payments of invoices (a pro's account) still pending at PayPlug: asked again like an
 * order's, so a lost notification and a pro who never came back still settle the invoices.
 * Returns how many were asked.
 */
async function sweepAccountPayments(staleBefore: Date, notBefore: Date): Promise<number> {
  const db = await getDb();
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: accountPayments.id, provider: accountPayments.provider, providerRef: accountPayments.providerRef })
      .from(accountPayments)
      .where(
        and(
          eq(accountPayments.status, "pending"),
          isNotNull(accountPayments.providerRef),
          lt(accountPayments.updatedAt, staleBefore),
          gt(accountPayments.createdAt, notBefore),
        ),
      )
      .orderBy(asc(accountPayments.updatedAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length) await tx.update(accountPayments).set({ updatedAt: sql`now()` }).where(inArray(accountPayments.id, rows.map((r) => r.id)));
    return rows;
  });
  for (const row of claimed) {
    try {
      await reconcilePayment(row.provider!, row.providerRef!, { source: "sweep" });
    } catch (error) {
      log.warn("reconcile-pending", "sweep of an invoice payment failed; will try again next run", { accountPaymentId: row.id, error });
    }
  }
  return claimed.length;
}

/** How far back a paid payment may still change at its provider: card chargebacks (120 days after the transaction and more), PayPal disputes (180 days). */
const PAID_RECHECK_WINDOW_MS = 180 * 24 * 60 * 60 * 1000;
/** Automatic refunds of duplicate payments that failed are tried again for this long. */
const DUPLICATE_REFUND_RETRY_MS = 30 * 24 * 60 * 60 * 1000;

export type PaidRecheckReport = { checked: number; updated: number; failed: number; duplicateRefundsRetried: number };

/**
 * Paid payments change too: a refund made in the provider's dashboard, a refund notification lost,
 * a chargeback. Each paid online payment of the last 180 days is asked again, often while young
 * and rarely when old (every tenth of its age, between one hour and seven days), a batch per run,
 * claimed like the pending ones; what reconcile finds is recorded the usual way (refund, order
 * state, flag). Automatic refunds of duplicate payments that could not be made are tried again.
 */
export async function recheckPaidPayments(options: { now?: Date } = {}): Promise<PaidRecheckReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: payments.id, provider: payments.provider, providerRef: payments.providerRef })
      .from(payments)
      .where(
        and(
          inArray(payments.status, [...PAID_PAYMENT_STATUSES]),
          isNotNull(payments.provider),
          isNotNull(payments.providerRef),
          isNotNull(payments.paidAt),
          gt(payments.paidAt, new Date(now.getTime() - PAID_RECHECK_WINDOW_MS)),
          sql`coalesce(${payments.providerCheckedAt}, ${payments.paidAt}) < ${nowSql} - least(interval '7 days', greatest(interval '1 hour', (${nowSql} - ${payments.paidAt}) / 10))`,
        ),
      )
      .orderBy(sql`coalesce(${payments.providerCheckedAt}, ${payments.paidAt})`)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length) await tx.update(payments).set({ providerCheckedAt: now }).where(inArray(payments.id, rows.map((r) => r.id)));
    return rows;
  });
  const report: PaidRecheckReport = { checked: claimed.length, updated: 0, failed: 0, duplicateRefundsRetried: 0 };
  for (const row of claimed) {
    try {
      const result = await reconcilePayment(row.provider!, row.providerRef!, { source: "sweep" });
      if (result.outcome === "updated") report.updated++;
    } catch (error) {
      report.failed++;
      log.warn("reconcile-pending", "re-check of a paid payment failed; will try again later", { paymentId: row.id, providerRef: row.providerRef, error });
    }
  }

  const done = alias(orderEvents, "done");
  const unfinished = await db
    .selectDistinct({ paymentId: orderEvents.paymentId })
    .from(orderEvents)
    .where(
      and(
        eq(orderEvents.type, "duplicate_refund_requested"),
        gt(orderEvents.createdAt, new Date(now.getTime() - DUPLICATE_REFUND_RETRY_MS)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(done)
            .where(and(eq(done.paymentId, orderEvents.paymentId), eq(done.type, "duplicate_payment_refunded"))),
        ),
      ),
    )
    .limit(BATCH);
  for (const { paymentId } of unfinished) {
    if (!paymentId) continue;
    const outcome = await refundDuplicatePayment(paymentId, { source: "sweep", retryOnly: true }).catch(() => ({ kind: "failed" as const }));
    if (outcome.kind === "refunded") report.duplicateRefundsRetried++;
  }
  return report;
}
