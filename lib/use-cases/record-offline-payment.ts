import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import type { Actor } from "@/lib/orders/events";
import { recordOrderEvent } from "@/lib/orders/events";
import { applyMoneyReceived } from "@/lib/orders/ledger";
import { invoiceOnceOrderPaid } from "@/lib/use-cases/invoices";
import type { RecordChequeInput, RecordTransferInput } from "@/lib/payments/offline-forms";
import { acceptsNewMoney, OfflineRefusal, refuse, summarise, type OfflineResult, type OfflineSummary } from "@/lib/payments/offline-result";
import { queuePaymentReceivedEmail } from "@/lib/use-cases/order-emails";

/*
 * Money an admin records by hand from the back-office: a transfer seen on the bank statement, a
 * cheque received, then cashed or bounced. Each action runs in one transaction with the order
 * locked, checks on the server that the caller is an admin (whatever the page did), and turns its
 * refusals (lib/payments/offline-result.ts) into values: nothing is written when it refuses.
 */

/** Who may record money by hand. The check is here, not only in the page: every caller goes through it. */
export type AdminCaller = Pick<CurrentUser, "id" | "role">;

export function adminActor(user: AdminCaller): Actor {
  return { type: "admin", id: user.id };
}

export type LockedOrder = typeof orders.$inferSelect;

/**
 * Locks the order row for the rest of the transaction: two admins recording the same transfer at
 * the same moment are serialised here, and the second one sees the first one's payment.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!order) throw new OfflineRefusal("order_not_found");
  return order;
}

/**
 * Adds confirmed money to the order through the one shared path (applyMoneyReceived: paid once
 * net money covers the total, instruction placeholders closed, any excess flagged), and queues
 * the "paiement reçu" e-mail the moment the order becomes paid. A partial amount leaves it waiting.
 */
export async function addReceivedMoney(
  tx: Tx,
  input: { order: LockedOrder; amountCents: number; paymentId: string; actor: Actor; method: "transfer" | "cheque"; label: string },
): Promise<OfflineSummary> {
  const { order, becamePaid, overpaidCents } = await applyMoneyReceived(tx, {
    orderId: input.order.id,
    amountCents: input.amountCents,
    paymentId: input.paymentId,
    actor: input.actor,
    reason: input.method === "transfer" ? "Virement reçu" : "Chèque encaissé",
    label: input.label,
  });
  if (becamePaid) {
    await queuePaymentReceivedEmail(tx, order, input.method);
    await invoiceOnceOrderPaid(tx, order.id);
  }
  return { ...summarise(order, input.paymentId, becamePaid), overpaidCents };
}

/** Runs an admin-only unit of work in one transaction; refusals roll it back and come out as values. */
export async function runAdminAction(db: Db, user: AdminCaller | null, work: (tx: Tx, actor: Actor) => Promise<OfflineSummary>): Promise<OfflineResult> {
  if (!user || user.role !== "admin") return refuse("forbidden");
  try {
    const summary = await db.transaction((tx) => work(tx, adminActor(user)));
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof OfflineRefusal) return refuse(error.code);
    throw error;
  }
}

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

/** The order, locked, if it may still receive money by hand; a refusal otherwise. */
async function lockOrderAcceptingMoney(tx: Tx, orderId: string): Promise<LockedOrder> {
  const order = await lockOrder(tx, orderId);
  if (order.status === "paid") throw new OfflineRefusal("already_paid");
  if (!acceptsNewMoney(order.status)) throw new OfflineRefusal("order_state");
  return order;
}

/**
 * "Virement reçu": an admin saw the money on the bank statement. Writes a paid transfer payment,
 * adds it to what the order received, and moves the order to "paid" once the total is covered.
 * The same bank reference cannot be recorded twice for one order (double click, two admins).
 */
export async function recordTransfer(db: Db, user: AdminCaller | null, input: RecordTransferInput): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const order = await lockOrderAcceptingMoney(tx, input.orderId);
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

/**
 * "Chèque reçu": the cheque is in hand but not cashed. A pending cheque payment is written; the
 * order does not move and nothing ships until the cheque is cashed (see cashCheque below).
 */
export async function recordCheque(db: Db, user: AdminCaller | null, input: RecordChequeInput): Promise<OfflineResult> {
  return runAdminAction(db, user, async (tx, actor) => {
    const order = await lockOrderAcceptingMoney(tx, input.orderId);
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
