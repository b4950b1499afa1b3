import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, payments, providerEvents } from "@/lib/db/schema";
import { payplugClient } from "@/lib/providers/payplug/client";
import { cartLineSchema } from "@/lib/cart/quantity";
import { checkPaymentOnReturn } from "@/lib/use-cases/check-payment-on-return";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * Attacks on the money path (issue 12, the suite): each one is tried the way an attacker would,
 * over real HTTP where there is an endpoint, and the DATABASE is asserted afterwards — not just
 * the answer. The rest of the suite lives beside the code it attacks; docs/SECURITY.md lists it.
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

const notify = (body: unknown) =>
  fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function paidCheapAndUnpaidExpensive() {
  const cheap = await placeCardOrder({ totalCents: 990 });
  const cheapStart = await startOnlinePayment(cheap.payment.id);
  const cheapPayId = payplugIdFromUrl(cheapStart.ok ? cheapStart.redirectUrl : "");
  await payOnHostedPage(cheapPayId);
  await deliver();
  const expensive = await placeCardOrder({ totalCents: 89_000 });
  const expensiveStart = await startOnlinePayment(expensive.payment.id);
  const expensivePayId = payplugIdFromUrl(expensiveStart.ok ? expensiveStart.redirectUrl : "");
  return { cheap, cheapPayId, expensive, expensivePayId };
}

describe("the paid payment of a cheap order presented for an expensive one", () => {
  it("as a notification: only the cheap order is paid, once; the expensive one waits", async () => {
    const { cheap, cheapPayId, expensive } = await paidCheapAndUnpaidExpensive();
    const answers = await Promise.all(Array.from({ length: 5 }, () => notify({ id: cheapPayId, object: "payment", is_paid: true, amount: 89_000, metadata: { payment_id: expensive.payment.id } })));
    for (const a of answers) expect(a.status).toBeLessThan(500);
    expect(await readOrder(expensive.order.id)).toMatchObject({ status: "pending_payment", paidCents: 0 });
    expect(await readPayment(expensive.payment.id)).toMatchObject({ status: "pending" });
    expect(await readOrder(cheap.order.id)).toMatchObject({ status: "paid", paidCents: 990 });
    const paidEvents = (await (await getDb()).select().from(orderEvents).where(eq(orderEvents.orderId, cheap.order.id))).filter((e) => e.type === "payment_paid");
    expect(paidEvents).toHaveLength(1);
  });

  it("as forged return-URL parameters: the return page reads only t and annulation, and asks PayPlug about the expensive order's own attempt", async () => {
    const { cheapPayId, expensive } = await paidCheapAndUnpaidExpensive();
    // What the page does with /commandes/<ref>/retour?t=…&payment_id=<cheap>&status=paid: the
    // order from the token, then checkPaymentOnReturn(order id) — no query parameter reaches it.
    const check = await checkPaymentOnReturn(expensive.order.id);
    expect(check.state).toBe("pending");
    expect(cheapPayId).not.toBe((await readPayment(expensive.payment.id)).providerRef);
    expect(await readOrder(expensive.order.id)).toMatchObject({ status: "pending_payment", paidCents: 0 });
    expect(await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, expensive.order.id))).toHaveLength(0);
  });
});

describe("tampering with what a browser sends", () => {
  it.each([
    ["negative", "-1"],
    ["zero", "0"],
    ["fractional", "1.5"],
    ["exponent", "1e3"],
    ["huge", "99999999999"],
    ["non-numeric", "deux"],
    ["empty", ""],
  ])("a %s quantity is refused with a French message", (_label, quantity) => {
    const parsed = cartLineSchema.safeParse({ productId: "00000000-0000-4000-8000-000000000001", quantity });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/quantité|nombre entier|au plus/);
  });

  it("the provider payment is created from the database's amount, whatever the order's page showed", async () => {
    const { payment, order } = await placeCardOrder({ totalCents: 4_590 });
    const started = await startOnlinePayment(payment.id);
    expect(started.ok).toBe(true);
    const row = await readPayment(payment.id);
    expect((await payplugClient().payments.retrieve(row.providerRef!)).data.amount).toBe(4_590);
    expect(await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(1);
  });
});

describe("the database unavailable while a notification arrives", () => {
  it("answers 5xx and stores nothing; PayPlug's resend after recovery is processed exactly once", async () => {
    const db = await getDb();
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    await payOnHostedPage(payplugIdFromUrl(started.ok ? started.redirectUrl : ""));
    // The inbox cannot be written (a failover, a full disk…): the notification must not be lost.
    await db.execute(sql`alter table provider_events rename to provider_events_unavailable`);
    try {
      expect(await deliver()).toEqual([503]);
    } finally {
      await db.execute(sql`alter table provider_events_unavailable rename to provider_events`);
    }
    expect(await readOrder(order.id)).toMatchObject({ status: "pending_payment", paidCents: 0 });

    // PayPlug sends it again (the emulator retries any non-2xx): applied once.
    expect(await deliver()).toEqual([200]);
    expect(await deliver()).toEqual([]);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: payment.amountCents });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.filter((e) => e.type === "payment_paid")).toHaveLength(1);
    const confirmations = (await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id))).filter((m) => m.template === "order-confirmation-paid");
    expect(confirmations).toHaveLength(1);
  });
});

describe("one genuine notification replayed 100 times at once", () => {
  it("one transition, one confirmation e-mail, every copy counted", async () => {
    const db = await getDb();
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    const payplugId = payplugIdFromUrl(started.ok ? started.redirectUrl : "");
    await payOnHostedPage(payplugId);
    const body = { id: payplugId, object: "payment", is_paid: true };
    const answers = await Promise.all(Array.from({ length: 100 }, () => notify(body)));
    for (const a of answers) expect(a.status).toBe(200);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: payment.amountCents });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.filter((e) => e.type === "payment_paid")).toHaveLength(1);
    expect(events.filter((e) => e.toStatus === "paid")).toHaveLength(1);
    const confirmations = (await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id))).filter((m) => m.template === "order-confirmation-paid");
    expect(confirmations).toHaveLength(1);
    const inbox = await db.select().from(providerEvents).where(eq(providerEvents.provider, "payplug"));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.deliveries).toBe(100);
  });
});
