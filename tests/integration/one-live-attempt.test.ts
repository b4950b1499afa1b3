import { inflateSync } from "node:zlib";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, payments } from "@/lib/db/schema";
import { GatewayError } from "@/lib/providers/errors";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { retryOrderPayment } from "@/lib/use-cases/retry-payment";
import { payWithPaymentLink } from "@/lib/use-cases/pay-with-link";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import AdminOrdersPage from "@/app/admin/commandes/page";
import AdminOrderPage from "@/app/admin/commandes/[reference]/page";
import { loadReceipt } from "@/lib/payments/receipt";
import { TEST_ORDER_MARK } from "@/lib/payments/test-mode";
import { renderReceiptPdf } from "@/lib/documents/receipt-pdf";
import { orderLinkToken } from "@/lib/orders/access";
import ReceiptPage from "@/app/(shop)/commandes/[reference]/recu/page";
import { renderPage, textOf } from "@/tests/support/render-page";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * One live online attempt per order (issue 12, hole 2): held by the database, kept by the one path
 * that starts a later attempt (startNewAttempt), and — where a provider still takes the money of
 * an attempt we closed — the duplicate is refunded automatically. Over real HTTP to the PayPlug
 * emulator; every case asserts the database afterwards.
 */

// The back-office pages read the session: here an admin is signed in.
vi.mock("@/lib/auth/session", () => {
  const admin = { id: "00000000-0000-4000-8000-000000000001", email: "admin@example.fr", name: "Admin", role: "admin", proStatus: null, net30Allowed: false };
  return { requireRole: () => Promise.resolve(admin), getCurrentUser: () => Promise.resolve(admin), currentUserWithRole: () => Promise.resolve(admin) };
});

let server: Awaited<ReturnType<typeof startPayplugShop>>;
beforeAll(async () => {
  server = await startPayplugShop();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetDatabase();
  await manualDeliveries();
});
afterEach(async () => {
  overrideGatewayForTests("payplug", null);
  await setPayplugSettings({ api: { latencyMs: 0 } });
});

const retry = (orderId: string) => retryOrderPayment({ orderId, actor: { type: "customer", id: null } });

async function openAttempts(orderId: string) {
  return (await getDb())
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider), inArray(payments.status, ["created", "pending"])));
}

async function mails(orderId: string, template: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return rows.filter((r) => r.template === template);
}

async function paymentLinkToken(orderId: string): Promise<string> {
  await sendPaymentLink({ orderId, actor: { type: "admin" } });
  const [mail] = await mails(orderId, "payment-link");
  return /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
}

/** The text-drawing operators of a PDF (pdf-lib deflates its content streams). */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      out.push(inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1"));
    } catch {
      // not a deflated stream
    }
  }
  return out.join("\n");
}

const hexOf = (ascii: string) => `<${Buffer.from(ascii, "latin1").toString("hex").toUpperCase()}`;

async function payplugFailure(id: string) {
  return (await payplugClient().payments.retrieve(id)).data.failure?.code ?? null;
}

describe("the database holds one open online attempt per order", () => {
  it("refuses a second open card or PayPal attempt; offline rows and closed attempts do not count", async () => {
    const db = await getDb();
    const { order } = await placeCardOrder();
    await expect(db.insert(payments).values({ orderId: order.id, method: "paypal", provider: "paypal", status: "created", amountCents: 2590, attempt: 2 })).rejects.toThrow();
    await db.insert(payments).values({ orderId: order.id, method: "transfer", status: "pending", amountCents: 2590 });
    await db.insert(payments).values({ orderId: order.id, method: "card", provider: "payplug", status: "failed", amountCents: 2590, attempt: 3 });
    expect(await openAttempts(order.id)).toHaveLength(1);
  });
});

describe("a new attempt closes every older one with its provider first", () => {
  it("an attempt whose creation is still in flight: closed by the newer one, its PayPlug payment aborted, never handed to the customer", async () => {
    const { order, payment } = await placeCardOrder();
    await setPayplugSettings({ api: { latencyMs: 600 } });
    const firstStart = startOnlinePayment(payment.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Meanwhile the customer pays through the secure link an admin sent (a new attempt of its own).
    const second = await payWithPaymentLink({ token: await paymentLinkToken(order.id), method: "card" });
    const first = await firstStart;
    await setPayplugSettings({ api: { latencyMs: 0 } });

    expect(second).toMatchObject({ ok: true });
    expect(first).toMatchObject({ ok: false, code: "not_payable" });
    const old = await readPayment(payment.id);
    expect(old).toMatchObject({ status: "cancelled", failureCode: "superseded" });
    expect(await payplugFailure(old.providerRef!)).toBe("aborted");
    const open = await openAttempts(order.id);
    expect(open).toHaveLength(1);
    if (second.ok) expect(open[0]!.providerRef).toBe(second.providerRef);
    // A retry is not a failure: the customer is paying right now.
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    expect(await mails(order.id, "payment-failed")).toHaveLength(0);
  });

  it("a PayPlug page left open: aborted at PayPlug before the new one is handed out; paying it afterwards is refused by PayPlug", async () => {
    const { order, payment } = await placeCardOrder();
    const first = await startOnlinePayment(payment.id);
    expect(first.ok).toBe(true);
    const second = await retry(order.id);
    expect(second.ok).toBe(true);
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled" });
    const firstId = payplugIdFromUrl(first.ok ? first.redirectUrl : "");
    expect(await payplugFailure(firstId)).toBe("aborted");
    await payOnHostedPage(firstId).catch(() => null);
    await deliver();
    expect((await payplugClient().payments.retrieve(firstId)).data.is_paid).toBe(false);
    expect(await openAttempts(order.id)).toHaveLength(1);
  });

  it("an older attempt paid meanwhile: recorded, the order paid, and no new attempt", async () => {
    const { order, payment } = await placeCardOrder();
    const first = await startOnlinePayment(payment.id);
    await payOnHostedPage(payplugIdFromUrl(first.ok ? first.redirectUrl : ""));
    // The notification has not arrived yet when the customer clicks "Réessayer" in another tab.
    const second = await retry(order.id);
    expect(second).toMatchObject({ ok: false, code: "not_payable" });
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590 });
    const rows = await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id));
    expect(rows).toHaveLength(1);
  });

  it("ten concurrent retries: one open attempt at the end, every other provider payment aborted", async () => {
    const { order, payment } = await placeCardOrder();
    await startOnlinePayment(payment.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => retry(order.id)));
    expect(results.some((r) => r.ok)).toBe(true);
    for (const r of results) if (!r.ok) expect(["in_progress", "not_payable"]).toContain(r.code);
    const open = await openAttempts(order.id);
    expect(open.length).toBeLessThanOrEqual(1);
    const all = await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id));
    for (const p of all) {
      if (p.providerRef && !open.some((o) => o.id === p.id)) expect(await payplugFailure(p.providerRef)).toBe("aborted");
    }
  });

  it("PayPlug unreachable when the old page is closed: closed on our side; when the old page is paid all the same, the duplicate is refunded", async () => {
    const { order, payment } = await placeCardOrder();
    const first = await startOnlinePayment(payment.id);
    const firstId = payplugIdFromUrl(first.ok ? first.redirectUrl : "");
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({ ...real, cancel: () => Promise.reject(new GatewayError("provider_unavailable", "down", { provider: "payplug" })) }));
    const second = await retry(order.id);
    overrideGatewayForTests("payplug", null);
    expect(second.ok).toBe(true);
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "superseded" });

    await payOnHostedPage(payplugIdFromUrl(second.ok ? second.redirectUrl : ""));
    await payOnHostedPage(firstId);
    await deliver();
    await deliver();
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 5180, refundedCents: 2590, flag: null });
    expect(await readPayment(payment.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    const refunded = await (await getDb()).select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "duplicate_payment_refunded")));
    expect(refunded).toHaveLength(1);
    expect(await mails(order.id, "duplicate-payment-refunded")).toHaveLength(1);
  });
});

describe("the mode is the shop's (hole 3)", () => {
  it("a test-mode payment presented to a live shop is never marked paid, even when our attempt recorded the provider's test flag", async () => {
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    const id = payplugIdFromUrl(started.ok ? started.redirectUrl : "");
    await payOnHostedPage(id);
    // The shop now runs with live keys; the attempt still carries the provider's own "test" flag.
    expect((await readPayment(payment.id)).providerLive).toBe(false);
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({ ...real, isLiveMode: () => true }));
    const result = await reconcilePayment("payplug", id, { source: "notification" });
    expect(result).toMatchObject({ outcome: "mismatch" });
    const after = await readOrder(order.id);
    expect(after).toMatchObject({ status: "pending_payment", paidCents: 0 });
    expect(after.flag).toContain("paiement en mode test alors que la boutique est en mode réel");
    expect(await readPayment(payment.id)).toMatchObject({ status: "pending" });
  });
});

describe("an order paid in test mode says so everywhere (hole 4)", () => {
  it("back-office list and page, confirmation e-mail, receipt: « TEST — ne pas expédier »; a live payment carries no mark", async () => {
    const db = await getDb();
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    await payOnHostedPage(payplugIdFromUrl(started.ok ? started.redirectUrl : ""));
    await deliver();
    expect(await readOrder(order.id)).toMatchObject({ status: "paid" });

    const adminPage = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(adminPage, "admin-order-test-mark")).toBe(TEST_ORDER_MARK);
    expect(textOf(await renderPage(AdminOrdersPage, {}, {}), "admin-list-test-mark")).toBe(TEST_ORDER_MARK);
    const [confirmation] = await mails(order.id, "order-confirmation-paid");
    expect(confirmation!.subject).toBe(`[${TEST_ORDER_MARK}] Commande ${order.reference} confirmée – paiement accepté`);
    expect(confirmation!.text.startsWith(`*** ${TEST_ORDER_MARK} ***`)).toBe(true);
    expect(confirmation!.html).toContain(TEST_ORDER_MARK);
    const receipt = await loadReceipt(order.id);
    expect(receipt).toMatchObject({ live: false });
    expect(pdfText(await renderReceiptPdf(receipt!))).toContain(hexOf("TEST ")); // "TEST — ne pas expédier", drawn in WinAnsi
    const receiptHtml = await renderPage(ReceiptPage, { reference: order.reference }, { t: orderLinkToken(order) });
    expect(textOf(receiptHtml, "receipt-test-mark")).toBe(TEST_ORDER_MARK);

    // The same order had it been paid live: no mark.
    await db.update(payments).set({ providerLive: true }).where(eq(payments.id, payment.id));
    expect(textOf(await renderPage(AdminOrderPage, { reference: order.reference }, {}), "admin-order-test-mark")).toBeNull();
    expect(textOf(await renderPage(AdminOrdersPage, {}, {}), "admin-list-test-mark")).toBeNull();
    expect(pdfText(await renderReceiptPdf((await loadReceipt(order.id))!))).not.toContain(hexOf("TEST "));
  });
});
