import "server-only";
import { and, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { getDb, withTransactionRetry, type Executor, type Tx } from "@/lib/db/client";
import { lockProductsById } from "@/lib/catalog/products";
import { orderEvents, orderLines, orders, paymentLinks, payments, products } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { closeInstructionPlaceholders, isInstructionPlaceholder } from "@/lib/orders/ledger";
import { CLOSED_ATTEMPT_REASONS, moneyMayBeMoving } from "@/lib/payments/attempt-status";
import { queueOrderCancelledEmail } from "@/lib/use-cases/order-emails";
import { followFailureAfterRefusedCancel, settleOpenAttempts } from "@/lib/use-cases/settle-attempts";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isCancellable } from "@/lib/orders/transitions";
import { abortCardPlanOfUnpaidOrder } from "@/lib/use-cases/card-instalment-plans";
import { cancelChequePlanParts } from "@/lib/use-cases/instalment-cheques";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";

/*
 * Cancelling an unpaid order, by an admin or by the stale-order job (lib/jobs/cancel-stale-orders.ts),
 * or one still waiting for its instalment cheques (its schedule ends; cheques already received are
 * sent back, the timeline and the customer's e-mail list them).
 *
 * 1. Its open online attempts are settled with their providers first (settleOpenAttempts): a
 *    payment that went through meanwhile is recorded and wins — a paid order is never cancelled.
 *    A pending PayPlug payment is aborted at PayPlug; a PayPal order cannot be voided and simply
 *    expires (our closed attempt is never captured).
 * 2. Then, in ONE transaction with the order locked: the order moves to "cancelled" (once: a
 *    second call finds it cancelled and does nothing), every attempt still open is closed, the
 *    stock taken at checkout goes back to the products, the timeline says so, and the customer's
 *    e-mail is queued. Either all of it happens or none of it.
 *
 * Refused while money is held for the order (received and not refunded, or a cheque in hand not
 * yet cashed): that needs a refund or a decision on the cheque first, not a cancellation. Every
 * refusal that needs no provider (money, cheque, the job's "recent activity") is checked before
 * step 1, so a refused cancellation normally leaves the providers untouched. One refused after
 * step 1 (something changed meanwhile) may have closed the customer's attempt: the order then
 * follows that failure like any other (payment_failed, the failure e-mail), rather than sitting
 * in "paiement en cours" behind a payment that can no longer succeed.
 */

export const CANCEL_ORDER_MESSAGES = {
  not_found: "Commande introuvable.",
  not_cancellable: "Seule une commande en attente de paiement peut être annulée.",
  money_received: "De l'argent a déjà été reçu pour cette commande : remboursez-le avant de l'annuler.",
  cheque_in_hand: "Un chèque reçu pour cette commande n'est pas encore traité : indiquez s'il est encaissé ou impayé avant d'annuler.",
  payment_in_progress: "Un paiement en ligne est en cours de confirmation pour cette commande : réessayez dans quelques minutes.",
  provider_unreachable:
    "Le prestataire de paiement ne répond pas : impossible de vérifier le paiement en cours, la commande n'a pas été annulée. Réessayez dans quelques minutes.",
  still_active: "La commande a eu de l'activité récente : elle n'est pas annulée automatiquement.",
} as const;

export type CancelOrderRefusal = keyof typeof CANCEL_ORDER_MESSAGES;

export type CancelOrderResult =
  | { ok: true; reference: string; alreadyCancelled: boolean; restoredUnits: number }
  | { ok: false; code: CancelOrderRefusal; message: string };

type CancelInput = {
  orderId: string;
  actor: Actor;
  /** For the timeline ("Annulée par un administrateur : client injoignable"). */
  reason: string;
  /** For the customer's e-mail, after "a été annulée : " ("à votre demande"). */
  customerWhy: string;
  /**
   * The stale-order job: cancel only if nobody (customer, admin) touched the order since this
   * instant and no payment link a person asked for is still valid (hasActivitySince). Checked
   * before any provider is called, and again under the lock.
   */
  inactiveSince?: Date;
  /** The job's clock (tests move it forward); now by default. */
  now?: Date;
};

const refuse = (code: CancelOrderRefusal): CancelOrderResult => ({ ok: false, code, message: CANCEL_ORDER_MESSAGES[code] });

/** Settles the order's online attempts with their providers, then cancels it (see above). */
export async function cancelUnpaidOrder(input: CancelInput): Promise<CancelOrderResult> {
  const db = await getDb();
  // Cheap refusals first, without calling any provider; all of them are checked again under the lock.
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId));
  if (!order) return refuse("not_found");
  if (order.status === "cancelled") return { ok: true, reference: order.reference, alreadyCancelled: true, restoredUnits: 0 };
  if (!isCancellable(order.status)) return refuse("not_cancellable");
  if (order.paidCents - order.refundedCents > 0) return refuse("money_received");
  const held = await db.select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.method, "cheque"), eq(payments.status, "pending")));
  if (held.some((p) => !isInstructionPlaceholder(p))) return refuse("cheque_in_hand");
  if (input.inactiveSince && (await hasActivitySince(db, order.id, input.inactiveSince, input.now ?? new Date()))) return refuse("still_active");
  try {
    // A card instalment plan: aborted at PayPlug first, any charge it made recorded (and winning).
    for (const ref of await abortCardPlanOfUnpaidOrder(order.id)) await reconcilePayment("payplug", ref, { source: "cancel" });
    await settleOpenAttempts(order.id, { source: "cancel", actor: input.actor });
  } catch (error) {
    log.warn("orders", "could not settle the order's payments with their provider: not cancelled", { orderId: order.id, error });
    await followFailureAfterRefusedCancel(order.id, input.actor);
    return refuse("provider_unreachable");
  }
  const result = await withTransactionRetry(db, (tx) => cancelUnpaidOrderInTx(tx, input));
  if (!result.ok) await followFailureAfterRefusedCancel(order.id, input.actor);
  return result;
}

/** The transactional half: checks, closes, transitions, restores stock, records, e-mails. */
export async function cancelUnpaidOrderInTx(tx: Tx, input: CancelInput): Promise<CancelOrderResult> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
  if (!order) return refuse("not_found");
  if (order.status === "cancelled") return { ok: true, reference: order.reference, alreadyCancelled: true, restoredUnits: 0 };
  if (!isCancellable(order.status)) return refuse("not_cancellable");
  if (order.paidCents - order.refundedCents > 0) return refuse("money_received");

  const attempts = await tx.select().from(payments).where(eq(payments.orderId, order.id)).for("update");
  if (attempts.some((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p))) return refuse("cheque_in_hand");
  const online = attempts.filter((p) => p.provider && (p.status === "created" || p.status === "pending"));
  // Still open at a provider after settling: a PayPlug payment PayPlug would not abort, a PayPal
  // capture PayPal is still verifying, or one the shop claimed and may be making right now
  // (paypal/capture.ts: the claim is written under this same order lock). Money may come: not now.
  if (online.some((p) => moneyMayBeMoving(p))) return refuse("payment_in_progress");

  if (input.inactiveSince && (await hasActivitySince(tx, order.id, input.inactiveSince, input.now ?? new Date()))) return refuse("still_active");

  // What is left can no longer take money once closed: attempts never started, and PayPal orders
  // never approved (the shop never captures a closed attempt; PayPal expires the order).
  const closing = CLOSED_ATTEMPT_REASONS.order_cancelled;
  for (const attempt of online) {
    await tx
      .update(payments)
      .set({ status: "cancelled", failureCode: closing.code, failureMessage: closing.message, updatedAt: new Date() })
      .where(eq(payments.id, attempt.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: attempt.id,
      actor: input.actor,
      type: "payment_cancelled",
      reason: closing.message,
      data: { providerRef: attempt.providerRef, attempt: attempt.attempt, from: attempt.status, to: "cancelled", source: "cancel", failureCode: closing.code },
    });
  }
  await closeInstructionPlaceholders(tx, order.id, closing);

  await transitionOrder(tx, { orderId: order.id, to: "cancelled", actor: input.actor, reason: input.reason });
  // An order waiting for its instalment cheques: the schedule ends, and those received go back.
  const returnedCheques = await cancelChequePlanParts(tx, order.id, input.actor);

  // The stock taken at checkout goes back, in the transaction that cancels: exactly once, since
  // "cancelled" is final and this runs only on the move into it.
  const lines = await tx
    .select({ productId: orderLines.productId, name: orderLines.name, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id));
  // Locked by ascending id first, as a checkout locks them: updating them in the order's line
  // order could deadlock with a checkout or another cancellation holding the same products.
  await lockProductsById(tx, lines.flatMap((l) => (l.productId ? [l.productId] : [])));
  const restored: { productId: string; name: string; quantity: number }[] = [];
  for (const line of lines) {
    if (!line.productId) continue; // the product was deleted since: nothing to give back to
    const updated = await tx
      .update(products)
      .set({ stock: sql`${products.stock} + ${line.quantity}`, updatedAt: new Date() })
      .where(eq(products.id, line.productId))
      .returning({ id: products.id });
    if (updated.length) restored.push({ productId: line.productId, name: line.name, quantity: line.quantity });
  }
  const restoredUnits = restored.reduce((sum, l) => sum + l.quantity, 0);
  if (restored.length) {
    await recordOrderEvent(tx, {
      orderId: order.id,
      actor: input.actor,
      type: "stock_restored",
      reason: `${restoredUnits} article${restoredUnits > 1 ? "s" : ""} remis en stock`,
      data: { lines: restored, units: restoredUnits },
    });
  }

  await queueOrderCancelledEmail(tx, order, input.customerWhy, returnedCheques);
  log.info("orders", "order cancelled", { orderId: order.id, reference: order.reference, actor: input.actor.type, restoredUnits });
  return { ok: true, reference: order.reference, alreadyCancelled: false, restoredUnits };
}

/**
 * Whether a person acted on the order since `since` (an event by the customer or an admin), or a
 * payment link a person asked for (an admin sent it, or the customer requested it) is still
 * valid: its e-mail promised they could pay until its expiry, so the order is kept that long. The
 * link the shop puts by itself in a failure e-mail does not count: every abandoned card or PayPal
 * checkout ends in one (expired PayPal order, PayPlug timeout), and it would hold the stock for
 * the link's 7 days instead of the 48 hours an abandoned order is kept.
 */
async function hasActivitySince(db: Executor, orderId: string, since: Date, now: Date): Promise<boolean> {
  const [event] = await db
    .select({ id: orderEvents.id })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), gt(orderEvents.createdAt, since), inArray(orderEvents.actorType, ["customer", "admin"])))
    .limit(1);
  if (event) return true;
  const [link] = await db
    .select({ id: paymentLinks.id })
    .from(paymentLinks)
    .where(and(eq(paymentLinks.orderId, orderId), ne(paymentLinks.createdByType, "system"), isNull(paymentLinks.usedAt), gt(paymentLinks.expiresAt, now)))
    .limit(1);
  return Boolean(link);
}

/** "Annuler la commande" from the back-office: admins only (checked here too, whatever the page did). */
export async function cancelOrderAsAdmin(
  user: { id: string; role: string } | null,
  input: { orderId: string; note?: string },
): Promise<CancelOrderResult | { ok: false; code: "forbidden"; message: string }> {
  if (user?.role !== "admin") return { ok: false, code: "forbidden", message: "Action réservée aux administrateurs." };
  const note = input.note?.trim();
  return cancelUnpaidOrder({
    orderId: input.orderId,
    actor: { type: "admin", id: user.id },
    reason: note ? `Annulée par un administrateur : ${note}` : "Annulée par un administrateur",
    customerWhy: "à la demande de notre service client",
  });
}
