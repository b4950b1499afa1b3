import "server-only";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, paymentLinks } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderOrderLinkEmail } from "@/lib/mail/templates/order-link";
import { checkOrderLinkToken, normaliseReference, orderLinkExpiresAt, orderPaymentUrls } from "@/lib/orders/access";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { formatDateFr } from "@/lib/shared/dates";
import { log } from "@/lib/shared/log";
import { hashToken, newToken } from "@/lib/shared/tokens";

/*
 * The order links sent to a customer (lib/orders/access.ts): revoked by an admin, renewed by the
 * customer from an expired one.
 */

export const ORDER_LINK_MESSAGES = {
  revoked: "Liens révoqués : les liens de suivi et de paiement envoyés pour cette commande ne fonctionnent plus. Les prochains e-mails en porteront de nouveaux.",
  not_found: "Commande introuvable.",
  sent: "Un nouveau lien vient d'être envoyé à l'adresse e-mail de la commande. Pensez à regarder dans les indésirables.",
  still_valid: "Ce lien est encore valable : rechargez la page.",
  too_soon: "Un lien vient déjà d'être envoyé : vérifiez votre boîte de réception (et les indésirables) avant d'en demander un autre.",
} as const;

export type OrderLinkResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Révoquer les liens envoyés" (admin): every link sent for this order stops working at once — its
 * signed links (the version in their signature moves on), the checkout's access token (its hash is
 * replaced by one nobody holds) and its open payment links (expired now). For a link that leaked:
 * a forwarded e-mail, a shared screen. The customer keeps their account, if any, and the next
 * e-mail carries fresh links; the timeline records who revoked.
 */
export async function revokeOrderLinks(input: { orderId: string; actor: Actor; now?: Date }): Promise<OrderLinkResult & { reference?: string }> {
  const db = await getDb();
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return { ok: false, message: ORDER_LINK_MESSAGES.not_found };
    const version = order.accessTokenVersion + 1;
    await tx.update(orders).set({ accessTokenVersion: version, accessTokenHash: hashToken(newToken()), updatedAt: now }).where(eq(orders.id, order.id));
    const closed = await tx
      .update(paymentLinks)
      .set({ expiresAt: now })
      .where(and(eq(paymentLinks.orderId, order.id), isNull(paymentLinks.usedAt), gt(paymentLinks.expiresAt, now)))
      .returning({ id: paymentLinks.id });
    await recordOrderEvent(tx, { orderId: order.id, actor: input.actor, type: "order_links_revoked", data: { version, paymentLinksClosed: closed.length } });
    log.info("orders", "order links revoked", { orderId: order.id, version, paymentLinksClosed: closed.length });
    return { ok: true, message: ORDER_LINK_MESSAGES.revoked, reference: order.reference };
  });
}

// A customer may ask for a fresh link at most once every 2 minutes and 5 times a day per order,
// as for payment links: each request sends an e-mail.
const MIN_INTERVAL_MS = 2 * 60 * 1000;
const MAX_PER_DAY = 5;

/**
 * "Recevoir un nouveau lien par e-mail" from an EXPIRED order link: the expired token proves the
 * visitor was sent a link for this order, so a fresh one goes to the order's own address (never
 * one typed here). A valid, forged or revoked token sends nothing.
 */
export async function sendFreshOrderLink(input: { reference: string; token: string; actor: Actor; now?: Date }): Promise<OrderLinkResult> {
  const reference = normaliseReference(input.reference);
  if (!reference) return { ok: false, message: ORDER_LINK_MESSAGES.not_found };
  const db = await getDb();
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.reference, reference)).for("update");
    const check = order ? checkOrderLinkToken(order, input.token, now) : "invalid";
    if (!order || check === "invalid") return { ok: false, message: ORDER_LINK_MESSAGES.not_found };
    if (check === "valid") return { ok: false, message: ORDER_LINK_MESSAGES.still_valid };

    const sentSince = async (ms: number) => {
      const [row] = await tx
        .select({ n: count() })
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "order_link_sent"), gt(orderEvents.createdAt, new Date(now.getTime() - ms))));
      return row?.n ?? 0;
    };
    if ((await sentSince(MIN_INTERVAL_MS)) > 0 || (await sentSince(24 * 60 * 60 * 1000)) >= MAX_PER_DAY) return { ok: false, message: ORDER_LINK_MESSAGES.too_soon };

    await enqueueEmail(tx, {
      to: order.email,
      template: EMAIL_TEMPLATES.orderLink,
      orderId: order.id,
      email: renderOrderLinkEmail({
        reference: order.reference,
        customerName: await customerNameFor(tx, order),
        url: orderPaymentUrls(order, now).orderUrl,
        expiresText: formatDateFr(orderLinkExpiresAt(now)),
      }),
    });
    await recordOrderEvent(tx, { orderId: order.id, actor: input.actor, type: "order_link_sent", data: { sentTo: order.email } });
    return { ok: true, message: ORDER_LINK_MESSAGES.sent };
  });
}
