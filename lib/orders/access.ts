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
 * - its signed link token, `<expiry>.<HMAC>`: an HMAC under ORDER_LINK_SECRET of the order id, the
 *   order's access_token_version and the expiry. The shop can write one at any time, so e-mails
 *   sent later (payment confirmation, failure, receipt) and the providers' return URLs carry it: a
 *   guest paying by card or PayPal never sees the access token.
 *
 * Links leak (forwarded e-mails, shared screens, browser histories), so none opens the order for
 * ever: a signed link for ORDER_LINK_TTL_DAYS after it was written, the access token for as long
 * after the order was placed. An authentic link past its expiry gets a page offering a fresh one
 * by e-mail, to the order's own address (findOrderWithExpiredLink). "Révoquer les liens envoyés"
 * (lib/use-cases/order-links.ts) bumps the version and replaces the access token's hash: every
 * link sent before then opens nothing, expired page included.
 *
 * Signed links written before expiry existed (a bare HMAC of the order id, "v1") are accepted on
 * the access token's terms: for ORDER_LINK_TTL_DAYS after the order was placed, and only while
 * the order was never revoked. That is their grace period; after it they get the expired page.
 */

export type Viewer = { token: string | null | undefined; user: { id: string; role: UserRole; secondFactorEnabled?: boolean } | null };

const REFERENCE = new RegExp(`^CA-[${REFERENCE_ALPHABET}]{8}$`);
// Longer than any token we issue (43 characters): refuse before hashing whatever a URL carries.
const MAX_TOKEN_LENGTH = 200;
const LEGACY_LINK_PURPOSE = "caisse:order-link:v1:";
const LINK_PURPOSE = "caisse:order-link:v2:";
const SYSTEM_LINK_KEY_PURPOSE = "caisse:system-payment-link-key:v1:";
const SIGNED_LINK = /^([0-9a-z]{1,6})\.([A-Za-z0-9_-]{43})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

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

/** What a link token is checked against. */
export type OrderLinkSubject = Pick<OrderRow, "id" | "accessTokenVersion">;
type OrderTokens = OrderLinkSubject & Pick<OrderRow, "accessTokenHash" | "createdAt">;

export type OrderLinkCheck = "valid" | "expired" | "invalid";

function hmac(data: string): string {
  return createHmac("sha256", env.orderLinkSecret).update(data).digest("base64url");
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function signature(order: OrderLinkSubject, expiry: string): string {
  return hmac(`${LINK_PURPOSE}${order.id}:${order.accessTokenVersion}:${expiry}`);
}

/**
 * Until when a signed link written at `now` opens its order: ORDER_LINK_TTL_DAYS, rounded up to
 * the end of that (UTC) day. Links written on the same day are the same link: the providers'
 * return URL, the receipt and the e-mails of one day agree.
 */
export function orderLinkExpiresAt(now: Date = new Date()): Date {
  return new Date(Math.ceil((now.getTime() + env.orderLinkTtlDays * DAY_MS) / DAY_MS) * DAY_MS);
}

/** The signed link token of an order (see above): `<expiry, in days since 1970, base 36>.<HMAC>`. */
export function orderLinkToken(order: OrderLinkSubject, now: Date = new Date()): string {
  const expiry = (orderLinkExpiresAt(now).getTime() / DAY_MS).toString(36);
  return `${expiry}.${signature(order, expiry)}`;
}

/**
 * Whether a token opens this order now: "valid"; "expired" when it is one of the order's own
 * links, past its time; "invalid" for anything else (forged, another order's, revoked).
 */
export function checkOrderLinkToken(order: OrderTokens, token: string, now: Date = new Date()): OrderLinkCheck {
  if (!token || token.length > MAX_TOKEN_LENGTH) return "invalid";
  const signed = SIGNED_LINK.exec(token);
  if (signed) {
    const [, expiry, mac] = signed;
    if (!sameText(mac!, signature(order, expiry!))) return "invalid";
    return parseInt(expiry!, 36) * DAY_MS > now.getTime() ? "valid" : "expired";
  }
  // The checkout's access token, and the signed links written before expiry existed: both count
  // from the order's date. A revoked order has a new access token hash and refuses v1 links.
  const checkoutToken = tokenMatches(token, order.accessTokenHash);
  const legacyLink = order.accessTokenVersion === 0 && sameText(token, hmac(LEGACY_LINK_PURPOSE + order.id));
  if (!checkoutToken && !legacyLink) return "invalid";
  return order.createdAt.getTime() + env.orderLinkTtlDays * DAY_MS > now.getTime() ? "valid" : "expired";
}

/**
 * The key the shop's own payment links are derived from (lib/payments/payment-links.ts): per
 * order, stable, never written into a URL.
 */
export function orderSystemLinkKey(orderId: string): string {
  return hmac(SYSTEM_LINK_KEY_PURPOSE + orderId);
}

/** The URL's reference, normalised, or null when it cannot be one of ours. */
export function normaliseReference(reference: string): string | null {
  const ref = reference.trim().toUpperCase();
  return REFERENCE.test(ref) ? ref : null;
}

export function canViewOrder(order: OrderTokens & Pick<OrderRow, "userId">, viewer: Viewer, now: Date = new Date()): boolean {
  if (viewer.user?.role === "admin" && !adminMustEnrolSecondFactor(viewer.user)) return true;
  if (viewer.user && order.userId && order.userId === viewer.user.id) return true;
  return checkOrderLinkToken(order, viewer.token ?? "", now) === "valid";
}

/** The order row if this viewer may see it, else null (unknown reference and "not yours" look the same). */
export async function findAccessibleOrder(db: Executor, reference: string, viewer: Viewer): Promise<OrderRow | null> {
  const ref = normaliseReference(reference);
  if (!ref) return null;
  const [order] = await db.select().from(orders).where(eq(orders.reference, ref));
  return order && canViewOrder(order, viewer) ? order : null;
}

/**
 * The order whose link this is, when the link is authentic but past its time: what the order
 * page needs to offer a fresh link by e-mail. Null for anything else, so the page stays a 404 for
 * a forged or revoked token, and a reference alone still reveals nothing.
 */
export async function findOrderWithExpiredLink(db: Executor, reference: string, token: string | null | undefined, now: Date = new Date()): Promise<OrderRow | null> {
  const ref = normaliseReference(reference);
  if (!ref || !token) return null;
  const [order] = await db.select().from(orders).where(eq(orders.reference, ref));
  return order && checkOrderLinkToken(order, token, now) === "expired" ? order : null;
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

/** Absolute links for e-mails and provider return URLs, all with a fresh signed link token of the order. */
export function orderPaymentUrls(order: OrderLinkSubject & Pick<OrderRow, "reference">, now: Date = new Date()) {
  const token = orderLinkToken(order, now);
  const paths = orderPagePaths(order.reference, token);
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
