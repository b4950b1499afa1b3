import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orders, paymentLinks } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { renderPaymentLinkEmail } from "@/lib/mail/templates/payment-link";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { moneyPosition } from "@/lib/orders/ledger";
import { isUnpaid } from "@/lib/orders/transitions";
import { createPaymentLinkInTx, PAYMENT_LINK_MESSAGES, type SendPaymentLinkResult } from "@/lib/payments/payment-links";
import { formatDateFr } from "@/lib/shared/dates";

/*
 * "Envoyer un lien de paiement": a secure link (lib/payments/payment-links.ts) for an unpaid order,
 * sent by e-mail to the order's own address — never one typed by whoever asks. An admin sends it
 * from the back-office; a customer asks for one from a failed receipt or an expired link's page.
 */

// A customer may ask for a new link at most once every 2 minutes and 5 times a day per order.
const CUSTOMER_MIN_INTERVAL_MS = 2 * 60 * 1000;
const CUSTOMER_MAX_PER_DAY = 5;

/** Creates a link for an unpaid order and queues its e-mail to the order's address, in one transaction. */
export async function sendPaymentLink(input: { orderId: string; actor: Actor; now?: Date }): Promise<SendPaymentLinkResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return { ok: false, reason: "not_found", message: PAYMENT_LINK_MESSAGES.not_found };
    if (!isUnpaid(order.status)) return { ok: false, reason: "not_payable", message: PAYMENT_LINK_MESSAGES.not_payable };
    if (input.actor.type === "customer") {
      const recent = await tx
        .select({ createdAt: paymentLinks.createdAt, by: paymentLinks.createdByType })
        .from(paymentLinks)
        .where(and(eq(paymentLinks.orderId, order.id), gt(paymentLinks.createdAt, new Date(now.getTime() - 24 * 60 * 60 * 1000))))
        .orderBy(desc(paymentLinks.createdAt));
      const byCustomer = recent.filter((r) => r.by === "customer");
      if (byCustomer.length >= CUSTOMER_MAX_PER_DAY || (byCustomer[0] && now.getTime() - byCustomer[0].createdAt.getTime() < CUSTOMER_MIN_INTERVAL_MS)) {
        return { ok: false, reason: "too_soon", message: PAYMENT_LINK_MESSAGES.too_soon };
      }
    }
    const link = await createPaymentLinkInTx(tx, { orderId: order.id, sentTo: order.email, actor: input.actor, now });
    await enqueueEmail(tx, {
      to: order.email,
      template: "payment-link",
      orderId: order.id,
      email: renderPaymentLinkEmail({
        reference: order.reference,
        customerName: await customerNameFor(tx, order),
        amountCents: moneyPosition(order).dueCents,
        url: link.url,
        expiresText: formatDateFr(link.expiresAt),
      }),
    });
    await recordOrderEvent(tx, { orderId: order.id, actor: input.actor, type: "payment_link_sent", data: { linkId: link.id, sentTo: order.email } });
    return { ok: true, sentTo: order.email, expiresAt: link.expiresAt };
  });
}

