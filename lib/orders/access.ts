import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { asc, desc, eq } from "drizzle-orm";
import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { REFERENCE_ALPHABET, tokenMatches } from "@/lib/shared/tokens";
import type { Executor } from "@/lib/db/client";
import { orderEvents, orderLines, orders, payments, type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";

/**
 * Who may see an order, its payment pages (return, receipt, its PDF, retry) and its history: the
 * holder of one of its links, the signed-in customer it belongs to, or an admin. Everyone else
 * gets the same answer as for an order that does not exist (null → 404), so a reference alone
 * reveals nothing. This is the ONE check: the order page and the payment pages both use it.
 *
 * An order has two kinds of link token (both travel as `?t=…`):
 * - its access token, random, shown once at checkout (redirect, offline confirmation e-mail),
 *   stored hashed on the order;
 * - its signed link token: an HMAC of the order id under ORDER_LINK_SECRET. The shop can write
 *   it again at any time, so e-mails sent later (payment confirmation, failure, receipt) and the
 *   providers' return URLs carry it: a guest paying by card or PayPal never sees the access token.
 */

export type Viewer = { token: string | null | undefined; user: { id: string; role: UserRole; secondFactorEnabled?: boolean } | null };

const REFERENCE = new RegExp(`^CA-[${REFERENCE_ALPHABET}]{8}$`);
// Longer than any token we issue (43 characters): refuse before hashing whatever a URL carries.
const MAX_TOKEN_LENGTH = 200;
const LINK_PURPOSE = "caisse:order-link:v1:";

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderEventRow = typeof orderEvents.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

export type OrderForCustomer = {
  order: OrderRow;
  lines: OrderLineRow[];
  events: OrderEventRow[];
  payments: PaymentRow[];
  viewerIsOwner: boolean;
};

/** The signed link token of an order (see above): same order, same token, for as long as the secret stays. */
export function orderPaymentToken(orderId: string): string {
  return createHmac("sha256", env.orderLinkSecret).update(LINK_PURPOSE + orderId).digest("base64url");
}

export function verifyOrderPaymentToken(orderId: string, token: string): boolean {
  const expected = Buffer.from(orderPaymentToken(orderId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The URL's reference, normalised, or null when it cannot be one of ours. */
export function normaliseReference(reference: string): string | null {
  const ref = reference.trim().toUpperCase();
  return REFERENCE.test(ref) ? ref : null;
}

export function canViewOrder(order: Pick<OrderRow, "id" | "userId" | "accessTokenHash">, viewer: Viewer): boolean {
  if (viewer.user?.role === "admin" && !adminMustEnrolSecondFactor(viewer.user)) return true;
  if (viewer.user && order.userId && order.userId === viewer.user.id) return true;
  const token = viewer.token;
  if (!token || token.length > MAX_TOKEN_LENGTH) return false;
  return tokenMatches(token, order.accessTokenHash) || verifyOrderPaymentToken(order.id, token);
}

/** The order row if this viewer may see it, else null (unknown reference and "not yours" look the same). */
export async function findAccessibleOrder(db: Executor, reference: string, viewer: Viewer): Promise<OrderRow | null> {
  const ref = normaliseReference(reference);
  if (!ref) return null;
  const [order] = await db.select().from(orders).where(eq(orders.reference, ref));
  return order && canViewOrder(order, viewer) ? order : null;
}

/**
 * For pages and actions: the order if the request may see it, trying the URL's token first and
 * the session only when the token does not open the order (a guest's request never reads the
 * session). Null → 404.
 */
export async function findOrderForRequest(db: Executor, reference: string, token: string | null | undefined): Promise<{ order: OrderRow; viewer: Viewer } | null> {
  if (token) {
    const viewer = { token, user: null };
    const order = await findAccessibleOrder(db, reference, viewer);
    if (order) return { order, viewer };
  }
  const user = await getCurrentUser();
  if (!user) return null;
  const viewer = { token: null, user };
  const order = await findAccessibleOrder(db, reference, viewer);
  return order ? { order, viewer } : null;
}

async function withDetails(db: Executor, order: OrderRow, viewer: Viewer): Promise<OrderForCustomer> {
  const [lines, events, pays] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
    db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt)),
  ]);
  return { order, lines, events, payments: pays, viewerIsOwner: !!viewer.user && order.userId === viewer.user.id };
}

/** The order page's data: findOrderForRequest, then the lines, payments and history. */
export async function findOrderDetailsForRequest(db: Executor, reference: string, token: string | null | undefined): Promise<OrderForCustomer | null> {
  const found = await findOrderForRequest(db, reference, token);
  return found ? withDetails(db, found.order, found.viewer) : null;
}

/** Relative links between an order's customer pages, carrying the token the visitor came with. */
export function orderPagePaths(reference: string, token: string | null | undefined) {
  const q = token ? `?t=${encodeURIComponent(token)}` : "";
  const base = `/commandes/${encodeURIComponent(reference)}`;
  return { order: `${base}${q}`, receipt: `${base}/recu${q}`, receiptPdf: `${base}/recu/pdf${q}`, paymentReturn: `${base}/retour${q}` };
}

/** Absolute links for e-mails and provider return URLs, all with the order's signed link token. */
export function orderPaymentUrls(reference: string, orderId: string) {
  const token = orderPaymentToken(orderId);
  const paths = orderPagePaths(reference, token);
  return {
    token,
    orderUrl: `${env.appUrl}${paths.order}`,
    returnUrl: `${env.appUrl}${paths.paymentReturn}`,
    cancelUrl: `${env.appUrl}${paths.paymentReturn}&annulation=1`,
    receiptUrl: `${env.appUrl}${paths.receipt}`,
    receiptPdfUrl: `${env.appUrl}${paths.receiptPdf}`,
  };
}

/**
 * The order's payment pages (return, receipt, its PDF, retry) open for exactly who may see the
 * order: the order if the caller may see its payments, else null (the page answers 404).
 */
export async function findOrderForPaymentPages(reference: string, token: string | undefined | null): Promise<OrderRow | null> {
  const found = await findOrderForRequest(await getDb(), reference, token);
  return found?.order ?? null;
}
