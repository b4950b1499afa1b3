import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { tokenMatches } from "@/lib/crypto-tokens";
import type { Executor } from "@/lib/db/client";
import { orderEvents, orderLines, orders, payments, type UserRole } from "@/lib/db/schema";

/**
 * Who may see an order: the holder of its link (guest token), the signed-in customer it belongs
 * to, or an admin. Everyone else gets the same answer as for an order that does not exist (null →
 * 404), so a reference alone reveals nothing.
 */

export type Viewer = { token: string | null | undefined; user: { id: string; role: UserRole } | null };

const REFERENCE = /^CA-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/;

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

export type OrderForCustomer = {
  order: OrderRow;
  lines: OrderLineRow[];
  events: OrderEventRow[];
  payments: PaymentRow[];
  viewerIsOwner: boolean;
};

export function canViewOrder(order: Pick<OrderRow, "userId" | "accessTokenHash">, viewer: Viewer): boolean {
  if (viewer.user?.role === "admin") return true;
  if (viewer.user && order.userId && order.userId === viewer.user.id) return true;
  if (viewer.token && viewer.token.length <= 200 && tokenMatches(viewer.token, order.accessTokenHash)) return true;
  return false;
}

/** The order with its lines, payments and history, or null when it is unknown OR not this viewer's. */
export async function findOrderForViewer(db: Executor, reference: string, viewer: Viewer): Promise<OrderForCustomer | null> {
  const ref = reference.trim().toUpperCase();
  if (!REFERENCE.test(ref)) return null;
  const [order] = await db.select().from(orders).where(eq(orders.reference, ref));
  if (!order || !canViewOrder(order, viewer)) return null;
  const [lines, events, pays] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
    db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt)),
  ]);
  return { order, lines, events, payments: pays, viewerIsOwner: !!viewer.user && order.userId === viewer.user.id };
}
