import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, payments } from "@/lib/db/schema";
import { GatewayError } from "@/lib/providers/errors";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { PAYABILITY_MESSAGES, loadPaymentChoices } from "@/lib/payments/payability";
import { changePaymentMethod } from "@/lib/use-cases/change-payment-method";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * "Payer autrement" (issue 10): the same unpaid order, another method. The open online attempt is
 * closed with its provider before anything else; an offline switch shows and e-mails the
 * instructions at once; at most one live attempt, whatever the order of the requests. Over real
 * HTTP to the PayPlug emulator; every case reads the database afterwards.
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

const guest = { actor: { type: "customer" as const, id: null }, user: null };

async function openAttempts(orderId: string) {
  return (await getDb())
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), isNotNull(payments.provider), inArray(payments.status, ["created", "pending"])));
}

async function mails(orderId: string, template?: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return template ? rows.filter((r) => r.template === template) : rows;
}

async function events(orderId: string, type: string) {
  return (await getDb()).select().from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type)));
}

async function payplugFailure(id: string) {
  return (await payplugClient().payments.retrieve(id)).data.failure?.code ?? null;
}

/** A card order whose PayPlug page the customer left open (then went back to the shop). */
async function cardOrderWithOpenPage() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  if (!started.ok) throw new Error("the card payment did not start");
  return { ...placed, payplugId: payplugIdFromUrl(started.redirectUrl) };
}

describe("switching to transfer or cheque", () => {
  it("closes the open card attempt at PayPlug first, then the order waits for the transfer, with its bank details e-mailed once", async () => {
    const { order, payment, payplugId } = await cardOrderWithOpenPage();

    const result = await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest });

    expect(result).toEqual({ ok: true, kind: "offline", method: "transfer", alreadyChosen: false });
    // Aborted at PayPlug, and PayPlug's answer recorded (reconcile) before the order moved.
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "aborted" });
    expect(await payplugFailure(payplugId)).toBe("aborted");
    expect(await openAttempts(order.id)).toHaveLength(0);
    expect(await readOrder(order.id)).toMatchObject({ status: "awaiting_transfer", paymentMethod: "transfer" });
    const rows = await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id));
    expect(rows.filter((p) => p.method === "transfer")).toMatchObject([{ status: "pending", provider: null, amountCents: 2590, attempt: 2 }]);
    expect(await events(order.id, "payment_method_changed")).toMatchObject([{ data: { from: "card", to: "transfer", amountCents: 2590 } }]);
    const confirmation = await mails(order.id, "order-confirmation");
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]!.text).toMatch(/IBAN/);
    expect(confirmation[0]!.text).toContain(order.reference);
    // A switch is not a failure: no "payment failed" e-mail for the attempt it closed.
    expect(await mails(order.id, "payment-failed")).toHaveLength(0);
    // Paying the old page afterwards is refused by PayPlug: the money is never taken twice.
    await payOnHostedPage(payplugId).catch(() => null);
    await deliver();
    expect((await payplugClient().payments.retrieve(payplugId)).data.is_paid).toBe(false);
  });

  it("asked twice at once: one instruction row, one e-mail, the same answer", async () => {
    const { order } = await cardOrderWithOpenPage();
    const results = await Promise.all([changePaymentMethod({ orderId: order.id, method: "cheque", ...guest }), changePaymentMethod({ orderId: order.id, method: "cheque", ...guest })]);
    for (const r of results) expect(r).toMatchObject({ ok: true, kind: "offline", method: "cheque" });
    expect(results.filter((r) => r.ok && r.kind === "offline" && r.alreadyChosen)).toHaveLength(1);
    const rows = await (await getDb()).select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.method, "cheque")));
    expect(rows).toHaveLength(1);
    expect(await mails(order.id, "order-confirmation")).toHaveLength(1);
    expect(await readOrder(order.id)).toMatchObject({ status: "awaiting_cheque" });
  });

  it("from transfer to cheque: the transfer's instructions are closed, the cheque's sent", async () => {
    const { order } = await placeCardOrder({ status: "payment_failed" });
    await (await getDb()).update(payments).set({ status: "failed" }).where(eq(payments.orderId, order.id));
    expect(await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest })).toMatchObject({ ok: true });
    expect(await changePaymentMethod({ orderId: order.id, method: "cheque", ...guest })).toMatchObject({ ok: true, alreadyChosen: false });
    const rows = await (await getDb()).select().from(payments).where(and(eq(payments.orderId, order.id), inArray(payments.method, ["transfer", "cheque"])));
    expect(rows.map((r) => [r.method, r.status]).sort()).toEqual([
      ["cheque", "pending"],
      ["transfer", "cancelled"],
    ]);
    expect(await readOrder(order.id)).toMatchObject({ status: "awaiting_cheque", paymentMethod: "cheque" });
    expect(await mails(order.id, "order-confirmation")).toHaveLength(2);
  });

  it("an old card page paid before the switch: the payment is recorded, the order paid, and nothing else is asked", async () => {
    const { order, payplugId } = await cardOrderWithOpenPage();
    await payOnHostedPage(payplugId);
    // The notification has not arrived yet when the customer chooses the transfer.
    const result = await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest });
    expect(result).toMatchObject({ ok: false, code: "not_payable" });
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590, paymentMethod: "card" });
    expect(await mails(order.id, "order-confirmation")).toHaveLength(0);
  });

  it("PayPlug unreachable when the old page is closed: closed on our side; if that page is paid all the same, the money is recorded once and the instructions withdrawn", async () => {
    const { order, payment, payplugId } = await cardOrderWithOpenPage();
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({ ...real, cancel: () => Promise.reject(new GatewayError("provider_unavailable", "down", { provider: "payplug" })) }));
    expect(await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest })).toMatchObject({ ok: true });
    overrideGatewayForTests("payplug", null);
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "superseded" });

    await payOnHostedPage(payplugId);
    await deliver();
    const after = await readOrder(order.id);
    expect(after).toMatchObject({ status: "paid", paidCents: 2590, refundedCents: 0 });
    const transfer = await (await getDb()).select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.method, "transfer")));
    expect(transfer).toMatchObject([{ status: "cancelled" }]);
  });
});

describe("switching to the card", () => {
  it("a transfer order paid by card instead: a new PayPlug attempt, the order back to « paiement en cours »", async () => {
    const { order } = await placeCardOrder({ status: "payment_failed" });
    await (await getDb()).update(payments).set({ status: "failed" }).where(eq(payments.orderId, order.id));
    await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest });
    const result = await changePaymentMethod({ orderId: order.id, method: "card", ...guest });
    expect(result).toMatchObject({ ok: true, kind: "redirect" });
    const open = await openAttempts(order.id);
    expect(open).toMatchObject([{ method: "card", provider: "payplug", status: "pending", amountCents: 2590 }]);
    expect(await readOrder(order.id)).toMatchObject({ status: "pending_payment", paymentMethod: "card" });
    if (result.ok && result.kind === "redirect") {
      await payOnHostedPage(payplugIdFromUrl(result.redirectUrl));
      await deliver();
    }
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590 });
  });
});

describe("refused, with nothing half-done", () => {
  it.each([
    ["a paid order", "paid" as const, "transfer", PAYABILITY_MESSAGES.not_payable],
    ["a cancelled order", "cancelled" as const, "cheque", PAYABILITY_MESSAGES.not_payable],
    ["net-30 for a guest", "payment_failed" as const, "net30", PAYABILITY_MESSAGES.method_unavailable],
    ["a method that does not exist", "payment_failed" as const, "bitcoin", PAYABILITY_MESSAGES.method_unavailable],
    ["a paid order, to the card", "paid" as const, "card", PAYABILITY_MESSAGES.not_payable],
  ])("%s", async (_what, status, method, message) => {
    const { order, payment } = await placeCardOrder({ status });
    await (await getDb()).update(payments).set({ status: status === "paid" ? "paid" : "failed" }).where(eq(payments.id, payment.id));
    const before = await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id));
    const result = await changePaymentMethod({ orderId: order.id, method, ...guest });
    expect(result).toMatchObject({ ok: false, message });
    expect(await (await getDb()).select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(before.length);
    expect((await readOrder(order.id)).status).toBe(status);
    expect(await mails(order.id)).toHaveLength(0);
  });

  it("PayPal goes through its buttons, never through the form", async () => {
    const { order } = await placeCardOrder({ status: "payment_failed" });
    expect(await changePaymentMethod({ orderId: order.id, method: "paypal", ...guest })).toMatchObject({ ok: false, code: "use_paypal_buttons" });
  });
});

describe("the payment choices a page offers", () => {
  it("every method for a failed order; the others while it waits for a transfer; none once a cheque is in hand or the order is paid", async () => {
    const db = await getDb();
    const { order } = await placeCardOrder({ status: "payment_failed" });
    await db.update(payments).set({ status: "failed" }).where(eq(payments.orderId, order.id));
    const ids = async () => {
      const [row] = await db.select().from(orders).where(eq(orders.id, order.id));
      const choices = await loadPaymentChoices(db, row!, null);
      return choices.state === "choose" ? choices.methods.map((m) => m.id) : choices.state;
    };
    expect(await ids()).toEqual(["card", "transfer", "cheque", "paypal"]);
    await changePaymentMethod({ orderId: order.id, method: "transfer", ...guest });
    expect(await ids()).toEqual(["card", "cheque", "paypal"]);
    await db.update(orders).set({ status: "paid", paidCents: 2590 }).where(eq(orders.id, order.id));
    expect(await ids()).toBe("none");
  });
});
