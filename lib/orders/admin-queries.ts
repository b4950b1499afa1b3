import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { orderEvents, orderLines, orders, ORDER_STATUSES, payments, users } from "@/lib/db/schema";
import { moneyPosition } from "@/lib/orders/ledger";

export const PAGE_SIZE = 50;

/** The list's query string (?statut=&q=&page=), parsed leniently: a bad value means "no filter". */
export const orderListQuery = z.object({
  statut: z.enum(ORDER_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type OrderListQuery = z.infer<typeof orderListQuery>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Orders, newest first, filtered by status and by a piece of the reference or e-mail. */
export async function listOrdersForAdmin(db: Executor, query: OrderListQuery) {
  const filters: SQL[] = [];
  if (query.statut) filters.push(eq(orders.status, query.statut));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    filters.push(or(ilike(orders.reference, like), ilike(orders.email, like))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  const page = query.page ?? 1;
  const rows = await db
    .select({
      id: orders.id,
      reference: orders.reference,
      email: orders.email,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      totalCents: orders.totalCents,
      paidCents: orders.paidCents,
      flag: orders.flag,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(orders).where(where);
  return { rows, total: total?.n ?? 0, page, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
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
