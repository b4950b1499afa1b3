import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, providerEvents } from "@/lib/db/schema";
import { runSandboxDeliveries } from "@/lib/jobs/sandbox-deliveries";
import { PAYPLUG_FAILURE_MESSAGES } from "@/lib/providers/payplug/adapter";
import { payplugClient } from "@/lib/providers/payplug/client";
import { checkPaymentOnReturn } from "@/lib/use-cases/check-payment-on-return";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { listDeliveries } from "@/lib/sandbox/deliveries";
import { loadHostedPage } from "@/lib/sandbox/payplug/hosted-page";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { resetDatabase } from "@/tests/support/db";
import { manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * An abandoned card payment, end to end over real HTTP: the PayPlug emulator times it out (failure
 * `timeout`, spec §4.2) from the job sandbox-deliveries, POSTs the notification to the shop's
 * /api/ipn/payplug, and the shop's reconcile (re-fetching the payment from the emulator) closes
 * the attempt and moves the order on, exactly as for any other failure.
 */

let server: Awaited<ReturnType<typeof startPayplugShop>>;
beforeAll(async () => {
  server = await startPayplugShop();
});
afterAll(async () => {
  await settleBackgroundWork();
  await server.close();
});
beforeEach(async () => {
  await settleBackgroundWork();
  await resetDatabase();
  await manualDeliveries();
});

const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.now() + ms);

async function startCard() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  if (!started.ok) throw new Error(started.message);
  return { ...placed, payplugId: payplugIdFromUrl(started.redirectUrl) };
}

async function inbox(providerRef: string) {
  const db = await getDb();
  return db.select().from(providerEvents).where(and(eq(providerEvents.provider, "payplug"), eq(providerEvents.providerRef, providerRef)));
}

async function failureEmails(orderId: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, "payment-failed")));
}

describe("the PayPlug emulator times out an abandoned payment", () => {
  it("the job fails it with timeout after an hour; the shop's IPN receives it and reconcile closes the attempt", async () => {
    const { order, payment, payplugId } = await startCard();

    // Still within the hour: nothing happens.
    expect((await runSandboxDeliveries({ now: later(HOUR - 60_000) })).payplug).toEqual({ attempted: 0, timedOut: 0, instalmentsCharged: 0 });
    expect(await readPayment(payment.id)).toMatchObject({ status: "pending" });

    // The job, an hour later: timed out, and the notification delivered to the shop (HTTP 200).
    expect((await runSandboxDeliveries({ now: later(HOUR + 60_000) })).payplug).toEqual({ attempted: 1, timedOut: 1, instalmentsCharged: 0 });
    const [delivery] = await listDeliveries(await getDb(), "payplug", { objectId: payplugId });
    expect(delivery).toMatchObject({ url: `${server.url}/api/ipn/payplug`, lastStatus: 200, attempts: 1 });
    expect(delivery?.deliveredAt).toBeInstanceOf(Date);
    expect(JSON.parse(delivery!.body)).toMatchObject({ id: payplugId, is_paid: false, failure: { code: "timeout" } });

    // The shop stored it in its inbox, re-fetched the payment and applied it once.
    expect(await inbox(payplugId)).toEqual([expect.objectContaining({ verified: true, outcome: "processed" })]);
    expect(await readPayment(payment.id)).toMatchObject({
      status: "cancelled",
      failureCode: "timeout",
      failureMessage: PAYPLUG_FAILURE_MESSAGES.timeout,
    });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
    expect(await failureEmails(order.id)).toHaveLength(1);
    // PayPlug's record of the shop's answer.
    const { data } = await payplugClient().payments.retrieve(payplugId);
    expect(data).toMatchObject({ failure: { code: "timeout" }, notification: { response_code: 200 } });
    // The customer coming back reads a cancelled attempt they can retry.
    expect(await checkPaymentOnReturn(order.id)).toMatchObject({ state: "final", receipt: { result: "cancelled", canRetry: true } });

    // The next runs change nothing: no second timeout, no second notification, no second e-mail.
    expect((await runSandboxDeliveries({ now: later(3 * HOUR) })).payplug).toEqual({ attempted: 0, timedOut: 0, instalmentsCharged: 0 });
    expect(await failureEmails(order.id)).toHaveLength(1);
  });

  it("a lost timeout notification is healed by the shop's sweep", async () => {
    const { order, payment } = await startCard();
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    expect((await runSandboxDeliveries({ now: later(HOUR + 60_000) })).payplug).toEqual({ attempted: 0, timedOut: 1, instalmentsCharged: 0 });
    expect(await readPayment(payment.id)).toMatchObject({ status: "pending" });
    const swept = await reconcilePendingPayments({ staleAfterMs: 0, now: later(1_000) });
    expect(swept).toMatchObject({ claimed: 1, updated: 1, failed: 0 });
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "timeout" });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
  });

  it("a payment made in time is never timed out, and a configured delay is honoured", async () => {
    await setPayplugSettings({ paymentTimeoutMs: 15 * 60_000 });
    const paid = await startCard();
    await payOnHostedPage(paid.payplugId);
    const abandoned = await startCard();
    const report = await runSandboxDeliveries({ now: later(16 * 60_000) });
    expect(report.payplug).toEqual({ attempted: 2, timedOut: 1, instalmentsCharged: 0 });
    expect((await readOrder(paid.order.id)).status).toBe("paid");
    expect(await readPayment(abandoned.payment.id)).toMatchObject({ status: "cancelled", failureCode: "timeout" });
    expect((await readOrder(abandoned.order.id)).status).toBe("payment_failed");
    // The customer who reopens the abandoned page reads why, in French, with the way back.
    expect(await loadHostedPage(abandoned.payplugId, { defaultShopName: "Test" })).toMatchObject({
      status: "closed",
      outcome: "expired",
      continueUrl: expect.stringMatching(new RegExp(`/commandes/${abandoned.order.reference}/retour\\?t=`)) as string,
    });
  });
});
