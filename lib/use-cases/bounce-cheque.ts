import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import { lockPendingCheque } from "./cheque-payment";
import type { OfflineResult } from "@/lib/payments/offline-result";
import { runAdminAction, summarise, type AdminCaller } from "./offline-payment";

/**
 * "Chèque impayé": the bank rejected a received cheque. The payment fails with the reason; the
 * order keeps waiting for its money (it never counted the cheque) and the timeline says why.
 */
export async function bounceCheque(db: Db, user: AdminCaller | null, input: { paymentId: string; reason: string }): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const { order, payment } = await lockPendingCheque(tx, input.paymentId);
    await tx
      .update(payments)
      .set({ status: "failed", failureCode: "cheque_bounced", failureMessage: input.reason, updatedAt: new Date() })
      .where(eq(payments.id, payment.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor,
      type: "cheque_bounced",
      reason: input.reason,
      data: { amountCents: payment.amountCents, chequeNumber: payment.offlineReference },
    });
    return summarise(order, payment.id, false);
  });
}
