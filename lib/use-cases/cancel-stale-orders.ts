import "server-only";
import { and, asc, eq, exists, gt, inArray, isNotNull, isNull, lt, lte, ne, notExists, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Executor, type Tx } from "@/lib/db/client";
import { formatDurationFr, hoursText } from "@/lib/shared/duration";
import { orderEvents, orders, paymentLinks, payments } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { cancelUnpaidOrder } from "@/lib/use-cases/cancel-order";
import { chequePlanOf } from "@/lib/use-cases/instalment-cheques";
import { queueOfflinePaymentReminderEmail } from "@/lib/use-cases/order-emails";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { staleSince } from "@/lib/orders/unpaid-deadline";

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
 * Offline orders (transfer, cheque) are never cancelled by this rule, even once switched to a card
 * attempt through a payment link: a cheque may spend days in the post and a transfer days in the
 * banks before an admin can record it, so 48 hours of "no news" proves nothing. They have their
 * own, slower rule below (remindAndCancelOfflineOrders), and an admin can cancel them by hand
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
  const now = options.now ?? new Date();
  const staleHours = options.staleHours ?? env.staleOnlineOrderHours;
  const inactiveSince = staleSince(now, staleHours);
  const claimed = await claimOrders(now, (tx) =>
    and(
      inArray(orders.status, ["pending_payment", "payment_failed"]),
      lt(orders.createdAt, inactiveSince),
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
  );

  const report: StaleOrdersReport = {
    claimed: claimed.length,
    ...(await cancelClaimed(claimed, "stale order", {
      actor: JOB,
      // Timeline: "Statut : Paiement échoué → Annulée — aucun paiement ni aucune activité depuis 48 heures".
      reason: `Aucun paiement ni aucune activité depuis ${hoursText(staleHours)}`,
      // E-mail: "Votre commande … a été annulée, car nous n'avons reçu aucun paiement depuis 48 heures."
      customerWhy: `nous n'avons reçu aucun paiement depuis ${hoursText(staleHours)}`,
      inactiveSince,
      now,
    })),
  };
  if (claimed.length) log.info("cancel-stale-orders", "run done", report);
  return report;
}

/**
 * Claims a batch of orders matching `where` for this run: locked FOR UPDATE SKIP LOCKED, and their
 * updated_at pushed to the job's clock (the one the filter compares with), so that another
 * instance skips them for CLAIM_TTL while this one works on them outside the transaction.
 */
async function claimOrders(now: Date, where: (tx: Tx) => SQL | undefined): Promise<{ id: string }[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(where(tx), lt(orders.updatedAt, new Date(now.getTime() - CLAIM_TTL_MS))))
      .orderBy(asc(orders.createdAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (rows.length) await tx.update(orders).set({ updatedAt: now }).where(inArray(orders.id, rows.map((r) => r.id)));
    return rows;
  });
}

/** Cancels claimed orders one by one (cancelUnpaidOrder re-checks each under its lock); a failure waits for the next run. */
async function cancelClaimed(
  claimed: { id: string }[],
  what: string,
  input: Omit<Parameters<typeof cancelUnpaidOrder>[0], "orderId">,
): Promise<{ cancelled: number; kept: number; failed: number }> {
  const tally = { cancelled: 0, kept: 0, failed: 0 };
  for (const { id } of claimed) {
    try {
      const result = await cancelUnpaidOrder({ orderId: id, ...input });
      if (result.ok && !result.alreadyCancelled) tally.cancelled++;
      else tally.kept++;
      if (!result.ok) log.info("cancel-stale-orders", `${what}: kept`, { orderId: id, code: result.code });
    } catch (error) {
      tally.failed++;
      log.warn("cancel-stale-orders", `${what}: cancelling failed; will try again next run`, { orderId: id, error });
    }
  }
  return tally;
}

/*
 * The same job, for transfer and cheque orders whose money never came (they held their stock for
 * ever before). An order qualifies only while ALL of these hold: it awaits a transfer or a cheque
 * (status awaiting_transfer / awaiting_cheque / awaiting_cheques, ordered with a transfer or a
 * cheque), nothing at all was received or recorded for it (no money, not even part of a transfer,
 * no cheque in hand, not one cheque of an instalment schedule: a person decides then), and no
 * payment of it is on account (net-30 orders are invoiced, never cancelled here). An order paid in
 * several cheques is reminded with its schedule, as in its confirmation.
 *
 * 1. After OFFLINE_ORDER_REMINDER_DAYS (7) of waiting, the customer gets one reminder: how to pay
 *    again, and the day after which the order is cancelled. "Sent" is an order event
 *    (payment_reminder_sent), written in the transaction that queues the e-mail, so it goes once.
 * 2. After OFFLINE_ORDER_CANCEL_DAYS (14) of waiting, AND at least the gap between the two
 *    (7 days) after its reminder, the order is cancelled through cancelUnpaidOrder: stock back,
 *    the customer told. The second condition keeps the reminder's promise for orders older than
 *    the rule itself (a shop upgrading, a job that was off): they are reminded first, never
 *    cancelled by surprise.
 *
 * Waiting is counted from the moment the order entered its current status (its creation, or a
 * switch from card to transfer). Any action of the customer or an admin during the last
 * OFFLINE_ORDER_CANCEL_DAYS keeps the order (cancelUnpaidOrder's inactiveSince), as do money,
 * a cheque in hand or a payment in progress, all re-checked under the order's lock.
 *
 * Several instances: reminders lock their orders FOR UPDATE SKIP LOCKED and re-check, under the
 * lock and in a fresh statement, that no reminder was recorded meanwhile; cancellations are
 * claimed like the online ones (updated_at pushed forward for CLAIM_TTL).
 */

export const PAYMENT_REMINDER_EVENT = "payment_reminder_sent";
const AWAITING_OFFLINE_MONEY = ["awaiting_transfer", "awaiting_cheque", "awaiting_cheques"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export type OfflineOrdersReport = { reminded: number; claimed: number; cancelled: number; kept: number; failed: number };

/**
 * When the order entered its current status: the latest event that moved it there, else its
 * creation. Spelled out with qualified names: drizzle leaves columns unqualified in a one-table
 * select, and "order_id = id" inside the subquery would then compare two columns of order_events.
 */
const awaitingSince = sql`coalesce((select max(e.created_at) from order_events e where e.order_id = "orders"."id" and e.to_status = "orders"."status"), "orders"."created_at")`;

/** Waiting since `instant` or earlier (an ISO string: postgres.js binds no Date outside a column). */
function awaitingSinceAtMost(instant: Date) {
  return sql`${awaitingSince} <= ${instant.toISOString()}::timestamptz`;
}

/** The order's reminder event (sent at or before `sentBy`, when given). */
function reminderOf(db: Executor, sentBy?: Date) {
  return db
    .select({ one: sql`1` })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orders.id), eq(orderEvents.type, PAYMENT_REMINDER_EVENT), sentBy ? lte(orderEvents.createdAt, sentBy) : undefined));
}

/** Awaiting a transfer or a cheque, with nothing received, recorded or on account (see above). */
function awaitingOfflineMoneyOnly(db: Executor) {
  return and(
    inArray(orders.status, [...AWAITING_OFFLINE_MONEY]),
    inArray(orders.paymentMethod, ["transfer", "cheque"]),
    eq(orders.paidCents, 0),
    eq(orders.refundedCents, 0),
    notExists(
      db
        .select({ one: sql`1` })
        .from(payments)
        .where(
          and(
            eq(payments.orderId, orders.id),
            or(
              eq(payments.method, "net30"),
              inArray(payments.status, ["paid", "refunded", "partially_refunded"]),
              isNotNull(payments.paidAt),
              isNotNull(payments.receivedOn),
              isNotNull(payments.recordedBy),
              isNotNull(payments.offlineReference),
            ),
          ),
        ),
    ),
    // Paid in several cheques: not one of them received yet.
    sql`not exists (select 1 from instalments i join instalment_plans ip on ip.id = i.plan_id where ip.order_id = "orders"."id" and i.status <> 'expected')`,
  );
}

export async function remindAndCancelOfflineOrders(
  options: { now?: Date; reminderDays?: number; cancelDays?: number } = {},
): Promise<OfflineOrdersReport> {
  const now = options.now ?? new Date();
  const reminderDays = options.reminderDays ?? env.offlineOrderReminderDays;
  const cancelDays = options.cancelDays ?? env.offlineOrderCancelDays;
  const reminded = await sendOfflinePaymentReminders(now, reminderDays, cancelDays);

  const waitedEnough = new Date(now.getTime() - cancelDays * DAY_MS);
  const remindedEnough = new Date(now.getTime() - (cancelDays - reminderDays) * DAY_MS);
  const claimed = await claimOrders(now, (tx) =>
    and(
      awaitingOfflineMoneyOnly(tx),
      awaitingSinceAtMost(waitedEnough),
      exists(reminderOf(tx, remindedEnough)),
      notExists(
        tx
          .select({ one: sql`1` })
          .from(orderEvents)
          .where(and(eq(orderEvents.orderId, orders.id), gt(orderEvents.createdAt, waitedEnough), inArray(orderEvents.actorType, ["customer", "admin"]))),
      ),
    ),
  );

  const report: OfflineOrdersReport = {
    reminded,
    claimed: claimed.length,
    ...(await cancelClaimed(claimed, "unpaid offline order", {
      actor: JOB,
      // Timeline: "Statut : Virement attendu → Annulée — aucun paiement reçu en 14 jours, malgré le rappel".
      reason: `Aucun paiement reçu en ${daysText(cancelDays)}, malgré le rappel`,
      // E-mail: "Votre commande … a été annulée, car nous n'avons pas reçu son paiement dans le délai de 14 jours."
      customerWhy: `nous n'avons pas reçu son paiement dans le délai de ${daysText(cancelDays)}`,
      inactiveSince: waitedEnough,
      now,
    })),
  };
  if (report.reminded || claimed.length) log.info("cancel-stale-orders", "offline orders run done", report);
  return report;
}

/** Step 1: one reminder per order, queued with its event in one transaction. Returns how many were sent. */
async function sendOfflinePaymentReminders(now: Date, reminderDays: number, cancelDays: number): Promise<number> {
  const db = await getDb();
  const waitedEnough = new Date(now.getTime() - reminderDays * DAY_MS);
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(orders)
      .where(and(awaitingOfflineMoneyOnly(tx), awaitingSinceAtMost(waitedEnough), notExists(reminderOf(tx))))
      .orderBy(asc(orders.createdAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const order of due) {
      // Another instance may have reminded this order between our statement's snapshot and our
      // lock: a fresh statement, run under the lock, sees its committed event.
      const [already] = await tx
        .select({ id: orderEvents.id })
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, PAYMENT_REMINDER_EVENT)))
        .limit(1);
      if (already) continue;
      const method = order.status === "awaiting_transfer" ? "transfer" : "cheque";
      const plan = order.status === "awaiting_cheques" ? await chequePlanOf(tx, order.id) : null;
      const schedule = plan?.parts.map((p) => ({ position: p.position, dueOn: p.dueOn, amountCents: p.amountCents }));
      // The promise the e-mail makes: cancelled after the later of "cancelDays of waiting" and
      // "the gap between reminder and cancellation, from today".
      const awaiting = await awaitingSinceOf(tx, order.id);
      const cancelAfter = new Date(Math.max(awaiting.getTime() + cancelDays * DAY_MS, now.getTime() + (cancelDays - reminderDays) * DAY_MS));
      await queueOfflinePaymentReminderEmail(tx, order, method, cancelAfter, schedule);
      await recordOrderEvent(tx, {
        orderId: order.id,
        actor: JOB,
        type: PAYMENT_REMINDER_EVENT,
        reason: `Aucun paiement reçu en ${daysText(reminderDays)}`,
        data: { method, sentTo: order.email, cancelAfter: cancelAfter.toISOString() },
        // On the job's clock: the cancellation compares the reminder's date with that clock.
        at: now,
      });
      sent++;
    }
    return sent;
  });
}

async function awaitingSinceOf(db: Executor, orderId: string): Promise<Date> {
  const [row] = await db.select({ since: sql<string | Date>`${awaitingSince}` }).from(orders).where(eq(orders.id, orderId));
  return new Date(row!.since);
}


function daysText(days: number): string {
  return formatDurationFr(days * DAY_MS);
}
