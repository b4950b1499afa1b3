import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, payments, type PaymentMethod } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { closeInstructionPlaceholders } from "@/lib/orders/ledger";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isOpenStatus } from "@/lib/payments/attempt-status";
import { PAYMENT_METHOD_IN_SENTENCE } from "@/lib/payments/labels";
import { findPaymentMethod, type MethodContext } from "@/lib/payments/methods";
import { offlineInstructionsFor } from "@/lib/payments/offline-instructions";
import { offlineSwitchPayability, PAYABILITY_MESSAGES, refusePayability, type PayabilityRefusal } from "@/lib/payments/payability";
import { queueOrderConfirmation } from "@/lib/use-cases/order-emails";
import { ATTEMPT_IN_PROGRESS_MESSAGE, closeForNewAttempt, retryOrderPayment } from "@/lib/use-cases/retry-payment";
import type { StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";

/**
 * "Payer autrement": the customer pays the SAME unpaid order with another method — after a card or
 * PayPal failure, a cancelled PayPal window, an abandoned attempt, or instead of the transfer or
 * cheque they first chose. Called from the checkout (the order the cart became), the order page,
 * the receipt and a payment link; the order is found and its access checked by the caller.
 *
 * - To card (PayPlug): a new attempt through startNewAttempt (retry-payment.ts), which closes the
 *   open attempt with its provider first (a PayPlug payment aborted; a PayPal order closed on our
 *   side and never captured), then hands the hosted page's URL back.
 * - To PayPal: the PayPal buttons call startPayPalForOrder (paypal-checkout.ts), same path.
 * - To transfer or cheque (here): the open online attempt is closed the same way FIRST (a success
 *   meanwhile is recorded and the order is paid: the switch is then refused, nothing is asked
 *   twice); then, under the order's lock, the order moves to the method's status through the
 *   transitions table, an instruction row records the method and the amount due, an event says
 *   who switched, and the confirmation e-mail with the bank details or the cheque's address is
 *   queued in the same transaction. Asked twice at once, the second finds the order already
 *   switched and changes nothing.
 *
 * Should an online attempt closed here still be paid (an approval that arrives late), PayPal's is
 * never captured (capture-paypal-approval.ts refuses a closed attempt), and money a provider took
 * all the same is refunded automatically (refund-duplicate-payment.ts) with the customer told.
 */

export type ChangeMethodResult =
  | { ok: true; kind: "offline"; method: PaymentMethod; alreadyChosen: boolean }
  | { ok: true; kind: "redirect"; redirectUrl: string }
  | { ok: false; code: PayabilityRefusal | "in_progress" | "use_paypal_buttons" | StartFailureCode; message: string };

type StartFailureCode = Extract<StartOnlinePaymentResult, { ok: false }>["code"];

export const CHANGE_METHOD_MESSAGES = {
  use_paypal_buttons: "Pour payer avec PayPal, utilisez les boutons PayPal affichés sous ce choix.",
} as const;

const MAX_ROUNDS = 3;

export async function changePaymentMethod(input: {
  orderId: string;
  method: string;
  actor: Actor;
  /** The signed-in customer (some methods depend on who pays); null for a guest. */
  user: MethodContext["user"];
  /** The payment link the customer came through, if any (it then carries the attempt). */
  paymentLinkId?: string | null;
}): Promise<ChangeMethodResult> {
  const method = findPaymentMethod(input.method);
  if (!method) return { ok: false, code: "method_unavailable", message: PAYABILITY_MESSAGES.method_unavailable };
  if (method.kind === "online") {
    // PayPal is paid inside the page, through its buttons (their createOrder starts the attempt).
    if (method.provider === "paypal") return { ok: false, code: "use_paypal_buttons", message: CHANGE_METHOD_MESSAGES.use_paypal_buttons };
    const started = await retryOrderPayment({
      orderId: input.orderId,
      actor: input.actor,
      method: method.id,
      provider: method.provider,
      paymentLinkId: input.paymentLinkId ?? null,
      channel: input.paymentLinkId ? "payment_link" : "customer_switch",
      user: input.user,
    });
    return started.ok ? { ok: true, kind: "redirect", redirectUrl: started.redirectUrl } : started;
  }
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const step = await switchToOfflineUnlessOneIsOpen({ ...input, method: method.id });
    if (step.kind === "done") return step.result;
    const closed = await closeForNewAttempt(step.open, input.actor);
    if (!closed) return { ok: false, code: "in_progress", message: ATTEMPT_IN_PROGRESS_MESSAGE };
  }
  return { ok: false, code: "in_progress", message: ATTEMPT_IN_PROGRESS_MESSAGE };
}

type OfflineStep = { kind: "done"; result: ChangeMethodResult } | { kind: "open"; open: typeof payments.$inferSelect };

async function switchToOfflineUnlessOneIsOpen(input: { orderId: string; method: PaymentMethod; actor: Actor; user: MethodContext["user"] }): Promise<OfflineStep> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<OfflineStep> => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return refused("not_payable");
    const attempts = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt));
    const definition = findPaymentMethod(input.method)!;
    // Already switched (a double click, two tabs): the instructions stand, nothing is sent again.
    if (order.status === definition.initialOrderStatus && order.paymentMethod === input.method) {
      return { kind: "done", result: { ok: true, kind: "offline", method: input.method, alreadyChosen: true } };
    }
    const payable = offlineSwitchPayability({ order, payments: attempts, method: input.method, user: input.user });
    if (!payable.ok) return { kind: "done", result: { ok: false, code: payable.reason, message: payable.message } };
    const open = attempts.find((p) => p.provider !== null && isOpenStatus(p.status));
    if (open) return { kind: "open", open };

    // The instructions of a method left behind no longer apply: one instruction row at a time.
    await closeInstructionPlaceholders(tx, order.id, { code: "superseded", message: "Remplacé par un autre moyen de paiement" });
    const attempt = (attempts[0]?.attempt ?? 0) + 1;
    const [created] = await tx
      .insert(payments)
      .values({ orderId: order.id, method: input.method, provider: null, status: definition.initialPaymentStatus, amountCents: payable.dueCents, currency: order.currency, attempt })
      .returning({ id: payments.id });
    const reason = `Paiement par ${PAYMENT_METHOD_IN_SENTENCE[input.method]} choisi`;
    await transitionOrder(tx, { orderId: order.id, to: definition.initialOrderStatus, actor: input.actor, paymentId: created!.id, reason });
    await tx.update(orders).set({ paymentMethod: input.method, updatedAt: new Date() }).where(eq(orders.id, order.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: created!.id,
      actor: input.actor,
      type: "payment_method_changed",
      data: { from: order.paymentMethod, to: input.method, amountCents: payable.dueCents },
    });
    await queueOrderConfirmation(tx, order.id, {
      instructions: offlineInstructionsFor(input.method, { reference: order.reference, amountCents: payable.dueCents }),
    });
    log.info("payments", "order switched to an offline method", { orderId: order.id, from: order.paymentMethod, to: input.method });
    return { kind: "done", result: { ok: true, kind: "offline", method: input.method, alreadyChosen: false } };
  });
}

function refused(reason: PayabilityRefusal): OfflineStep {
  const r = refusePayability(reason);
  return { kind: "done", result: { ok: false, code: r.reason, message: r.message } };
}

