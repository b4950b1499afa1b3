import { eq, max } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orderEvents, orders } from "@/lib/db/schema";

/*
 * The version of an order as a page showed it: its latest timeline event and its last update.
 * Every state change of an order or of its payments writes an event (DESIGN.md), and every write
 * to the order row moves updated_at, so two pages that show the same version showed the same
 * order. The admin order page binds it into each of its action forms; an action whose version is
 * no longer the order's is refused with STALE_ORDER_MESSAGE and does nothing (a second admin, a
 * notification or a job changed the order in between: what the admin decided on is gone).
 */

export const STALE_ORDER_MESSAGE = "Cette commande a changé depuis l'affichage de la page : rechargez-la.";

/** From what a page already read (the order and its events, oldest first). Pure. */
export function orderVersionOf(order: { updatedAt: Date }, events: readonly { id: number }[]): string {
  const lastEvent = events.reduce((max, e) => Math.max(max, e.id), 0);
  return `${lastEvent}-${order.updatedAt.getTime()}`;
}

/** The version as the database has it now; null for an unknown order. Call it under the order lock to decide. */
export async function currentOrderVersion(db: Executor, orderId: string): Promise<string | null> {
  const [order] = await db.select({ updatedAt: orders.updatedAt }).from(orders).where(eq(orders.id, orderId));
  if (!order) return null;
  const [last] = await db.select({ id: max(orderEvents.id) }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
  return orderVersionOf(order, last?.id == null ? [] : [{ id: Number(last.id) }]);
}
