import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/lib/db/client";
import type { OrderStatus, PaymentMethod } from "@/lib/db/schema";
import type { Cents } from "@/lib/shared/money";
import { UNPAID_STATUSES } from "./transitions";

/*
 * The back-office dashboard's figures (/admin), every one aggregated by PostgreSQL over an indexed
 * range, so that the page costs the same at a million orders as at ten:
 *
 * - takings: money that arrived, on the day it arrived (payments.paid_at: a card or PayPal capture,
 *   a transfer recorded, a cheque cashed) — order payments (not the net-30 placeholder row, whose
 *   money arrives as a professional's account payment) and account payments (not « credit »,
 *   which is money already counted). Gross: refunds are their own figure, on the day they were
 *   recorded. Index: payments_paid_at_idx, account_payments_paid_at_idx.
 * - refunds: the refunds recorded on payments (order event payment_refund_recorded, whatever
 *   asked for them: our « Rembourser », a provider's dashboard, or a refund the shop made itself by
 *   transfer or cheque — lib/use-cases/record-offline-refund.ts writes the same type, marked
 *   `offline`). Index: order_events_refunds_idx.
 * - refused today: payment attempts that failed today, by failure code, with the reason in words
 *   as the payment stored it. Index: payments_failed_idx.
 * - waiting for money: orders per waiting state and what they still owe. Index: orders_status_created_idx.
 * - flagged: orders an admin must look at (amount mismatch, overpayment, money an order did not
 *   want: orders.flag, written by lib/orders/ledger.ts and reconcile). Index: orders_flagged_idx.
 *
 * Days are Paris days (the shop's legal time), bounds computed by PostgreSQL from `now`, so a day
 * of 23 or 25 hours (daylight saving) counts right.
 */

export const CHART_DAYS = 30;
/** The states in which an order waits for money (an on-account order: the professional's invoice). */
export const WAITING_STATUSES: readonly OrderStatus[] = [...new Set<OrderStatus>([...UNPAID_STATUSES, "awaiting_cheques", "on_account"])];
/**
 * Order events that record money given back: providers' refunds and the shop's own (offline) share
 * one type. Another type here would need the partial index order_events_refunds_idx widened with it.
 */
export const REFUND_EVENT_TYPES = ["payment_refund_recorded"] as const;
const FLAGGED_SHOWN = 10;
const PARIS = "Europe/Paris";
const MONEY_IN = sql`('paid', 'partially_refunded', 'refunded')`;

export type MethodCents = { method: PaymentMethod; cents: Cents; count: number };
export type DashboardFigures = {
  today: string;
  takingsToday: MethodCents[];
  takingsMonth: MethodCents[];
  refundsToday: { cents: Cents; count: number };
  refundsMonth: { cents: Cents; count: number };
  refusedToday: { code: string | null; reason: string | null; method: PaymentMethod; count: number; cents: Cents }[];
  waiting: { status: OrderStatus; count: number; dueCents: Cents }[];
  flagged: { count: number; latest: { reference: string; flag: string; totalCents: Cents; createdAt: Date }[] };
  /** One entry per Paris day, oldest first, CHART_DAYS of them ending today (days without money at 0). */
  perDay: { day: string; cents: Cents }[];
};

export type DashboardBounds = { day_start: string; month_start: string; chart_start: string; until: string; today: string; days: string[] };

const num = (v: unknown): number => Number(v ?? 0);

function byMethod(rows: { method: PaymentMethod; cents: unknown; count: unknown }[]): MethodCents[] {
  const totals = new Map<PaymentMethod, MethodCents>();
  for (const r of rows) {
    const t = totals.get(r.method) ?? { method: r.method, cents: 0, count: 0 };
    t.cents += num(r.cents);
    t.count += num(r.count);
    totals.set(r.method, t);
  }
  return [...totals.values()].sort((a, b) => b.cents - a.cents || a.method.localeCompare(b.method));
}

/** Today, this month and the chart's window as Paris days, computed by PostgreSQL from `now`. */
export async function dashboardBounds(db: Executor, now: Date): Promise<DashboardBounds> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [bounds] = rowsOf<DashboardBounds>(
    await db.execute(sql`
      select
        (date_trunc('day', ${at} at time zone ${PARIS}) at time zone ${PARIS})::text as day_start,
        (date_trunc('month', ${at} at time zone ${PARIS}) at time zone ${PARIS})::text as month_start,
        ((date_trunc('day', ${at} at time zone ${PARIS}) - ${`${CHART_DAYS - 1} days`}::interval) at time zone ${PARIS})::text as chart_start,
        ((date_trunc('day', ${at} at time zone ${PARIS}) + interval '1 day') at time zone ${PARIS})::text as until,
        (${at} at time zone ${PARIS})::date::text as today,
        array(select d::date::text from generate_series(date_trunc('day', ${at} at time zone ${PARIS}) - ${`${CHART_DAYS - 1} days`}::interval, date_trunc('day', ${at} at time zone ${PARIS}), interval '1 day') d) as days`),
  );
  return bounds!;
}

/** The dashboard's queries for these bounds, each one aggregate over an indexed range (tests read their plans). */
export function dashboardQueries(b: DashboardBounds) {
  const from = sql`least(${b.month_start}::timestamptz, ${b.chart_start}::timestamptz)`;
  const until = sql`${b.until}::timestamptz`;
  return {
    takings: sql`
      select method, (paid_at at time zone ${PARIS})::date::text as day, paid_at >= ${b.month_start}::timestamptz as in_month,
             sum(amount_cents)::bigint as cents, count(*)::int as count
      from (
        select method, paid_at, amount_cents from payments
        where paid_at >= ${from} and paid_at < ${until} and method <> 'net30' and status in ${MONEY_IN}
        union all
        select method, paid_at, amount_cents from account_payments
        where paid_at >= ${from} and paid_at < ${until} and method <> 'credit' and status in ${MONEY_IN}
      ) money
      group by 1, 2, 3`,
    refunds: sql`
      select created_at >= ${b.day_start}::timestamptz as today, sum((data->>'amountCents')::bigint)::bigint as cents, count(*)::int as count
      from order_events
      where type in (${sql.join(REFUND_EVENT_TYPES.map((t) => sql`${t}`), sql`, `)}) and created_at >= ${b.month_start}::timestamptz and created_at < ${until}
      group by 1`,
    refused: sql`
      select failure_code as code, min(failure_message) as reason, method, count(*)::int as count, sum(amount_cents)::bigint as cents
      from payments
      where status = 'failed' and updated_at >= ${b.day_start}::timestamptz and updated_at < ${until}
      group by failure_code, method
      order by count(*) desc, failure_code`,
    waiting: sql`
      select status, count(*)::int as count, sum(greatest(0, total_cents - (paid_cents - refunded_cents)))::bigint as due_cents
      from orders
      where status in (${sql.join(WAITING_STATUSES.map((s) => sql`${s}`), sql`, `)})
      group by status`,
    flaggedCount: sql`select count(*)::int as count from orders where flag is not null`,
    flagged: sql`select reference, flag, total_cents, created_at from orders where flag is not null order by created_at desc, id desc limit ${FLAGGED_SHOWN}`,
  };
}

export async function loadDashboard(db: Executor, now: Date = new Date()): Promise<DashboardFigures> {
  const b = await dashboardBounds(db, now);
  const q = dashboardQueries(b);
  const [takings, refunds, refused, waiting, flaggedCount, flagged] = await Promise.all([q.takings, q.refunds, q.refused, q.waiting, q.flaggedCount, q.flagged].map((query) => db.execute(query)));
  const takingRows = rowsOf<{ method: PaymentMethod; day: string; in_month: boolean; cents: string; count: number }>(takings);
  const refundRows = rowsOf<{ today: boolean; cents: string; count: number }>(refunds);
  const perDay = new Map<string, number>(b.days.map((d) => [d, 0]));
  for (const r of takingRows) if (perDay.has(r.day)) perDay.set(r.day, perDay.get(r.day)! + num(r.cents));
  const sumRefunds = (rows: typeof refundRows) => ({ cents: rows.reduce((s, r) => s + num(r.cents), 0), count: rows.reduce((s, r) => s + num(r.count), 0) });
  const waitingRows = rowsOf<{ status: OrderStatus; count: number; due_cents: string }>(waiting);

  return {
    today: b.today,
    takingsToday: byMethod(takingRows.filter((r) => r.day === b.today)),
    takingsMonth: byMethod(takingRows.filter((r) => r.in_month)),
    refundsToday: sumRefunds(refundRows.filter((r) => r.today)),
    refundsMonth: sumRefunds(refundRows),
    refusedToday: rowsOf<{ code: string | null; reason: string | null; method: PaymentMethod; count: number; cents: string }>(refused).map((r) => ({ ...r, count: num(r.count), cents: num(r.cents) })),
    waiting: WAITING_STATUSES.flatMap((status) => {
      const row = waitingRows.find((r) => r.status === status);
      return row ? [{ status, count: num(row.count), dueCents: num(row.due_cents) }] : [];
    }),
    flagged: {
      count: num(rowsOf<{ count: number }>(flaggedCount)[0]?.count),
      latest: rowsOf<{ reference: string; flag: string; total_cents: number; created_at: string | Date }>(flagged).map((r) => ({ reference: r.reference, flag: r.flag, totalCents: num(r.total_cents), createdAt: new Date(r.created_at) })),
    },
    perDay: [...perDay.entries()].map(([day, cents]) => ({ day, cents })),
  };
}
