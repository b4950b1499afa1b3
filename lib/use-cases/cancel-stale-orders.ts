import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, ne, notExists, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { hoursText } from "@/lib/shared/duration";
import { orderEvents, orders, paymentLinks, payments } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { cancelUnpaidOrder } from "@/lib/use-cases/cancel-order";
import type { Actor } from "@/lib/orders/events";

/**
 * Job "cancel-stale-orders": a card or PayPal order nobody paid holds its stock (taken at
 * checkout). Once it has seen no activity for STALE_ONLINE_ORDER_HOURS (48 by default) it is
 * cancelled: its attempts are settled with the providers first (a late success wins and the order
 * is paid instead; a pending PayPlug payment is aborted), then the stock goes back and the
 * customer is told (lib/use-cases/cancel-order.ts).
 *
 * What counts as activity: any event on the order (a new attempt, a provider's answer, an
 * admin's action), and a payment link a person asked for (an admin sent it, the customer
 * requested it) that is still valid — its e-mail promised they could pay until it expires. The
 * link the shop adds by itself to a failure e-mail does not count: an abandoned PayPal order or
 * PayPlug payment ends in one, and it would keep the stock 7 days instead of 48 hours.
 *
 * Offline orders (transfer, cheque) are never cancelled by this job, even once switched to a card
 * attempt through a payment link: a cheque may spend days in the post and a transfer days in the
 * banks before an admin can record it, so "no news" proves nothing. An admin cancels them by hand
 * ("Annuler la commande" on the order page).
 *
 * Safe with many instances: a run claims a batch with FOR UPDATE SKIP LOCKED and pushes the
 * claimed orders' updated_at forward, so another instance skips them for CLAIM_TTL; the provider
 * calls happen after that short claim, and the cancellation re-checks everything under the lock.
 */

const CLAIM_TTL_MS = 10 * 60 * 1000;
const BATCH = 20;
const JOB: Actor = { type: "system", id: "cancel-stale-orders" };

export type StaleOrdersReport = { claimed: number; cancelled: number; kept: number; failed: number };

export async function cancelStaleOnlineOrders(options: { now?: Date; staleHours?: number } = {}): Promise<StaleOrdersReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const staleHours = options.staleHours ?? env.staleOnlineOrderHours;
  const inactiveSince = new Date(now.getTime() - staleHours * 60 * 60 * 1000);
  const claimed = await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(
        and(
          inArray(orders.status, ["pending_payment", "payment_failed"]),
          lt(orders.createdAt, inactiveSince),
          lt(orders.updatedAt, new Date(now.getTime() - CLAIM_TTL_MS)),
          // Ordered with a transfer or a cheque (their instruction placeholder or money recorded).
          notExists(tx.select({ one: sql`1` }).from(payments).where(and(eq(payments.orderId, orders.id), inArray(payments.method, ["transfer", "cheque", "net30"])))),
          notExists(tx.select({ one: sql`1` }).from(orderEvents).where(and(eq(orderEvents.orderId, orders.id), gt(orderEvents.createdAt, inactiveSince)))),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(paymentLinks)
              .where(and(eq(paymentLinks.orderId, orders.id), ne(paymentLinks.createdByType, "system"), isNull(paymentLinks.usedAt), gt(paymentLinks.expiresAt, now))),
          ),
        ),
      )
      .orderBy(asc(orders.createdAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length) {
      // The claim marker, on the job's clock (the one the filter above compares with).
      await tx.update(orders).set({ updatedAt: now }).where(inArray(orders.id, rows.map((r) => r.id)));
    }
    return rows;
  });

  const report: StaleOrdersReport = { claimed: claimed.length, cancelled: 0, kept: 0, failed: 0 };
  for (const { id } of claimed) {
    try {
      const result = await cancelUnpaidOrder({
        orderId: id,
        actor: JOB,
        // Timeline: "Statut : Paiement échoué → Annulée — aucun paiement ni aucune activité depuis 48 heures".
        reason: `Aucun paiement ni aucune activité depuis ${hoursText(staleHours)}`,
        // E-mail: "Votre commande … a été annulée, car nous n'avons reçu aucun paiement depuis 48 heures."
        customerWhy: `nous n'avons reçu aucun paiement depuis ${hoursText(staleHours)}`,
        inactiveSince,
        now,
      });
      if (result.ok && !result.alreadyCancelled) report.cancelled++;
      else report.kept++;
      if (!result.ok) log.info("cancel-stale-orders", "stale order kept", { orderId: id, code: result.code });
    } catch (error) {
      report.failed++;
      log.warn("cancel-stale-orders", "cancelling a stale order failed; will try again next run", { orderId: id, error });
    }
  }
  if (claimed.length) log.info("cancel-stale-orders", "run done", report);
  return report;
}
