import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { orders, payments, type OrderStatus, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { findGateway } from "@/lib/providers/registry";
import { findPaymentMethod } from "@/lib/payments/methods";
import { isInstructionPlaceholder, moneyPosition } from "@/lib/orders/ledger";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { closeAttempt } from "@/lib/use-cases/settle-attempts";
import { startOnlinePayment, START_MESSAGES, type StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";

/*
 * Payability: the ONE rule deciding whether an order may start a new online (card or PayPal)
 * attempt, whoever asks: the receipt's "Réessayer le paiement", the PayPal buttons on an existing
 * order (paypal/checkout.ts) and a secure payment link (pay-with-link.ts) all reach it through
 * startNewAttempt, and paypal/checkout.ts also asks it before reusing an open PayPal order.
 *
 * - Only an unpaid order, and only what is still due: money recorded that covers the total
 *   (transfers, cashed cheques, an earlier attempt) leaves nothing to pay.
 * - Never while a cheque is in hand and not cashed yet: it may well clear, and the customer would
 *   pay twice. The admin cashes it or records it as bounced first.
 * - An order waiting for a transfer or a cheque pays online only through a payment link (an admin,
 *   or the shop, deliberately offered it); the customer's own retry button is for online orders.
 * - Only an online method of the checkout registry, with its own provider, while it is offered.
 */

/** Who is asking for the new attempt. */
export type AttemptChannel = "customer_retry" | "payment_link";

export const PAYABILITY_MESSAGES = {
  not_payable: START_MESSAGES.not_payable,
  covered: "Les paiements déjà reçus couvrent cette commande : il n'y a plus rien à régler.",
  cheque_in_hand:
    "Nous avons reçu un chèque pour cette commande et il est en cours d'encaissement : aucun autre paiement ne vous est demandé. Pour payer autrement, contactez-nous.",
  offline_order:
    "Cette commande se règle par virement ou par chèque : suivez les instructions reçues avec la commande. Pour payer en ligne, demandez-nous un lien de paiement.",
  method_unavailable: "Ce moyen de paiement n'est pas disponible pour cette commande. Choisissez-en un autre.",
} as const;

export type PayabilityRefusal = keyof typeof PAYABILITY_MESSAGES;

type Refused = { ok: false; reason: PayabilityRefusal; message: string };
export type Payability = { ok: true; dueCents: number } | Refused;

type PayabilityOrder = { status: OrderStatus; totalCents: number; paidCents: number; refundedCents: number };
type PayabilityPayment = { method: PaymentMethod; status: string; recordedBy: string | null; offlineReference: string | null };

const refuse = (reason: PayabilityRefusal): Refused => ({ ok: false, reason, message: PAYABILITY_MESSAGES[reason] });

/** Whether this order may start a new online attempt with this method, and for how much. Pure, unit-tested. */
export function onlinePayability(input: {
  order: PayabilityOrder;
  payments: readonly PayabilityPayment[];
  method: PaymentMethod;
  provider: PaymentProvider;
  channel: AttemptChannel;
}): Payability {
  const { order } = input;
  if (!isUnpaid(order.status)) return refuse("not_payable");
  const { dueCents } = moneyPosition(order);
  if (dueCents <= 0) return refuse("covered");
  if (input.payments.some((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p))) return refuse("cheque_in_hand");
  if ((order.status === "awaiting_transfer" || order.status === "awaiting_cheque") && input.channel !== "payment_link") return refuse("offline_order");
  const method = findPaymentMethod(input.method);
  if (!method || method.kind !== "online" || method.provider !== input.provider || !method.isAvailable({ user: null, totalCents: dueCents })) {
    return refuse("method_unavailable");
  }
  return { ok: true, dueCents };
}

/** onlinePayability for an order as it is in the database now. */
export async function checkOnlinePayability(
  db: Executor,
  input: { orderId: string; method: PaymentMethod; provider: PaymentProvider; channel: AttemptChannel },
): Promise<Payability> {
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId));
  if (!order) return refuse("not_payable");
  const rows = await db.select().from(payments).where(eq(payments.orderId, order.id));
  return onlinePayability({ order, payments: rows, method: input.method, provider: input.provider, channel: input.channel });
}

/**
 * "Réessayer le paiement": a NEW attempt on the same order (payments row attempt n+1); earlier
 * attempts stay in the history untouched. Provider-agnostic: PayPal passes its own method and
 * provider.
 *
 * - An attempt whose start never reached the provider (still "created", same method and amount)
 *   is reused rather than duplicated: startOnlinePayment looks it up before creating again.
 * - An earlier attempt still pending at the provider (the customer came back without paying) is
 *   aborted there, best effort, so that two payments cannot both go through; if it was paid in
 *   the meantime, reconcile records it and the order is paid (and flagged if paid twice).
 */

export type NewAttemptResult = { ok: true; paymentId: string; reused: boolean } | { ok: false; code: "not_payable"; reason: PayabilityRefusal; message: string };

export async function startNewAttempt(input: {
  orderId: string;
  method: PaymentMethod;
  provider: PaymentProvider;
  actor: Actor;
  paymentLinkId?: string | null;
}): Promise<NewAttemptResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return { kind: "refused", refused: refuse("not_payable") } as const;
    const attempts = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt));
    const payable = onlinePayability({
      order,
      payments: attempts,
      method: input.method,
      provider: input.provider,
      channel: input.paymentLinkId ? "payment_link" : "customer_retry",
    });
    if (!payable.ok) return { kind: "refused", refused: payable } as const;
    const { dueCents } = payable;
    const latest = attempts[0];
    if (
      latest &&
      latest.status === "created" &&
      !latest.providerRef &&
      latest.provider === input.provider &&
      latest.method === input.method &&
      latest.amountCents === dueCents &&
      (latest.paymentLinkId ?? null) === (input.paymentLinkId ?? null)
    ) {
      return { kind: "started", paymentId: latest.id, reused: true, stale: [] } as const;
    }
    const attempt = (latest?.attempt ?? 0) + 1;
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
    const stale = attempts.filter((p) => p.status === "pending" && p.provider && p.providerRef).map((p) => ({ id: p.id, provider: p.provider!, ref: p.providerRef! }));
    return { kind: "started", paymentId: created!.id, reused: false, stale } as const;
  });
  if (result.kind === "refused") return { ok: false, code: "not_payable", reason: result.refused.reason, message: result.refused.message };

  for (const old of result.stale) {
    try {
      await findGateway(old.provider)?.cancel(old.ref);
      await reconcilePayment(old.provider, old.ref, { source: "retry" });
      // PayPal cannot void an order: once replaced, ours is closed so that the shop never captures
      // it (paypal/capture.ts) should the buyer still approve it in an old window.
      if (old.provider === "paypal") {
        await closeAttempt({ paymentId: old.id, reason: "superseded", expected: ["pending"], requireNoTransaction: true, source: "retry", actor: input.actor });
      }
    } catch (error) {
      log.warn("payments", "could not close an earlier pending attempt", { provider: old.provider, providerRef: old.ref, error });
    }
  }
  return { ok: true, paymentId: result.paymentId, reused: result.reused };
}

/**
 * The way the customer's own "Réessayer le paiement" pays: as before, so a PayPal order is retried
 * through PayPal (the redirect flow), anything else by card through PayPlug. Pure, unit-tested.
 */
export function customerRetryMethod(order: { paymentMethod: PaymentMethod }): { method: PaymentMethod; provider: PaymentProvider } {
  return order.paymentMethod === "paypal" ? { method: "paypal", provider: "paypal" } : { method: "card", provider: "payplug" };
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
}): Promise<StartOnlinePaymentResult> {
  const attempt = await startNewAttempt({
    orderId: input.orderId,
    method: input.method ?? "card",
    provider: input.provider ?? "payplug",
    actor: input.actor,
    paymentLinkId: input.paymentLinkId,
  });
  if (!attempt.ok) return attempt;
  return startOnlinePayment(attempt.paymentId);
}
