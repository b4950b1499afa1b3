import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import type { RecordChequeInput } from "@/lib/payments/offline-forms";
import { OfflineRefusal, type OfflineResult } from "@/lib/payments/offline-result";
import { acceptsNewMoney, lockOrder, runAdminAction, summarise, type AdminCaller } from "./offline-payment";

/**
 * "Chèque reçu": the cheque is in hand but not cashed. A pending cheque payment is written; the
 * order does not move and nothing ships until the cheque is cashed (see cash-cheque.ts).
 */
export async function recordCheque(db: Db, user: AdminCaller | null, input: RecordChequeInput): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.status === "paid") throw new OfflineRefusal("already_paid");
    if (!acceptsNewMoney(order.status)) throw new OfflineRefusal("order_state");
    // A bounced cheque may be presented again under the same number: only live ones count.
    const [duplicate] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, order.id),
          eq(payments.method, "cheque"),
          eq(payments.offlineReference, input.chequeNumber),
          inArray(payments.status, ["pending", "paid"]),
        ),
      );
    if (duplicate) throw new OfflineRefusal("duplicate_cheque");
    const [payment] = await tx
      .insert(payments)
      .values({
        orderId: order.id,
        method: "cheque",
        status: "pending",
        amountCents: input.amountCents,
        offlineReference: input.chequeNumber,
        receivedOn: input.receivedOn,
        recordedBy: actor.id ?? null,
      })
      .returning({ id: payments.id });
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment!.id,
      actor,
      type: "cheque_received",
      data: { amountCents: input.amountCents, chequeNumber: input.chequeNumber, receivedOn: input.receivedOn },
    });
    return summarise(order, payment!.id, false);
  });
}
