import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { newPrefixedId } from "../ids";
import { countObjects, findObject, insertObject, listObjects, lockObject, saveObject } from "../store";
import { forbidden, notFound } from "./errors";
import { runPayplugTransaction, type Notify } from "./notifications";
import { failureFor } from "./test-cards";
import { KIND, PROVIDER, type Card, type Payment, type PayplugMode } from "./types";
import { checkShopUrls, parseCreatePayment, parseOrThrow, patchSchema } from "./validation";

export const DAY = 86_400;
/** A deferred authorization lasts 7 days (spec §5.3); refunds are possible for about 180 days (§4). */
const AUTHORIZATION_SECONDS = 7 * DAY;
const REFUNDABLE_SECONDS = 180 * DAY;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const paymentKey = (id: string) => ({ provider: PROVIDER, kind: KIND.payment, id });

/** The hosted page of a payment or plan, on the shop's own host (same origin in sandbox mode). `publicBaseUrl` is the shop's APP_URL. */
export function hostedPageUrl(publicBaseUrl: string, id: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}/sandbox/payplug/pay/${id}`;
}

export const EMPTY_CARD: Card = { last4: null, country: null, exp_month: null, exp_year: null, brand: null, id: null, metadata: null };

export type PaidCard = { last4: string; brand: string; exp_month: number; exp_year: number; country: string };

export function newPaymentObject(fields: Partial<Payment> & Pick<Payment, "amount" | "is_live">): Payment {
  return {
    id: newPrefixedId("pay_"),
    object: "payment",
    amount_refunded: 0,
    currency: "EUR",
    created_at: nowSeconds(),
    description: null,
    is_paid: false,
    paid_at: null,
    is_refunded: false,
    is_3ds: null,
    save_card: false,
    allow_save_card: false,
    card: EMPTY_CARD,
    billing: null,
    shipping: null,
    hosted_payment: { payment_url: null, return_url: null, cancel_url: null, paid_at: null, sent_by: null },
    notification: { url: null, response_code: null },
    failure: null,
    metadata: null,
    installment_plan_id: null,
    authorization: null,
    refundable_after: null,
    refundable_until: null,
    payment_method: null,
    ...fields,
  };
}

export async function createPayment(mode: PayplugMode, body: unknown, ctx: { publicBaseUrl: string; legacy: boolean }): Promise<Payment> {
  const b = parseCreatePayment(body, ctx.legacy);
  checkShopUrls(b, ctx.publicBaseUrl);
  const deferred = b.authorized_amount !== undefined;
  const amount = b.amount ?? b.authorized_amount ?? 0;
  const payment = newPaymentObject({ amount, is_live: mode === "live" });
  Object.assign(payment, {
    description: b.description,
    save_card: b.save_card ?? false,
    allow_save_card: b.allow_save_card ?? false,
    billing: b.billing ?? null,
    shipping: b.shipping ?? null,
    hosted_payment: {
      payment_url: hostedPageUrl(ctx.publicBaseUrl, payment.id),
      return_url: b.hosted_payment.return_url,
      cancel_url: b.hosted_payment.cancel_url,
      paid_at: null,
      sent_by: b.hosted_payment.sent_by,
    },
    notification: { url: b.notification_url, response_code: null },
    metadata: b.metadata,
    authorization: deferred ? { authorized_amount: amount, authorized_at: null, expires_at: null } : null,
    ...(ctx.legacy && b.customer ? { customer: b.customer } : {}),
  } satisfies Partial<Payment>);
  const db = await getDb();
  await insertObject(db, { ...paymentKey(payment.id), mode, data: payment });
  return payment;
}

export async function getPayment(mode: PayplugMode, id: string): Promise<Payment> {
  const stored = await findObject<Payment>(await getDb(), paymentKey(id), mode);
  if (!stored) throw notFound("payment");
  return stored.data;
}

export async function listPayments(mode: PayplugMode, page: number, perPage: number) {
  const db = await getDb();
  const rows = await listObjects<Payment>(db, { provider: PROVIDER, kind: KIND.payment, mode, limit: perPage, offset: page * perPage });
  return { type: "list", page, per_page: perPage, count: rows.length, data: rows.map((r) => r.data) };
}

export async function countPayments(mode: PayplugMode): Promise<number> {
  return countObjects(await getDb(), { provider: PROVIDER, kind: KIND.payment, mode });
}

/** PATCH /v1/payments/{id}: abort (`aborted` or `abort`) or capture a deferred payment. */
export async function patchPayment(mode: PayplugMode, id: string, body: unknown): Promise<Payment> {
  const b = parseOrThrow(patchSchema, body);
  const abort = b.aborted === true || b.abort === true;
  if (!abort && b.captured !== true) throw forbidden("This update is not supported on this payment.");
  return runPayplugTransaction(async (tx, notify) => {
    const stored = await lockObject<Payment>(tx, paymentKey(id), mode);
    if (!stored) throw notFound("payment");
    const p = stored.data;
    if (abort) {
      if (p.is_paid) throw forbidden("This payment cannot be aborted: it is already paid.");
      if (p.failure?.code === "aborted") return p;
      if (p.failure) throw forbidden("This payment cannot be aborted: it has already failed.");
      return failPayment(tx, p, "aborted", notify);
    }
    const auth = p.authorization;
    if (p.is_paid) throw forbidden("This payment is already captured.");
    if (!auth?.authorized_at || p.failure) throw forbidden("This payment has not been authorized.");
    if (auth.expires_at !== null && nowSeconds() > auth.expires_at) throw forbidden("The authorization of this payment has expired.");
    const now = nowSeconds();
    const next: Payment = { ...p, is_paid: true, paid_at: now, refundable_after: now, refundable_until: now + REFUNDABLE_SECONDS };
    await saveObject(tx, paymentKey(id), next);
    await notify(next, next.notification.url);
    return next;
  });
}

/** The payer's card went through (3-D Secure passed): paid, or authorized for a deferred payment. */
export async function succeedPayment(tx: Tx, p: Payment, card: PaidCard, notify: Notify, is3ds = true): Promise<Payment> {
  const now = nowSeconds();
  const base: Payment = { ...p, is_3ds: is3ds, card: { ...EMPTY_CARD, ...card }, failure: null };
  const next: Payment = p.authorization
    ? { ...base, authorization: { authorized_amount: p.authorization.authorized_amount, authorized_at: now, expires_at: now + AUTHORIZATION_SECONDS } }
    : {
        ...base,
        is_paid: true,
        paid_at: now,
        hosted_payment: { ...p.hosted_payment, paid_at: now },
        refundable_after: now,
        refundable_until: now + REFUNDABLE_SECONDS,
      };
  await saveObject(tx, paymentKey(p.id), next);
  await notify(next, next.notification.url);
  return next;
}

export async function failPayment(
  tx: Tx,
  p: Payment,
  code: string,
  notify: Notify,
  extra: { is_3ds?: boolean | null; card?: PaidCard | null } = {},
): Promise<Payment> {
  const next: Payment = {
    ...p,
    failure: failureFor(code),
    is_3ds: extra.is_3ds === undefined ? p.is_3ds : extra.is_3ds,
    card: extra.card ? { ...EMPTY_CARD, ...extra.card } : p.card,
  };
  await saveObject(tx, paymentKey(p.id), next);
  await notify(next, next.notification.url);
  return next;
}

export { paymentKey };
