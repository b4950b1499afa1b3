import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, providerEvents } from "@/lib/db/schema";
import { env, resetEnvForTests } from "@/lib/shared/env";
import { payplugClient } from "@/lib/providers/payplug/client";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";
import { retryDueNotifications } from "@/lib/use-cases/retry-notifications";
import { pruneNotificationInbox } from "@/lib/use-cases/prune-notifications";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { chargeNextInstallment } from "@/lib/sandbox/payplug/installment-plans";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";
import { createPayplugPaymentElsewhere, deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment } from "@/tests/support/payplug-shop";

/*
 * The notification inbox against unauthenticated traffic (PayPlug's notifications are unsigned:
 * every body we authenticate costs a GET on the merchant's quota) and its retries. The shop and the
 * PayPlug emulator over real HTTP, as in tests/support/payplug-shop.ts, with every call the shop
 * makes to the emulator's API counted.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
const apiCalls: string[] = [];

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/sandbox/payplug/")) {
      apiCalls.push(`${request.method} ${path.replace("/sandbox/payplug", "")}`);
      return handlePayplugApiRequest(request, { publicBaseUrl: env.appUrl });
    }
    if (path === "/api/ipn/payplug" && request.method === "POST") return handlePaymentNotification("payplug", request);
    if (path === "/api/webhooks/paypal" && request.method === "POST") return handlePaymentNotification("paypal", request);
    return new Response("not found", { status: 404 });
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetDatabase();
  await manualDeliveries();
  apiCalls.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTests();
});

const FORGER = "203.0.113.66";

async function postIpn(body: string, from?: string) {
  return fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json", ...(from ? { "x-forwarded-for": from } : {}) }, body });
}

async function inbox() {
  const db = await getDb();
  return db.select().from(providerEvents).orderBy(providerEvents.id);
}

async function startCard() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  if (!started.ok) throw new Error(started.message);
  apiCalls.length = 0;
  return { ...placed, payplugId: payplugIdFromUrl(started.redirectUrl) };
}

async function statusChanges(orderId: string) {
  const db = await getDb();
  return (await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId))).filter((e) => e.type === "status_changed");
}

async function adminAlerts() {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.template, "admin-alert"));
}

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("before any provider call", () => {
  const padding = "x".repeat(10_000);
  it.each([
    ["a payment id with a path in it", { object: "payment", id: "pay_../../v1/payments/pay_x" }],
    ["a payment id of another alphabet", { object: "payment", id: "pay_<script>" }],
    ["a refund id of the wrong shape", { object: "refund", id: "re_ab/cd", payment_id: "pay_5ktNvd3BNCp6GPcqIZvY9j" }],
    ["a refund of something that is not a payment id", { object: "refund", id: "re_5ktNvd3BNCp6GPcqIZvY9j", payment_id: "../../accounts" }],
    ["an installment plan id of the wrong shape", { object: "installment_plan", id: "inst_%2e%2e" }],
    ["a payment object carrying a refund id", { object: "payment", id: "re_5ktNvd3BNCp6GPcqIZvY9j" }],
  ])("%s: 400 JSON, no provider call, only a small record", async (_label, fields) => {
    const answer = await postIpn(JSON.stringify({ ...fields, padding }));
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toContain("application/json");
    expect(await answer.json()).toMatchObject({ outcome: "rejected" });
    expect(apiCalls).toEqual([]);
    const rows = await inbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "rejected", nextAttemptAt: null });
    expect(rows[0]!.rawBody.length).toBeLessThanOrEqual(300);
  });

  it("an oversized body is answered 413 and nothing of it is stored (PayPlug and PayPal)", async () => {
    const { payplugId } = await startCard();
    const big = JSON.stringify({ object: "payment", id: payplugId, padding: "x".repeat(100 * 1024) });
    const answer = await postIpn(big);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ outcome: "rejected" });
    const paypal = await fetch(`${server.url}/api/webhooks/paypal`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "WH-1", event_type: "CHECKOUT.ORDER.APPROVED", padding: "x".repeat(100 * 1024) }) });
    expect(paypal.status).toBe(413);
    expect(apiCalls).toEqual([]);
    expect(await inbox()).toHaveLength(0);
  });
});

describe("ids that are not ours", () => {
  it("a well-formed id unknown to us is re-fetched once, then never again, whatever the body", async () => {
    const id = "pay_Zz9UnknownToTheShop0001";
    for (const n of [1, 2, 3]) {
      const answer = await postIpn(JSON.stringify({ object: "payment", id, is_paid: true, n }), FORGER);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ outcome: "ignored" });
    }
    expect(apiCalls.filter((c) => c.includes(id))).toHaveLength(1);
    const rows = await inbox();
    expect(rows.map((r) => r.outcome)).toEqual(["not_ours", "not_ours", "not_ours"]);
  });

  it("a source whose ids proved not ours is limited; our own payments and PayPlug's own refunds never are", async () => {
    vi.stubEnv("NOTIFICATION_UNKNOWN_IDS_PER_HOUR", "3");
    // Behind one reverse proxy that appends the caller's address (docs/going-live.md).
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    resetEnvForTests();
    const { order, payment, payplugId } = await startCard();
    for (const n of [1, 2, 3]) expect((await postIpn(JSON.stringify({ object: "payment", id: `pay_Forged${n}000000000000000` }), FORGER)).status).toBe(200);
    expect(apiCalls).toHaveLength(3);
    const refused = await postIpn(JSON.stringify({ object: "payment", id: "pay_Forged4000000000000000" }), FORGER);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ outcome: "rejected" });
    expect(apiCalls).toHaveLength(3);

    // Our payment, from that same source: an id we hold is always authenticated and applied.
    await payOnHostedPage(payplugId);
    apiCalls.length = 0;
    expect((await postIpn(JSON.stringify({ object: "payment", id: payplugId }), FORGER)).status).toBe(200);
    expect(apiCalls.length).toBeGreaterThan(0);
    expect((await readOrder(order.id)).status).toBe("paid");

    // A refund made in PayPlug's dashboard: an id we never stored, notified by PayPlug itself.
    await deliver();
    await payplugClient().refunds.create(payplugId, { amount: 1000 });
    expect(await deliver()).toEqual([200]);
    expect(await readPayment(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(await readOrder(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    const refundRow = (await inbox()).find((r) => r.resourceId?.startsWith("re_"));
    expect(refundRow).toMatchObject({ outcome: "processed" });
  });

  it("a plan's later instalment (a payment id PayPlug made) is re-fetched and brought to an admin, never taken for a forgery", async () => {
    const { order, payment } = await placeCardOrder();
    const billing = { first_name: "Jeanne", last_name: "Martin", email: "jeanne@example.fr", address1: "1 rue de la Paix", postcode: "75002", city: "Paris", country: "FR", language: "fr" };
    const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { data: plan } = await payplugClient().installmentPlans.create({
      currency: "EUR",
      billing,
      shipping: { ...billing, delivery_type: "BILLING" },
      hosted_payment: { return_url: `${env.appUrl}/r`, cancel_url: `${env.appUrl}/c` },
      notification_url: `${env.appUrl}/api/ipn/payplug`,
      metadata: { payment_id: payment.id },
      schedule: [
        { date: "TODAY", amount: 2590 },
        { date: inThirtyDays, amount: 1000 },
      ],
    });
    await payOnHostedPage(plan.id);
    // The first instalment's payment and the plan: ids we never stored, re-fetched, and ours.
    expect(await deliver()).toEqual([200, 200]);
    expect((await readOrder(order.id)).status).toBe("paid");

    await chargeNextInstallment(plan.id);
    const answers = await deliver();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((status) => status === 422)).toBe(true);
    const rows = (await inbox()).filter((r) => r.outcome === "failed");
    expect(rows.length).toBe(answers.length);
    for (const row of rows) expect(row.error).toMatch(/^payment_not_placeable: /);
    expect((await adminAlerts()).length).toBe(answers.length);
    // Not a verdict "not ours": nothing remembered against the id or counted against its source.
    expect((await inbox()).filter((r) => r.outcome === "not_ours")).toEqual([]);
  });

  it("a PayPlug payment naming a payment id we do not have is retried, not dropped as not ours", async () => {
    const data = await createPayplugPaymentElsewhere({ payment_id: "00000000-0000-4000-8000-000000000000" });
    const answer = await postIpn(JSON.stringify({ object: "payment", id: data.id }));
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ outcome: "failed", failure: "payment_not_recorded_yet" });
    const [row] = await inbox();
    expect(row).toMatchObject({ outcome: "failed", attempts: 1 });
    expect(row!.nextAttemptAt).not.toBeNull();
  });
});

describe("retries", () => {
  it("a notification whose re-fetch fails is retried by the job, then processed exactly once", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    await setPayplugSettings({ api: { failNext: 10 } });
    const answer = await postIpn(JSON.stringify({ object: "payment", id: payplugId }));
    expect(answer.status).toBe(503);
    const [failed] = await inbox();
    expect(failed).toMatchObject({ outcome: "failed", attempts: 1 });
    expect(failed!.error).toMatch(/^provider_unreachable: /);
    expect(failed!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
    expect((await readOrder(order.id)).status).toBe("pending_payment");

    await setPayplugSettings({ api: { failNext: 0 } });
    // Not due yet: nothing claimed.
    expect(await retryDueNotifications()).toMatchObject({ claimed: 0 });
    // Two instances at once: the row goes to one of them.
    const reports = await Promise.all([retryDueNotifications({ now: later(5) }), retryDueNotifications({ now: later(5) })]);
    expect(reports.map((r) => r.claimed).sort()).toEqual([0, 1]);
    expect((await readOrder(order.id)).status).toBe("paid");
    expect(await statusChanges(order.id)).toHaveLength(1);
    const [done] = await inbox();
    expect(done).toMatchObject({ outcome: "processed", attempts: 2, nextAttemptAt: null, error: null });
    expect(await retryDueNotifications({ now: later(600) })).toMatchObject({ claimed: 0 });
    expect(await statusChanges(order.id)).toHaveLength(1);
  });

  it("a delivery whose processing never finished (crash, database gone) is taken again once its lease ends", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    const db = await getDb();
    // What a crash after storing leaves: the row, its lease, no outcome.
    await db.insert(providerEvents).values({
      provider: "payplug",
      eventKey: "crashed",
      headers: {},
      rawBody: JSON.stringify({ object: "payment", id: payplugId }),
      resourceId: payplugId,
      attempts: 1,
      nextAttemptAt: later(2),
    });
    expect(await retryDueNotifications({ now: later(1) })).toMatchObject({ claimed: 0 });
    expect(await retryDueNotifications({ now: later(3) })).toMatchObject({ claimed: 1, processed: 1 });
    expect((await readOrder(order.id)).status).toBe("paid");
  });

  it("after NOTIFICATION_MAX_ATTEMPTS failures the admin is alerted once, and the job stops", async () => {
    vi.stubEnv("NOTIFICATION_MAX_ATTEMPTS", "3");
    resetEnvForTests();
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    await setPayplugSettings({ api: { failNext: 1000 } });
    expect((await postIpn(JSON.stringify({ object: "payment", id: payplugId }))).status).toBe(503);
    expect(await retryDueNotifications({ now: later(60) })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await adminAlerts()).toHaveLength(0);
    expect(await retryDueNotifications({ now: later(120) })).toMatchObject({ claimed: 1, failed: 1 });
    const alerts = await adminAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ toAddress: env.merchant.email, status: "pending" });
    expect(alerts[0]!.subject).toContain("PayPlug");
    expect(alerts[0]!.text).toContain(payplugId);
    const [row] = await inbox();
    expect(row).toMatchObject({ outcome: "failed", attempts: 3, nextAttemptAt: null });
    expect(row!.alertedAt).not.toBeNull();
    expect(await retryDueNotifications({ now: later(600) })).toMatchObject({ claimed: 0 });
    expect(await adminAlerts()).toHaveLength(1);
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    await setPayplugSettings({ api: { failNext: 0 } });
  });
});

describe("pruning", () => {
  it("deletes rows past the retention, keeps recent ones and any still due for a retry", async () => {
    const db = await getDb();
    const base = { provider: "payplug" as const, headers: {}, rawBody: "{}" };
    await db.insert(providerEvents).values([
      { ...base, eventKey: "old", outcome: "processed", receivedAt: new Date(Date.now() - 100 * 86_400_000) },
      { ...base, eventKey: "old-retrying", outcome: "failed", nextAttemptAt: new Date(), receivedAt: new Date(Date.now() - 100 * 86_400_000) },
      { ...base, eventKey: "recent", outcome: "processed", receivedAt: new Date(Date.now() - 80 * 86_400_000) },
    ]);
    expect(await pruneNotificationInbox()).toEqual({ deleted: 1 });
    expect((await inbox()).map((r) => r.eventKey).sort()).toEqual(["old-retrying", "recent"]);
    expect(await pruneNotificationInbox({ retentionDays: 30 })).toEqual({ deleted: 1 });
    const [left] = await db.select({ n: sql<number>`count(*)::int` }).from(providerEvents);
    expect(left!.n).toBe(1);
  });
});
