import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, paymentLinks, products } from "@/lib/db/schema";
import { cancelStaleOnlineOrders } from "@/lib/use-cases/cancel-stale-orders";
import { findJob } from "@/lib/jobs/registry";
import { cancelOrderAsAdmin, cancelUnpaidOrder } from "@/lib/use-cases/cancel-order";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { insertUser } from "@/tests/support/admin-fixtures";
import { placeOrderOfTwo } from "@/tests/support/checkout";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * Cancelling unpaid orders (lib/use-cases/cancel-order.ts) and the cancel-stale-orders job, on the
 * database and over real HTTP to the PayPlug emulator: stock back once, PayPlug payment aborted,
 * a late success wins, offline orders left alone.
 */

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
afterEach(() => {
  overrideGatewayForTests("payplug", null);
});

const HOUR = 60 * 60 * 1000;

async function stockOf(productId: string) {
  const [p] = await (await getDb()).select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  return p!.stock;
}

async function eventTypes(orderId: string) {
  const rows = await (await getDb()).select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(orderEvents.id);
  return rows.map((r) => r.type);
}

async function mails(orderId: string, template?: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return template ? rows.filter((r) => r.template === template) : rows;
}

/** A real checkout (tests/support/checkout.ts); card orders handed to PayPlug. */
async function placeOrder(method: "card" | "transfer" | "cheque" = "card") {
  const placed = await placeOrderOfTwo(await getDb(), method);
  let payplugId: string | null = null;
  if (method === "card") {
    const started = await startOnlinePayment(placed.paymentId);
    if (!started.ok) throw new Error(started.message);
    payplugId = payplugIdFromUrl(started.redirectUrl);
  }
  return { ...placed, payplugId };
}

describe("cancelling an unpaid order", () => {
  it("an admin cancels a card order pending at PayPlug: PayPlug payment aborted, stock back once, event, one e-mail", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placeOrder("card");
    expect(await stockOf(placed.productId)).toBe(8);

    const result = await cancelOrderAsAdmin(admin, { orderId: placed.orderId, note: "Client injoignable" });
    expect(result).toMatchObject({ ok: true, alreadyCancelled: false, restoredUnits: 2 });
    expect(await stockOf(placed.productId)).toBe(10);
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "cancelled" });
    // Aborted at PayPlug (over HTTP), and our attempt records it.
    const { data } = await payplugClient().payments.retrieve(placed.payplugId!);
    expect(data.failure?.code).toBe("aborted");
    expect(await readPayment(placed.paymentId)).toMatchObject({ status: "cancelled" });

    const types = await eventTypes(placed.orderId);
    expect(types).toContain("stock_restored");
    const db = await getDb();
    const [cancelled] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.toStatus, "cancelled")));
    expect(cancelled).toMatchObject({ fromStatus: "pending_payment", actorType: "admin", actorId: admin.id, reason: "Annulée par un administrateur : Client injoignable" });
    // The customer hears about the cancellation only (no "paiement annulé" with a link to pay).
    expect((await mails(placed.orderId)).map((m) => m.template)).toEqual(["order-cancelled"]);
    const [mail] = await mails(placed.orderId, "order-cancelled");
    expect(mail!.subject).toMatch(/annulée/);
    expect(mail!.text).toContain("Aucun montant n'a été débité");

    // PayPlug's notification of the abort, and a second cancel: nothing moves again.
    await deliver();
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: true, alreadyCancelled: true, restoredUnits: 0 });
    expect(await stockOf(placed.productId)).toBe(10);
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(1);
  });

  it("two simultaneous cancellations give the stock back once", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placeOrder("card");
    const results = await Promise.all([cancelOrderAsAdmin(admin, { orderId: placed.orderId }), cancelOrderAsAdmin(admin, { orderId: placed.orderId })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await stockOf(placed.productId)).toBe(10);
    expect((await eventTypes(placed.orderId)).filter((t) => t === "stock_restored")).toHaveLength(1);
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(1);
  });

  it("a late success wins: paid at PayPlug but not heard of yet, the order is paid, never cancelled", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placeOrder("card");
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    await payOnHostedPage(placed.payplugId!);
    const result = await cancelOrderAsAdmin(admin, { orderId: placed.orderId });
    expect(result).toMatchObject({ ok: false, code: "not_cancellable" });
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "paid", paidCents: 2500 + 590 });
    expect(await stockOf(placed.productId)).toBe(8);
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(0);
  });

  it("refuses while PayPlug cannot be reached to check the payment", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placeOrder("card");
    await setPayplugSettings({ api: { failNext: 3 } });
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: false, code: "provider_unreachable" });
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "pending_payment" });
    expect(await stockOf(placed.productId)).toBe(8);
  });

  it.each([
    ["money already received", "money_received"],
    ["a cheque in hand, not cashed", "cheque_in_hand"],
  ] as const)("refuses with %s", async (_label, code) => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const placed = await placeOrder(code === "money_received" ? "transfer" : "cheque");
    if (code === "money_received") await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: 1000, bankReference: "VIR-1", receivedOn: "2026-01-15" });
    else await recordCheque(db, admin, { orderId: placed.orderId, amountCents: 3090, chequeNumber: "1234567", receivedOn: "2026-01-15" });
    const result = await cancelOrderAsAdmin(admin, { orderId: placed.orderId });
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toMatch(/avant/);
    expect(await stockOf(placed.productId)).toBe(8);
  });

  it("an offline order without money is cancelled by an admin, its instructions closed", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const placed = await placeOrder("transfer");
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: true, restoredUnits: 2 });
    expect(await readPayment(placed.paymentId)).toMatchObject({ status: "cancelled", failureCode: "order_cancelled" });
    expect(await stockOf(placed.productId)).toBe(10);
  });

  it("refuses customers, anonymous callers, and paid orders", async () => {
    const db = await getDb();
    const customer = await insertUser(db, "customer");
    const admin = await insertUser(db, "admin");
    const placed = await placeOrder("card");
    expect(await cancelOrderAsAdmin(customer, { orderId: placed.orderId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await cancelOrderAsAdmin(null, { orderId: placed.orderId })).toMatchObject({ ok: false, code: "forbidden" });
    await payOnHostedPage(placed.payplugId!);
    await deliver();
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: false, code: "not_cancellable" });
    expect(await stockOf(placed.productId)).toBe(8);
  });
});

describe("job cancel-stale-orders", () => {
  const later = () => new Date(Date.now() + 49 * HOUR);

  it("is registered", () => {
    expect(findJob("cancel-stale-orders")).toBeDefined();
  });

  it("cancels an abandoned card order after 48 hours: PayPlug payment aborted, stock back, customer told", async () => {
    const placed = await placeOrder("card");
    expect(await cancelStaleOnlineOrders({ now: new Date(Date.now() + 47 * HOUR) })).toMatchObject({ claimed: 0 });
    const report = await cancelStaleOnlineOrders({ now: later() });
    expect(report).toMatchObject({ claimed: 1, cancelled: 1, failed: 0 });
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "cancelled" });
    expect(await stockOf(placed.productId)).toBe(10);
    const { data } = await payplugClient().payments.retrieve(placed.payplugId!);
    expect(data.failure?.code).toBe("aborted");
    const [mail] = await mails(placed.orderId, "order-cancelled");
    expect(mail!.text).toContain("48 heures");
    expect(await cancelStaleOnlineOrders({ now: later() })).toMatchObject({ claimed: 0 });
  });

  it("a payment made at the last minute wins over the job", async () => {
    const placed = await placeOrder("card");
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    await payOnHostedPage(placed.payplugId!);
    const report = await cancelStaleOnlineOrders({ now: later() });
    expect(report).toMatchObject({ claimed: 1, cancelled: 0 });
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "paid" });
    expect(await stockOf(placed.productId)).toBe(8);
  });

  it("never cancels transfer or cheque orders (the money may be in the post)", async () => {
    const transfer = await placeOrder("transfer");
    const cheque = await placeOrder("cheque");
    const card = await placeOrder("card");
    // Even a transfer order switched to a card attempt through a payment link.
    const db = await getDb();
    await db.update(orders).set({ status: "pending_payment", paymentMethod: "card" }).where(eq(orders.id, transfer.orderId));
    expect(await cancelStaleOnlineOrders({ now: later() })).toMatchObject({ claimed: 1, cancelled: 1 });
    expect((await readOrder(transfer.orderId)).status).toBe("pending_payment");
    expect((await readOrder(cheque.orderId)).status).toBe("awaiting_cheque");
    expect((await readOrder(card.orderId)).status).toBe("cancelled");
  });

  it("keeps an order the customer touched recently, or one with a payment link still valid", async () => {
    const db = await getDb();
    const touched = await placeOrder("card");
    const linked = await placeOrder("card");
    const now = later();
    await db.insert(orderEvents).values({ orderId: touched.orderId, actorType: "customer", type: "payment_attempt_created", createdAt: new Date(now.getTime() - HOUR) });
    expect(await sendPaymentLink({ orderId: linked.orderId, actor: { type: "admin" } })).toMatchObject({ ok: true });
    // The link's events are recent too: age them, the link itself stays valid (7 days).
    await db.update(orderEvents).set({ createdAt: new Date(Date.now() - HOUR) }).where(eq(orderEvents.orderId, linked.orderId));
    expect(await cancelStaleOnlineOrders({ now })).toMatchObject({ claimed: 0 });
    // Once the link has expired, the order goes.
    await db.update(paymentLinks).set({ expiresAt: new Date(now.getTime() - 1000) }).where(eq(paymentLinks.orderId, linked.orderId));
    expect(await cancelStaleOnlineOrders({ now })).toMatchObject({ claimed: 1, cancelled: 1 });
    expect((await readOrder(linked.orderId)).status).toBe("cancelled");
    expect((await readOrder(touched.orderId)).status).toBe("pending_payment");
  });

  it("two runs at once claim each order once (FOR UPDATE SKIP LOCKED)", async () => {
    const a = await placeOrder("card");
    const b = await placeOrder("card");
    const reports = await Promise.all([cancelStaleOnlineOrders({ now: later() }), cancelStaleOnlineOrders({ now: later() })]);
    expect(reports.reduce((n, r) => n + r.claimed, 0)).toBe(2);
    expect(reports.reduce((n, r) => n + r.cancelled, 0)).toBe(2);
    for (const o of [a, b]) {
      expect((await readOrder(o.orderId)).status).toBe("cancelled");
      expect(await stockOf(o.productId)).toBe(10);
      expect(await mails(o.orderId, "order-cancelled")).toHaveLength(1);
    }
  });

  it("the link the shop put in the failure e-mail does not hold the stock past 48 hours; a link an admin sent does", async () => {
    const db = await getDb();
    const abandoned = await placeOrder("card");
    const linked = await placeOrder("card");
    for (const placed of [abandoned, linked]) {
      await payOnHostedPage(placed.payplugId!, "4000 0000 0000 0002");
    }
    await deliver();
    // Both failure e-mails carry a link the shop made by itself (valid until the order's deadline).
    const systemLinks = await db.select().from(paymentLinks).where(eq(paymentLinks.createdByType, "system"));
    expect(systemLinks.map((l) => l.orderId).sort()).toEqual([abandoned.orderId, linked.orderId].sort());
    // An admin sends one more link to the second customer; its events are aged, the link stays valid.
    expect(await sendPaymentLink({ orderId: linked.orderId, actor: { type: "admin" } })).toMatchObject({ ok: true });
    await db.update(orderEvents).set({ createdAt: new Date(Date.now() - HOUR) }).where(eq(orderEvents.orderId, linked.orderId));

    expect(await cancelStaleOnlineOrders({ now: later() })).toMatchObject({ claimed: 1, cancelled: 1 });
    expect(await readOrder(abandoned.orderId)).toMatchObject({ status: "cancelled" });
    expect(await stockOf(abandoned.productId)).toBe(10);
    expect((await readOrder(linked.orderId)).status).toBe("payment_failed");
    // Called directly (the job re-checks under the lock): the admin's link still counts.
    const kept = await cancelUnpaidOrder({ orderId: linked.orderId, actor: { type: "system", id: "test" }, reason: "test", customerWhy: "test", inactiveSince: new Date(Date.now() + HOUR), now: later() });
    expect(kept).toMatchObject({ ok: false, code: "still_active" });
  });

  it("the failure e-mail's date is the job's: kept until the link expires, cancelled from then on", async () => {
    const db = await getDb();
    const placed = await placeOrder("card");
    await payOnHostedPage(placed.payplugId!, "4000 0000 0000 0002");
    await deliver();
    const [link] = await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, placed.orderId));
    // The order itself is older than the rule (the job also looks at its creation).
    await db.update(orders).set({ createdAt: new Date(Date.now() - 72 * HOUR), updatedAt: new Date(Date.now() - 72 * HOUR) }).where(eq(orders.id, placed.orderId));
    expect(await cancelStaleOnlineOrders({ now: new Date(link!.expiresAt.getTime() - 60_000) })).toMatchObject({ cancelled: 0 });
    expect((await readOrder(placed.orderId)).status).toBe("payment_failed");
    expect(await cancelStaleOnlineOrders({ now: new Date(link!.expiresAt.getTime() + 60_000) })).toMatchObject({ cancelled: 1 });
    expect((await readOrder(placed.orderId)).status).toBe("cancelled");
  });

  it("a failed card order (nothing open at PayPlug) is cancelled too", async () => {
    const placed = await placeOrder("card");
    await payOnHostedPage(placed.payplugId!, "4000 0000 0000 0002");
    await deliver();
    expect((await readOrder(placed.orderId)).status).toBe("payment_failed");
    // Within 48 hours the job leaves it alone; an admin's explicit cancel does not wait.
    expect(await cancelStaleOnlineOrders({ now: new Date(Date.now() + 47 * HOUR) })).toMatchObject({ claimed: 0 });
    const result = await cancelUnpaidOrder({ orderId: placed.orderId, actor: { type: "system", id: "test" }, reason: "test", customerWhy: "test" });
    expect(result).toMatchObject({ ok: true, restoredUnits: 2 });
    expect(await readPayment(placed.paymentId)).toMatchObject({ status: "failed" });
  });
});

describe("a refused cancellation leaves the customer's payment usable, or the order follows its failure", () => {
  it("the job's activity check comes before any provider call: the PayPlug payment is not aborted", async () => {
    const placed = await placeOrder("card");
    const db = await getDb();
    // The customer came back to the order a moment ago (after the job picked it).
    await db.insert(orderEvents).values({ orderId: placed.orderId, actorType: "customer", type: "payment_attempt_created" });
    const result = await cancelUnpaidOrder({
      orderId: placed.orderId,
      actor: { type: "system", id: "cancel-stale-orders" },
      reason: "test",
      customerWhy: "test",
      inactiveSince: new Date(Date.now() - HOUR),
    });
    expect(result).toMatchObject({ ok: false, code: "still_active" });
    const { data } = await payplugClient().payments.retrieve(placed.payplugId!);
    expect(data.failure).toBeNull();
    expect(await readPayment(placed.paymentId)).toMatchObject({ status: "pending" });
    // And the customer can still pay it.
    await payOnHostedPage(placed.payplugId!);
    await deliver();
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "paid" });
  });

  it("refused after settling (a transfer recorded meanwhile): the aborted attempt's failure takes effect, the customer is told", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const placed = await placeOrder("card");
    // While the cancellation aborts the PayPlug payment, another admin records part of a transfer.
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({
      ...real,
      cancel: async (ref: string) => {
        await real.cancel(ref);
        await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: 1000, bankReference: "VIR-PENDANT", receivedOn: "2026-01-15" });
      },
    }));
    const result = await cancelOrderAsAdmin(admin, { orderId: placed.orderId });
    expect(result).toMatchObject({ ok: false, code: "money_received" });
    const { data } = await payplugClient().payments.retrieve(placed.payplugId!);
    expect(data.failure?.code).toBe("aborted");
    // Not left "paiement en cours" behind a dead payment: payment failed, the customer gets a way to pay the rest.
    expect(await readPayment(placed.paymentId)).toMatchObject({ status: "cancelled" });
    expect(await readOrder(placed.orderId)).toMatchObject({ status: "payment_failed", paidCents: 1000 });
    const failed = await mails(placed.orderId, "payment-failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.text).toMatch(/\/paiement\//);
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(0);
    expect(await stockOf(placed.productId)).toBe(8);
  });
});

describe("the cancellation e-mail greets the customer like every other e-mail", () => {
  it("by the name of their account when the order has one", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const customer = await insertUser(db, "customer", undefined, "Claire Cliente");
    const placed = await placeOrder("transfer");
    await db.update(orders).set({ userId: customer.id }).where(eq(orders.id, placed.orderId));
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: true });
    const [mail] = await mails(placed.orderId, "order-cancelled");
    expect(mail!.text).toContain("Bonjour Claire Cliente,");
  });
});
