import "server-only";
import { and, asc, eq, exists, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { instalmentPlans, instalments, payments } from "@/lib/db/schema";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { todayInParis } from "@/lib/shared/dates";
import { log } from "@/lib/shared/log";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";

/**
 * The card plans' sweep (in the job "reconcile-pending"): the later parts of a plan are charged by
 * PayPlug on their own, and the shop learns of each charge only from its notification. A lost
 * notification would leave a part « À venir » for ever, the order on account and the customer
 * never told of a refusal. So a plan with a part whose date has passed and that our records do
 * not show settled is asked for again: PayPlug's schedule lists every charge it made, and each one
 * not yet final with us goes through reconcilePayment — the notifications' own path, so a charge
 * the notification then brings is recorded once.
 *
 * Safe on several instances: plans are claimed with FOR UPDATE SKIP LOCKED and their updated_at
 * pushed forward, so a plan is asked about at most once per interval; the HTTP calls happen after
 * the claim's transaction.
 */

/** A part is looked for this long after its day (PayPlug charges during the day, in its time zone). */
const GRACE_DAYS = 1;
/** Between two looks at the same plan. */
const RECHECK_AFTER_MS = 60 * 60 * 1000;
const BATCH = 20;

export type PlanSweepReport = { plans: number; reconciled: number; errors: number };

export async function reconcileRunningCardPlans(options: { now?: Date; today?: string; recheckAfterMs?: number } = {}): Promise<PlanSweepReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const today = options.today ?? todayInParis(now);
  const recheckBefore = new Date(now.getTime() - (options.recheckAfterMs ?? RECHECK_AFTER_MS));

  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: instalmentPlans.id, providerRef: instalmentPlans.providerRef })
      .from(instalmentPlans)
      .where(
        and(
          eq(instalmentPlans.kind, "card"),
          isNotNull(instalmentPlans.providerRef),
          lt(instalmentPlans.updatedAt, recheckBefore),
          exists(
            tx
              .select({ one: sql`1` })
              .from(instalments)
              .where(
                and(
                  eq(instalments.planId, instalmentPlans.id),
                  inArray(instalments.status, ["expected", "failed"]),
                  sql`${instalments.dueOn} <= ${today}::date - ${GRACE_DAYS}::int`,
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(instalmentPlans.updatedAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length)
      await tx
        .update(instalmentPlans)
        .set({ updatedAt: now })
        .where(
          inArray(
            instalmentPlans.id,
            rows.map((r) => r.id),
          ),
        );
    return rows;
  });

  const report: PlanSweepReport = { plans: claimed.length, reconciled: 0, errors: 0 };
  if (!claimed.length) return report;
  const gateway = getGatewayOrThrow("payplug");
  if (!gateway.instalmentPlans) return report;
  for (const plan of claimed) {
    try {
      const provider = await gateway.instalmentPlans.retrieve(plan.providerRef!);
      const refs = provider.schedule.flatMap((s) => s.paymentRefs);
      if (!refs.length) continue;
      // Charges already final with us need no call (a refund of one comes by its own notification).
      const final = new Set(
        (await db.select({ ref: payments.providerRef }).from(payments).where(and(eq(payments.provider, "payplug"), inArray(payments.providerRef, refs), inArray(payments.status, ["paid", "failed", "refunded"])))).map(
          (r) => r.ref,
        ),
      );
      for (const ref of refs) {
        if (final.has(ref)) continue;
        await reconcilePayment("payplug", ref, { source: "sweep" });
        report.reconciled++;
      }
    } catch (error) {
      report.errors++;
      log.warn("sweep", "card plan not re-checked", { planId: plan.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
