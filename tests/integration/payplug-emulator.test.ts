import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { listDeliveries } from "@/lib/sandbox/deliveries";
import { findObject, saveObject } from "@/lib/sandbox/store";
import { handlePayplugAdminRequest, handlePayplugFaultsRequest } from "@/lib/sandbox/payplug/admin";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { cancelHostedPayment, loadHostedPage, submitHostedCard, submitHostedOtp } from "@/lib/sandbox/payplug/hosted-page";
import { chargeNextInstallment } from "@/lib/sandbox/payplug/installment-plans";
import { deliverDuePayplugNotifications } from "@/lib/sandbox/payplug/notifications";
import { runDuePayplugWork } from "@/lib/sandbox/payplug/jobs";
import { paymentKey } from "@/lib/sandbox/payplug/payments";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { timeOutAbandonedPayments } from "@/lib/sandbox/payplug/timeouts";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";

const TEST_KEY = "sk_test_0123456789abcdef";
const LIVE_KEY = "sk_live_0123456789abcdef";
/** The shop's CRON_SECRET, which the control endpoints (/faults, /admin) require. */
const CONTROL_SECRET = "control-secret-0123456789";
const CONTROL = { authorization: `Bearer ${CONTROL_SECRET}` };
type Json = Record<string, unknown>;

const received: Json[] = [];
/** Statuses the fake shop answers, in order (then 200). */
const shopAnswers: number[] = [];
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === "/shop/ipn") {
      received.push(JSON.parse(await request.text()) as Json);
      return new Response("ok", { status: shopAnswers.shift() ?? 200 });
    }
    if (url.pathname === "/shop/slow-ipn") {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return new Response("too late");
    }
    if (url.pathname === "/sandbox/payplug/faults") return handlePayplugFaultsRequest(request, { controlSecret: CONTROL_SECRET });
    if (url.pathname === "/sandbox/payplug/admin") return handlePayplugAdminRequest(request, { controlSecret: CONTROL_SECRET });
    if (url.pathname.startsWith("/sandbox/payplug/")) return handlePayplugApiRequest(request, { publicBaseUrl: url.origin });
    return new Response("not found", { status: 404 });
  });
});
afterAll(async () => {
  await settleBackgroundWork();
  await server.close();
});
beforeEach(async () => {
  await settleBackgroundWork();
  await resetDatabase();
  received.length = 0;
  shopAnswers.length = 0;
});

async function call(method: string, path: string, body?: unknown, opts: { key?: string | null; version?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  const key = opts.key === undefined ? TEST_KEY : opts.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const version = opts.version === undefined ? "2019-08-06" : opts.version;
  if (version !== null) headers["payplug-version"] = version;
  const response = await fetch(`${server.url}/sandbox/payplug${path}`, {
    method,
    headers,
    body: opts.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Json };
}

const address = {
  first_name: "Camille",
  last_name: "Martin",
  email: "camille@example.fr",
  mobile_phone_number: "+33612345678",
  address1: "3 place Bellecour",
  postcode: "69002",
  city: "Lyon",
  country: "FR",
  language: "fr",
};

function paymentBody(over: Json = {}): Json {
  return {
    amount: 1250,
    currency: "EUR",
    billing: address,
    shipping: { ...address, delivery_type: "BILLING" },
    hosted_payment: { return_url: `${server.url}/shop/return`, cancel_url: `${server.url}/shop/cancel` },
    notification_url: `${server.url}/shop/ipn`,
    metadata: { order_id: "CA-TEST1234" },
    ...over,
  };
}

async function createPayment(over: Json = {}, key = TEST_KEY) {
  const r = await call("POST", "/v1/payments", paymentBody(over), { key });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const getPayment = async (id: string, key = TEST_KEY) => (await call("GET", `/v1/payments/${id}`, undefined, { key })).body;

async function otpOf(id: string): Promise<string> {
  const view = await loadHostedPage(id, { defaultShopName: "Maison Lavande" });
  if (view.status !== "open" || !view.otpCode) throw new Error(`no OTP step for ${id}`);
  return view.otpCode;
}

async function payWithCard(id: string, number = "4242 4242 4242 4242") {
  const step1 = await submitHostedCard(id, { number, expiry: "12/39", cvc: "123", holder: "Camille Martin" });
  if (step1.redirectTo !== `/sandbox/payplug/pay/${id}`) return step1;
  return submitHostedOtp(id, await otpOf(id));
}

describe("authentication and modes", () => {
  it("answers 401 without a key or with a malformed one, 200 on /test without any", async () => {
    for (const key of [null, "sk_test_short", "pk_test_0123456789", "sk_prod_0123456789", "sk_test_01234567-9"]) {
      const r = await call("GET", "/v1/payments", undefined, { key });
      expect(r.status, String(key)).toBe(401);
      expect(r.body.object).toBe("error");
      expect(typeof r.body.message).toBe("string");
    }
    expect((await call("GET", "/test", undefined, { key: null })).status).toBe(200);
  });

  it("keeps the test and live stores apart (404 across), and marks is_live", async () => {
    const test = await createPayment();
    const live = await createPayment({}, LIVE_KEY);
    expect(test.is_live).toBe(false);
    expect(live.is_live).toBe(true);
    expect((await call("GET", `/v1/payments/${String(test.id)}`, undefined, { key: LIVE_KEY })).status).toBe(404);
    expect((await call("GET", `/v1/payments/${String(live.id)}`)).status).toBe(404);
    expect((await call("PATCH", `/v1/payments/${String(test.id)}`, { aborted: true }, { key: LIVE_KEY })).status).toBe(404);
    const list = await call("GET", "/v1/payments", undefined, { key: LIVE_KEY });
    expect((list.body.data as Json[]).map((p) => p.id)).toEqual([live.id]);
  });

  it("rejects a malformed PayPlug-Version, and accepts the legacy `customer` without the header", async () => {
    expect((await call("GET", "/v1/payments", undefined, { version: "latest" })).status).toBe(400);
    const legacy = await call(
      "POST",
      "/v1/payments",
      { amount: 999, currency: "EUR", customer: { email: "a@b.fr" }, hosted_payment: { return_url: `${server.url}/r` } },
      { version: null },
    );
    expect(legacy.status).toBe(201);
    const modern = await call("POST", "/v1/payments", { ...paymentBody(), customer: { email: "a@b.fr" } });
    expect(modern.status).toBe(400);
    expect(modern.body.details).toHaveProperty("customer");
  });
});

describe("create a payment", () => {
  it("returns a full unpaid payment whose payment_url is the hosted page on the shop's host", async () => {
    const p = await createPayment();
    expect(p.id).toMatch(/^pay_[0-9A-Za-z]{22}$/);
    expect(p).toMatchObject({
      object: "payment",
      amount: 1250,
      amount_refunded: 0,
      currency: "EUR",
      is_paid: false,
      is_refunded: false,
      is_3ds: null,
      paid_at: null,
      failure: null,
      installment_plan_id: null,
      refundable_after: null,
      refundable_until: null,
      metadata: { order_id: "CA-TEST1234" },
      card: { last4: null, brand: null, exp_month: null, exp_year: null, country: null },
      notification: { url: `${server.url}/shop/ipn`, response_code: null },
    });
    expect((p.hosted_payment as Json).payment_url).toBe(`${server.url}/sandbox/payplug/pay/${String(p.id)}`);
    expect(Math.abs(Number(p.created_at) - Date.now() / 1000)).toBeLessThan(5);
    expect(await getPayment(String(p.id))).toEqual(p);
  });

  const base = () => paymentBody();
  const cases: [string, () => unknown, string][] = [
    ["amount too small", () => ({ ...base(), amount: 98 }), "amount"],
    ["amount too large", () => ({ ...base(), amount: 2_000_001 }), "amount"],
    ["amount not an integer", () => ({ ...base(), amount: 12.5 }), "amount"],
    ["amount and authorized_amount", () => ({ ...base(), authorized_amount: 1250 }), "amount"],
    ["no amount", () => ({ ...base(), amount: undefined }), "amount"],
    ["currency USD", () => ({ ...base(), currency: "USD" }), "currency"],
    ["no billing", () => ({ ...base(), billing: undefined }), "billing"],
    ["billing without email", () => ({ ...base(), billing: { ...address, email: undefined } }), "billing"],
    ["billing with a bad email", () => ({ ...base(), billing: { ...address, email: "nope" } }), "billing"],
    ["billing country not ISO", () => ({ ...base(), billing: { ...address, country: "France" } }), "billing"],
    ["mobile not E.164", () => ({ ...base(), billing: { ...address, mobile_phone_number: "0612345678" } }), "billing"],
    ["no shipping", () => ({ ...base(), shipping: undefined }), "shipping"],
    ["shipping without delivery_type", () => ({ ...base(), shipping: address }), "shipping"],
    ["shipping address missing", () => ({ ...base(), shipping: { delivery_type: "NEW" } }), "shipping"],
    ["no return_url", () => ({ ...base(), hosted_payment: {} }), "hosted_payment"],
    ["notification_url not http", () => ({ ...base(), notification_url: "ftp://shop.example/ipn" }), "notification_url"],
    ["notification_url on another site", () => ({ ...base(), notification_url: "http://169.254.169.254/latest/meta-data" }), "notification_url"],
    ["notification_url on another port", () => ({ ...base(), notification_url: "http://127.0.0.1:9/ipn" }), "notification_url"],
    ["return_url on another site", () => ({ ...base(), hosted_payment: { return_url: "https://evil.example/phish", cancel_url: `${server.url}/shop/cancel` } }), "hosted_payment"],
    ["cancel_url on another site", () => ({ ...base(), hosted_payment: { return_url: `${server.url}/shop/return`, cancel_url: "https://evil.example/" } }), "hosted_payment"],
    ["too many metadata", () => ({ ...base(), metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"])) }), "metadata"],
    ["saved card without initiator", () => ({ ...base(), payment_method: "card_123" }), "initiator"],
  ];
  it.each(cases)("400 with PayPlug's error body: %s", async (_name, body, field) => {
    const r = await call("POST", "/v1/payments", body());
    expect(r.status).toBe(400);
    expect(r.body.object).toBe("error");
    expect(r.body.details).toHaveProperty(field);
  });

  it("accepts a digital-goods shipping without address, and rejects invalid JSON", async () => {
    expect((await call("POST", "/v1/payments", { ...paymentBody(), shipping: { delivery_type: "DIGITAL_GOODS" } })).status).toBe(201);
    const bad = await call("POST", "/v1/payments", undefined, { raw: "{nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.object).toBe("error");
  });
});

describe("list and abort", () => {
  it("lists newest first with 0-based pages", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(String((await createPayment({ amount: 1000 + i })).id));
    const page0 = await call("GET", "/v1/payments?page=0&per_page=2");
    expect(page0.body).toMatchObject({ type: "list", page: 0, per_page: 2, count: 2 });
    expect((page0.body.data as Json[]).map((p) => p.id)).toEqual([ids[2], ids[1]]);
    const page1 = await call("GET", "/v1/payments?page=1&per_page=2");
    expect((page1.body.data as Json[]).map((p) => p.id)).toEqual([ids[0]]);
    expect((await call("GET", "/v1/payments?per_page=0")).status).toBe(400);
  });

  it("aborts an unpaid payment (also with python's `abort`), idempotently; 403 once paid", async () => {
    const p = await createPayment();
    const r = await call("PATCH", `/v1/payments/${String(p.id)}`, { aborted: true });
    expect(r.status).toBe(200);
    expect(r.body.failure).toMatchObject({ code: "aborted" });
    expect(r.body.is_paid).toBe(false);
    expect((await call("PATCH", `/v1/payments/${String(p.id)}`, { abort: true })).status).toBe(200);
    const paid = await createPayment();
    await payWithCard(String(paid.id));
    const refused = await call("PATCH", `/v1/payments/${String(paid.id)}`, { aborted: true });
    expect(refused.status).toBe(403);
    expect(refused.body.object).toBe("error");
    expect((await call("PATCH", "/v1/payments/pay_doesnotexist", { aborted: true })).status).toBe(404);
    expect((await call("DELETE", `/v1/payments/${String(p.id)}`)).status).toBe(405);
  });
});

describe("hosted page", () => {
  it("4242…: SMS step with the masked mobile, then paid with card details, back to return_url, notified", async () => {
    const p = await createPayment();
    const id = String(p.id);
    const first = await loadHostedPage(id, { defaultShopName: "Maison Lavande" });
    expect(first).toMatchObject({ status: "open", step: "card", amount: 1250, shopName: "Maison Lavande" });
    expect((await submitHostedCard(id, { number: "4242 4242 4242 4242", expiry: "12/39", cvc: "123", holder: "Camille Martin" })).redirectTo).toBe(
      `/sandbox/payplug/pay/${id}`,
    );
    const otpView = await loadHostedPage(id, { defaultShopName: "x" });
    expect(otpView).toMatchObject({ status: "open", step: "otp", maskedPhone: "06 •• •• •• 78", card: { brand: "Visa", last4: "4242" } });
    expect((await getPayment(id)).is_paid).toBe(false);
    const done = await submitHostedOtp(id, await otpOf(id));
    expect(done.redirectTo).toBe(`${server.url}/shop/return`);
    const paid = await getPayment(id);
    expect(paid).toMatchObject({ is_paid: true, is_3ds: true, failure: null, card: { last4: "4242", brand: "Visa", exp_month: 12, exp_year: 2039, country: "FR" } });
    expect(paid.paid_at).toEqual(expect.any(Number));
    expect((paid.hosted_payment as Json).paid_at).toBe(paid.paid_at);
    expect(Number(paid.refundable_until)).toBeGreaterThan(Number(paid.paid_at));
    await settleBackgroundWork();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ object: "payment", id, is_paid: true });
    expect(((await getPayment(id)).notification as Json).response_code).toBe(200);
    // The page is now closed and only sends the payer on.
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ status: "closed", outcome: "paid" });
    expect((await submitHostedCard(id, { number: "4000 0000 0000 0002", expiry: "12/39", cvc: "123", holder: "X" })).redirectTo).toBe(`${server.url}/shop/return`);
    expect((await getPayment(id)).is_paid).toBe(true);
  });

  it.each([
    ["4000 0000 0000 0002", "card_declined"],
    ["4000 0000 0000 9995", "insufficient_funds"],
    ["4100 0000 0000 0019", "fraud_suspected"],
    ["4000 0000 0000 0119", "processing_error"],
  ])("%s is refused with %s and the payer goes back to return_url", async (number, code) => {
    const p = await createPayment();
    const r = await submitHostedCard(String(p.id), { number, expiry: "01/38", cvc: "999", holder: "Camille Martin" });
    expect(r.redirectTo).toBe(`${server.url}/shop/return`);
    const after = await getPayment(String(p.id));
    expect(after).toMatchObject({ is_paid: false, failure: { code }, card: { last4: number.slice(-4), brand: "Visa" } });
    expect(typeof (after.failure as Json).message).toBe("string");
    await settleBackgroundWork();
    expect(received.map((n) => (n.failure as Json | null)?.code)).toEqual([code]);
  });

  it("rejects a number failing the Luhn check on the page (incorrect number), a past expiry and a bad CVC, without failing the payment", async () => {
    const p = await createPayment();
    const id = String(p.id);
    await submitHostedCard(id, { number: "4242 4242 4242 4241", expiry: "12/39", cvc: "123", holder: "C" });
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ status: "open", step: "card", error: { field: "number" } });
    await submitHostedCard(id, { number: "4242424242424242", expiry: "01/20", cvc: "123", holder: "C" });
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ error: { field: "expiry" } });
    await submitHostedCard(id, { number: "4242424242424242", expiry: "01/39", cvc: "12", holder: "C" });
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ error: { field: "cvc" } });
    expect((await getPayment(id)).failure).toBeNull();
  });

  it("recognises Mastercard from the BIN", async () => {
    const p = await createPayment();
    await payWithCard(String(p.id), "5555 5555 5555 4444");
    expect((await getPayment(String(p.id))).card).toMatchObject({ brand: "Mastercard", last4: "4444" });
  });

  it("three wrong SMS codes refuse the payment with 3ds_declined", async () => {
    const p = await createPayment();
    const id = String(p.id);
    await submitHostedCard(id, { number: "4242424242424242", expiry: "12/39", cvc: "123", holder: "C" });
    const good = await otpOf(id);
    const wrong = good === "000000" ? "111111" : "000000";
    expect((await submitHostedOtp(id, wrong)).redirectTo).toBe(`/sandbox/payplug/pay/${id}`);
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ step: "otp", attemptsLeft: 2, error: { field: "otp" } });
    await submitHostedOtp(id, wrong);
    expect((await submitHostedOtp(id, wrong)).redirectTo).toBe(`${server.url}/shop/return`);
    expect(await getPayment(id)).toMatchObject({ is_paid: false, is_3ds: true, failure: { code: "3ds_declined" } });
  });

  it("Annuler ends the payment as aborted and goes to cancel_url", async () => {
    const p = await createPayment();
    expect((await cancelHostedPayment(String(p.id))).redirectTo).toBe(`${server.url}/shop/cancel`);
    expect((await getPayment(String(p.id))).failure).toMatchObject({ code: "aborted" });
    expect(await loadHostedPage(String(p.id), { defaultShopName: "x" })).toMatchObject({ status: "closed", outcome: "cancelled" });
  });

  it("expire_payment (admin hook) fails an open payment with timeout", async () => {
    const p = await createPayment();
    const r = await fetch(`${server.url}/sandbox/payplug/admin`, { method: "POST", headers: CONTROL, body: JSON.stringify({ action: "expire_payment", id: p.id }) });
    expect(r.status).toBe(200);
    expect((await getPayment(String(p.id))).failure).toMatchObject({ code: "timeout" });
  });
});

describe("notifications", () => {
  it("retries with backoff on non-2xx and records each answer in notification.response_code", async () => {
    await setPayplugSettings({ retryScheduleMs: [1_000, 5_000] });
    shopAnswers.push(500, 503);
    const p = await createPayment();
    const id = String(p.id);
    await payWithCard(id);
    await settleBackgroundWork();
    expect(((await getPayment(id)).notification as Json).response_code).toBe(500);
    expect(await deliverDuePayplugNotifications()).toHaveLength(0); // not due yet
    const second = await deliverDuePayplugNotifications({ now: new Date(Date.now() + 2_000) });
    expect(second.map((a) => [a.status, a.outcome])).toEqual([[503, "retry"]]);
    const third = await deliverDuePayplugNotifications({ now: new Date(Date.now() + 10_000) });
    expect(third.map((a) => [a.status, a.outcome])).toEqual([[200, "delivered"]]);
    expect(received).toHaveLength(3);
    expect(((await getPayment(id)).notification as Json).response_code).toBe(200);
  });

  it("gives up after the last retry, and survives a shop that does not answer in time", async () => {
    await setPayplugSettings({ retryScheduleMs: [1_000], deliveryTimeoutMs: 100 });
    const p = await createPayment({ notification_url: `${server.url}/shop/slow-ipn` });
    await payWithCard(String(p.id));
    await settleBackgroundWork();
    const last = await deliverDuePayplugNotifications({ now: new Date(Date.now() + 5_000) });
    expect(last).toMatchObject([{ status: null, outcome: "abandoned" }]);
    const rows = await listDeliveries(await getDb(), "payplug", { objectId: String(p.id) });
    expect(rows[0]?.abandonedAt).not.toBeNull();
  });

  it("fault injection: duplicates, drops, delays and reorders notifications", async () => {
    await setPayplugSettings({ notifications: { duplicate: 2 } });
    const a = await createPayment();
    await payWithCard(String(a.id));
    await settleBackgroundWork();
    expect(received.filter((n) => n.id === a.id)).toHaveLength(3);

    received.length = 0;
    await setPayplugSettings({ notifications: { duplicate: 0, dropNext: 1 } });
    const b = await createPayment();
    await payWithCard(String(b.id));
    await settleBackgroundWork();
    await deliverDuePayplugNotifications({ now: new Date(Date.now() + 86_400_000) });
    expect(received).toHaveLength(0);
    expect((await listDeliveries(await getDb(), "payplug", { objectId: String(b.id) }))[0]?.lastError).toMatch(/dropped/);

    await setPayplugSettings({ notifications: { delayMs: 60_000 } });
    const c = await createPayment();
    await payWithCard(String(c.id));
    await settleBackgroundWork();
    expect(received).toHaveLength(0);
    await deliverDuePayplugNotifications({ now: new Date(Date.now() + 61_000) });
    expect(received.map((n) => n.id)).toEqual([c.id]);

    received.length = 0;
    await setPayplugSettings({ notifications: { delayMs: 0, reorder: true, reorderHoldMs: 10_000 } });
    const d = await createPayment();
    await payWithCard(String(d.id));
    const refund = await call("POST", `/v1/payments/${String(d.id)}/refunds`, { amount: 100 });
    expect(refund.status).toBe(201);
    await settleBackgroundWork();
    expect(received).toHaveLength(0);
    await deliverDuePayplugNotifications({ now: new Date(Date.now() + 60_000) });
    expect(received.map((n) => n.object)).toEqual(["refund", "payment"]);
  });

  it("is switchable over HTTP at /sandbox/payplug/faults, which validates and resets", async () => {
    const set = await fetch(`${server.url}/sandbox/payplug/faults`, { method: "POST", headers: CONTROL, body: JSON.stringify({ api: { failNext: 2, failStatus: 502 } }) });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { api: Json }).api).toMatchObject({ failNext: 2, failStatus: 502 });
    expect((await call("GET", "/v1/payments")).status).toBe(502);
    expect((await call("GET", "/v1/payments")).status).toBe(502);
    expect((await call("GET", "/v1/payments")).status).toBe(200);
    const bad = await fetch(`${server.url}/sandbox/payplug/faults`, { method: "POST", headers: CONTROL, body: JSON.stringify({ api: { failRate: 2 } }) });
    expect(bad.status).toBe(400);
    const typo = await fetch(`${server.url}/sandbox/payplug/faults`, { method: "POST", headers: CONTROL, body: JSON.stringify({ api: { failnext: 1 } }) });
    expect(typo.status).toBe(400);
    expect((await fetch(`${server.url}/sandbox/payplug/faults`, { method: "DELETE", headers: CONTROL })).status).toBe(200);
  });

  it.each([
    ["no Authorization header", {}],
    ["another secret", { authorization: "Bearer control-secret-0123456780" }],
    ["the secret without Bearer", { authorization: CONTROL_SECRET }],
    ["a PayPlug key", { authorization: `Bearer ${TEST_KEY}` }],
  ])("refuses /faults and /admin with 401 JSON and changes nothing: %s", async (_name, headers: Record<string, string>) => {
    const p = await createPayment();
    const requests: [string, RequestInit][] = [
      ["/faults", { method: "GET", headers }],
      ["/faults", { method: "POST", headers, body: JSON.stringify({ api: { failNext: 5 } }) }],
      ["/faults", { method: "DELETE", headers }],
      ["/admin", { method: "POST", headers, body: JSON.stringify({ action: "expire_payment", id: p.id }) }],
    ];
    for (const [path, init] of requests) {
      const r = await fetch(`${server.url}/sandbox/payplug${path}`, init);
      expect(r.status, `${init.method ?? ""} ${path}`).toBe(401);
      expect(r.headers.get("content-type")).toMatch(/application\/json/);
      expect(await r.json()).toMatchObject({ error: "unauthorized" });
    }
    expect((await call("GET", "/v1/payments")).status).toBe(200);
    expect((await getPayment(String(p.id))).failure).toBeNull();
  });

  it("API timeouts: 'before' creates nothing, 'after' creates the payment but the answer is lost", async () => {
    await setPayplugSettings({ api: { timeoutNext: 1, timeoutMs: 300, timeoutMode: "before" } });
    const lost = await call("POST", "/v1/payments", paymentBody());
    expect(lost.status).toBe(504);
    expect(((await call("GET", "/v1/payments")).body.data as Json[]).length).toBe(0);
    await setPayplugSettings({ api: { timeoutNext: 1, timeoutMode: "after" } });
    expect((await call("POST", "/v1/payments", paymentBody())).status).toBe(504);
    expect(((await call("GET", "/v1/payments")).body.data as Json[]).length).toBe(1);
  });
});

describe("refunds", () => {
  async function paidPayment() {
    const p = await createPayment({ amount: 5000 });
    await payWithCard(String(p.id));
    await settleBackgroundWork();
    received.length = 0;
    return String(p.id);
  }

  it("partial then full refund; over-refund 400; list and retrieve; each refund notified", async () => {
    const id = await paidPayment();
    const r1 = await call("POST", `/v1/payments/${id}/refunds`, { amount: 1500, metadata: { reason: "geste" } });
    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({ object: "refund", payment_id: id, amount: 1500, currency: "EUR", is_live: false, metadata: { reason: "geste" } });
    expect(r1.body.id).toMatch(/^re_[0-9A-Za-z]{22}$/);
    expect(await getPayment(id)).toMatchObject({ amount_refunded: 1500, is_refunded: false });

    const over = await call("POST", `/v1/payments/${id}/refunds`, { amount: 3501 });
    expect(over.status).toBe(400);
    expect(over.body.object).toBe("error");
    expect((await call("POST", `/v1/payments/${id}/refunds`, { amount: 5 })).status).toBe(400);

    const r2 = await call("POST", `/v1/payments/${id}/refunds`, {});
    expect(r2.body.amount).toBe(3500);
    expect(await getPayment(id)).toMatchObject({ amount_refunded: 5000, is_refunded: true });
    expect((await call("POST", `/v1/payments/${id}/refunds`, {})).status).toBe(400);

    const list = await call("GET", `/v1/payments/${id}/refunds`);
    expect((list.body.data as Json[]).map((r) => r.id).sort()).toEqual([r1.body.id, r2.body.id].sort());
    expect((await call("GET", `/v1/payments/${id}/refunds/${String(r1.body.id)}`)).body).toEqual(r1.body);
    expect((await call("GET", `/v1/payments/${id}/refunds/${String(r1.body.id)}`, undefined, { key: LIVE_KEY })).status).toBe(404);
    await settleBackgroundWork();
    expect(received.map((n) => [n.object, n.id])).toEqual([
      ["refund", r1.body.id],
      ["refund", r2.body.id],
    ]);
  });

  it("refuses to refund an unpaid payment (403)", async () => {
    const p = await createPayment();
    const r = await call("POST", `/v1/payments/${String(p.id)}/refunds`, { amount: 100 });
    expect(r.status).toBe(403);
    expect(r.body.object).toBe("error");
  });
});

describe("installment plans", () => {
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const planBody = (over: Json = {}) => ({
    currency: "EUR",
    billing: address,
    shipping: { ...address, delivery_type: "BILLING" },
    hosted_payment: { return_url: `${server.url}/shop/return`, cancel_url: `${server.url}/shop/cancel` },
    notification_url: `${server.url}/shop/ipn`,
    metadata: { order_id: "CA-INST" },
    schedule: [
      { date: "TODAY", amount: 10_000 },
      { date: inDays(30), amount: 10_000 },
      { date: inDays(60), amount: 10_000 },
    ],
    ...over,
  });

  it.each([
    ["one installment", { schedule: [{ date: "TODAY", amount: 30_000 }] }],
    ["five installments", { schedule: [0, 30, 60, 90, 120].map((d, i) => ({ date: i ? inDays(d) : "TODAY", amount: 1000 })) }],
    ["dates not increasing", { schedule: [{ date: "TODAY", amount: 1000 }, { date: inDays(30), amount: 1000 }, { date: inDays(10), amount: 1000 }] }],
    ["first date not today", { schedule: [{ date: inDays(3), amount: 1000 }, { date: inDays(30), amount: 1000 }] }],
    ["total too small", { schedule: [{ date: "TODAY", amount: 40 }, { date: inDays(30), amount: 40 }] }],
    ["currency", { currency: "GBP" }],
    ["notification_url on another site", { notification_url: "http://10.0.0.1/ipn" }],
    ["return_url on another site", { hosted_payment: { return_url: "https://evil.example/" } }],
  ])("400 for %s", async (_name, over) => {
    const r = await call("POST", "/v1/installment_plans", planBody(over));
    expect(r.status).toBe(400);
    expect(r.body.object).toBe("error");
  });

  it("create, pay the first installment on the hosted page, charge the next ones, fully paid", async () => {
    const created = await call("POST", "/v1/installment_plans", planBody());
    expect(created.status).toBe(201);
    const plan = created.body;
    const id = String(plan.id);
    expect(id).toMatch(/^inst_[0-9A-Za-z]{22}$/);
    expect(plan).toMatchObject({ object: "installment_plan", is_active: true, is_fully_paid: false, is_live: false, failure: null });
    expect((plan.schedule as Json[])[0]).toMatchObject({ date: inDays(0), amount: 10_000, payment_ids: [] });
    expect((plan.hosted_payment as Json).payment_url).toBe(`${server.url}/sandbox/payplug/pay/${id}`);
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ status: "open", kind: "installment_plan", amount: 10_000 });

    expect((await payWithCard(id)).redirectTo).toBe(`${server.url}/shop/return`);
    const afterFirst = (await call("GET", `/v1/installment_plans/${id}`)).body;
    const firstPaymentId = String(((afterFirst.schedule as Json[])[0]?.payment_ids as string[])[0]);
    expect(await getPayment(firstPaymentId)).toMatchObject({ is_paid: true, amount: 10_000, installment_plan_id: id, is_3ds: true });
    await settleBackgroundWork();
    expect(received.map((n) => n.object)).toEqual(["payment", "installment_plan"]);

    await chargeNextInstallment(id);
    const last = await fetch(`${server.url}/sandbox/payplug/admin`, { method: "POST", headers: CONTROL, body: JSON.stringify({ action: "charge_next_installment", id }) });
    expect(last.status).toBe(200);
    const final = (await call("GET", `/v1/installment_plans/${id}`)).body;
    expect(final).toMatchObject({ is_fully_paid: true, is_active: false });
    expect((final.schedule as Json[]).every((s) => (s.payment_ids as string[]).length === 1)).toBe(true);
    expect((await call("PATCH", `/v1/installment_plans/${id}`, { aborted: true })).status).toBe(403);
    expect((await call("GET", `/v1/installment_plans/${id}`, undefined, { key: LIVE_KEY })).status).toBe(404);
  });

  it("its clock: advance_clock charges the installments it reaches; a refused charge is retried, then given up, and the plan goes on", async () => {
    const admin = async (body: Json) => {
      const r = await fetch(`${server.url}/sandbox/payplug/admin`, { method: "POST", headers: CONTROL, body: JSON.stringify(body) });
      return { status: r.status, body: (await r.json()) as Json };
    };
    expect((await fetch(`${server.url}/sandbox/payplug/admin`, { method: "POST", body: JSON.stringify({ action: "set_clock", offset_days: 0 }) })).status).toBe(401);
    expect((await admin({ action: "set_clock", offset_days: 0 })).status).toBe(200);
    const id = String((await call("POST", "/v1/installment_plans", planBody())).body.id);
    // Nothing is charged before the payer paid the first installment.
    expect(((await admin({ action: "advance_clock", days: 30 })).body.charged as Json[]).filter((c) => c.plan === id)).toEqual([]);
    await admin({ action: "set_clock", offset_days: 0 });
    await payWithCard(id);
    expect(((await admin({ action: "advance_clock", days: 29 })).body.charged as Json[]).filter((c) => c.plan === id)).toEqual([]);
    expect((await admin({ action: "fail_installment_charges", id, count: 2, failure_code: "insufficient_funds" })).status).toBe(200);
    const first = ((await admin({ action: "advance_clock", days: 1 })).body.charged as Json[]).filter((c) => c.plan === id);
    expect(first).toMatchObject([{ index: 1, paid: false }]);
    expect(await getPayment(String(first[0]!.payment))).toMatchObject({ is_paid: false, failure: { code: "insufficient_funds" }, installment_plan_id: id });
    expect((await call("GET", `/v1/installment_plans/${id}`)).body).toMatchObject({ is_active: true });
    // The retry comes planRetryDelayDays (3) later, and is refused too: that installment is given up.
    expect(((await admin({ action: "advance_clock", days: 2 })).body.charged as Json[]).filter((c) => c.plan === id)).toEqual([]);
    expect(((await admin({ action: "advance_clock", days: 1 })).body.charged as Json[]).filter((c) => c.plan === id)).toMatchObject([{ index: 1, paid: false }]);
    expect(((await admin({ action: "advance_clock", days: 10 })).body.charged as Json[]).filter((c) => c.plan === id)).toEqual([]);
    const third = ((await admin({ action: "advance_clock", days: 20 })).body.charged as Json[]).filter((c) => c.plan === id);
    expect(third).toMatchObject([{ index: 2, paid: true }]);
    const plan = (await call("GET", `/v1/installment_plans/${id}`)).body;
    expect(plan).toMatchObject({ is_active: false, is_fully_paid: false });
    expect((plan.schedule as Json[]).map((s) => (s.payment_ids as string[]).length)).toEqual([1, 2, 1]);
    await admin({ action: "set_clock", offset_days: 0 });
  });

  it("abort through the API; Annuler on the hosted page aborts too", async () => {
    const a = (await call("POST", "/v1/installment_plans", planBody())).body;
    const aborted = await call("PATCH", `/v1/installment_plans/${String(a.id)}`, { aborted: true });
    expect(aborted.status).toBe(200);
    expect(aborted.body).toMatchObject({ is_active: false, failure: { code: "aborted" } });
    const b = (await call("POST", "/v1/installment_plans", planBody())).body;
    expect((await cancelHostedPayment(String(b.id))).redirectTo).toBe(`${server.url}/shop/cancel`);
    expect((await call("GET", `/v1/installment_plans/${String(b.id)}`)).body).toMatchObject({ is_active: false, failure: { code: "aborted" } });
  });
});

describe("abandoned payments time out (failure timeout)", () => {
  const MINUTE = 60_000;
  const later = (ms: number) => new Date(Date.now() + ms);
  const codeOf = async (id: string) => ((await getPayment(id)).failure as Json | null)?.code ?? null;

  it("an open payment fails with timeout 1 h after creation (default), from the job, and the shop is notified", async () => {
    const p = await createPayment();
    const id = String(p.id);
    expect(await runDuePayplugWork({ now: later(59 * MINUTE) })).toEqual({ attempted: 0, timedOut: 0, instalmentsCharged: 0 });
    expect(await codeOf(id)).toBeNull();
    const report = await runDuePayplugWork({ now: later(61 * MINUTE) });
    expect(report.timedOut).toBe(1);
    await settleBackgroundWork();
    const after = await getPayment(id);
    expect(after).toMatchObject({ is_paid: false, paid_at: null, failure: { code: "timeout", message: expect.any(String) as string }, card: { last4: null } });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ object: "payment", id, is_paid: false, failure: { code: "timeout" } });
    expect((after.notification as Json).response_code).toBe(200);
    // Once only.
    expect((await runDuePayplugWork({ now: later(120 * MINUTE) })).timedOut).toBe(0);
    await settleBackgroundWork();
    expect(received).toHaveLength(1);
  });

  it("only open payments time out: paid, refused, aborted and authorized (deferred) ones never do", async () => {
    const paid = String((await createPayment()).id);
    await payWithCard(paid);
    const refused = String((await createPayment()).id);
    await payWithCard(refused, "4000 0000 0000 0002");
    const aborted = String((await createPayment()).id);
    await call("PATCH", `/v1/payments/${aborted}`, { aborted: true });
    const deferred = String((await createPayment({ amount: undefined, authorized_amount: 1250 })).id);
    await payWithCard(deferred);
    expect((await getPayment(deferred)).authorization).toMatchObject({ authorized_at: expect.any(Number) as number });
    const open = String((await createPayment()).id);
    expect(await timeOutAbandonedPayments({ now: later(2 * 24 * 60 * MINUTE) })).toEqual([open]);
    expect(await codeOf(paid)).toBeNull();
    expect(await codeOf(refused)).toBe("card_declined");
    expect(await codeOf(aborted)).toBe("aborted");
    expect(await codeOf(deferred)).toBeNull();
  });

  it("a payment sent by e-mail or SMS lives paymentLinkTimeoutMs (default 7 days); the lifetimes are settings, null for never", async () => {
    const link = String((await createPayment({ hosted_payment: { sent_by: "EMAIL" } })).id);
    const hosted = String((await createPayment()).id);
    expect(await timeOutAbandonedPayments({ now: later(2 * 60 * MINUTE) })).toEqual([hosted]);
    expect(await timeOutAbandonedPayments({ now: later(6 * 24 * 60 * MINUTE) })).toEqual([]);
    await setPayplugSettings({ paymentLinkTimeoutMs: null });
    expect(await timeOutAbandonedPayments({ now: later(8 * 24 * 60 * MINUTE) })).toEqual([]);
    await setPayplugSettings({ paymentLinkTimeoutMs: 60 * MINUTE, paymentTimeoutMs: null });
    const never = String((await createPayment()).id);
    expect(await timeOutAbandonedPayments({ now: later(90 * MINUTE) })).toEqual([link]);
    expect(await timeOutAbandonedPayments({ now: later(29 * 24 * 60 * MINUTE) })).toEqual([]);
    expect(await codeOf(never)).toBeNull();
    // Validated over HTTP like every switch: at least a second, at most 30 days, or null.
    const faults = (body: Json) => fetch(`${server.url}/sandbox/payplug/faults`, { method: "POST", headers: CONTROL, body: JSON.stringify(body) });
    expect((await faults({ paymentTimeoutMs: 500 })).status).toBe(400);
    expect((await faults({ paymentTimeoutMs: 31 * 24 * 60 * MINUTE })).status).toBe(400);
    expect(await (await faults({ paymentTimeoutMs: 15 * MINUTE })).json()).toMatchObject({ paymentTimeoutMs: 15 * MINUTE, paymentLinkTimeoutMs: 60 * MINUTE });
  });

  it("two runs at once (two instances) time each payment out once, with one notification", async () => {
    const ids = [String((await createPayment()).id), String((await createPayment()).id), String((await createPayment()).id)];
    const runs = await Promise.all([timeOutAbandonedPayments({ now: later(61 * MINUTE) }), timeOutAbandonedPayments({ now: later(61 * MINUTE) })]);
    expect(runs.flat().sort()).toEqual([...ids].sort());
    await settleBackgroundWork();
    await deliverDuePayplugNotifications({ now: later(61 * MINUTE) });
    expect(received.map((n) => n.id).sort()).toEqual([...ids].sort());
  });

  it("the hosted page of a timed-out payment says so in French and sends the payer back to return_url", async () => {
    const id = String((await createPayment()).id);
    await timeOutAbandonedPayments({ now: later(61 * MINUTE) });
    const view = await loadHostedPage(id, { defaultShopName: "Maison Lavande" });
    expect(view).toMatchObject({ status: "closed", outcome: "expired", continueUrl: `${server.url}/shop/return`, shopName: "Maison Lavande" });
    if (view.status === "closed") expect(view.reason).toMatch(/délai pour payer est dépassé.*Aucun montant n'a été débité/);
    expect((await submitHostedCard(id, { number: "4242 4242 4242 4242", expiry: "12/39", cvc: "123", holder: "Camille Martin" })).redirectTo).toBe(`${server.url}/shop/return`);
  });

  it("past its deadline the page is expired even before the job runs, and a late card is not charged", async () => {
    const id = String((await createPayment()).id);
    await submitHostedCard(id, { number: "4242 4242 4242 4242", expiry: "12/39", cvc: "123", holder: "Camille Martin" });
    const otp = await otpOf(id);
    // The payer left the SMS step open for over an hour: the payment's clock, moved back.
    const db = await getDb();
    const stored = await findObject<Json>(db, paymentKey(id));
    await saveObject(db, paymentKey(id), { ...stored!.data, created_at: Number(stored!.data.created_at) - 61 * 60 });
    expect(await loadHostedPage(id, { defaultShopName: "x" })).toMatchObject({ status: "closed", outcome: "expired" });
    expect(await codeOf(id)).toBeNull(); // the view records nothing
    expect((await submitHostedOtp(id, otp)).redirectTo).toBe(`/sandbox/payplug/pay/${id}`);
    expect(await getPayment(id)).toMatchObject({ is_paid: false, failure: { code: "timeout" } });
    await settleBackgroundWork();
    expect(received.map((n) => (n.failure as Json | null)?.code)).toEqual(["timeout"]);
  });

  it("is reachable over HTTP: admin action time_out_payments {now}", async () => {
    const id = String((await createPayment()).id);
    const admin = (body: Json) => fetch(`${server.url}/sandbox/payplug/admin`, { method: "POST", headers: CONTROL, body: JSON.stringify(body) });
    expect(await (await admin({ action: "time_out_payments" })).json()).toEqual({ timed_out: [] });
    expect(await (await admin({ action: "time_out_payments", now: later(61 * MINUTE).toISOString() })).json()).toEqual({ timed_out: [id] });
    expect((await admin({ action: "time_out_payments", now: "tomorrow" })).status).toBe(400);
  });
});
