import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Executor } from "@/lib/db/client";
import { invoices, orderEvents, orderLines, orders, ORDER_STATUSES, PAYMENT_PROVIDERS, payments, users, type OrderStatus, type UserRole } from "@/lib/db/schema";
import type { OrderCursor, OrderListQuery } from "@/lib/orders/order-list-query";
import { moneyPosition } from "@/lib/orders/ledger";

export const PAGE_SIZE = 50;

/** Above this many, a status's count is the planner's estimate: counting a million rows on every page view costs more than it tells. */
export const EXACT_COUNT_LIMIT = 10_000;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const isDateSort = (q: OrderListQuery) => q.tri === "recent" || q.tri === "ancien";
const isDescending = (q: OrderListQuery) => q.tri === "recent" || q.tri === "montant-desc";

/** The start of a Paris day, as a timestamptz expression (the shop's days are Paris days). */
function parisDayStart(day: string, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::integer)::timestamp at time zone 'Europe/Paris')`;
}

/**
 * The orders a provider id (payment, capture) or an invoice number names exactly: few rows, each
 * found through a unique or partial index, and then OR-ed with the trigram search as a plain id
 * list so that PostgreSQL can combine both with a BitmapOr instead of scanning orders.
 */
async function ordersNamedExactly(db: Executor, q: string): Promise<string[]> {
  const [byPayment, byInvoice] = await Promise.all([
    db
      .select({ orderId: payments.orderId })
      .from(payments)
      .where(or(and(inArray(payments.provider, [...PAYMENT_PROVIDERS]), eq(payments.providerRef, q)), eq(payments.transactionId, q)))
      .limit(100),
    db.select({ orderId: invoices.orderId }).from(invoices).where(eq(invoices.number, q.toUpperCase())).limit(100),
  ]);
  return [...new Set([...byPayment, ...byInvoice].map((r) => r.orderId))];
}

/** Every filter of the query but the status and the position (the status counts reuse them). */
async function orderFilters(db: Executor, query: OrderListQuery): Promise<SQL[]> {
  const filters: SQL[] = [];
  if (query.q) {
    const ids = await ordersNamedExactly(db, query.q);
    const contains = ilike(orders.searchText, `%${escapeLike(query.q)}%`);
    filters.push(ids.length ? or(contains, inArray(orders.id, ids))! : contains);
  }
  if (query.moyen) filters.push(eq(orders.paymentMethod, query.moyen));
  if (query.signale) filters.push(isNotNull(orders.flag));
  if (query.du) filters.push(gte(orders.createdAt, parisDayStart(query.du)));
  if (query.au) filters.push(lt(orders.createdAt, parisDayStart(query.au, 1)));
  if (query.minCents !== undefined) filters.push(gte(orders.totalCents, query.minCents));
  if (query.maxCents !== undefined) filters.push(lte(orders.totalCents, query.maxCents));
  if (query.client === "invite") filters.push(isNull(orders.userId));
  else if (query.client) {
    const roles: UserRole[] = query.client === "pro" ? ["pro"] : ["customer", "admin"];
    filters.push(sql`exists (select 1 from ${users} where ${users.id} = ${orders.userId} and ${inArray(users.role, roles)})`);
  }
  return filters;
}

/** Where the page starts: after/before a cursor, or at a day (jump), in the direction of the sort. */
function positionFilter(query: OrderListQuery): { filter?: SQL; scanDescending: boolean } {
  const backwards = Boolean(query.avant);
  const scanDescending = isDescending(query) !== backwards;
  const cursor = query.apres ?? query.avant;
  if (cursor) {
    const key = isDateSort(query) ? sql`${cursor.key}::timestamptz` : sql`${cursor.key}::integer`;
    const column = isDateSort(query) ? orders.createdAt : orders.totalCents;
    const filter = scanDescending ? sql`(${column}, ${orders.id}) < (${key}, ${cursor.id}::uuid)` : sql`(${column}, ${orders.id}) > (${key}, ${cursor.id}::uuid)`;
    return { filter, scanDescending };
  }
  if (query.date && isDateSort(query)) {
    return { filter: query.tri === "recent" ? lt(orders.createdAt, parisDayStart(query.date, 1)) : gte(orders.createdAt, parisDayStart(query.date)), scanDescending };
  }
  return { scanDescending };
}

/**
 * One page of the list's SELECT (not run): the page and the CSV export run it, the index test
 * EXPLAINs it. Keyset on (sort key, id): every page, the ten-thousandth too, is one index range
 * scan, and a page does not shift when new orders arrive.
 */
export async function orderPageSelect(db: Executor, query: OrderListQuery, limit: number) {
  const filters = await orderFilters(db, query);
  if (query.statut) filters.push(eq(orders.status, query.statut));
  const { filter, scanDescending } = positionFilter(query);
  if (filter) filters.push(filter);
  const column = isDateSort(query) ? orders.createdAt : orders.totalCents;
  const order = scanDescending ? [desc(column), desc(orders.id)] : [asc(column), asc(orders.id)];
  // Returned inside an object: a drizzle query is a thenable, and an async function would run it.
  return {
    select: db
      .select({
        id: orders.id,
        reference: orders.reference,
        email: orders.email,
        billingAddress: orders.billingAddress,
        userRole: users.role,
        status: orders.status,
        paymentMethod: orders.paymentMethod,
        totalCents: orders.totalCents,
        vatCents: orders.vatCents,
        paidCents: orders.paidCents,
        refundedCents: orders.refundedCents,
        flag: orders.flag,
        createdAt: orders.createdAt,
        /** Full precision (microseconds): a JS Date would cut it to milliseconds and the keyset would skip rows. */
        createdAtKey: sql<string>`${orders.createdAt}::text`,
      })
      .from(orders)
      .leftJoin(users, eq(users.id, orders.userId))
      .where(filters.length ? and(...filters) : undefined)
      .orderBy(...order)
      .limit(limit),
    scanDescending,
  };
}

export type AdminOrderRow = Awaited<Awaited<ReturnType<typeof orderPageSelect>>["select"]>[number];

export function cursorOf(query: OrderListQuery, row: AdminOrderRow): OrderCursor {
  return { key: isDateSort(query) ? row.createdAtKey : String(row.totalCents), id: row.id };
}

/** A page of orders and the cursors of the pages around it (null: there is none). */
export async function listOrdersForAdmin(db: Executor, query: OrderListQuery) {
  const { select } = await orderPageSelect(db, query, PAGE_SIZE + 1);
  const fetched = await select;
  const more = fetched.length > PAGE_SIZE;
  const page = fetched.slice(0, PAGE_SIZE);
  // Fetched backwards for « précédentes »: put the page back in the sort's order.
  if (query.avant) page.reverse();
  const positioned = Boolean(query.apres ?? query.avant ?? (query.date && isDateSort(query)));
  const first = page[0];
  const last = page.at(-1);
  return {
    rows: page,
    previous: first && (query.avant ? more : positioned) ? cursorOf(query, first) : null,
    next: last && (query.avant ? true : more) ? cursorOf(query, last) : null,
  };
}

export type StatusCount = { status: OrderStatus; count: number; estimated: boolean };

/**
 * How many orders of each status match the other filters. Counted exactly up to
 * EXACT_COUNT_LIMIT (the count stops reading there), else the planner's estimate, flagged so
 * that the page says « environ ».
 */
export async function countOrdersByStatus(db: Executor, query: OrderListQuery): Promise<StatusCount[]> {
  const filters = await orderFilters(db, query);
  return Promise.all(
    ORDER_STATUSES.map(async (status): Promise<StatusCount> => {
      const where = and(...filters, eq(orders.status, status));
      const capped = db.select({ one: sql`1` }).from(orders).where(where).limit(EXACT_COUNT_LIMIT + 1);
      const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*)::integer as n from (${capped}) as capped`));
      const exact = Number(row?.n ?? 0);
      if (exact <= EXACT_COUNT_LIMIT) return { status, count: exact, estimated: false };
      const plan = rowsOf<Record<string, unknown>>(await db.execute(sql`explain (format json) ${db.select({ one: sql`1` }).from(orders).where(where)}`));
      return { status, count: Math.max(EXACT_COUNT_LIMIT + 1, planRows(plan)), estimated: true };
    }),
  );
}

/** The top node's row estimate of an EXPLAIN (FORMAT JSON), whichever driver parsed it. */
function planRows(result: Record<string, unknown>[]): number {
  const cell = Object.values(result[0] ?? {})[0];
  const json: unknown = typeof cell === "string" ? JSON.parse(cell) : cell;
  const parsed = z.array(z.object({ Plan: z.object({ "Plan Rows": z.number() }) })).safeParse(json);
  return parsed.success ? Math.round(parsed.data[0]!.Plan["Plan Rows"]) : 0;
}

/** Everything the admin order page shows, or null for an unknown reference. */
export async function getOrderForAdmin(db: Executor, reference: string) {
  const [order] = await db.select().from(orders).where(eq(orders.reference, reference));
  if (!order) return null;
  const [lines, paymentRows, events] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(asc(payments.createdAt)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
  ]);
  // Names of the people who appear in the timeline and the payments table.
  const ids = new Set<string>();
  for (const p of paymentRows) if (p.recordedBy) ids.add(p.recordedBy);
  for (const e of events) if ((e.actorType === "admin" || e.actorType === "customer") && e.actorId && z.uuid().safeParse(e.actorId).success) ids.add(e.actorId);
  const people = ids.size ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids])) : [];
  const names = new Map(people.map((u) => [u.id, u.name]));
  // From NET money: a duplicate payment refunded is no longer "trop-perçu".
  const { dueCents, excessCents } = moneyPosition(order);
  return {
    order,
    lines,
    payments: paymentRows,
    events,
    names,
    outstandingCents: dueCents,
    overpaidCents: excessCents,
  };
}

export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getOrderForAdmin>>>;
