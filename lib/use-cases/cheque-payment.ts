import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { OfflineRefusal } from "@/lib/payments/offline-result";
import { lockOrder, type LockedOrder } from "./offline-payment";

/**
 * Locks the order, then the cheque payment, in that order (the same order as every other action,
 * so two actions never deadlock), and checks the cheque is still waiting to be cashed.
 */
export async function lockPendingCheque(tx: Tx, paymentId: string): Promise<{ order: LockedOrder; payment: typeof payments.$inferSelect }> {
  const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, paymentId));
  if (!ref) throw new OfflineRefusal("payment_not_found");
  const order = await lockOrder(tx, ref.orderId);
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
  // A received cheque has a number; the checkout's instructions placeholder is not a cheque in hand.
  if (!payment || payment.method !== "cheque" || payment.offlineReference === null) throw new OfflineRefusal("payment_not_found");
  if (payment.status !== "pending") throw new OfflineRefusal("payment_state");
  return { order, payment };
}
