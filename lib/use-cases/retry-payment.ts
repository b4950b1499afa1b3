import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, payments, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isUniqueViolation } from "@/lib/db/errors";
import { captureClaimActive, isOpenStatus } from "@/lib/payments/attempt-status";
import { customerRetryMethod, onlinePayability, refusePayability, type AttemptChannel, type PayabilityRefusal } from "@/lib/payments/payability";
import type { MethodContext } from "@/lib/payments/methods";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { closeAttempt } from "@/lib/use-cases/settle-attempts";
import { startOnlinePayment, type StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";

/**
 * "Réessayer le paiement": a NEW attempt on the same order (payments row attempt n+1); earlier
 * attempts stay in the history. Provider-agnostic: PayPal passes its own method and provider.
 *
 * At most one live online attempt per order, by construction: the database holds it (unique index
 * payments_one_open_online_attempt on the open online attempts of an order), and this is the one
 * path that inserts a later attempt. So every older open attempt is closed FIRST, with its
 * provider where it can be (a PayPlug payment aborted; a PayPal order never captured once ours is
 * closed), and only then is the new one inserted and handed out:
 *
 * - an attempt whose start never reached the provider (still "created", same method, amount and
 *   link) is reused rather than duplicated: startOnlinePayment looks it up before creating again;
 * - any other open attempt is reconciled (a success meanwhile pays the order, and the retry is
 *   then refused by the payability rule) and closed as superseded — including one whose creation
 *   call is still in flight: start-payment sees it closed when the answer comes, aborts the new
 *   provider payment and never sends anyone to pay it;
 * - an attempt whose money may be moving (a capture claimed or being verified) cannot be closed:
 *   the retry is refused with a message saying a payment is under way.
 *
 * Should a closed attempt still be paid (the provider is the last word), reconcile records it and
 * the duplicate is refunded automatically (lib/use-cases/refund-duplicate-payment.ts).
 */

export type NewAttemptResult =
  | { ok: true; paymentId: string; reused: boolean }
  | { ok: false; code: "not_payable"; reason: PayabilityRefusal; message: string }
  | { ok: false; code: "in_progress"; message: string };

export const ATTEMPT_IN_PROGRESS_MESSAGE =
  "Un paiement est en cours de traitement pour cette commande : patientez quelques instants, puis rechargez la page avant de réessayer.";

type PaymentRow = typeof payments.$inferSelect;

// Two tabs switching methods may close each other's attempt; after this many rounds the newcomer waits.
const MAX_ROUNDS = 3;

export async function startNewAttempt(input: {
  orderId: string;
  method: PaymentMethod;
  provider: PaymentProvider;
  actor: Actor;
  paymentLinkId?: string | null;
  /** Default: a payment link's when one is given, else the receipt's retry. */
  channel?: AttemptChannel;
  user?: MethodContext["user"];
}): Promise<NewAttemptResult> {
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const step = await insertAttemptUnlessOneIsOpen(input);
    if (step.kind === "refused") return { ok: false, code: "not_payable", reason: step.refused.reason, message: step.refused.message };
    if (step.kind === "started") return { ok: true, paymentId: step.paymentId, reused: step.reused };
    if (step.kind === "open") {
      const closed = await closeForNewAttempt(step.open, input.actor);
      if (!closed) return { ok: false, code: "in_progress", message: ATTEMPT_IN_PROGRESS_MESSAGE };
    }
    // "raced": another request inserted its attempt between our check and our insert; look again.
  }
  return { ok: false, code: "in_progress", message: ATTEMPT_IN_PROGRESS_MESSAGE };
}

type InsertStep =
  | { kind: "refused"; refused: Extract<ReturnType<typeof onlinePayability>, { ok: false }> }
  | { kind: "started"; paymentId: string; reused: boolean }
  | { kind: "open"; open: PaymentRow }
  | { kind: "raced" };

/** Under the order lock: the payability rule, then reuse, or the open attempt to close first, or the insert. */
async function insertAttemptUnlessOneIsOpen(input: Parameters<typeof startNewAttempt>[0]): Promise<InsertStep> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx): Promise<InsertStep> => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
      if (!order) return { kind: "refused", refused: refusePayability("not_payable") };
      const attempts = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt));
      const payable = onlinePayability({
        order,
        payments: attempts,
        method: input.method,
        provider: input.provider,
        channel: input.channel ?? (input.paymentLinkId ? "payment_link" : "customer_retry"),
        user: input.user,
      });
      if (!payable.ok) return { kind: "refused", refused: payable };
      const { dueCents } = payable;
      const open = attempts.find((p) => p.provider !== null && isOpenStatus(p.status));
      if (open) {
        const reusable =
          open.status === "created" &&
          !open.providerRef &&
          open.provider === input.provider &&
          open.method === input.method &&
          open.amountCents === dueCents &&
          (open.paymentLinkId ?? null) === (input.paymentLinkId ?? null);
        return reusable ? { kind: "started", paymentId: open.id, reused: true } : { kind: "open", open };
      }
      const attempt = (attempts[0]?.attempt ?? 0) + 1;
      const [created] = await tx
        .insert(payments)
        .values({
          orderId: order.id,
          method: input.method,
          provider: input.provider,
          status: "created",
          amountCents: dueCents,
          currency: order.currency,
          attempt,
          paymentLinkId: input.paymentLinkId ?? null,
        })
        .returning({ id: payments.id });
      if (order.status !== "pending_payment") {
        await transitionOrder(tx, { orderId: order.id, to: "pending_payment", actor: input.actor, paymentId: created!.id, reason: `Nouvelle tentative de paiement (n° ${attempt})` });
      }
      if (order.paymentMethod !== input.method) {
        await tx.update(orders).set({ paymentMethod: input.method, updatedAt: new Date() }).where(eq(orders.id, order.id));
      }
      await recordOrderEvent(tx, {
        orderId: order.id,
        paymentId: created!.id,
        actor: input.actor,
        type: "payment_attempt_created",
        data: { attempt, method: input.method, provider: input.provider, amountCents: dueCents, viaPaymentLink: input.paymentLinkId ?? null },
      });
      return { kind: "started", paymentId: created!.id, reused: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, "payments_one_open_online_attempt")) return { kind: "raced" };
    throw error;
  }
}

/**
 * Closes an open attempt so that a new one may start. The provider is asked first: a payment paid
 * meanwhile is recorded (and the next round finds the order paid). A PayPlug payment still open is
 * aborted at PayPlug; PayPal cannot void an order, and the shop never captures one whose attempt
 * is closed (capture-paypal-approval.ts). Returns false when the attempt could not be closed
 * because money may be moving on it.
 */
export async function closeForNewAttempt(open: PaymentRow, actor: Actor): Promise<boolean> {
  const provider = open.provider!;
  if (open.providerRef) {
    try {
      if (provider === "payplug") await getGatewayOrThrow(provider).cancel(open.providerRef);
      await reconcilePayment(provider, open.providerRef, { source: "retry" });
    } catch (error) {
      // Unreachable provider: closed on our side all the same. Should it still be paid, reconcile
      // records it and the duplicate is refunded.
      log.warn("payments", "could not settle an earlier attempt with its provider before a new one; closing it on our side", { provider, providerRef: open.providerRef, error });
    }
  }
  const db = await getDb();
  const [now] = await db.select().from(payments).where(eq(payments.id, open.id));
  if (!now || !isOpenStatus(now.status)) return true;
  if (moneyMayBeMovingOnClose(now)) return false;
  await closeAttempt({ paymentId: open.id, reason: "superseded", expected: ["created", "pending"], requireNoTransaction: true, source: "retry", actor });
  const [after] = await db.select({ status: payments.status }).from(payments).where(eq(payments.id, open.id));
  return !after || !isOpenStatus(after.status);
}

/** A capture claimed or made (PayPal verifies it): the money may arrive, so the attempt stays open. */
function moneyMayBeMovingOnClose(p: PaymentRow): boolean {
  return captureClaimActive(p.captureClaimedAt) || p.transactionId !== null;
}

/** The receipt's "Réessayer le paiement": a new attempt with the order's own way to pay (customerRetryMethod). */
export async function retryPaymentAsCustomer(input: { order: { id: string; paymentMethod: PaymentMethod }; userId: string | null }): Promise<StartOnlinePaymentResult> {
  return retryOrderPayment({ orderId: input.order.id, actor: { type: "customer", id: input.userId }, ...customerRetryMethod(input.order) });
}

/** New attempt + hand it to the provider: what the receipt's "Réessayer le paiement" and a payment link do. */
export async function retryOrderPayment(input: {
  orderId: string;
  actor: Actor;
  method?: PaymentMethod;
  provider?: PaymentProvider;
  paymentLinkId?: string | null;
  channel?: AttemptChannel;
  user?: MethodContext["user"];
}): Promise<StartOnlinePaymentResult> {
  const attempt = await startNewAttempt({
    orderId: input.orderId,
    method: input.method ?? "card",
    provider: input.provider ?? "payplug",
    actor: input.actor,
    paymentLinkId: input.paymentLinkId,
    channel: input.channel,
    user: input.user,
  });
  if (!attempt.ok) return attempt;
  return startOnlinePayment(attempt.paymentId);
}
