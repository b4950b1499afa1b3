import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { orders, type OrderStatus } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { renderPaymentReceivedEmail } from "@/lib/mail/templates/payment-received";
import { customerNameFor } from "@/lib/orders/customer-name";
import type { Actor } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { applyMoneyReceived, moneyPosition } from "@/lib/orders/ledger";
import { OfflineRefusal, refuse, type OfflineResult, type OfflineSummary } from "@/lib/payments/offline-result";

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
    await enqueueEmail(tx, {
      to: order.email,
      template: "payment-received",
      orderId: order.id,
      email: renderPaymentReceivedEmail({
        reference: order.reference,
        customerName: await customerNameFor(tx, order),
        totalCents: order.totalCents,
        // Net: what the customer has given and not had back.
        paidCents: order.paidCents - order.refundedCents,
        method: input.method,
        hasAccount: order.userId !== null,
      }),
    });
  }
  return { ...summarise(order, input.paymentId, becamePaid), overpaidCents };
}

/** What an admin reads after a back-office action, from NET money (moneyPosition). */
export function summarise(
  order: Pick<LockedOrder, "id" | "reference" | "status" | "totalCents" | "paidCents" | "refundedCents">,
  paymentId: string,
  becamePaid: boolean,
): OfflineSummary {
  const { dueCents, excessCents } = moneyPosition(order);
  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    totalCents: order.totalCents,
    paidCents: order.paidCents,
    outstandingCents: dueCents,
    overpaidCents: excessCents,
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
