import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";

/** A signed-in customer's orders, newest first (their account page links each to /commandes/[reference]). */
export async function listOrdersOfUser(db: Executor, userId: string) {
  return db
    .select({
      reference: orders.reference,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      totalCents: orders.totalCents,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(200);
}
