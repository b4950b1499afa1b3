import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { orderEvents, orders, payments } from "@/lib/db/schema";
import { recordOrderEvent } from "@/lib/orders/events";
import { applyMoneyRefunded } from "@/lib/orders/ledger";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { isOfflineRefundEvent, LEGACY_OFFLINE_REFUND_EVENT, OFFLINE_REFUND_EVENT, offlineRefundableCents, type OfflineRefundInput } from "@/lib/payments/offline-refunds";
import { formatEur } from "@/lib/shared/money";
import { followUpRefund } from "@/lib/use-cases/refund-follow-up";

/*
 * « Enregistrer un remboursement » for money that came by transfer or cheque: the admin gave it
 * back outside the shop (a transfer to the customer, a cheque sent to them) and records it with
 * their reference. In one transaction, the order then the payment locked (the order every writer
 * uses):
 * 1. the caller must be an admin;
 * 2. the same form again (its request key already recorded: a double click) answers « déjà
 *    enregistré » and records nothing;
 * 3. the page must not be stale (STALE_ORDER_MESSAGE);
 * 4. at most what the payment can still give back (its amount less what was already refunded on
 *    it), and one reference is recorded once per order;
 * 5. the payment's refunded amount and status, the order's through the ledger (applyMoneyRefunded:
 *    partially_refunded / refunded, from NET money, exactly as for a provider's refund), the event
 *    with the admin's name — payment_refund_recorded marked `offline`, the type the dashboard's
 *    refunds and the accounting export read — then the avoir of an invoiced order and the
 *    customer's e-mail (followUpRefund) — all or nothing.
 */

export type OfflineRefundResult = { ok: true; reference: string; already: boolean; message: string } | { ok: false; message: string; field?: "amount" | "reference" };

type Caller = Pick<CurrentUser, "id" | "role" | "name">;

export const OFFLINE_REFUND_MESSAGES = {
  forbidden: "Action réservée aux administrateurs.",
  notFound: "Paiement introuvable.",
  notOffline: "Ce paiement n'est ni un virement ni un chèque encaissé : rien à enregistrer ici.",
  nothingLeft: "Ce paiement n'a plus rien à rembourser.",
  duplicateReference: "Un remboursement avec cette référence est déjà enregistré pour cette commande.",
} as const;

const HOW = { transfer: (ref: string) => `par virement (référence ${ref})`, cheque: (ref: string) => `par chèque (n° ${ref})` } as const;

export async function recordOfflineRefund(db: Db, caller: Caller | null, input: OfflineRefundInput): Promise<OfflineRefundResult> {
  if (caller?.role !== "admin") return { ok: false, message: OFFLINE_REFUND_MESSAGES.forbidden };
  return db.transaction(async (tx): Promise<OfflineRefundResult> => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
    if (!ref) return { ok: false, message: OFFLINE_REFUND_MESSAGES.notFound };
    const [order] = await tx.select().from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for("update");
    if (!order || !payment) return { ok: false, message: OFFLINE_REFUND_MESSAGES.notFound };

    const earlier = (
      await tx
        .select({ type: orderEvents.type, data: orderEvents.data })
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), inArray(orderEvents.type, [OFFLINE_REFUND_EVENT, LEGACY_OFFLINE_REFUND_EVENT])))
    ).filter(isOfflineRefundEvent);
    if (earlier.some((e) => e.data?.requestKey === input.requestKey)) {
      return { ok: true, reference: order.reference, already: true, message: "Ce remboursement est déjà enregistré : il n'est pas enregistré deux fois." };
    }
    if (input.seenVersion && input.seenVersion !== (await currentOrderVersion(tx, order.id))) return { ok: false, message: STALE_ORDER_MESSAGE };
    if (payment.method !== "transfer" && payment.method !== "cheque") return { ok: false, message: OFFLINE_REFUND_MESSAGES.notOffline };
    const refundable = offlineRefundableCents(payment);
    if (refundable === 0) return { ok: false, message: OFFLINE_REFUND_MESSAGES.nothingLeft };
    if (input.amountCents > refundable) return { ok: false, field: "amount", message: `Au plus ${formatEur(refundable)} peuvent encore être remboursés sur ce paiement.` };
    const reference = input.reference.trim();
    if (earlier.some((e) => typeof e.data?.reference === "string" && e.data.reference.toLowerCase() === reference.toLowerCase() && e.data.method === input.method)) {
      return { ok: false, field: "reference", message: OFFLINE_REFUND_MESSAGES.duplicateReference };
    }

    const refundedCents = payment.refundedCents + input.amountCents;
    await tx
      .update(payments)
      .set({ refundedCents, status: refundedCents >= payment.amountCents ? "refunded" : "partially_refunded", updatedAt: new Date() })
      .where(eq(payments.id, payment.id));
    const actor = { type: "admin", id: caller.id } as const;
    const how = HOW[input.method](reference);
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor,
      type: OFFLINE_REFUND_EVENT,
      reason: `Remboursement de ${formatEur(input.amountCents)} ${how}`,
      data: { offline: true, amountCents: input.amountCents, method: input.method, reference, requestKey: input.requestKey, adminName: caller.name },
    });
    const refunded = await applyMoneyRefunded(tx, { orderId: order.id, amountCents: input.amountCents, paymentId: payment.id, actor, reason: `Remboursement de ${formatEur(input.amountCents)} ${how}` });
    const { creditNote } = await followUpRefund(tx, {
      before: order,
      after: refunded.order,
      amountCents: input.amountCents,
      how,
      refundKey: input.requestKey,
      issuer: { id: caller.id, name: caller.name },
    });
    return {
      ok: true,
      reference: order.reference,
      already: false,
      message: `Remboursement de ${formatEur(input.amountCents)} enregistré${creditNote ? ` ; avoir ${creditNote} émis` : ""}. Le client est prévenu par e-mail.`,
    };
  });
}
