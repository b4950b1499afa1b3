import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { formatDateFr, formatDateTimeFr } from "@/lib/shared/dates";
import { orderEvents, orders, payments, type OrderStatus, type PaymentProvider, type PaymentStatus } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { queuePaidOrderConfirmation } from "@/lib/use-cases/paid-order-confirmation";
import { enqueueEmail } from "@/lib/mail/outbox";
import { renderPaymentAcceptedEmail } from "@/lib/mail/templates/payment-accepted";
import { renderPaymentFailedEmail } from "@/lib/mail/templates/payment-failed";
import { formatEur } from "@/lib/shared/money";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { cardLine, onlineMethodLabel } from "@/lib/payments/labels";
import { isGatewayError } from "@/lib/providers/errors";
import type { ProviderPayment } from "@/lib/providers/types";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { appendFlag, applyMoneyReceived, applyMoneyRefunded } from "@/lib/orders/ledger";
import { orderPaymentUrls } from "@/lib/orders/order-links";
import { ensureSystemPaymentLink, markPaymentLinkUsed } from "@/lib/payments/payment-links";

/**
 * The one path to the truth (DESIGN.md): the provider's notification, the customer's return and
 * the sweep of pending payments all call reconcilePayment(provider, ref). It fetches the payment
 * from the provider's API (never from a notification body or a query string), then, in ONE
 * transaction with the order and payment rows locked:
 *
 * - checks the provider object against our records: amount, currency, our payment id (and order
 *   reference) in its metadata, live/test mode. A mismatch is never marked paid: the order is
 *   flagged for an admin, the event recorded, the line logged;
 * - moves our payment forward only (created → pending → failed/cancelled → paid → partially
 *   refunded → refunded): a late or older event never downgrades it;
 * - applies the order's transition once, through transitionOrder(); a failure of an earlier
 *   attempt never touches the order when a later attempt exists or the order is paid;
 * - records card, 3-D Secure, failure, transaction id, paid-at and the raw provider object;
 * - queues the e-mail (receipt, or failure with a fresh payment link) in the same transaction.
 *
 * Running it twice, or twenty times at once, changes nothing the second time: the row lock
 * serialises the callers, and each one compares with what the previous one wrote.
 */

/**
 * "cancel": the order is being cancelled (lib/orders/cancel-order.ts); its own e-mail tells the
 * customer. "cancel_refused": that cancellation was then refused, so the failures it settled take
 * effect after all (settle-attempts.ts, followFailureAfterRefusedCancel).
 */
export type ReconcileSource = "notification" | "return" | "sweep" | "admin" | "retry" | "cancel" | "cancel_refused" | "test";

export type ReconcileResult =
  | { outcome: "not_ours"; providerRef: string }
  | { outcome: "unknown_to_provider"; providerRef: string }
  | {
      outcome: "updated" | "unchanged" | "mismatch";
      paymentId: string;
      orderId: string;
      status: PaymentStatus;
      orderStatus: string;
      mismatches?: string[];
    };

/** Forward-only order of payment states; failed and cancelled are equally final for an attempt. */
const RANK: Record<PaymentStatus, number> = { created: 0, pending: 1, failed: 2, cancelled: 2, paid: 3, partially_refunded: 4, refunded: 5 };
const PAIDISH: readonly PaymentStatus[] = ["paid", "partially_refunded", "refunded"];

/** The state our payment moves to, given what it is and what the provider says. Pure, unit-tested. */
export function nextPaymentStatus(current: PaymentStatus, provider: ProviderPayment["status"]): PaymentStatus {
  return RANK[provider] > RANK[current] ? provider : current;
}

/** What in the provider's object does not match our records (empty: it is ours, as we made it). Pure, unit-tested. */
export function findMismatches(
  ours: { paymentId: string; amountCents: number; currency: string; live: boolean | null; orderReference: string },
  theirs: Pick<ProviderPayment, "amountCents" | "currency" | "ourPaymentId" | "ourOrderReference" | "live">,
  expectedLive: boolean,
): string[] {
  const problems: string[] = [];
  if (theirs.amountCents !== ours.amountCents) problems.push(`montant ${formatEur(theirs.amountCents)} au lieu de ${formatEur(ours.amountCents)}`);
  if (theirs.currency.toUpperCase() !== ours.currency.toUpperCase()) problems.push(`devise ${theirs.currency} au lieu de ${ours.currency}`);
  if (theirs.ourPaymentId !== ours.paymentId) problems.push(`identifiant de paiement ${theirs.ourPaymentId ?? "absent"} au lieu de ${ours.paymentId}`);
  if (theirs.ourOrderReference !== null && theirs.ourOrderReference !== ours.orderReference) {
    problems.push(`référence de commande ${theirs.ourOrderReference} au lieu de ${ours.orderReference}`);
  }
  const live = ours.live ?? expectedLive;
  if (theirs.live !== live) problems.push(theirs.live ? "paiement en mode réel pour un paiement de test" : "paiement en mode test pour un paiement réel");
  return problems;
}

const providerActor = (provider: PaymentProvider): Actor => ({ type: "provider", id: provider });

export async function reconcilePayment(
  provider: PaymentProvider,
  providerRef: string,
  options: { source: ReconcileSource } = { source: "admin" },
): Promise<ReconcileResult> {
  const db = await getDb();
  const gateway = getGatewayOrThrow(provider);

  let fetched: ProviderPayment;
  try {
    fetched = await gateway.fetch(providerRef);
  } catch (error) {
    if (isGatewayError(error) && error.code === "not_found") return { outcome: "unknown_to_provider", providerRef };
    throw error;
  }

  let [row] = await db
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)));
  if (!row) {
    // The provider knows a payment we never stored: maybe the answer to our create was lost.
    // Adopt it only if it names one of our attempts of this provider that has no provider ref yet.
    row = await adoptOrphan(provider, fetched);
    if (!row) return { outcome: "not_ours", providerRef };
  }
  const { id: paymentId, orderId } = row;

  return db.transaction(async (tx) => {
    // Lock order then payment, the order every writer of both uses (transitionOrder locks the order).
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment) throw new Error(`payment ${paymentId} vanished during reconcile`);
    const actor = providerActor(provider);
    const base = { paymentId, orderId };

    const mismatches = findMismatches(
      { paymentId: payment.id, amountCents: payment.amountCents, currency: payment.currency, live: payment.providerLive, orderReference: order.reference },
      fetched,
      // The live flag we recorded at start is the reference; without one, the configured key's mode.
      gateway.isLiveMode(),
    );
    if (mismatches.length) {
      const already = await tx
        .select({ id: orderEvents.id })
        .from(orderEvents)
        .where(and(eq(orderEvents.paymentId, paymentId), eq(orderEvents.type, "payment_mismatch")))
        .limit(1);
      if (!already.length) {
        const flag = `Paiement ${provider} ${providerRef} non validé : ${mismatches.join(" ; ")}. À vérifier avant expédition.`;
        await tx.update(orders).set({ flag: appendFlag(order.flag, flag), updatedAt: new Date() }).where(eq(orders.id, orderId));
        await tx.update(payments).set({ providerData: fetched.raw, updatedAt: new Date() }).where(eq(payments.id, paymentId));
        await recordOrderEvent(tx, {
          orderId,
          paymentId,
          actor,
          type: "payment_mismatch",
          reason: mismatches.join(" ; "),
          data: { providerRef, providerStatus: fetched.status, source: options.source },
        });
        log.error("reconcile", "provider payment does not match our records: not marked paid", { provider, providerRef, paymentId, mismatches });
      }
      return { outcome: "mismatch", ...base, status: payment.status, orderStatus: order.status, mismatches };
    }

    const from = payment.status;
    const to = nextPaymentStatus(from, fetched.status);
    const newlyPaid = !PAIDISH.includes(from) && PAIDISH.includes(to);
    const newlyFailed = RANK[from] < 2 && (to === "failed" || to === "cancelled");
    const refundedCents = Math.max(payment.refundedCents, PAIDISH.includes(to) ? fetched.refundedCents : 0);
    const refundDelta = refundedCents - payment.refundedCents;

    const patch: Partial<typeof payments.$inferInsert> = {};
    if (to !== from) patch.status = to;
    if (refundDelta > 0) patch.refundedCents = refundedCents;
    // Details: only ever filled in, never blanked by a thinner answer.
    const setIf = <K extends keyof typeof payments.$inferInsert>(key: K, value: (typeof payments.$inferInsert)[K] | null | undefined) => {
      if (value !== null && value !== undefined && payment[key] !== value) patch[key] = value;
    };
    setIf("transactionId", fetched.transactionId);
    setIf("cardBrand", fetched.card?.brand);
    setIf("cardLast4", fetched.card?.last4);
    setIf("cardCountry", fetched.card?.country);
    setIf("cardExpiry", fetched.card?.expiry);
    setIf("threeDSecure", fetched.threeDSecure);
    setIf("payerEmail", fetched.payerEmail);
    if (payment.providerLive === null) patch.providerLive = fetched.live;
    if (newlyPaid) patch.paidAt = fetched.paidAt ?? new Date();
    if (newlyFailed && fetched.failure) {
      patch.failureCode = fetched.failure.code;
      patch.failureMessage = fetched.failure.message;
    }
    if (Object.keys(patch).length === 0) {
      return { outcome: "unchanged", ...base, status: from, orderStatus: order.status };
    }
    patch.providerData = fetched.raw;
    patch.updatedAt = new Date();
    await tx.update(payments).set(patch).where(eq(payments.id, paymentId));

    if (to !== from) {
      await recordOrderEvent(tx, {
        orderId,
        paymentId,
        actor,
        type: `payment_${to}`,
        reason: fetched.failure?.message ?? undefined,
        data: { providerRef, attempt: payment.attempt, from, to, source: options.source, failureCode: fetched.failure?.code ?? null },
      });
    }

    let orderStatus = order.status;

    if (newlyPaid) {
      if (payment.paymentLinkId) await markPaymentLinkUsed(tx, payment.paymentLinkId);
      // The one path for money received (shared with transfers and cheques): paid once net money
      // covers the total, offline instruction placeholders closed, any excess or money on a
      // cancelled order flagged for an admin.
      const received = await applyMoneyReceived(tx, {
        orderId,
        amountCents: payment.amountCents,
        paymentId,
        actor,
        reason: `Paiement ${providerRef} accepté`,
        label: `Paiement ${provider} ${providerRef}`,
        data: { source: options.source },
      });
      orderStatus = received.order.status;
      // One e-mail per event. This payment made the order paid: the order confirmation, which
      // carries the receipt. The order still waits for the rest: the receipt alone. The order did
      // not want this money (already paid, cancelled): nothing to the customer, the flag above
      // tells an admin to refund it.
      if (received.becamePaid) await queuePaidOrderConfirmation(tx, orderId);
      else if (isUnpaid(order.status)) await queueAcceptedEmail(tx, order, { ...payment, ...patch });
    }

    if (newlyFailed) {
      orderStatus = await applyAttemptFailure(tx, { order, payment: { ...payment, ...patch }, actor, source: options.source });
    }

    if (refundDelta > 0) {
      await recordOrderEvent(tx, { orderId, paymentId, actor, type: "payment_refund_recorded", data: { providerRef, amountCents: refundDelta, totalRefundedCents: refundedCents } });
      // Refund state from NET money (paid − refunded) against the total: refunding a duplicate
      // payment leaves the order paid.
      const refunded = await applyMoneyRefunded(tx, { orderId, amountCents: refundDelta, paymentId, actor, reason: `Remboursement de ${formatEur(refundDelta)}` });
      orderStatus = refunded.order.status;
    }

    return { outcome: "updated", ...base, status: to, orderStatus };
  });
}

/**
 * An attempt just failed or was cancelled (provider's answer, or closed by us: expired, never
 * started). The order follows only when this is its latest attempt and it was waiting for it: it
 * becomes payment_failed and the customer gets the failure e-mail with a payment link. An earlier
 * attempt's failure never touches the order, and a cancellation on the way to cancelling the order
 * (source "cancel") sends nothing: the cancellation e-mail follows. Runs in the caller's
 * transaction, order and payment locked. Returns the order's status.
 */
export async function applyAttemptFailure(
  tx: Tx,
  input: { order: OrderRow; payment: PaymentRow; actor: Actor; source: ReconcileSource },
): Promise<OrderStatus> {
  const { order, payment } = input;
  if (input.source === "cancel" || order.status !== "pending_payment") return order.status;
  const [later] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, order.id), gt(payments.attempt, payment.attempt)))
    .limit(1);
  if (later) return order.status;
  await transitionOrder(tx, {
    orderId: order.id,
    to: "payment_failed",
    actor: input.actor,
    paymentId: payment.id,
    reason: payment.failureMessage ?? "Paiement non abouti",
    data: { source: input.source, failureCode: payment.failureCode },
  });
  await queueFailedEmail(tx, order, payment);
  return "payment_failed";
}

async function adoptOrphan(provider: PaymentProvider, fetched: ProviderPayment): Promise<{ id: string; orderId: string } | undefined> {
  if (!fetched.ourPaymentId || !/^[0-9a-f-]{36}$/i.test(fetched.ourPaymentId)) return undefined;
  const db = await getDb();
  const [adopted] = await db
    .update(payments)
    .set({ providerRef: fetched.providerRef, providerLive: fetched.live, status: sql`case when ${payments.status} = 'created' then 'pending' else ${payments.status} end`, updatedAt: new Date() })
    .where(and(eq(payments.id, fetched.ourPaymentId), eq(payments.provider, provider), isNull(payments.providerRef)))
    .returning({ id: payments.id, orderId: payments.orderId });
  if (adopted) log.warn("reconcile", "adopted a provider payment whose creation answer was lost", { provider, providerRef: fetched.providerRef, paymentId: adopted.id });
  return adopted;
}

type OrderRow = typeof orders.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;

async function queueAcceptedEmail(tx: Tx, order: OrderRow, payment: PaymentRow): Promise<void> {
  const urls = orderPaymentUrls(order.reference, order.id);
  await enqueueEmail(tx, {
    to: order.email,
    template: "payment-accepted",
    orderId: order.id,
    email: renderPaymentAcceptedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      amountCents: payment.amountCents,
      methodLabel: onlineMethodLabel(payment.method, payment.provider),
      transactionId: payment.transactionId ?? payment.providerRef,
      cardLine: cardLine(payment.cardBrand, payment.cardLast4),
      paidAtText: formatDateTimeFr(payment.paidAt ?? new Date()),
      receiptUrl: urls.receiptUrl,
    }),
  });
}

async function queueFailedEmail(tx: Tx, order: OrderRow, payment: PaymentRow): Promise<void> {
  const urls = orderPaymentUrls(order.reference, order.id);
  // The link a previous failure e-mail carried, while it is still valid; a new one otherwise.
  const link = await ensureSystemPaymentLink(tx, { orderId: order.id, sentTo: order.email, actor: { type: "system", id: "reconcile" } });
  await enqueueEmail(tx, {
    to: order.email,
    template: "payment-failed",
    orderId: order.id,
    email: renderPaymentFailedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      amountCents: payment.amountCents,
      cancelled: payment.status === "cancelled",
      reason: payment.failureMessage ?? "Le paiement n'a pas abouti.",
      paymentLinkUrl: link.url,
      linkExpiresText: formatDateFr(link.expiresAt),
      receiptUrl: urls.receiptUrl,
    }),
  });
}
