import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { canViewOrder } from "@/lib/orders/access";

/*
 * Who may see an order's payment pages (return, receipt, its PDF, retry): its customer, through
 * the order's own access token (?t=…, stored hashed on the order) or a signed "order payment" token,
 * its signed-in owner, or an admin. Anyone else gets a 404: we never confirm that a reference exists.
 *
 * The signed token exists because the order's own token is only known at checkout (we keep its
 * hash), while e-mails sent later (receipt, failure) and the provider's return URL need a link
 * the customer can open. It is an HMAC of the order id under the server secret, with its own
 * purpose label, so it opens this order's payment pages and nothing else.
 */

const PURPOSE = "caisse:order-payment:v1:";

export function orderPaymentToken(orderId: string): string {
  return createHmac("sha256", env.nextAuthSecret).update(PURPOSE + orderId).digest("base64url");
}

export function verifyOrderPaymentToken(orderId: string, token: string): boolean {
  const expected = Buffer.from(orderPaymentToken(orderId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Absolute links for e-mails and provider return URLs. */
export function orderPaymentUrls(reference: string, orderId: string) {
  const t = encodeURIComponent(orderPaymentToken(orderId));
  const base = `${env.appUrl}/commandes/${encodeURIComponent(reference)}`;
  return {
    token: orderPaymentToken(orderId),
    returnUrl: `${base}/retour?t=${t}`,
    cancelUrl: `${base}/retour?t=${t}&annulation=1`,
    receiptUrl: `${base}/recu?t=${t}`,
    receiptPdfUrl: `${base}/recu/pdf?t=${t}`,
  };
}

export type AccessibleOrder = typeof orders.$inferSelect;

/**
 * The order if the caller may see its payments, else null (the page answers 404): the order's own
 * rules (lib/orders/access.ts: its token, its signed-in owner, an admin) or our signed token.
 */
export async function findOrderForPaymentPages(reference: string, token: string | undefined | null): Promise<AccessibleOrder | null> {
  const ref = reference.trim().toUpperCase();
  if (!/^CA-[A-Z0-9]{8}$/.test(ref)) return null;
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.reference, ref));
  if (!order) return null;
  if (token && token.length <= 200 && verifyOrderPaymentToken(order.id, token)) return order;
  if (token && canViewOrder(order, { token, user: null })) return order;
  const user = await getCurrentUser();
  return user && canViewOrder(order, { token: null, user }) ? order : null;
}
