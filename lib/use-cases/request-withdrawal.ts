import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, users, withdrawalRequests } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderWithdrawalReceivedEmail } from "@/lib/mail/templates/withdrawal-received";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { withdrawalEligibility, withdrawalRefundDueBy, type WithdrawalRefusal } from "@/lib/orders/withdrawal";
import { formatDateFr, formatDeadlineFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";

/**
 * « Me rétracter »: records a consumer's withdrawal from an order (lib/orders/withdrawal.ts says
 * who may, and until when), once, under the order's lock: the request with the net money to give
 * back and the refund's deadline, an event for the timelines, and the acknowledgement e-mail in the
 * same transaction. The refund itself is the back-office's (an admin refunds what is listed).
 */

export type WithdrawalResult = { ok: true; refundDueBy: Date } | { ok: false; reason: WithdrawalRefusal | "not_found"; message: string };

export async function requestWithdrawal(input: { orderId: string; actor: Actor; now?: Date }): Promise<WithdrawalResult> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return db.transaction(async (tx): Promise<WithdrawalResult> => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return { ok: false, reason: "not_found", message: "Commande introuvable." };
    const [account] = order.userId ? await tx.select({ role: users.role }).from(users).where(eq(users.id, order.userId)) : [];
    const [existing] = await tx.select({ id: withdrawalRequests.id }).from(withdrawalRequests).where(eq(withdrawalRequests.orderId, order.id));
    const eligible = withdrawalEligibility({ order, accountRole: account?.role ?? null, alreadyRequested: Boolean(existing), now });
    if (!eligible.ok) return eligible;
    const refundDueBy = withdrawalRefundDueBy(now);
    const amountCents = Math.max(0, order.paidCents - order.refundedCents);
    await tx.insert(withdrawalRequests).values({ orderId: order.id, requestedAt: now, refundDueBy, amountCents, requestedByType: input.actor.type, requestedById: input.actor.id ?? null });
    await recordOrderEvent(tx, { orderId: order.id, actor: input.actor, type: "withdrawal_requested", data: { amountCents, refundDueBy: refundDueBy.toISOString() }, at: now });
    await enqueueEmail(tx, {
      to: order.email,
      template: EMAIL_TEMPLATES.withdrawalReceived,
      orderId: order.id,
      email: renderWithdrawalReceivedEmail({
        reference: order.reference,
        customerName: await customerNameFor(tx, order),
        requestedAtText: formatDeadlineFr(now),
        refundDueByText: formatDateFr(refundDueBy),
        amountCents,
        returnAddress: `${env.merchant.legalName}, ${env.merchant.address.split(/\r?\n|\\n/).filter(Boolean).join(", ")}`,
      }),
    });
    return { ok: true, refundDueBy };
  });
}

/** For the order page and the back-office: the request made, if any, and whether the button is offered now. */
export async function loadWithdrawal(order: typeof orders.$inferSelect, now: Date = new Date()) {
  const db = await getDb();
  const [request] = await db.select().from(withdrawalRequests).where(eq(withdrawalRequests.orderId, order.id));
  const [account] = order.userId ? await db.select({ role: users.role }).from(users).where(eq(users.id, order.userId)) : [];
  const eligible = withdrawalEligibility({ order, accountRole: account?.role ?? null, alreadyRequested: Boolean(request), now });
  return { request: request ?? null, offered: eligible.ok };
}
