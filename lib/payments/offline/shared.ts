import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { orders, payments, type OrderStatus } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { renderPaymentReceivedEmail } from "@/lib/mail/templates/payment-received";
import { transitionOrder, type Actor } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { OfflineRefusal, refuse, type OfflineResult, type OfflineSummary } from "./result";

/** Who may record money by hand. The check is here, not only in the page: every caller goes through it. */
export type AdminCaller = Pick<CurrentUser, "id" | "role">;

export function adminActor(user: AdminCaller): Actor {
  return { type: "admin", id: user.id };
}

/** States in which new money (a transfer, a cheque) may be recorded against an order. */
export function acceptsNewMoney(status: OrderStatus): boolean {
  return isUnpaid(status) || status === "on_account";
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
 * Adds confirmed money to the order; moves it to "paid" (and queues the "paiement reçu" e-mail)
 * the moment what was received covers the total. A partial amount leaves the order waiting.
 */
export async function addReceivedMoney(
  tx: Tx,
  input: { order: LockedOrder; amountCents: number; paymentId: string; actor: Actor; method: "transfer" | "cheque" },
): Promise<OfflineSummary> {
  const { order } = input;
  const paidCents = order.paidCents + input.amountCents;
  await tx.update(orders).set({ paidCents, updatedAt: new Date() }).where(eq(orders.id, order.id));
  let status = order.status;
  let becamePaid = false;
  if (paidCents >= order.totalCents && status !== "paid") {
    await transitionOrder(tx, {
      orderId: order.id,
      to: "paid",
      actor: input.actor,
      paymentId: input.paymentId,
      reason: input.method === "transfer" ? "Virement reçu" : "Chèque encaissé",
      data: { paidCents, totalCents: order.totalCents },
    });
    status = "paid";
    becamePaid = true;
    await closeInstructionPlaceholders(tx, order.id);
    await enqueueEmail(tx, {
      to: order.email,
      template: "payment-received",
      orderId: order.id,
      email: renderPaymentReceivedEmail({
        reference: order.reference,
        customerName: `${order.billingAddress.firstName} ${order.billingAddress.lastName}`.trim(),
        totalCents: order.totalCents,
        paidCents,
        method: input.method,
        hasAccount: order.userId !== null,
      }),
    });
  }
  return summarise({ ...order, paidCents, status }, input.paymentId, becamePaid);
}

/**
 * Checkout writes one "pending" transfer/cheque payment per offline order: the instructions given
 * to the customer, with no reference and nobody who recorded it. Money actually received is
 * recorded as payments of its own; once the order is paid the placeholder is closed, so nothing
 * offline stays "pending" on a paid order.
 */
export function isInstructionPlaceholder(p: { method: string; recordedBy: string | null; offlineReference: string | null }): boolean {
  return (p.method === "transfer" || p.method === "cheque") && p.recordedBy === null && p.offlineReference === null;
}

async function closeInstructionPlaceholders(tx: Tx, orderId: string): Promise<void> {
  await tx
    .update(payments)
    .set({ status: "cancelled", failureCode: "superseded", failureMessage: "Remplacé par les paiements reçus", updatedAt: new Date() })
    .where(
      and(
        eq(payments.orderId, orderId),
        inArray(payments.method, ["transfer", "cheque"]),
        eq(payments.status, "pending"),
        isNull(payments.recordedBy),
        isNull(payments.offlineReference),
      ),
    );
}

export function summarise(order: Pick<LockedOrder, "id" | "reference" | "status" | "totalCents" | "paidCents">, paymentId: string, becamePaid: boolean): OfflineSummary {
  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    totalCents: order.totalCents,
    paidCents: order.paidCents,
    outstandingCents: Math.max(0, order.totalCents - order.paidCents),
    overpaidCents: Math.max(0, order.paidCents - order.totalCents),
    paymentId,
    becamePaid,
  };
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
