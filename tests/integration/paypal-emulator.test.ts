import { createVerify, X509Certificate } from "node:crypto";
import { crc32 } from "node:zlib";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { runSandboxDeliveries } from "@/lib/jobs/sandbox-deliveries";
import { sandboxSettings } from "@/lib/db/sandbox-schema";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { handlePaypalApiRequest } from "@/lib/sandbox/paypal/api";
import { approveWithGuestCard, approveWithPaypalAccount, cancelApproval, getApprovalStatus, guestCardSchema } from "@/lib/sandbox/paypal/approval";
import { deliverDuePaypalWebhooks } from "@/lib/sandbox/paypal/jobs";
import { reverseCapture, settlePendingCapture } from "@/lib/sandbox/paypal/payments";
import { listPaypalDeliveries } from "@/lib/sandbox/paypal/webhooks";
import { getSigningIdentity } from "@/lib/sandbox/paypal/signing";
import { updateSwitches } from "@/lib/sandbox/paypal/switches";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";

const WEBHOOK_ID = "WH-TEST-CAISSE-1";
type Received = { headers: Headers; body: string };
const received: Received[] = [];
let receiverStatus = 200;
let server: { url: string; close: () => Promise<void> };
let api: string;

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/webhooks/paypal") {
      received.push({ headers: request.headers, body: await request.text() });
      return new Response(null, { status: receiverStatus });
    }
    if (url.pathname.startsWith("/sandbox/paypal/")) {
      return handlePaypalApiRequest(request, { webhookId: WEBHOOK_ID, webhookUrl: `${url.origin}/api/webhooks/paypal` });
    }
    return new Response("not found", { status: 404 });
  });
  api = `${server.url}/sandbox/paypal`;
});
afterAll(async () => {
  await settleBackgroundWork();
  await server.close();
});
beforeEach(async () => {
  await settleBackgroundWork();
  await resetDatabase();
  received.length = 0;
  receiverStatus = 200;
});

type Json = Record<string, unknown>;

/** Reads a nested field of a parsed JSON body, e.g. g(body, "purchase_units.0.payments.captures.0.id"). */
function g(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
const gs = (value: unknown, path: string): string => String(g(value, path));
const ga = (value: unknown, path: string): Json[] => (Array.isArray(g(value, path)) ? (g(value, path) as Json[]) : []);

async function token(id = "shop-client", secret = "shop-secret"): Promise<string> {
  const r = await fetch(`${api}/v1/oauth2/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  expect(r.status).toBe(200);
  return ((await r.json()) as Json).access_token as string;
}

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json; headers: Headers }> {
  const t = await token();
  const r = await fetch(`${api}${path}`, {
    method,
    headers: { authorization: `Bearer ${t}`, "content-type": "application/json", ...headers },
    body: body === undefined ? (method === "POST" ? "" : undefined) : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Json) : {}, headers: r.headers };
}

const orderBody = (value = "12.50", extra: Json = {}) => ({
  intent: "CAPTURE",
  purchase_units: [{ amount: { currency_code: "EUR", value }, custom_id: "pay_123", invoice_id: `CMD-${Math.random().toString(36).slice(2)}`, ...extra }],
});

async function createOrder(value = "12.50"): Promise<string> {
  const r = await call("POST", "/v2/checkout/orders", orderBody(value));
  expect(r.status).toBe(201);
  return gs(r.body, "id");
}

async function webhooks(): Promise<Json[]> {
  await settleBackgroundWork();
  return received.map((r) => JSON.parse(r.body) as Json);
}

describe("OAuth2 token", () => {
  it("issues a bearer token for any non-empty client id and secret", async () => {
    const r = await fetch(`${api}/v1/oauth2/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("a:b").toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    const body = (await r.json()) as Json;
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 32400 });
    expect(body.access_token).toMatch(/^A21AA/);
  });

  it.each([
    ["no header", undefined],
    ["empty secret", `Basic ${Buffer.from("a:").toString("base64")}`],
    ["not basic", "Bearer x"],
  ])("refuses %s with 401 invalid_client", async (_name, authorization) => {
    const r = await fetch(`${api}/v1/oauth2/token`, {
      method: "POST",
      headers: { ...(authorization ? { authorization } : {}), "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ error: "invalid_client", error_description: "Client Authentication failed" });
  });

  it("answers 401 AUTHENTICATION_FAILURE to API calls without an Authorization header", async () => {
    const r = await fetch(`${api}/v2/checkout/orders/XYZ`);
    expect(r.status).toBe(401);
    const body = (await r.json()) as Json;
    expect(body.name).toBe("AUTHENTICATION_FAILURE");
    expect(body.debug_id).toBeTruthy();
    expect(r.headers.get("paypal-debug-id")).toBe(body.debug_id);
  });

  it("answers an unknown or expired bearer token as live PayPal does: 401 invalid_token, OAuth's shape", async () => {
    const expectInvalidToken = async (authorization: string) => {
      const r = await fetch(`${api}/v2/checkout/orders/XYZ`, { headers: { authorization } });
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual({ error: "invalid_token", error_description: "Access Token not found in cache" });
    };
    await expectInvalidToken("Bearer nope");
    const fresh = await token();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 32_400_000 + 1000 });
    try {
      await expectInvalidToken(`Bearer ${fresh}`);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("create order validation", () => {
  it.each([
    ["missing intent", { purchase_units: orderBody().purchase_units }, 400, "MISSING_REQUIRED_PARAMETER", "/intent"],
    ["bad intent", { ...orderBody(), intent: "SALE" }, 400, "INVALID_PARAMETER_VALUE", "/intent"],
    ["no purchase units", { intent: "CAPTURE" }, 400, "MISSING_REQUIRED_PARAMETER", "/purchase_units"],
    ["three decimals", orderBody("12.505"), 422, "DECIMAL_PRECISION", "/purchase_units/@reference_id=='default'/amount/value"],
    ["a number, not a string", { intent: "CAPTURE", purchase_units: [{ amount: { currency_code: "EUR", value: 12.5 } }] }, 400, "INVALID_PARAMETER_SYNTAX", undefined],
    ["zero", orderBody("0.00"), 422, "CANNOT_BE_ZERO_OR_NEGATIVE", undefined],
    ["unknown currency", { intent: "CAPTURE", purchase_units: [{ amount: { currency_code: "XYZ", value: "1.00" } }] }, 422, "CURRENCY_NOT_SUPPORTED", undefined],
    [
      "breakdown mismatch",
      { intent: "CAPTURE", purchase_units: [{ amount: { currency_code: "EUR", value: "10.00", breakdown: { item_total: { currency_code: "EUR", value: "9.00" } } } }] },
      422,
      "AMOUNT_MISMATCH",
      undefined,
    ],
  ])("%s", async (_name, body, status, code, field) => {
    const r = await call("POST", "/v2/checkout/orders", body);
    expect(r.status).toBe(status);
    expect(g(r.body, "name")).toBe(status === 400 ? "INVALID_REQUEST" : "UNPROCESSABLE_ENTITY");
    expect(g(r.body, "details.0.issue")).toBe(code);
    if (field) expect(g(r.body, "details.0.field")).toBe(field);
    expect(g(r.body, "links.0.rel")).toBe("information_link");
  });

  it("sends the buyer back only to the shop: return_url and cancel_url on another origin are 400 INVALID_PARAMETER_VALUE", async () => {
    const withContext = (ctx: Json, legacy = false) => ({
      ...orderBody(),
      ...(legacy ? { application_context: ctx } : { payment_source: { paypal: { experience_context: ctx } } }),
    });
    const cases: [Json, boolean, string][] = [
      [{ return_url: "https://evil.example/phish", cancel_url: `${server.url}/annule` }, false, "/payment_source/paypal/experience_context/return_url"],
      [{ return_url: `${server.url}/retour`, cancel_url: "http://127.0.0.1:9/annule" }, false, "/payment_source/paypal/experience_context/cancel_url"],
      [{ return_url: "//evil.example/x" }, true, "/application_context/return_url"],
      [{ return_url: "javascript:alert(1)" }, true, "/application_context/return_url"],
    ];
    for (const [ctx, legacy, field] of cases) {
      const r = await call("POST", "/v2/checkout/orders", withContext(ctx, legacy));
      expect(r.status, JSON.stringify(ctx)).toBe(400);
      expect(g(r.body, "name")).toBe("INVALID_REQUEST");
      expect(g(r.body, "details.0.field")).toBe(field);
      expect(["INVALID_PARAMETER_VALUE", "INVALID_PARAMETER_SYNTAX"]).toContain(g(r.body, "details.0.issue"));
    }
    const ok = await call("POST", "/v2/checkout/orders", withContext({ return_url: `${server.url}/retour?x=1`, cancel_url: `${server.url}/annule` }));
    expect(ok.status).toBe(201);
    expect(g(ok.body, "status")).toBe("PAYER_ACTION_REQUIRED");
  });

  it("rejects malformed JSON", async () => {
    const t = await token();
    const r = await fetch(`${api}/v2/checkout/orders`, { method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json" }, body: "{" });
    expect(r.status).toBe(400);
    expect(g(await r.json(), "details.0.issue")).toBe("MALFORMED_REQUEST_JSON");
  });
});

describe("order → approve → capture", () => {
  it("creates (minimal and representation), approves with a PayPal account, captures COMPLETED, and sends signed webhooks", async () => {
    const created = await call("POST", "/v2/checkout/orders", orderBody("12.50"));
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["id", "links", "status"]);
    expect(g(created.body, "status")).toBe("CREATED");
    const id = gs(created.body, "id");
    expect(id).toMatch(/^[A-Z0-9]{17}$/);
    const approve = ga(created.body, "links").find((l) => l.rel === "approve");
    expect(approve?.href).toBe(`${api}/checkout/${id}`);

    const full = await call("POST", "/v2/checkout/orders", orderBody("5.00"), { prefer: "return=representation" });
    expect(full.body).toMatchObject({ intent: "CAPTURE", status: "CREATED", purchase_units: [{ reference_id: "default", amount: { currency_code: "EUR", value: "5.00" }, custom_id: "pay_123" }] });

    const early = await call("POST", `/v2/checkout/orders/${id}/capture`);
    expect(early.status).toBe(422);
    expect(g(early.body, "details.0.issue")).toBe("ORDER_NOT_APPROVED");

    const approved = await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    expect(approved.ok).toBe(true);
    const got = await call("GET", `/v2/checkout/orders/${id}`);
    expect(g(got.body, "status")).toBe("APPROVED");
    expect(g(got.body, "payer")).toMatchObject({ email_address: "acheteur@sandbox.caisse.fr", name: { given_name: "Camille", surname: "Martin" } });
    expect(g(got.body, "payment_source.paypal.email_address")).toBe("acheteur@sandbox.caisse.fr");
    expect(ga(got.body, "links").map((l) => l.rel)).toContain("capture");

    const captured = await call("POST", `/v2/checkout/orders/${id}/capture`, undefined, { "paypal-request-id": `capture-${id}` });
    expect(captured.status).toBe(201);
    expect(g(captured.body, "status")).toBe("COMPLETED");
    const capture = g(captured.body, "purchase_units.0.payments.captures.0") as Json;
    expect(capture).toMatchObject({
      status: "COMPLETED",
      amount: { currency_code: "EUR", value: "12.50" },
      custom_id: "pay_123",
      final_capture: true,
      seller_receivable_breakdown: { gross_amount: { value: "12.50" }, paypal_fee: { value: "0.71" }, net_amount: { value: "11.79" } },
    });
    expect(capture.invoice_id).toMatch(/^CMD-/);

    const again = await call("POST", `/v2/checkout/orders/${id}/capture`);
    expect(again.status).toBe(422);
    expect(g(again.body, "details.0.issue")).toBe("ORDER_ALREADY_CAPTURED");

    const replay = await call("POST", `/v2/checkout/orders/${id}/capture`, undefined, { "paypal-request-id": `capture-${id}` });
    expect(replay.status).toBe(200);
    expect(g(replay.body, "purchase_units.0.payments.captures.0.id")).toBe(capture.id);

    const byId = await call("GET", `/v2/payments/captures/${capture.id as string}`);
    expect(g(byId.body, "supplementary_data.related_ids.order_id")).toBe(id);

    const events = await webhooks();
    expect(events.map((e) => e.event_type)).toEqual(["CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.COMPLETED"]);
    expect(events[1]).toMatchObject({ event_version: "1.0", resource_type: "capture", resource_version: "2.0", resource: { id: capture.id, status: "COMPLETED", custom_id: "pay_123" } });
    expect(events[1]!.id).toMatch(/^WH-[A-Z0-9]{17}-[A-Z0-9]{17}$/);
  });

  it("replays a create with the same PayPal-Request-Id: 200 and the same order", async () => {
    const first = await call("POST", "/v2/checkout/orders", orderBody(), { "paypal-request-id": "create-cart-1" });
    const second = await call("POST", "/v2/checkout/orders", orderBody("99.00"), { "paypal-request-id": "create-cart-1" });
    const other = await call("POST", "/v2/checkout/orders", orderBody(), { "paypal-request-id": "create-cart-2" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(g(second.body, "id")).toBe(g(first.body, "id"));
    expect(g(other.body, "id")).not.toBe(g(first.body, "id"));
  });

  it("two simultaneous captures: one succeeds, the other is ORDER_ALREADY_CAPTURED; simultaneous replays share one order", async () => {
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    const both = await Promise.all([call("POST", `/v2/checkout/orders/${id}/capture`), call("POST", `/v2/checkout/orders/${id}/capture`)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(both.map((r) => gs(r.body, "details.0.issue"))).toContain("ORDER_ALREADY_CAPTURED");
    const creates = await Promise.all([1, 2, 3].map(() => call("POST", "/v2/checkout/orders", orderBody(), { "paypal-request-id": "create-same" })));
    expect(new Set(creates.map((r) => gs(r.body, "id"))).size).toBe(1);
    expect(creates.map((r) => r.status).sort()).toEqual([200, 200, 201]);
  });

  it("honours PayPal-Mock-Response INSTRUMENT_DECLINED on capture, and the order stays capturable", async () => {
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    const declined = await call("POST", `/v2/checkout/orders/${id}/capture`, {}, { "paypal-mock-response": JSON.stringify({ mock_application_codes: "INSTRUMENT_DECLINED" }) });
    expect(declined.status).toBe(422);
    expect(declined.body).toMatchObject({ name: "UNPROCESSABLE_ENTITY", details: [{ issue: "INSTRUMENT_DECLINED" }] });
    const ok = await call("POST", `/v2/checkout/orders/${id}/capture`, {});
    expect(ok.status).toBe(201);
  });
});

const card = (number: string) => guestCardSchema.parse({ email: "invite@example.fr", name: "Jeanne Dupont", number, expiry: "12/39", cvc: "123" });

describe("guest card", () => {
  it("pays by card without a PayPal account: payment_source.card", async () => {
    const id = await createOrder("30.00");
    expect((await approveWithGuestCard(id, card("4242 4242 4242 4242"))).ok).toBe(true);
    const captured = await call("POST", `/v2/checkout/orders/${id}/capture`);
    expect(g(captured.body, "payment_source")).toEqual({ card: { name: "Jeanne Dupont", last_digits: "4242", expiry: "2039-12", brand: "VISA", type: "CREDIT" } });
    expect(g(captured.body, "purchase_units.0.payments.captures.0.status")).toBe("COMPLETED");
  });

  it("4000 0000 0000 0002 is declined at capture (INSTRUMENT_DECLINED); approving again with another card succeeds", async () => {
    const id = await createOrder();
    await approveWithGuestCard(id, card("4000000000000002"));
    const declined = await call("POST", `/v2/checkout/orders/${id}/capture`);
    expect(declined.status).toBe(422);
    expect(g(declined.body, "details.0.issue")).toBe("INSTRUMENT_DECLINED");
    await approveWithGuestCard(id, card("4242424242424242"));
    expect((await call("POST", `/v2/checkout/orders/${id}/capture`)).status).toBe(201);
  });

  it("4000 0000 0000 9995 creates a DECLINED capture and a PAYMENT.CAPTURE.DECLINED webhook", async () => {
    const id = await createOrder();
    await approveWithGuestCard(id, card("4000000000009995"));
    const r = await call("POST", `/v2/checkout/orders/${id}/capture`);
    expect(g(r.body, "purchase_units.0.payments.captures.0.status")).toBe("DECLINED");
    expect((await webhooks()).map((e) => e.event_type)).toContain("PAYMENT.CAPTURE.DECLINED");
  });

  it("rejects a number failing the Luhn check and an expired card", () => {
    expect(guestCardSchema.safeParse({ email: "a@b.fr", name: "A B", number: "4242424242424241", expiry: "12/39", cvc: "123" }).success).toBe(false);
    expect(guestCardSchema.safeParse({ email: "a@b.fr", name: "A B", number: "4242424242424242", expiry: "01/20", cvc: "123" }).success).toBe(false);
  });
});

describe("pending captures", () => {
  it.each([
    ["4000000000007007", "COMPLETED", "PAYMENT.CAPTURE.COMPLETED"],
    ["4000000000017006", "DECLINED", "PAYMENT.CAPTURE.DENIED"],
  ])("card %s: PENDING, then %s later through the job", async (number, finalStatus, finalEvent) => {
    const db = await getDb();
    await updateSwitches(db, { pendingSettleDelayMs: 60_000 });
    const id = await createOrder();
    await approveWithGuestCard(id, card(number));
    const r = await call("POST", `/v2/checkout/orders/${id}/capture`);
    const capture = g(r.body, "purchase_units.0.payments.captures.0") as Json;
    expect(capture).toMatchObject({ status: "PENDING", status_details: { reason: "PENDING_REVIEW" } });
    expect(capture.seller_receivable_breakdown).toBeUndefined();
    expect((await deliverDuePaypalWebhooks()).settled).toBe(0);
    // Let in-flight deliveries finish before travelling in time (their lease would look expired).
    await settleBackgroundWork();
    const later = await deliverDuePaypalWebhooks({ now: new Date(Date.now() + 61_000) });
    expect(later.settled).toBe(1);
    await settleBackgroundWork();
    await deliverDuePaypalWebhooks({ now: new Date(Date.now() + 61_000) });
    const after = await call("GET", `/v2/payments/captures/${capture.id as string}`);
    expect(g(after.body, "status")).toBe(finalStatus);
    expect((await webhooks()).map((e) => e.event_type)).toEqual(["CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.PENDING", finalEvent]);
    expect(await settlePendingCapture(capture.id as string)).toBe(false);
  });

  it("forcePendingCaptures switch and explicit settlement", async () => {
    const db = await getDb();
    await updateSwitches(db, { forcePendingCaptures: "deny", pendingSettleDelayMs: 3600_000 });
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    const r = await call("POST", `/v2/checkout/orders/${id}/capture`);
    const captureId = gs(r.body, "purchase_units.0.payments.captures.0.id");
    expect(await settlePendingCapture(captureId, "COMPLETED")).toBe(true);
    expect((await call("GET", `/v2/payments/captures/${captureId}`)).body.status).toBe("COMPLETED");
  });
});

describe("refunds", () => {
  async function paidCapture(value = "20.00"): Promise<string> {
    const id = await createOrder(value);
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    const r = await call("POST", `/v2/checkout/orders/${id}/capture`);
    return gs(r.body, "purchase_units.0.payments.captures.0.id");
  }

  it("partial, then the rest, then over: 422; replay with the same request id", async () => {
    const captureId = await paidCapture("20.00");
    const partial = await call("POST", `/v2/payments/captures/${captureId}/refund`, { amount: { currency_code: "EUR", value: "5.00" } }, { "paypal-request-id": "refund-1" });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ status: "COMPLETED", amount: { value: "5.00" }, seller_payable_breakdown: { total_refunded_amount: { value: "5.00" } } });
    const replay = await call("POST", `/v2/payments/captures/${captureId}/refund`, { amount: { currency_code: "EUR", value: "5.00" } }, { "paypal-request-id": "refund-1" });
    expect(replay.status).toBe(200);
    expect(g(replay.body, "id")).toBe(g(partial.body, "id"));
    expect((await call("GET", `/v2/payments/captures/${captureId}`)).body.status).toBe("PARTIALLY_REFUNDED");

    const tooPrecise = await call("POST", `/v2/payments/captures/${captureId}/refund`, { amount: { currency_code: "EUR", value: "1.005" } });
    expect(tooPrecise.status).toBe(422);
    expect(tooPrecise.body).toMatchObject({ name: "UNPROCESSABLE_ENTITY", details: [{ issue: "DECIMAL_PRECISION", field: "/amount/value" }] });

    const over = await call("POST", `/v2/payments/captures/${captureId}/refund`, { amount: { currency_code: "EUR", value: "15.01" } });
    expect(over.status).toBe(422);
    expect(g(over.body, "details.0.issue")).toBe("REFUND_AMOUNT_EXCEEDED");

    const rest = await call("POST", `/v2/payments/captures/${captureId}/refund`);
    expect(g(rest.body, "amount.value")).toBe("15.00");
    expect(g((await call("GET", `/v2/payments/refunds/${gs(rest.body, "id")}`)).body, "id")).toBe(g(rest.body, "id"));
    expect((await call("GET", `/v2/payments/captures/${captureId}`)).body.status).toBe("REFUNDED");
    const none = await call("POST", `/v2/payments/captures/${captureId}/refund`);
    expect(g(none.body, "details.0.issue")).toBe("CAPTURE_FULLY_REFUNDED");

    const events = await webhooks();
    expect(events.filter((e) => e.event_type === "PAYMENT.CAPTURE.REFUNDED")).toHaveLength(2);
  });

  it("a reversal sends PAYMENT.CAPTURE.REVERSED", async () => {
    const captureId = await paidCapture();
    await reverseCapture(captureId);
    expect((await webhooks()).map((e) => e.event_type)).toContain("PAYMENT.CAPTURE.REVERSED");
  });
});

describe("webhook signatures", () => {
  async function oneWebhook(): Promise<Received> {
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    await settleBackgroundWork();
    expect(received).toHaveLength(1);
    return received[0]!;
  }

  it("verifies with node crypto against the served certificate, and fails after changing one byte", async () => {
    const { headers, body } = await oneWebhook();
    expect(headers.get("paypal-auth-algo")).toBe("SHA256withRSA");
    const certResponse = await fetch(headers.get("paypal-cert-url")!);
    expect(certResponse.status).toBe(200);
    const cert = new X509Certificate(await certResponse.text());
    const verify = (raw: string) =>
      createVerify("RSA-SHA256")
        .update(`${headers.get("paypal-transmission-id")}|${headers.get("paypal-transmission-time")}|${WEBHOOK_ID}|${crc32(raw)}`)
        .verify(cert.publicKey, headers.get("paypal-transmission-sig")!, "base64");
    expect(verify(body)).toBe(true);
    expect(verify(body.replace("APPROVED", "APPROVEE"))).toBe(false);
  });

  it("verify-webhook-signature answers SUCCESS for the event as sent and FAILURE otherwise", async () => {
    const { headers, body } = await oneWebhook();
    const request = (overrides: Json = {}) => ({
      auth_algo: headers.get("paypal-auth-algo"),
      cert_url: headers.get("paypal-cert-url"),
      transmission_id: headers.get("paypal-transmission-id"),
      transmission_sig: headers.get("paypal-transmission-sig"),
      transmission_time: headers.get("paypal-transmission-time"),
      webhook_id: WEBHOOK_ID,
      webhook_event: JSON.parse(body) as Json,
      ...overrides,
    });
    const check = async (overrides: Json = {}) => (await call("POST", "/v1/notifications/verify-webhook-signature", request(overrides))).body;
    expect(await check()).toEqual({ verification_status: "SUCCESS" });
    const event = JSON.parse(body) as Json;
    expect(await check({ webhook_event: { ...event, summary: `${event.summary as string}!` } })).toEqual({ verification_status: "FAILURE" });
    expect(await check({ webhook_id: event.id })).toEqual({ verification_status: "FAILURE" });
    expect(await check({ cert_url: "https://evil.example/v1/notifications/certs/CERT-x" })).toEqual({ verification_status: "FAILURE" });
    const missing = await call("POST", "/v1/notifications/verify-webhook-signature", { ...request(), transmission_sig: undefined });
    expect(missing.status).toBe(400);
  });

  it("keeps the key and certificate across a restart (stored in sandbox.settings)", async () => {
    const db = await getDb();
    const first = await getSigningIdentity(db);
    const again = await getSigningIdentity(db);
    expect(again).toEqual(first);
    // A "restart": fresh module instances (no memory of the first) read the same identity back.
    vi.resetModules();
    const fresh = await import("@/lib/sandbox/paypal/signing");
    expect(await fresh.getSigningIdentity(db)).toEqual(first);
    const rows = await db.select().from(sandboxSettings).where(eq(sandboxSettings.provider, "paypal.signing-identity"));
    expect(rows[0]?.value.certificatePem).toBe(first.certificatePem);
    const served = await fetch(`${api}/v1/notifications/certs/${first.certId}`);
    expect(await served.text()).toBe(first.certificatePem);
    expect((await fetch(`${api}/v1/notifications/certs/CERT-other`)).status).toBe(404);
  });
});

describe("delivery", () => {
  it("retries on non-2xx with backoff, then delivers", async () => {
    receiverStatus = 500;
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    await settleBackgroundWork();
    const db = await getDb();
    let [row] = await listPaypalDeliveries(db);
    expect(row).toMatchObject({ attempts: 1, lastStatus: 500, deliveredAt: null });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
    expect((await deliverDuePaypalWebhooks()).attempted).toBe(0);
    receiverStatus = 204;
    const report = await deliverDuePaypalWebhooks({ now: new Date(Date.now() + 11_000) });
    expect(report).toMatchObject({ attempted: 1, delivered: 1 });
    [row] = await listPaypalDeliveries(db);
    expect(row).toMatchObject({ attempts: 2, lastStatus: 204 });
    expect(received).toHaveLength(2);
    expect(received[0]!.body).toBe(received[1]!.body);
    // A retry is the same transmission, as at PayPal: same id, time and signature (still valid).
    for (const header of ["paypal-transmission-id", "paypal-transmission-time", "paypal-transmission-sig", "paypal-cert-url"]) {
      expect(received[1]!.headers.get(header), header).toBe(received[0]!.headers.get(header));
    }
  });

  it("the one job sandbox-deliveries retries PayPal webhooks (and PayPlug's) and settles due pending captures", async () => {
    receiverStatus = 503;
    const id = await createOrder();
    await approveWithGuestCard(id, card("4000000000007007"));
    await updateSwitches(await getDb(), { pendingSettleDelayMs: 60_000 });
    await settleBackgroundWork();
    expect(received).toHaveLength(1);
    receiverStatus = 200;
    const first = await runSandboxDeliveries({ now: new Date(Date.now() + 11_000) });
    expect(first).toEqual({ payplug: { attempted: 0, timedOut: 0, instalmentsCharged: 0 }, paypal: { attempted: 1, delivered: 1, failed: 0, settled: 0 } });
    const captured = await call("POST", `/v2/checkout/orders/${id}/capture`);
    const captureId = gs(captured.body, "purchase_units.0.payments.captures.0.id");
    await settleBackgroundWork();
    const later = await runSandboxDeliveries({ now: new Date(Date.now() + 61_000) });
    // Settling queues PAYMENT.CAPTURE.COMPLETED; the immediate attempt or this run sends it (whichever claims it first).
    expect(later.paypal).toMatchObject({ settled: 1 });
    expect((await call("GET", `/v2/payments/captures/${captureId}`)).body.status).toBe("COMPLETED");
    expect((await webhooks()).map((e) => e.event_type)).toEqual(["CHECKOUT.ORDER.APPROVED", "CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.PENDING", "PAYMENT.CAPTURE.COMPLETED"]);
  });

  it("ignores a stored webhookUrl switch off the shop's origin: webhooks still go to the shop", async () => {
    await updateSwitches(await getDb(), { webhookUrl: "http://127.0.0.1:9/elsewhere" });
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    expect((await webhooks()).map((e) => e.event_type)).toEqual(["CHECKOUT.ORDER.APPROVED"]);
    const [row] = await listPaypalDeliveries(await getDb());
    expect(row?.url).toBe(`${server.url}/api/webhooks/paypal`);
  });

  it("duplicates and reorders on demand", async () => {
    const db = await getDb();
    await updateSwitches(db, { holdWebhooks: true, duplicateWebhooks: 1 });
    const id = await createOrder();
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    await call("POST", `/v2/checkout/orders/${id}/capture`);
    await settleBackgroundWork();
    expect(received).toHaveLength(0);
    await updateSwitches(db, { holdWebhooks: false, reorderWebhooks: true });
    await deliverDuePaypalWebhooks();
    const types = (await webhooks()).map((e) => e.event_type);
    expect(types).toEqual(["PAYMENT.CAPTURE.COMPLETED", "PAYMENT.CAPTURE.COMPLETED", "CHECKOUT.ORDER.APPROVED", "CHECKOUT.ORDER.APPROVED"]);
    expect(new Set(received.map((r) => r.headers.get("paypal-transmission-id"))).size).toBe(4);
    expect(new Set(received.map((r) => (JSON.parse(r.body) as Json).id)).size).toBe(2);
  });

  it("fault injection: the next request fails with 503, then works", async () => {
    const db = await getDb();
    const id = await createOrder();
    await updateSwitches(db, { failNextRequests: 1 });
    expect((await call("GET", `/v2/checkout/orders/${id}`)).status).toBe(503);
    expect((await call("GET", `/v2/checkout/orders/${id}`)).status).toBe(200);
  });
});

describe("approval window state", () => {
  it("records cancel and approve outcomes with a sequence the SDK polls", async () => {
    const db = await getDb();
    const id = await createOrder();
    expect(await getApprovalStatus(db, id)).toMatchObject({ status: "CREATED", seq: 0, outcome: null });
    await cancelApproval(id);
    expect(await getApprovalStatus(db, id)).toMatchObject({ status: "CREATED", seq: 1, outcome: "cancelled" });
    await approveWithPaypalAccount(id, { email: "acheteur@sandbox.caisse.fr", password: "x" });
    expect(await getApprovalStatus(db, id)).toMatchObject({ status: "APPROVED", seq: 2, outcome: "approved" });
    expect((await getApprovalStatus(db, id))?.payerID).toMatch(/^[A-Z0-9]{13}$/);
  });
});
