import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import OrderPage from "@/app/(shop)/commandes/[reference]/page";
import ReceiptPage from "@/app/(shop)/commandes/[reference]/recu/page";
import type { Db } from "@/lib/db/client";
import { emailOutbox, orders } from "@/lib/db/schema";
import { describeEvent } from "@/lib/history/admin-timeline";
import { sendDueEmails } from "@/lib/mail/send-outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { getOrderForAdmin } from "@/lib/orders/admin-queries";
import { findAccessibleOrder, orderLinkToken } from "@/lib/orders/access";
import { findPaymentLink } from "@/lib/payments/payment-links";
import { env } from "@/lib/shared/env";
import { hashToken, newToken } from "@/lib/shared/tokens";
import { ORDER_LINK_MESSAGES, revokeOrderLinks, sendFreshOrderLink } from "@/lib/use-cases/order-links";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { redirectOf, renderPage, textOf } from "@/tests/support/render-page";

/*
 * Order links that expire and can be revoked (issue 12, hole 9b), on the database: the admin's
 * "Révoquer les liens envoyés", the expired link's page, and the fresh link it sends.
 */

// A guest with no session: the order page reads the session when the link's token does not open
// the order, and there is no request scope here to read it from.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: () => Promise.resolve(null),
}));

const DAY = 24 * 60 * 60 * 1000;
let db: Db;

beforeEach(async () => {
  db = await resetDatabase();
});

async function orderRow(id: string) {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row!;
}

const guest = (token: string) => ({ token, user: null });
const aLongTimeAgo = () => new Date(Date.now() - (env.orderLinkTtlDays + 1) * DAY);

describe("Révoquer les liens envoyés", () => {
  it("makes every link sent before open nothing, records the admin in the timeline, and new links work", async () => {
    const admin = await insertUser(db, "admin");
    const checkoutToken = newToken();
    const order = await insertOrder(db);
    await db.update(orders).set({ accessTokenHash: hashToken(checkoutToken) }).where(eq(orders.id, order.id));
    const signed = orderLinkToken(order);
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "admin", id: admin.id } })).toMatchObject({ ok: true });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.paymentLink));
    const paymentToken = /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect(await findAccessibleOrder(db, order.reference, guest(signed))).not.toBeNull();

    expect(await revokeOrderLinks({ orderId: order.id, actor: { type: "admin", id: admin.id } })).toMatchObject({ ok: true, message: ORDER_LINK_MESSAGES.revoked });

    expect(await findAccessibleOrder(db, order.reference, guest(signed))).toBeNull();
    expect(await findAccessibleOrder(db, order.reference, guest(checkoutToken))).toBeNull();
    expect((await findPaymentLink(paymentToken))?.state).toBe("expired");
    const revoked = await orderRow(order.id);
    expect(revoked.accessTokenVersion).toBe(1);
    expect(await findAccessibleOrder(db, order.reference, guest(orderLinkToken(revoked)))).not.toBeNull();

    const detail = (await getOrderForAdmin(db, order.reference))!;
    const event = detail.events.find((e) => e.type === "order_links_revoked")!;
    expect(event).toMatchObject({ actorType: "admin", actorId: admin.id });
    expect(describeEvent(event, detail.names)).toBe("Liens envoyés au client révoqués (dont 1 lien de paiement) par Alice Admin : ils n'ouvrent plus la commande");
  });

  it("a revoked link gets no expired page either: a 404, as for a forged one", async () => {
    const order = await insertOrder(db);
    const old = orderLinkToken(order, aLongTimeAgo());
    await revokeOrderLinks({ orderId: order.id, actor: { type: "admin", id: null } });
    await expect(renderPage(OrderPage, { reference: order.reference }, { t: old })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    expect(await sendFreshOrderLink({ reference: order.reference, token: old, actor: { type: "customer" } })).toEqual({ ok: false, message: ORDER_LINK_MESSAGES.not_found });
  });
});

describe("an expired order link", () => {
  it("is refused, and its page explains and offers a fresh link by e-mail", async () => {
    const order = await insertOrder(db, { email: "jeanne.martin@example.fr" });
    const expired = orderLinkToken(order, aLongTimeAgo());
    expect(await findAccessibleOrder(db, order.reference, guest(expired))).toBeNull();

    const html = await renderPage(OrderPage, { reference: order.reference }, { t: expired });
    expect(textOf(html, "order-link-expired")).toBe("Ce lien a expiré");
    expect(html).toContain("Recevoir un nouveau lien par e-mail");
    expect(html).not.toContain("jeanne.martin@example.fr"); // masked: whoever holds an old link need not learn the address
    expect(html).not.toContain("1 rue de la Paix");
    // An old e-mail's receipt link leads there too.
    expect(await redirectOf(ReceiptPage, { reference: order.reference }, { t: expired })).toBe(`/commandes/${order.reference}?t=${encodeURIComponent(expired)}`);
  });

  it("sends a fresh link to the order's address, once every two minutes at most", async () => {
    const order = await insertOrder(db);
    const expired = orderLinkToken(order, aLongTimeAgo());

    expect(await sendFreshOrderLink({ reference: order.reference, token: expired, actor: { type: "customer" } })).toEqual({ ok: true, message: ORDER_LINK_MESSAGES.sent });
    const [mail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, order.id), eq(emailOutbox.template, EMAIL_TEMPLATES.orderLink)));
    expect(mail!.toAddress).toBe(order.email);
    const fresh = new URL(/https?:\/\/\S+/.exec(mail!.text)![0]).searchParams.get("t")!;
    expect(await findAccessibleOrder(db, order.reference, guest(fresh))).not.toBeNull();

    expect(await sendFreshOrderLink({ reference: order.reference, token: expired, actor: { type: "customer" } })).toEqual({ ok: false, message: ORDER_LINK_MESSAGES.too_soon });
    expect(await sendFreshOrderLink({ reference: order.reference, token: fresh, actor: { type: "customer" } })).toEqual({ ok: false, message: ORDER_LINK_MESSAGES.still_valid });
    expect(await sendFreshOrderLink({ reference: order.reference, token: newToken(), actor: { type: "customer" } })).toEqual({ ok: false, message: ORDER_LINK_MESSAGES.not_found });
  });

  it("once its e-mail is sent by SMTP, the outbox keeps no working token", async () => {
    const order = await insertOrder(db);
    await sendFreshOrderLink({ reference: order.reference, token: orderLinkToken(order, aLongTimeAgo()), actor: { type: "customer" } });
    const [queued] = await db.select().from(emailOutbox);
    const fresh = new URL(/https?:\/\/\S+/.exec(queued!.text)![0]).searchParams.get("t")!;

    const sent: string[] = [];
    await sendDueEmails({ db, transport: { sendMail: (mail: { text?: unknown }) => Promise.resolve(void sent.push(String(mail.text))) } });

    expect(sent[0]).toContain(fresh);
    const [kept] = await db.select().from(emailOutbox);
    expect(kept!.status).toBe("sent");
    expect(`${kept!.html}\n${kept!.text}`).not.toContain(fresh.split(".")[1]!);
    expect(kept!.text).toContain(`/commandes/${order.reference}?t=`);
  });
});
