import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, payments } from "@/lib/db/schema";
import { GatewayError } from "@/lib/providers/errors";
import { formatEur } from "@/lib/shared/money";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * The sweep heals paid payments too (issue 12, hole 11): a refund made in PayPlug's dashboard whose
 * notification was lost, and an automatic refund of a duplicate payment that failed, are picked up
 * without anyone asking. Over real HTTP to the PayPlug emulator.
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
const DAY = 24 * HOUR;

async function paidCardOrder() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  const payplugId = payplugIdFromUrl(started.ok ? started.redirectUrl : "");
  await payOnHostedPage(payplugId);
  await deliver();
  return { ...placed, payplugId };
}

describe("the sweep re-checks recent paid payments", () => {
  it("a refund made in PayPlug's dashboard, its notification lost: recorded by the sweep, the order partially refunded", async () => {
    const { order, payment, payplugId } = await paidCardOrder();
    await payplugClient().refunds.create(payplugId, { amount: 1000 });
    // The notification never arrives (nothing delivered). Within the hour nothing is asked.
    expect((await reconcilePendingPayments({ now: new Date(Date.now() + 10 * 60 * 1000) })).paid).toMatchObject({ checked: 0 });
    const report = await reconcilePendingPayments({ now: new Date(Date.now() + 2 * HOUR) });
    expect(report.paid).toMatchObject({ checked: 1, updated: 1 });
    expect(await readPayment(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(await readOrder(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    const recorded = await (await getDb()).select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "payment_refund_recorded")));
    expect(recorded).toHaveLength(1);
    // Nobody in the shop asked for it (a dashboard refund, or a chargeback): flagged, admins e-mailed once.
    expect((await readOrder(order.id)).flag).toBe(
      `Remboursement de ${formatEur(1000)} constaté chez PayPlug sans demande de la boutique (tableau de bord du prestataire, ou litige / rétrofacturation) : à vérifier.`,
    );
    const alerts = (await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id))).filter((m) => m.template === "admin-alert");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toBe(`[Alerte boutique] Remboursement ou litige sur la commande ${order.reference}`);
    expect(alerts[0]!.text).toContain(`/admin/commandes/${order.reference}`);
  });

  it("asks often while a payment is young, rarely when it is old, never beyond 180 days", async () => {
    const { payment } = await paidCardOrder();
    expect((await reconcilePendingPayments({ now: new Date(Date.now() + 2 * HOUR) })).paid).toMatchObject({ checked: 1 });
    // Checked two hours after payment: the next check waits a tenth of its age, at least one hour.
    expect((await reconcilePendingPayments({ now: new Date(Date.now() + 2.5 * HOUR) })).paid).toMatchObject({ checked: 0 });
    expect((await reconcilePendingPayments({ now: new Date(Date.now() + 3.5 * HOUR) })).paid).toMatchObject({ checked: 1 });
    // At 100 days old, ten days would be due but seven is the cap.
    await (await getDb()).update(payments).set({ paidAt: new Date(Date.now() - 100 * DAY), providerCheckedAt: new Date(Date.now() - 6 * DAY) }).where(eq(payments.id, payment.id));
    expect((await reconcilePendingPayments()).paid).toMatchObject({ checked: 0 });
    await (await getDb()).update(payments).set({ providerCheckedAt: new Date(Date.now() - 8 * DAY) }).where(eq(payments.id, payment.id));
    expect((await reconcilePendingPayments()).paid).toMatchObject({ checked: 1 });
    await (await getDb()).update(payments).set({ paidAt: new Date(Date.now() - 181 * DAY), providerCheckedAt: new Date(Date.now() - 30 * DAY) }).where(eq(payments.id, payment.id));
    expect((await reconcilePendingPayments()).paid).toMatchObject({ checked: 0 });
  });

  it("an automatic refund of a duplicate that failed is made by a later sweep, once", async () => {
    const { order, payment } = await placeCardOrder();
    const first = await startOnlinePayment(payment.id);
    const db = await getDb();
    // A second attempt whose PayPlug page stayed open after ours was closed (see one-live-attempt.test.ts).
    await db.update(payments).set({ status: "cancelled", failureCode: "superseded" }).where(eq(payments.id, payment.id));
    const [second] = await db.insert(payments).values({ orderId: order.id, method: "card", provider: "payplug", status: "created", amountCents: 2590, attempt: 2 }).returning();
    const secondStart = await startOnlinePayment(second!.id);
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({ ...real, refund: () => Promise.reject(new GatewayError("provider_unavailable", "down", { provider: "payplug" })) }));
    await payOnHostedPage(payplugIdFromUrl(secondStart.ok ? secondStart.redirectUrl : ""));
    await payOnHostedPage(payplugIdFromUrl(first.ok ? first.redirectUrl : ""));
    await deliver();
    overrideGatewayForTests("payplug", null);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 5180, refundedCents: 0 });

    expect((await reconcilePendingPayments()).paid).toMatchObject({ duplicateRefundsRetried: 1 });
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 5180, refundedCents: 2590, flag: null });
    expect((await reconcilePendingPayments()).paid).toMatchObject({ duplicateRefundsRetried: 0 });
    const told = (await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id))).filter((m) => m.template === "duplicate-payment-refunded");
    expect(told).toHaveLength(1);
    // The shop asked for that refund: no alert.
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id))).filter((m) => m.template === "admin-alert")).toHaveLength(0);
  });
});
