import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import { lockPendingCheque } from "./cheque-payment";
import { OfflineRefusal, type OfflineResult } from "@/lib/payments/offline-result";
import { addReceivedMoney, runAdminAction, type AdminCaller } from "./offline-payment";

/**
 * "Chèque encaissé": the bank credited a received cheque. The payment becomes paid, its amount is
 * added to the order, and the order is paid once covered. A cheque for an order paid meanwhile
 * is still recorded (the money is there) and shows as an overpayment.
 */
export async function cashCheque(db: Db, user: AdminCaller | null, input: { paymentId: string }): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const { order, payment } = await lockPendingCheque(tx, input.paymentId);
    if (order.status === "cancelled" || order.status === "refunded") throw new OfflineRefusal("order_state");
    await tx.update(payments).set({ status: "paid", paidAt: new Date(), updatedAt: new Date() }).where(eq(payments.id, payment.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor,
      type: "cheque_cashed",
      data: { amountCents: payment.amountCents, chequeNumber: payment.offlineReference },
    });
    return addReceivedMoney(tx, { order, amountCents: payment.amountCents, paymentId: payment.id, actor, method: "cheque", label: `Chèque n° ${payment.offlineReference ?? "?"}` });
  });
}
