import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Executor, Tx } from "@/lib/db/client";
import { emailOutbox, orderLines, orders, payments } from "@/lib/db/schema";
import { enqueueEmail, type RenderedEmail } from "@/lib/mail/outbox";
import { withWarningBanner } from "@/lib/mail/templates/layout";
import { isTestPayment, TEST_ORDER_MARK } from "@/lib/payments/test-mode";
import { EMAIL_TEMPLATES, ORDER_CONFIRMATION_TEMPLATES } from "@/lib/mail/template-names";
import { renderOfflinePaymentReminderEmail } from "@/lib/mail/templates/offline-payment-reminder";
import { renderOrderCancelledEmail, type OrderCancelledInput } from "@/lib/mail/templates/order-cancelled";
import { renderOrderConfirmation } from "@/lib/mail/templates/order-confirmation";
import { renderDuplicatePaymentRefundedEmail } from "@/lib/mail/templates/duplicate-payment-refunded";
import { renderPaymentAcceptedEmail } from "@/lib/mail/templates/payment-accepted";
import { renderPaymentFailedEmail } from "@/lib/mail/templates/payment-failed";
import { renderPaymentReceivedEmail } from "@/lib/mail/templates/payment-received";
import { orderPaymentUrls } from "@/lib/orders/access";
import { customerNameFor } from "@/lib/orders/customer-name";
import { PAID_PAYMENT_STATUSES } from "@/lib/payments/attempt-status";
import { cardLine, onlineMethodLabel, paymentMethodLabel } from "@/lib/payments/labels";
import { chequeInstructions, offlineInstructionsFor, type ChequeInstructions, type OfflineInstructions } from "@/lib/payments/offline-instructions";
import { ensureSystemPaymentLink } from "@/lib/payments/payment-links";
import { formatDateFr, formatDateTimeFr, formatDeadlineFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";

/*
 * Every e-mail about an order, assembled in one place from the order as stored: the templates
 * (lib/mail/templates) take plain view data, and each function here queues one of them inside the
 * caller's transaction, so it is sent if and only if the change that causes it commits. One
 * e-mail per event: the state machine lets an order become paid once, so a confirmation is never
 * queued twice.
 */

type OrderRow = typeof orders.$inferSelect;
type PaymentRow = typeof payments.$inferSelect;

/**
 * The confirmation of the order (Code de la consommation, L221-13): for an offline order when it
 * is placed, with how to pay (`instructions`); for an online order when a payment makes it paid,
 * with that payment (the one its receipt shows: the latest paid online attempt). `orderUrl`
 * overrides the order's link (the checkout's own access link for an offline order).
 */
export async function queueOrderConfirmation(
  tx: Tx,
  orderId: string,
  options: { instructions?: OfflineInstructions | null; orderUrl?: string } = {},
): Promise<void> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error(`order ${orderId} not found for its confirmation`);
  const instructions = options.instructions ?? null;
  const [lines, [payment]] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position)),
    instructions
      ? Promise.resolve([])
      : tx
          .select()
          .from(payments)
          .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider), inArray(payments.status, [...PAID_PAYMENT_STATUSES])))
          .orderBy(desc(payments.attempt), desc(payments.createdAt))
          .limit(1),
  ]);
  const urls = orderPaymentUrls(order);
  await enqueueEmail(tx, {
    to: order.email,
    template: instructions ? EMAIL_TEMPLATES.orderConfirmation : EMAIL_TEMPLATES.paidOrderConfirmation,
    orderId: order.id,
    email: markedIfTest(payment, renderOrderConfirmation({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      placedAt: order.createdAt,
      orderUrl: options.orderUrl ?? urls.orderUrl,
      lines: lines.map((l) => ({ name: l.name, quantity: l.quantity, lineTotalCents: l.lineTotalCents })),
      itemsCents: order.itemsCents,
      shippingCents: order.shippingCents,
      totalCents: order.totalCents,
      vatCents: order.vatCents,
      paymentMethodLabel: payment ? onlineMethodLabel(payment.method, payment.provider) : paymentMethodLabel(order.paymentMethod),
      shippingAddress: order.shippingAddress,
      billingAddress: order.billingAddress,
      instructions,
      payment: payment
        ? {
            amountCents: payment.amountCents,
            methodLabel: onlineMethodLabel(payment.method, payment.provider),
            cardLine: cardLine(payment.cardBrand, payment.cardLast4),
            transactionId: payment.transactionId ?? payment.providerRef,
            paidAt: payment.paidAt ?? new Date(),
            receiptUrl: urls.receiptUrl,
          }
        : null,
    })),
  });
}

/** The e-mail of a payment taken in a provider's test store carries the test mark everywhere. */
function markedIfTest(payment: PaymentRow | undefined, email: RenderedEmail): RenderedEmail {
  // The payment row passed may predate this reconcile's write: paid status is implied here.
  return payment && isTestPayment({ ...payment, status: "paid" }) ? withWarningBanner(email, TEST_ORDER_MARK) : email;
}

/** An online payment accepted that leaves part of the order due: its receipt alone. */
export async function queuePaymentAcceptedEmail(tx: Tx, order: OrderRow, payment: PaymentRow): Promise<void> {
  const urls = orderPaymentUrls(order);
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.paymentAccepted,
    orderId: order.id,
    email: markedIfTest(payment, renderPaymentAcceptedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      amountCents: payment.amountCents,
      methodLabel: onlineMethodLabel(payment.method, payment.provider),
      transactionId: payment.transactionId ?? payment.providerRef,
      cardLine: cardLine(payment.cardBrand, payment.cardLast4),
      paidAtText: formatDateTimeFr(payment.paidAt ?? new Date()),
      receiptUrl: urls.receiptUrl,
    })),
  });
}

/** An online attempt failed or was cancelled: why, and a secure link to pay the order another time. */
export async function queuePaymentFailedEmail(tx: Tx, order: OrderRow, payment: PaymentRow): Promise<void> {
  const urls = orderPaymentUrls(order);
  // The link a previous failure e-mail carried, while it is still valid; a new one otherwise.
  const link = await ensureSystemPaymentLink(tx, { orderId: order.id, sentTo: order.email, actor: { type: "system", id: "reconcile" } });
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.paymentFailed,
    orderId: order.id,
    email: renderPaymentFailedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      amountCents: payment.amountCents,
      cancelled: payment.status === "cancelled",
      reason: payment.failureMessage ?? "Le paiement n'a pas abouti.",
      paymentLinkUrl: link.url,
      linkExpiresText: formatDeadlineFr(link.expiresAt),
      receiptUrl: urls.receiptUrl,
    }),
  });
}

/** A payment that reached an order already paid was refunded by the shop on its own. */
export async function queueDuplicatePaymentRefundedEmail(tx: Tx, order: OrderRow, payment: PaymentRow, refundedCents: number): Promise<void> {
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.duplicatePaymentRefunded,
    orderId: order.id,
    email: renderDuplicatePaymentRefundedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      refundedCents,
      methodLabel: onlineMethodLabel(payment.method, payment.provider),
      transactionId: payment.transactionId ?? payment.providerRef,
      receiptUrl: orderPaymentUrls(order).receiptUrl,
    }),
  });
}

/** Money recorded by hand (a transfer, a cashed cheque) made the order paid. */
export async function queuePaymentReceivedEmail(tx: Tx, order: OrderRow, method: "transfer" | "cheque"): Promise<void> {
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.paymentReceived,
    orderId: order.id,
    email: renderPaymentReceivedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      totalCents: order.totalCents,
      // Net: what the customer has given and not had back.
      paidCents: order.paidCents - order.refundedCents,
      method,
      hasAccount: order.userId !== null,
    }),
  });
}

/** The order was cancelled; `why` follows "a été annulée" ("à la demande de notre service client"). */
export async function queueOrderCancelledEmail(tx: Tx, order: OrderRow, why: string, returnedCheques: OrderCancelledInput["returnedCheques"] = []): Promise<void> {
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.orderCancelled,
    orderId: order.id,
    email: renderOrderCancelledEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      totalCents: order.totalCents,
      why,
      shopUrl: `${env.appUrl}/`,
      returnedCheques,
    }),
  });
}

/**
 * A transfer or cheque order whose money has not arrived: how to pay (the method it awaits now),
 * and the day after which it is cancelled (`cancelAfter`).
 */
export async function queueOfflinePaymentReminderEmail(
  tx: Tx,
  order: OrderRow,
  method: "transfer" | "cheque",
  cancelAfter: Date,
  /** An order paid in several cheques: the schedule its cheques follow, as in its confirmation. */
  chequeSchedule?: ChequeInstructions["schedule"],
): Promise<void> {
  const dueCents = order.totalCents - (order.paidCents - order.refundedCents);
  const instructions = chequeSchedule?.length ? chequeInstructions({ reference: order.reference, amountCents: dueCents }, chequeSchedule) : offlineInstructionsFor(method, { reference: order.reference, amountCents: dueCents });
  if (!instructions) throw new Error(`no payment instructions for ${method}`);
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.offlinePaymentReminder,
    orderId: order.id,
    email: renderOfflinePaymentReminderEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      totalCents: dueCents,
      placedOnText: formatDateFr(order.createdAt),
      cancelAfterText: `le ${formatDateFr(cancelAfter)}`,
      instructions,
      orderUrl: orderPaymentUrls(order).orderUrl,
    }),
  });
}

/**
 * The address the order's confirmation e-mail went to (queued or sent, the latest one), or null
 * when none was queued or it failed for good: the order page says "envoyé à …" only when true.
 */
export async function confirmationEmailRecipient(db: Executor, orderId: string): Promise<string | null> {
  const [row] = await db
    .select({ to: emailOutbox.toAddress })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.orderId, orderId), inArray(emailOutbox.template, [...ORDER_CONFIRMATION_TEMPLATES]), ne(emailOutbox.status, "failed")))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  return row?.to ?? null;
}
