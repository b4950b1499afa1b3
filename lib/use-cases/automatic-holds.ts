import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "@/lib/db/client";
import { instalmentPlans, instalments, invoices, orders, proAccounts } from "@/lib/db/schema";
import { addDays, daysBetween } from "@/lib/billing/payment-terms";
import { remainingCents } from "@/lib/billing/invoice-status";
import { isPastHoldThreshold } from "@/lib/billing/reminders";
import { env } from "@/lib/shared/env";
import { currentTime } from "@/lib/shared/clock";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { holdAccountAutomatically, releaseAutomaticHold } from "@/lib/use-cases/pro-accounts";

/*
 * Holds the shop sets and lifts by itself. An approved account with an invoice more than
 * HOLD_AFTER_DAYS_LATE days late goes on hold (source 'overdue'): no new net-30 or instalment
 * order until it pays; it still buys paying upfront. A hold the shop set (for lateness, or for a
 * bounced instalment cheque, set by the instalments code) lifts itself once its causes are all
 * gone: nothing overdue (due today is not late), and no bounced instalment left unsettled — a
 * bounced instalment counts as settled once the invoice of its order has no balance (or, without
 * an invoice, once the order is paid or cancelled). An admin's hold is never lifted here.
 *
 * Both run in the reminder job (a sweep, safe on several instances: each account is re-checked
 * under its row lock) and the release also right after a payment is applied
 * (invoice-payments.ts), in the payment's transaction, so paying lifts the hold at once.
 */

const SETTLED_ORDER_STATUSES = ["paid", "cancelled", "refunded", "partially_refunded"] as const;

async function accountOwner(db: Executor, accountId: string): Promise<string | null> {
  const [row] = await db.select({ userId: proAccounts.userId }).from(proAccounts).where(eq(proAccounts.id, accountId));
  return row?.userId ?? null;
}

/** The account's open invoices past their due date, oldest first. */
async function overdueInvoices(db: Executor, accountId: string, today: string) {
  const rows = await db
    .select({ number: invoices.number, dueDate: invoices.dueDate, totalCents: invoices.totalCents, paidCents: invoices.paidCents })
    .from(invoices)
    .where(and(eq(invoices.proAccountId, accountId), eq(invoices.kind, "invoice"), isNull(invoices.settledAt), isNotNull(invoices.dueDate), lt(invoices.dueDate, today)))
    .orderBy(asc(invoices.dueDate), asc(invoices.sequence));
  return rows.filter((r) => remainingCents(r) > 0).map((r) => ({ ...r, dueDate: r.dueDate!, remainingCents: remainingCents(r) }));
}

/** Bounced instalment cheques of the account's orders whose debt is not settled yet. */
export async function unsettledBouncedInstalments(db: Executor, userId: string) {
  const rows = await db
    .select({
      chequeNumber: instalments.chequeNumber,
      amountCents: instalments.amountCents,
      reference: orders.reference,
      orderStatus: orders.status,
      invoiceTotal: invoices.totalCents,
      invoicePaid: invoices.paidCents,
    })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .leftJoin(invoices, and(eq(invoices.orderId, orders.id), eq(invoices.kind, "invoice")))
    .where(and(eq(orders.userId, userId), eq(instalments.status, "bounced")));
  return rows.filter((r) =>
    r.invoiceTotal !== null && r.invoicePaid !== null ? r.invoicePaid < r.invoiceTotal : !(SETTLED_ORDER_STATUSES as readonly string[]).includes(r.orderStatus),
  );
}

/** Why an automatic hold must stay, in words for the pro and the admin; null when nothing is owed late. */
export async function automaticHoldCause(db: Executor, accountId: string, today: string): Promise<string | null> {
  const overdue = await overdueInvoices(db, accountId, today);
  if (overdue.length) return overdueReason(overdue, today);
  const userId = await accountOwner(db, accountId);
  const bounced = userId ? await unsettledBouncedInstalments(db, userId) : [];
  if (bounced.length) {
    const b = bounced[0]!;
    return `chèque${b.chequeNumber ? ` n° ${b.chequeNumber}` : ""} de ${formatEur(b.amountCents)} de la commande ${b.reference} revenu impayé`;
  }
  return null;
}

function overdueReason(overdue: readonly { number: string; dueDate: string; remainingCents: number }[], today: string): string {
  const first = overdue[0]!;
  const total = overdue.reduce((sum, i) => sum + i.remainingCents, 0);
  const late = daysBetween(first.dueDate, today);
  const head = `facture ${first.number} échue le ${formatIsoDateFr(first.dueDate)} (${late} jour${late > 1 ? "s" : ""} de retard)`;
  return overdue.length === 1 ? `${head}, ${formatEur(total)} à régler` : `${head} et ${overdue.length - 1} autre${overdue.length > 2 ? "s" : ""} : ${formatEur(total)} en retard à régler`;
}

/**
 * Lifts the account's automatic hold if nothing late is owed any more, in the caller's
 * transaction. Called after each payment applied to invoices, and by the sweep.
 */
export async function releaseHoldIfSettled(tx: Tx, accountId: string, today = todayInParis(currentTime())): Promise<boolean> {
  const [account] = await tx.select({ onHold: proAccounts.onHold, holdSource: proAccounts.holdSource }).from(proAccounts).where(eq(proAccounts.id, accountId)).for("update");
  if (!account?.onHold || account.holdSource === "admin" || account.holdSource === null) return false;
  if (await automaticHoldCause(tx, accountId, today)) return false;
  const released = await releaseAutomaticHold(tx, accountId, "Plus rien n'est dû en retard : la suspension est levée automatiquement.");
  if (released) log.info("holds", "automatic hold lifted", { accountId });
  return released;
}

export type HoldSweepReport = { held: number; released: number };

/**
 * The sweep: holds accounts with an invoice more than `holdAfterDaysLate` days late, releases
 * automatic holds whose causes are gone. One transaction per account.
 */
export async function sweepAutomaticHolds(db: Db, options: { today?: string; holdAfterDaysLate?: number } = {}): Promise<HoldSweepReport> {
  const today = options.today ?? todayInParis(currentTime());
  const holdAfter = options.holdAfterDaysLate ?? env.reminders.holdAfterDaysLate;
  // Late by more than holdAfter days: due before today − holdAfter.
  const limit = addDays(today, -holdAfter);
  const toHold = await db
    .selectDistinct({ id: proAccounts.id })
    .from(proAccounts)
    .innerJoin(invoices, eq(invoices.proAccountId, proAccounts.id))
    .where(
      and(
        eq(proAccounts.status, "approved"),
        eq(proAccounts.onHold, false),
        eq(invoices.kind, "invoice"),
        isNull(invoices.settledAt),
        lt(invoices.dueDate, limit),
        sql`${invoices.paidCents} < ${invoices.totalCents}`,
      ),
    );
  let held = 0;
  for (const { id } of toHold) {
    const done = await db.transaction(async (tx) => {
      const [account] = await tx.select({ onHold: proAccounts.onHold }).from(proAccounts).where(eq(proAccounts.id, id)).for("update");
      if (!account || account.onHold) return false;
      const pastLimit = (await overdueInvoices(tx, id, today)).filter((i) => isPastHoldThreshold(i, today, holdAfter));
      if (!pastLimit.length) return false;
      return holdAccountAutomatically(tx, id, { source: "overdue", reason: overdueReason(pastLimit, today) });
    });
    if (done) held++;
  }
  const heldAutomatically = await db
    .select({ id: proAccounts.id })
    .from(proAccounts)
    .where(and(eq(proAccounts.onHold, true), inArray(proAccounts.holdSource, ["overdue", "bounced_cheque"])));
  let released = 0;
  for (const { id } of heldAutomatically) {
    if (await db.transaction((tx) => releaseHoldIfSettled(tx, id, today))) released++;
  }
  if (held || released) log.info("holds", "automatic holds swept", { held, released });
  return { held, released };
}
