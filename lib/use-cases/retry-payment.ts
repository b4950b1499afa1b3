import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, payments, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { customerRetryMethod, onlinePayability, refusePayability, type PayabilityRefusal } from "@/lib/payments/payability";
import { findGateway } from "@/lib/providers/registry";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { closeAttempt } from "@/lib/use-cases/settle-attempts";
import { startOnlinePayment, type StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";

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
    if (!order) return { kind: "refused", refused: refusePayability("not_payable") } as const;
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
