import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { orderLines, orders, payments } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { renderOrderConfirmation } from "@/lib/mail/templates/order-confirmation";
import { customerNameFor } from "@/lib/orders/customer-name";
import { cardLine, onlineMethodLabel } from "@/lib/payments/labels";
import { paymentMethodLabel } from "@/lib/payments/methods";
import { orderPaymentUrls } from "@/lib/orders/order-links";

/**
 * The outbox template of the e-mail sent when an online payment makes an order paid. It is the
 * order confirmation and the payment's receipt in one (the "paiement accepté" e-mail of a card or
 * PayPal order): one e-mail for one event.
 */
export const PAID_ORDER_CONFIRMATION_TEMPLATE = "payment-accepted";

/**
 * Queues, inside the caller's transaction, the confirmation of an order that an online payment
 * has just made paid: items, totals with VAT, addresses, the accepted payment, links to the
 * receipt and to the order page (signed link token: a guest opens both), the legal mentions.
 *
 * Call it once, where the order moves to "paid" (lib/payments/reconcile.ts, with the order and
 * payment rows locked): the state machine lets an order become paid only once, so duplicate
 * notifications never queue a second one.
 */
export async function queuePaidOrderConfirmation(tx: Tx, orderId: string): Promise<void> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error(`order ${orderId} not found for its confirmation`);
  const [lines, [payment]] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position)),
    // The attempt the receipt page shows (pickReceiptPayment): the latest paid online attempt.
    tx
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider), inArray(payments.status, ["paid", "partially_refunded", "refunded"])))
      .orderBy(desc(payments.attempt), desc(payments.createdAt))
      .limit(1),
  ]);
  const urls = orderPaymentUrls(order.reference, order.id);
  await enqueueEmail(tx, {
    to: order.email,
    template: PAID_ORDER_CONFIRMATION_TEMPLATE,
    orderId: order.id,
    email: renderOrderConfirmation({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      placedAt: order.createdAt,
      orderUrl: urls.orderUrl,
      lines: lines.map((l) => ({ name: l.name, quantity: l.quantity, lineTotalCents: l.lineTotalCents })),
      itemsCents: order.itemsCents,
      shippingCents: order.shippingCents,
      totalCents: order.totalCents,
      vatCents: order.vatCents,
      paymentMethodLabel: payment ? onlineMethodLabel(payment.method, payment.provider) : paymentMethodLabel(order.paymentMethod),
      shippingAddress: order.shippingAddress,
      billingAddress: order.billingAddress,
      instructions: null,
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
    }),
  });
}
