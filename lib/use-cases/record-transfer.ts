import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import type { RecordTransferInput } from "@/lib/payments/offline-forms";
import { OfflineRefusal, type OfflineResult } from "@/lib/payments/offline-result";
import { acceptsNewMoney, addReceivedMoney, lockOrder, runAdminAction, type AdminCaller } from "./offline-payment";

/**
 * "Virement reçu": an admin saw the money on the bank statement. Writes a paid transfer payment,
 * adds it to what the order received, and moves the order to "paid" once the total is covered.
 * The same bank reference cannot be recorded twice for one order (double click, two admins).
 */
export async function recordTransfer(db: Db, user: AdminCaller | null, input: RecordTransferInput): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.status === "paid") throw new OfflineRefusal("already_paid");
    if (!acceptsNewMoney(order.status)) throw new OfflineRefusal("order_state");
    const [duplicate] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(
          eq(payments.orderId, order.id),
          eq(payments.method, "transfer"),
          sql`lower(${payments.offlineReference}) = lower(${input.bankReference})`,
        ),
      );
    if (duplicate) throw new OfflineRefusal("duplicate_transfer");
    const now = new Date();
    const [payment] = await tx
      .insert(payments)
      .values({
        orderId: order.id,
        method: "transfer",
        status: "paid",
        amountCents: input.amountCents,
        offlineReference: input.bankReference,
        receivedOn: input.receivedOn,
        recordedBy: actor.id ?? null,
        paidAt: now,
      })
      .returning({ id: payments.id });
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment!.id,
      actor,
      type: "transfer_recorded",
      data: { amountCents: input.amountCents, bankReference: input.bankReference, receivedOn: input.receivedOn },
    });
    return addReceivedMoney(tx, { order, amountCents: input.amountCents, paymentId: payment!.id, actor, method: "transfer", label: `Virement ${input.bankReference}` });
  });
}
