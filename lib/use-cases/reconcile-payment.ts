import "server-only";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { orderEvents, orders, payments, type OrderStatus, type PaymentProvider, type PaymentStatus } from "@/lib/db/schema";
import { metrics } from "@/lib/shared/metrics";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { isGatewayError } from "@/lib/providers/errors";
import type { PaymentGateway, ProviderPayment } from "@/lib/providers/types";
import { findMismatches, isPaidStatus, nextPaymentStatus, PAYMENT_STATUS_RANK } from "@/lib/payments/attempt-status";
import { captureApprovedPayment } from "@/lib/use-cases/capture-paypal-approval";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { appendFlag, applyMoneyReceived, applyMoneyRefunded, moneyPosition } from "@/lib/orders/ledger";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";
import { PROVIDER_NAMES } from "@/lib/payments/labels";
import { markPaymentLinkUsed } from "@/lib/payments/payment-links";
import { refundDuplicatePayment } from "@/lib/use-cases/refund-duplicate-payment";
import { followUpRefund } from "@/lib/use-cases/refund-follow-up";
import { reconcileAccountPayment } from "@/lib/use-cases/invoice-payments";
import { invoiceOnceOrderPaid } from "@/lib/use-cases/invoices";
import { queueOrderConfirmation, queuePaymentAcceptedEmail, queuePaymentFailedEmail } from "@/lib/use-cases/order-emails";
import { applyInstalmentOutcome, fetchPlanOfCharge, placePlanCharge } from "@/lib/use-cases/card-instalment-plans";
import { askedRefundCents, REFUND_REFUSED_EVENT, SHOP_REFUND_REQUEST_EVENTS } from "@/lib/payments/refunds";

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
 * "cancel": the order is being cancelled (lib/use-cases/cancel-order.ts); its own e-mail tells the
 * customer. "cancel_refused": that cancellation was then refused, so the failures it settled take
 * effect after all (settle-attempts.ts, followFailureAfterRefusedCancel).
 */
export type ReconcileSource = "notification" | "return" | "sweep" | "admin" | "retry" | "cancel" | "cancel_refused" | "test";

export type ReconcileResult =
  /** claimedPaymentId: the payment id of ours the provider object names (its metadata), if any. */
  | { outcome: "not_ours"; providerRef: string; claimedPaymentId: string | null }
  | { outcome: "unknown_to_provider"; providerRef: string }
  | {
      outcome: "updated" | "unchanged" | "mismatch";
      paymentId: string;
      orderId: string;
      status: PaymentStatus;
      orderStatus: string;
      mismatches?: string[];
    };

const providerActor = (provider: PaymentProvider): Actor => ({ type: "provider", id: provider });

export type ReconcileOptions = {
  source: ReconcileSource;
  /**
   * The provider just told us the payer approved (PayPal's CHECKOUT.ORDER.APPROVED): worth a
   * capture even after a recorded decline, since the payer may have chosen another source.
   */
  newApproval?: boolean;
  /**
   * The provider's answer for this very payment, read moments ago in the same request (the
   * re-fetch that authenticated a notification): used instead of an identical second GET. It is
   * no less fresh than one made now would be, and states only move forward, so a copy racing
   * with newer news cannot undo anything.
   */
  fetched?: ProviderPayment;
};

export async function reconcilePayment(provider: PaymentProvider, providerRef: string, options: ReconcileOptions = { source: "admin" }): Promise<ReconcileResult> {
  const result = await reconcileOnce(provider, providerRef, options);
  metrics().reconciles.inc({ provider, source: options.source, outcome: result.outcome });
  return result;
}

async function reconcileOnce(provider: PaymentProvider, providerRef: string, options: ReconcileOptions): Promise<ReconcileResult> {
  const db = await getDb();
  const gateway = getGatewayOrThrow(provider);

  let fetched: ProviderPayment;
  try {
    fetched = options.fetched?.providerRef === providerRef ? options.fetched : await gateway.retrieve(providerRef);
  } catch (error) {
    if (isGatewayError(error) && error.code === "not_found") return { outcome: "unknown_to_provider", providerRef };
    throw error;
  }
  if (fetched.captureRequired) fetched = await captureIfOurs(gateway, fetched, options);
  // A charge of a card instalment plan: the plan re-fetched from the provider (outside any
  // transaction) says which of our plans and parts it is.
  const planCharge = await fetchPlanOfCharge(fetched, gateway);

  let [row] = await db
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.provider, provider), eq(payments.providerRef, providerRef)));
  if (!row && planCharge) row = await placePlanCharge(fetched, planCharge);
  if (!row) {
    // A payment of invoices (a professional's account), not of an order: its own branch.
    const account = await reconcileAccountPayment(db, provider, providerRef, fetched, gateway);
    if (account) return { outcome: account.outcome, paymentId: account.accountPaymentId, orderId: "", status: account.status as PaymentStatus, orderStatus: "" };
    // The provider knows a payment we never stored: maybe the answer to our create was lost.
    // Adopt it only if it names one of our attempts of this provider that has no provider ref yet.
    row = await adoptOrphan(provider, fetched);
    if (!row) return { outcome: "not_ours", providerRef, claimedPaymentId: fetched.ourPaymentId };
  }
  const { id: paymentId, orderId } = row;

  let paidTwice = false;
  const result = await db.transaction(async (tx): Promise<ReconcileResult> => {
    // Lock order then payment, the order every writer of both uses (transitionOrder locks the order).
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!order || !payment) throw new Error(`payment ${paymentId} vanished during reconcile`);
    const actor = providerActor(provider);
    const base = { paymentId, orderId };

    // A plan's charges carry the plan's metadata, not a payment id: their identity is the plan id
    // and the re-fetched schedule listing them (placePlanCharge), checked against this order.
    const identified = planCharge?.plan.orderId === orderId ? { ...fetched, ourPaymentId: payment.id } : fetched;
    const mismatches = findMismatches(
      { paymentId: payment.id, amountCents: payment.amountCents, currency: payment.currency, live: payment.providerLive, orderReference: order.reference },
      identified,
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
    const newlyPaid = !isPaidStatus(from) && isPaidStatus(to);
    const newlyFailed = PAYMENT_STATUS_RANK[from] < 2 && (to === "failed" || to === "cancelled");
    const refundedCents = Math.max(payment.refundedCents, isPaidStatus(to) ? fetched.refundedCents : 0);
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
      // The order was paid already: this is a second payment, refunded once this commits.
      paidTwice = order.status === "paid";
      if (received.becamePaid) {
        await queueOrderConfirmation(tx, orderId);
        await invoiceOnceOrderPaid(tx, orderId);
      }
      else if (isUnpaid(order.status)) await queuePaymentAcceptedEmail(tx, order, { ...payment, ...patch });
    }

    // A later charge PayPlug makes on a plan's schedule is not the customer's attempt: its failure
    // never makes the order "payment_failed" (applyInstalmentOutcome follows it up).
    if (newlyFailed && !payment.instalmentPlanId) {
      orderStatus = await applyAttemptFailure(tx, { order, payment: { ...payment, ...patch }, actor, source: options.source });
    }
    if (newlyPaid || newlyFailed) {
      orderStatus = await applyInstalmentOutcome(tx, { order, payment: { ...payment, ...patch }, newlyPaid, newlyFailed, orderStatus, planNow: planCharge?.provider ?? null });
    }

    if (refundDelta > 0) {
      const [beforeRefund] = await tx.select().from(orders).where(eq(orders.id, orderId));
      await noticeRefundNotAskedByTheShop(tx, { order: beforeRefund!, payment, refundedCents, provider, providerRef, actor });
      await recordOrderEvent(tx, { orderId, paymentId, actor, type: "payment_refund_recorded", data: { providerRef, amountCents: refundDelta, totalRefundedCents: refundedCents } });
      // Refund state from NET money (paid − refunded) against the total: refunding a duplicate
      // payment leaves the order paid.
      const refunded = await applyMoneyRefunded(tx, { orderId, amountCents: refundDelta, paymentId, actor, reason: `Remboursement de ${formatEur(refundDelta)}` });
      orderStatus = refunded.order.status;
      // The avoir of an invoiced order and the customer's e-mail, with the refund (a replay has no delta).
      await followUpRefund(tx, {
        before: beforeRefund!,
        after: refunded.order,
        amountCents: refundDelta,
        how: payment.method === "paypal" ? "par PayPal, sur le compte ou la carte qui a payé" : "sur la carte bancaire qui a payé",
        refundKey: `${paymentId}:${refundedCents}`,
        issuer: null,
      });
    }

    return { outcome: "updated", ...base, status: to, orderStatus };
  });
  if (paidTwice && result.outcome === "updated") {
    try {
      await refundDuplicatePayment(result.paymentId, { source: options.source });
    } catch (error) {
      // The order keeps its overpayment flag; the sweep of paid payments tries again.
      log.error("reconcile", "automatic refund of a duplicate payment could not run", { provider, providerRef, error });
    }
  }
  return result;
}

type OrderRow = typeof orders.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;


/**
 * Money given back that the shop never asked for: a refund made in the provider's dashboard, or a
 * chargeback (PayPal's PAYMENT.CAPTURE.REVERSED, a dispute lost; a card chargeback at PayPlug) —
 * the provider reports both as refunded money. Recorded, the order flagged, the admins e-mailed;
 * except when it only gives back money the order was flagged to give back (an excess "à
 * rembourser"): that is the refund the admin was asked for.
 */
async function noticeRefundNotAskedByTheShop(
  tx: Tx,
  input: { order: OrderRow; payment: PaymentRow; refundedCents: number; provider: PaymentProvider; providerRef: string; actor: Actor },
): Promise<void> {
  const { order, payment } = input;
  const asks = await tx
    .select({ type: orderEvents.type, data: orderEvents.data })
    .from(orderEvents)
    .where(and(eq(orderEvents.paymentId, payment.id), inArray(orderEvents.type, [...SHOP_REFUND_REQUEST_EVENTS, REFUND_REFUSED_EVENT])));
  const askedCents = askedRefundCents(asks);
  const unaskedCents = Math.max(0, input.refundedCents - askedCents) - Math.max(0, payment.refundedCents - askedCents);
  if (unaskedCents <= 0 || unaskedCents <= moneyPosition(order).excessCents) return;
  const line = `Remboursement de ${formatEur(unaskedCents)} constaté chez ${PROVIDER_NAMES[input.provider]} sans demande de la boutique (tableau de bord du prestataire, ou litige / rétrofacturation) : à vérifier.`;
  await tx.update(orders).set({ flag: appendFlag(order.flag, line), updatedAt: new Date() }).where(eq(orders.id, order.id));
  await recordOrderEvent(tx, {
    orderId: order.id,
    paymentId: payment.id,
    actor: input.actor,
    type: "external_refund_detected",
    reason: line,
    data: { providerRef: input.providerRef, amountCents: unaskedCents, totalRefundedCents: input.refundedCents },
  });
  await queueAdminAlert(tx, {
    order,
    subject: `Remboursement ou litige sur la commande ${order.reference}`,
    summary: `${PROVIDER_NAMES[input.provider]} signale ${formatEur(unaskedCents)} rendus au client sur la commande ${order.reference}, sans que la boutique l'ait demandé.`,
    details: [
      ["Commande", order.reference],
      ["Paiement", `${PROVIDER_NAMES[input.provider]} ${input.providerRef}`],
      ["Montant rendu", formatEur(unaskedCents)],
      ["Total remboursé sur ce paiement", formatEur(input.refundedCents)],
    ],
    advice:
      "S'il s'agit d'un remboursement fait depuis le tableau de bord du prestataire, rien d'autre à faire. S'il s'agit d'un litige ou d'une rétrofacturation, répondez-y depuis ce tableau de bord et vérifiez la commande avant toute expédition.",
  });
  log.warn("reconcile", "money given back without the shop asking: order flagged, admins told", { provider: input.provider, providerRef: input.providerRef, orderId: order.id, unaskedCents });
}

/**
 * An attempt just failed or was cancelled (provider's answer, or closed by us: expired, never
 * started). The order follows only when this is its latest attempt and it was waiting for it: it
 * becomes payment_failed and the customer gets the failure e-mail with a payment link. An earlier
 * attempt's failure never touches the order, and neither does a failure on the way to cancelling
 * the order (source "cancel": the cancellation e-mail follows) or to a new attempt (source
 * "retry": the customer is paying again right now). Runs in the caller's
 * transaction, order and payment locked. Returns the order's status.
 */
export async function applyAttemptFailure(
  tx: Tx,
  input: { order: OrderRow; payment: PaymentRow; actor: Actor; source: ReconcileSource },
): Promise<OrderStatus> {
  const { order, payment } = input;
  // A cancellation's own e-mail follows; a retry closes older attempts just before starting a new one.
  if (input.source === "cancel" || input.source === "retry" || order.status !== "pending_payment") return order.status;
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
  await queuePaymentFailedEmail(tx, order, payment);
  return "payment_failed";
}

/**
 * Approved and not captured (PayPal): whoever sees it first takes the money, through the one
 * capture use case (it checks the payment is ours and claims it); the others replay the same
 * capture. A capture that fails leaves the state we read, still true (approved, not captured):
 * the next reconcile tries again.
 */
async function captureIfOurs(gateway: PaymentGateway, fetched: ProviderPayment, options: ReconcileOptions): Promise<ProviderPayment> {
  try {
    const outcome = await captureApprovedPayment(fetched.provider, fetched.providerRef, { payment: fetched, onlyIfNeverDeclined: !options.newApproval, gateway });
    if (outcome.kind === "captured") return outcome.payment;
    if (outcome.kind === "already_captured") return await gateway.retrieve(fetched.providerRef);
  } catch (error) {
    log.warn("reconcile", "capture of an approved payment failed; reporting it as pending", { provider: fetched.provider, providerRef: fetched.providerRef, error });
  }
  return fetched;
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
