import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { orderEvents } from "@/lib/db/schema";
import { describeEvent } from "@/lib/history/admin-timeline";
import { getOrderForAdmin } from "@/lib/orders/admin-queries";
import { refundablePayments } from "@/lib/payments/refunds";
import { GatewayError } from "@/lib/providers/errors";
import { formatEur } from "@/lib/shared/money";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { refundPayment } from "@/lib/use-cases/refund-payment";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * « Rembourser » on the admin order page, through PayPlug's emulator over real HTTP: the amount
 * checked on the server, one provider refund per form however often it is sent, the refunded
 * state taken from the provider (reconcile), and a refund the shop asked for never flagged as
 * « not asked by the shop ».
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

async function paidCardOrder() {
  const placed = await placeCardOrder({ totalCents: 2590 });
  const started = await startOnlinePayment(placed.payment.id);
  const payplugId = payplugIdFromUrl(started.ok ? started.redirectUrl : "");
  await payOnHostedPage(payplugId);
  await deliver();
  return { ...placed, payplugId };
}

async function eventsOf(orderId: string, type: string) {
  return (await getDb()).select().from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type)));
}

async function providerRefunds(payplugId: string) {
  return (await payplugClient().refunds.list(payplugId)).data.data;
}

const key = () => crypto.randomUUID();

describe("refundPayment through PayPlug", () => {
  it("refunds part of a card payment: recorded from PayPlug's own record, in the timeline with the admin's name, never flagged; its notification changes nothing", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const { order, payment, payplugId } = await paidCardOrder();
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590 });

    const result = await refundPayment(admin, { paymentId: payment.id, amountCents: 1000, requestKey: key(), seenRefundableCents: 2590 });
    expect(result).toEqual({ ok: true, reference: order.reference, message: `Remboursement de ${formatEur(1000)} effectué par PayPlug.` });
    expect((await providerRefunds(payplugId)).map((r) => r.amount)).toEqual([1000]);
    expect(await readPayment(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(await readOrder(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000, flag: null });
    const [asked] = await eventsOf(order.id, "refund_requested");
    expect(asked).toMatchObject({ actorType: "admin", actorId: admin.id, paymentId: payment.id, data: { amountCents: 1000, adminName: "Alice Admin" } });
    expect(await eventsOf(order.id, "external_refund_detected")).toEqual([]);

    // PayPlug's notification of the refund arrives afterwards: nothing recorded twice.
    await deliver();
    expect(await readPayment(payment.id)).toMatchObject({ refundedCents: 1000 });
    expect(await eventsOf(order.id, "payment_refund_recorded")).toHaveLength(1);

    const detail = (await getOrderForAdmin(await getDb(), order.reference))!;
    const lines = detail.events.map((e) => describeEvent(e, detail.names));
    expect(lines).toContain(`Remboursement ${formatEur(1000)} demandé à PayPlug par Alice Admin`);
    expect(refundablePayments(detail.payments, detail.events).map((r) => r.refundableCents)).toEqual([1590]);

    // The rest: the order is refunded, and nothing more can be.
    expect(await refundPayment(admin, { paymentId: payment.id, amountCents: 1590, requestKey: key(), seenRefundableCents: 1590 })).toMatchObject({ ok: true });
    expect(await readOrder(order.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    const again = await refundPayment(admin, { paymentId: payment.id, amountCents: 1, requestKey: key(), seenRefundableCents: 0 });
    expect(again).toEqual({ ok: false, message: "Ce paiement n'a plus rien à rembourser (non payé, ou déjà remboursé en entier)." });
  });

  it("a double click (the same form twice, at once) makes one refund and one provider call", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const { order, payment, payplugId } = await paidCardOrder();
    const real = createPayPlugGateway();
    let calls = 0;
    overrideGatewayForTests("payplug", () => ({
      ...real,
      refund: (...args: Parameters<typeof real.refund>) => {
        calls += 1;
        return real.refund(...args);
      },
    }));
    const requestKey = key();
    const input = { paymentId: payment.id, amountCents: 500, requestKey, seenRefundableCents: 2590 };
    const answers = await Promise.all([refundPayment(admin, input), refundPayment(admin, input)]);
    expect(answers.map((a) => a.ok)).toEqual([true, true]);
    expect(answers.map((a) => a.message)).toContain("Ce remboursement a déjà été demandé : il n'est pas refait.");
    expect(calls).toBe(1);
    expect((await providerRefunds(payplugId)).map((r) => r.amount)).toEqual([500]);
    expect(await eventsOf(order.id, "refund_requested")).toHaveLength(1);
    expect(await readOrder(order.id)).toMatchObject({ refundedCents: 500, status: "partially_refunded" });
  });

  it.each([
    ["more than the payment can still give back", { amountCents: 2591, seen: 2590 }, { ok: false, field: "amount", message: `Au plus ${formatEur(2590)} peuvent encore être remboursés sur ce paiement.` }],
    [
      "a stale page (what was refundable has changed since)",
      { amountCents: 100, seen: 3000 },
      { ok: false, message: "Ce paiement a changé depuis l'affichage de la page (un autre remboursement ?) : rechargez la page et vérifiez le montant." },
    ],
  ])("refuses %s, with nothing written and no provider call", async (_what, input, expected) => {
    const admin = await insertUser(await getDb(), "admin");
    const { order, payment, payplugId } = await paidCardOrder();
    const result = await refundPayment(admin, { paymentId: payment.id, amountCents: input.amountCents, requestKey: key(), seenRefundableCents: input.seen });
    expect(result).toEqual(expected);
    expect(await providerRefunds(payplugId)).toEqual([]);
    expect(await eventsOf(order.id, "refund_requested")).toEqual([]);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", refundedCents: 0 });
  });

  it.each([["a customer", "customer"], ["a professional", "pro"], ["no one signed in", null]] as const)("refuses %s: nothing changes", async (_who, role) => {
    const caller = role ? await insertUser(await getDb(), role) : null;
    const { order, payment, payplugId } = await paidCardOrder();
    const result = await refundPayment(caller, { paymentId: payment.id, amountCents: 100, requestKey: key(), seenRefundableCents: 2590 });
    expect(result).toEqual({ ok: false, message: "Action réservée aux administrateurs." });
    expect(await providerRefunds(payplugId)).toEqual([]);
    expect(await eventsOf(order.id, "refund_requested")).toEqual([]);
  });

  it("refuses an unpaid payment, and an offline one", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const { payment } = await placeCardOrder();
    expect(await refundPayment(admin, { paymentId: payment.id, amountCents: 100, requestKey: key(), seenRefundableCents: 0 })).toMatchObject({ ok: false });
  });

  it("PayPlug refuses (outside its refund window): a clear message, the request released, the form spent", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const { order, payment } = await paidCardOrder();
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({
      ...real,
      refund: () => Promise.reject(new GatewayError("not_allowed", "This payment can no longer be refunded.", { provider: "payplug", status: 403 })),
    }));
    const requestKey = key();
    const result = await refundPayment(admin, { paymentId: payment.id, amountCents: 1000, requestKey, seenRefundableCents: 2590 });
    expect(result).toEqual({ ok: false, message: "PayPlug refuse ce remboursement : le délai de remboursement de ce paiement est peut-être dépassé. Remboursez le client par virement." });
    expect(await eventsOf(order.id, "refund_refused")).toHaveLength(1);
    const detail = (await getOrderForAdmin(await getDb(), order.reference))!;
    expect(refundablePayments(detail.payments, detail.events).map((r) => r.refundableCents)).toEqual([2590]);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", refundedCents: 0 });
    expect((await refundPayment(admin, { paymentId: payment.id, amountCents: 1000, requestKey, seenRefundableCents: 2590 })).message).toBe(
      "Ce remboursement a été refusé par le prestataire. Rechargez la page pour en demander un autre.",
    );
  });

  it("PayPlug does not answer: the amount stays held (a second form cannot refund it again) until PayPlug says", async () => {
    const admin = await insertUser(await getDb(), "admin");
    const { order, payment } = await paidCardOrder();
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({
      ...real,
      refund: () => Promise.reject(new GatewayError("provider_unreachable", "timeout", { provider: "payplug", outcomeUnknown: true })),
    }));
    const result = await refundPayment(admin, { paymentId: payment.id, amountCents: 2590, requestKey: key(), seenRefundableCents: 2590 });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^PayPlug n'a pas répondu\. Le remboursement a peut-être été fait/);
    expect(await eventsOf(order.id, "refund_unconfirmed")).toHaveLength(1);
    expect(await refundPayment(admin, { paymentId: payment.id, amountCents: 100, requestKey: key(), seenRefundableCents: 0 })).toMatchObject({ ok: false });
  });
});
