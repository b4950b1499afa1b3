import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments } from "@/lib/db/schema";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { PROVIDER_NAMES } from "@/lib/payments/labels";
import { askedRefundCents, REFUND_REFUSED_EVENT, refundableCents, SHOP_REFUND_REQUEST_EVENTS, type RefundPaymentInput } from "@/lib/payments/refunds";
import { isGatewayError } from "@/lib/providers/errors";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { log } from "@/lib/shared/log";
import { formatEur, type Cents } from "@/lib/shared/money";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";

/*
 * « Rembourser » on the admin order page: gives back all or part of a card or PayPal payment
 * through its provider.
 *
 * 1. Under the order and payment locks: the caller must be an admin; a request key already seen
 *    (the same form sent twice: a double click) answers « déjà demandé » without a second provider
 *    call; the page must not be stale (what was refundable when it was shown is still so); the
 *    amount must be at most what the payment can still give back, counting requests whose refund
 *    has not come back yet. Then a `refund_requested` event with data.amountCents is written,
 *    BEFORE the provider is called: reconcile compares the refunds it finds at the provider with
 *    these requests, and one the shop asked for must not be flagged as « not asked by the shop ».
 * 2. The provider's refund(), with an idempotency key derived from the request key.
 * 3. reconcilePayment re-fetches the payment: the refunded amount and the order's status
 *    (partially_refunded / refunded) come only from the provider's own record, never from the
 *    refund call's answer.
 *
 * A refusal by the provider (outside PayPlug's refund window, an amount it will not take) writes
 * `refund_refused`, which releases the request's amount; an unanswered call writes
 * `refund_unconfirmed` and keeps it held: the money may have moved, and the notification or the
 * sweep of paid payments will say.
 */

export type RefundOutcome = { ok: true; message: string; reference: string } | { ok: false; message: string; field?: "amount" };

type Caller = Pick<CurrentUser, "id" | "role" | "name">;

type Claim =
  | { kind: "refused"; message: string; field?: "amount" }
  | { kind: "replay"; reference: string; provider: "payplug" | "paypal"; providerRef: string }
  | { kind: "claimed"; reference: string; orderId: string; provider: "payplug" | "paypal"; providerRef: string; amountCents: Cents };

export const refundIdempotencyKey = (requestKey: string) => `refund-${requestKey}`;

export async function refundPayment(caller: Caller | null, input: RefundPaymentInput): Promise<RefundOutcome> {
  if (caller?.role !== "admin") return { ok: false, message: "Action réservée aux administrateurs." };
  const actor: Actor = { type: "admin", id: caller.id };
  const db = await getDb();
  const claim = await db.transaction(async (tx): Promise<Claim> => {
    const [ref] = await tx.select({ orderId: payments.orderId }).from(payments).where(eq(payments.id, input.paymentId));
    if (!ref) return { kind: "refused", message: "Paiement introuvable." };
    const [order] = await tx.select().from(orders).where(eq(orders.id, ref.orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, input.paymentId)).for("update");
    if (!order || !payment) return { kind: "refused", message: "Paiement introuvable." };
    if (!payment.provider || !payment.providerRef) {
      return { kind: "refused", message: "Ce paiement n'est pas passé par PayPlug ou PayPal : remboursez le client par virement." };
    }
    const events = await tx
      .select({ type: orderEvents.type, data: orderEvents.data })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, payment.id), inArray(orderEvents.type, [...SHOP_REFUND_REQUEST_EVENTS, REFUND_REFUSED_EVENT])));
    const sameForm = events.filter((e) => e.data?.requestKey === input.requestKey);
    if (sameForm.some((e) => e.type === REFUND_REFUSED_EVENT)) {
      return { kind: "refused", message: "Ce remboursement a été refusé par le prestataire. Rechargez la page pour en demander un autre." };
    }
    if (sameForm.some((e) => e.type === "refund_requested")) {
      return { kind: "replay", reference: order.reference, provider: payment.provider, providerRef: payment.providerRef };
    }
    const refundable = refundableCents(payment, askedRefundCents(events));
    if (refundable === 0) return { kind: "refused", message: "Ce paiement n'a plus rien à rembourser (non payé, ou déjà remboursé en entier)." };
    if (refundable !== input.seenRefundableCents) {
      return { kind: "refused", message: "Ce paiement a changé depuis l'affichage de la page (un autre remboursement ?) : rechargez la page et vérifiez le montant." };
    }
    if (input.amountCents > refundable) {
      return { kind: "refused", field: "amount", message: `Au plus ${formatEur(refundable)} peuvent encore être remboursés sur ce paiement.` };
    }
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor,
      type: "refund_requested",
      reason: `Remboursement de ${formatEur(input.amountCents)} demandé à ${PROVIDER_NAMES[payment.provider]}`,
      data: { amountCents: input.amountCents, requestKey: input.requestKey, provider: payment.provider, providerRef: payment.providerRef, adminName: caller.name },
    });
    return { kind: "claimed", reference: order.reference, orderId: order.id, provider: payment.provider, providerRef: payment.providerRef, amountCents: input.amountCents };
  });

  if (claim.kind === "refused") return { ok: false, message: claim.message, ...(claim.field ? { field: claim.field } : {}) };
  if (claim.kind === "replay") {
    await reconcileQuietly(claim.provider, claim.providerRef);
    return { ok: true, reference: claim.reference, message: "Ce remboursement a déjà été demandé : il n'est pas refait." };
  }

  const name = PROVIDER_NAMES[claim.provider];
  try {
    await getGatewayOrThrow(claim.provider).refund(claim.providerRef, claim.amountCents, refundIdempotencyKey(input.requestKey));
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    const definite = !error.retryable && !error.details.outcomeUnknown;
    const message = definite
      ? error.code === "not_allowed"
        ? `${name} refuse ce remboursement : le délai de remboursement de ce paiement est peut-être dépassé. Remboursez le client par virement.`
        : `${name} a refusé ce remboursement de ${formatEur(claim.amountCents)}. Rien n'a été remboursé.`
      : `${name} n'a pas répondu. Le remboursement a peut-être été fait : la commande se mettra à jour dès que ${name} le confirmera. Ne le refaites pas avant d'avoir vérifié.`;
    log.warn("refunds", "provider refund failed", { provider: claim.provider, providerRef: claim.providerRef, code: error.code, definite });
    await recordOrderEvent(db, {
      orderId: claim.orderId,
      paymentId: input.paymentId,
      actor,
      type: definite ? REFUND_REFUSED_EVENT : "refund_unconfirmed",
      reason: message,
      data: { amountCents: claim.amountCents, requestKey: input.requestKey, code: error.code },
    });
    return { ok: false, message };
  }

  const reconciled = await reconcileQuietly(claim.provider, claim.providerRef);
  const [after] = await db.select({ refundedCents: payments.refundedCents }).from(payments).where(eq(payments.id, input.paymentId));
  const confirmed = reconciled && after !== undefined && after.refundedCents > 0;
  return {
    ok: true,
    reference: claim.reference,
    message: confirmed
      ? `Remboursement de ${formatEur(claim.amountCents)} effectué par ${name}.`
      : `Remboursement de ${formatEur(claim.amountCents)} demandé à ${name} : la commande se mettra à jour dès qu'il sera confirmé.`,
  };
}

/** The refund as the provider records it; a failure here is caught up by the notification or the sweep. */
async function reconcileQuietly(provider: "payplug" | "paypal", providerRef: string): Promise<boolean> {
  try {
    await reconcilePayment(provider, providerRef, { source: "admin" });
    return true;
  } catch (error) {
    log.error("refunds", "reconcile after a refund failed; the notification or the sweep will catch up", { provider, providerRef, error });
    return false;
  }
}
