import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { handlePaypalApiRequest } from "@/lib/sandbox/paypal/api";
import { handlePaypalControlRequest } from "@/lib/sandbox/paypal/control";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";

/* The emulator's control surface (/sandbox/paypal/control/…) over real HTTP: a buyer played without a browser, switches, settlement. */

type Json = Record<string, unknown>;
/** The shop's CRON_SECRET, which every control endpoint requires. */
const CONTROL_SECRET = "control-secret-0123456789";
const CONTROL = { authorization: `Bearer ${CONTROL_SECRET}` };
const received: string[] = [];
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === "/hooks/other") {
      received.push(await request.text());
      return new Response(null, { status: 200 });
    }
    if (url.pathname.startsWith("/sandbox/paypal/control/")) return handlePaypalControlRequest(request, { controlSecret: CONTROL_SECRET, shopUrl: url.origin });
    if (url.pathname.startsWith("/sandbox/paypal/")) return handlePaypalApiRequest(request, { webhookId: "WH-1", webhookUrl: `${url.origin}/api/webhooks/paypal` });
    return new Response(null, { status: 404 });
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
});

async function post(path: string, body: unknown = {}, headers: Record<string, string> = path.startsWith("/control/") ? CONTROL : {}) {
  const r = await fetch(`${server.url}/sandbox/paypal${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Json };
}

async function bearer(): Promise<Record<string, string>> {
  const r = await fetch(`${server.url}/sandbox/paypal/v1/oauth2/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from("id:secret").toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  return { authorization: `Bearer ${String(((await r.json()) as Json).access_token)}` };
}

describe("PayPal emulator control endpoint", () => {
  it("switches: read, change (validated), reset", async () => {
    const get = await fetch(`${server.url}/sandbox/paypal/control/switches`, { headers: CONTROL });
    expect(await get.json()).toMatchObject({ latencyMs: 0, duplicateWebhooks: 0, forcePendingCaptures: "off" });
    expect((await post("/control/switches", { duplicateWebhooks: 2 })).body).toMatchObject({ duplicateWebhooks: 2 });
    expect((await post("/control/switches", { duplicateWebhooks: 99 })).status).toBe(400);
    expect((await post("/control/switches", { nope: true })).status).toBe(400);
    expect((await post("/control/switches/reset")).body).toMatchObject({ duplicateWebhooks: 0 });
  });

  it.each([
    ["no Authorization header", {}],
    ["another secret", { authorization: "Bearer control-secret-0123456780" }],
    ["a PayPal access token's shape", { authorization: "Bearer A21AAexample" }],
  ])("answers 401 JSON without the control secret and changes nothing: %s", async (_name, headers: Record<string, string>) => {
    const get = await fetch(`${server.url}/sandbox/paypal/control/switches`, { headers });
    expect(get.status).toBe(401);
    expect(await get.json()).toMatchObject({ error: "unauthorized" });
    for (const path of ["/control/switches", "/control/switches/reset", "/control/deliveries/run", "/control/orders/ABC/approve", "/control/captures/ABC/reverse"]) {
      const r = await post(path, { webhookUrl: "http://169.254.169.254/", duplicateWebhooks: 3 }, headers);
      expect(r.status, path).toBe(401);
      expect(r.body).toMatchObject({ error: "unauthorized" });
    }
    const switches = await fetch(`${server.url}/sandbox/paypal/control/switches`, { headers: CONTROL });
    expect(await switches.json()).toMatchObject({ webhookUrl: null, duplicateWebhooks: 0 });
  });

  it("refuses a webhookUrl off the shop's origin (no SSRF through the switch)", async () => {
    for (const webhookUrl of ["http://169.254.169.254/latest/meta-data", "http://127.0.0.1:9/hook", "https://evil.example/hook"]) {
      const r = await post("/control/switches", { webhookUrl });
      expect(r.status, webhookUrl).toBe(400);
      expect(r.body).toMatchObject({ error: "invalid_switches", issues: [{ path: ["webhookUrl"] }] });
    }
    expect((await post("/control/switches", { webhookUrl: `${server.url}/hooks/other` })).status).toBe(200);
    expect((await post("/control/switches", { webhookUrl: null })).body).toMatchObject({ webhookUrl: null });
  });

  it("plays the buyer, redirects webhooks, settles a forced pending capture", async () => {
    await post("/control/switches", { webhookUrl: `${server.url}/hooks/other`, forcePendingCaptures: "complete", pendingSettleDelayMs: 3600_000 });
    const auth = await bearer();
    const order = await post("/v2/checkout/orders", { intent: "CAPTURE", purchase_units: [{ amount: { currency_code: "EUR", value: "9.99" } }] }, auth);
    const id = String(order.body.id);
    expect((await post(`/control/orders/${id}/approve`, { method: "card", number: "4242424242424242" })).body).toMatchObject({ status: "APPROVED", outcome: "approved" });
    expect((await post(`/control/orders/${id}/approve`, { method: "card", number: "1234" })).status).toBe(400);
    const captured = await post(`/v2/checkout/orders/${id}/capture`, {}, auth);
    const units = captured.body.purchase_units as { payments: { captures: { id: string; status: string }[] } }[];
    const capture = units[0]!.payments.captures[0]!;
    expect(capture.status).toBe("PENDING");
    expect((await post(`/control/captures/${capture.id}/settle`, { outcome: "COMPLETED" })).body).toEqual({ settled: true });
    expect((await post(`/control/captures/${capture.id}/settle`)).body).toEqual({ settled: false });
    await settleBackgroundWork();
    expect(received.map((b) => (JSON.parse(b) as Json).event_type)).toEqual(["CHECKOUT.ORDER.APPROVED", "PAYMENT.CAPTURE.PENDING", "PAYMENT.CAPTURE.COMPLETED"]);
    expect((await post(`/control/captures/${capture.id}/reverse`)).body).toMatchObject({ status: "COMPLETED", amount: { value: "9.99" } });
    expect((await post("/control/orders/NOPE/cancel")).status).toBe(404);
  });

  it("opens, updates and resolves a dispute: readable in the Disputes API, each step a signed CUSTOMER.DISPUTE.* webhook", async () => {
    await post("/control/switches", { webhookUrl: `${server.url}/hooks/other` });
    const auth = await bearer();
    const order = await post("/v2/checkout/orders", { intent: "CAPTURE", purchase_units: [{ custom_id: "c-1", invoice_id: "CA-TEST0001", amount: { currency_code: "EUR", value: "25.00" } }] }, auth);
    const id = String(order.body.id);
    await post(`/control/orders/${id}/approve`, { method: "paypal" });
    const captured = await post(`/v2/checkout/orders/${id}/capture`, {}, auth);
    const captureId = (captured.body.purchase_units as { payments: { captures: { id: string }[] } }[])[0]!.payments.captures[0]!.id;

    expect((await post(`/control/captures/${captureId}/dispute`, { reason: "NOPE" })).status).toBe(400);
    const opened = await post(`/control/captures/${captureId}/dispute`, { reason: "UNAUTHORISED", amount: { currency_code: "EUR", value: "10.00" } });
    expect(opened.status).toBe(201);
    const disputeId = String(opened.body.dispute_id);
    expect(disputeId).toMatch(/^PP-D-\d+$/);
    expect(opened.body).toMatchObject({
      status: "OPEN",
      reason: "UNAUTHORISED",
      dispute_amount: { currency_code: "EUR", value: "10.00" },
      disputed_transactions: [{ seller_transaction_id: captureId, invoice_number: "CA-TEST0001", custom: "c-1" }],
      dispute_life_cycle_stage: "INQUIRY",
    });
    expect(opened.body).not.toHaveProperty("emulator");

    const read = await fetch(`${server.url}/sandbox/paypal/v1/customer/disputes/${disputeId}`, { headers: auth });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ dispute_id: disputeId, status: "OPEN" });
    expect((await fetch(`${server.url}/sandbox/paypal/v1/customer/disputes/PP-D-0`, { headers: auth })).status).toBe(404);

    expect((await post(`/control/disputes/${disputeId}/update`, { status: "WAITING_FOR_SELLER_RESPONSE" })).body).toMatchObject({ status: "WAITING_FOR_SELLER_RESPONSE" });
    const resolved = await post(`/control/disputes/${disputeId}/resolve`, { outcome: "RESOLVED_BUYER_FAVOUR" });
    expect(resolved.body).toMatchObject({ status: "RESOLVED", dispute_outcome: { outcome_code: "RESOLVED_BUYER_FAVOUR", amount_refunded: { value: "10.00" } } });
    expect((await post(`/control/disputes/${disputeId}/resolve`)).status).toBe(422);

    await settleBackgroundWork();
    const events = received.map((b) => JSON.parse(b) as Json);
    expect(events.map((e) => e.event_type)).toEqual([
      "CHECKOUT.ORDER.APPROVED",
      "PAYMENT.CAPTURE.COMPLETED",
      "CUSTOMER.DISPUTE.CREATED",
      "CUSTOMER.DISPUTE.UPDATED",
      "CUSTOMER.DISPUTE.RESOLVED",
      "PAYMENT.CAPTURE.REVERSED",
    ]);
    expect(events[2]).toMatchObject({ resource_type: "dispute", resource: { dispute_id: disputeId } });
    const capture = await fetch(`${server.url}/sandbox/paypal/v2/payments/captures/${captureId}`, { headers: auth });
    expect(await capture.json()).toMatchObject({ status: "PARTIALLY_REFUNDED" });
  });
});
