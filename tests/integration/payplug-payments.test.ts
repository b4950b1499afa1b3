import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, paymentLinks, payments, providerEvents } from "@/lib/db/schema";
import { payplugClient } from "@/lib/providers/payplug/client";
import { PAYPLUG_FAILURE_MESSAGES } from "@/lib/providers/payplug/adapter";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { loadReceipt } from "@/lib/payments/receipt";
import { checkPaymentOnReturn } from "@/lib/use-cases/check-payment-on-return";
import { renderReceiptPdf } from "@/lib/documents/receipt-pdf";
import { retryOrderPayment } from "@/lib/use-cases/retry-payment";
import { findPaymentLink } from "@/lib/payments/payment-links";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { payWithPaymentLink } from "@/lib/use-cases/pay-with-link";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { countPayments } from "@/lib/sandbox/payplug/payments";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { resetDatabase } from "@/tests/support/db";
import {
  cancelHostedPayment,
  createPayplugPaymentElsewhere,
  deliver,
  failOtpThreeTimes,
  manualDeliveries,
  payOnHostedPage,
  payplugIdFromUrl,
  placeCardOrder,
  readOrder,
  readPayment,
  startPayplugShop,
} from "@/tests/support/payplug-shop";

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

async function emails(orderId: string, template?: string) {
  const db = await getDb();
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return template ? rows.filter((r) => r.template === template) : rows;
}

async function events(orderId: string, type?: string) {
  const db = await getDb();
  const rows = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
  return type ? rows.filter((r) => r.type === type) : rows;
}

async function startCard() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  if (!started.ok) throw new Error(started.message);
  return { ...placed, started, payplugId: payplugIdFromUrl(started.redirectUrl) };
}

async function postIpn(body: string) {
  return fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body });
}

describe("starting a card payment", () => {
  it("creates the PayPlug payment from our amount and ids, and redirects to the allowed hosted page", async () => {
    const { payment, order, started, payplugId } = await startCard();
    expect(started.redirectUrl.startsWith(`${server.url}/sandbox/payplug/pay/`)).toBe(true);
    const stored = await readPayment(payment.id);
    expect(stored).toMatchObject({ status: "pending", providerRef: payplugId, providerLive: false, redirectUrl: started.redirectUrl });
    const { data } = await payplugClient().payments.retrieve(payplugId);
    expect(data).toMatchObject({
      amount: 2590,
      currency: "EUR",
      metadata: { payment_id: payment.id, order_reference: order.reference },
      notification: { url: `${server.url}/api/ipn/payplug` },
      billing: { email: "jeanne@example.fr", mobile_phone_number: "+33612345678", language: "fr", country: "FR" },
    });
    expect(data.hosted_payment?.return_url).toMatch(new RegExp(`/commandes/${order.reference}/retour\\?t=`));
    // A second call (double click) gives the same PayPlug payment.
    const again = await startOnlinePayment(payment.id);
    expect(again).toMatchObject({ ok: true, providerRef: payplugId });
    expect(await countPayments("test")).toBe(1);
  });

  it("emulator down during creation: clear French error, order unpaid, retry works, no duplicate PayPlug payment", async () => {
    const { payment, order } = await placeCardOrder();
    await setPayplugSettings({ api: { failNext: 1, failStatus: 503 } });
    const failed = await startOnlinePayment(payment.id);
    expect(failed).toMatchObject({ ok: false, code: "provider_unavailable" });
    if (!failed.ok) expect(failed.message).toMatch(/indisponible.*réessayez/);
    expect(await readPayment(payment.id)).toMatchObject({ status: "created", providerRef: null });
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    const retried = await startOnlinePayment(payment.id);
    expect(retried.ok).toBe(true);
    expect(await countPayments("test")).toBe(1);
  });

  it("a create whose answer is lost (applied, then 504) is found again, not created twice", async () => {
    const { payment } = await placeCardOrder();
    await setPayplugSettings({ api: { timeoutNext: 1, timeoutMs: 200, timeoutMode: "after" } });
    const lost = await startOnlinePayment(payment.id);
    expect(lost).toMatchObject({ ok: false, code: "provider_unavailable" });
    expect(await countPayments("test")).toBe(1);
    const retried = await startOnlinePayment(payment.id);
    expect(retried.ok).toBe(true);
    expect(await countPayments("test")).toBe(1);
    const stored = await readPayment(payment.id);
    expect(stored.status).toBe("pending");
  });
});

describe("paying on the hosted page", () => {
  it("success with 3-D Secure: paid once, card recorded, one receipt e-mail; notification first, then the return", async () => {
    const { order, payment, payplugId } = await startCard();
    const back = await payOnHostedPage(payplugId);
    expect(back.redirectTo).toMatch(/\/retour\?t=/);
    expect(await deliver()).toEqual([200]);
    const stored = await readPayment(payment.id);
    expect(stored).toMatchObject({ status: "paid", cardBrand: "Visa", cardLast4: "4242", threeDSecure: true, transactionId: payplugId, failureCode: null });
    expect(stored.paidAt).toBeInstanceOf(Date);
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590, flag: null });
    const check = await checkPaymentOnReturn(order.id);
    expect(check).toMatchObject({ state: "final", receipt: { result: "accepted", resultLabel: "Transaction acceptée", card: "Visa •••• 4242", threeDSecure: true } });
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(1);
    expect(await events(order.id, "status_changed")).toHaveLength(1);
  });

  it("return before the notification: the return reconciles, the late notification changes nothing", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    expect(await checkPaymentOnReturn(order.id)).toMatchObject({ state: "final", receipt: { result: "accepted" } });
    expect(await deliver()).toEqual([200]);
    expect((await readOrder(order.id)).status).toBe("paid");
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(1);
    expect(await events(order.id, "status_changed")).toHaveLength(1);
  });

  it("a lost notification is healed by the return page", async () => {
    const { order, payplugId } = await startCard();
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    await payOnHostedPage(payplugId);
    expect(await deliver()).toEqual([]);
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    await checkPaymentOnReturn(order.id);
    expect((await readOrder(order.id)).status).toBe("paid");
  });

  it("…and by the sweep when the customer never comes back", async () => {
    const { order, payplugId } = await startCard();
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    await payOnHostedPage(payplugId);
    const swept = await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 1000) });
    expect(swept).toMatchObject({ claimed: 1, updated: 1, failed: 0 });
    expect((await readOrder(order.id)).status).toBe("paid");
  });

  it.each([
    ["4000 0000 0000 0002", "card_declined"],
    ["4000 0000 0000 9995", "insufficient_funds"],
    ["4100 0000 0000 0019", "fraud_suspected"],
    ["4000 0000 0000 0119", "processing_error"],
  ] as const)("refused card %s → %s: order payment_failed, reason in French, failure e-mail with a payment link", async (card, code) => {
    const { order, payment, payplugId } = await startCard();
    await payOnHostedPage(payplugId, card);
    await deliver();
    expect(await readPayment(payment.id)).toMatchObject({ status: "failed", failureCode: code, failureMessage: PAYPLUG_FAILURE_MESSAGES[code] });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
    const receipt = await loadReceipt(order.id);
    expect(receipt).toMatchObject({ result: "refused", resultLabel: "Transaction refusée", reason: PAYPLUG_FAILURE_MESSAGES[code], canRetry: true });
    const failedMails = await emails(order.id, "payment-failed");
    expect(failedMails).toHaveLength(1);
    expect(failedMails[0]!.text).toContain("/paiement/");
  });

  it("three wrong SMS codes → 3ds_declined", async () => {
    const { order, payment, payplugId } = await startCard();
    await failOtpThreeTimes(payplugId);
    await deliver();
    expect(await readPayment(payment.id)).toMatchObject({ status: "failed", failureCode: "3ds_declined", threeDSecure: true });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
  });

  it("cancel on the hosted page → Transaction annulée, order retryable", async () => {
    const { order, payment, payplugId } = await startCard();
    const back = await cancelHostedPayment(payplugId);
    expect(back.redirectTo).toMatch(/annulation=1/);
    const check = await checkPaymentOnReturn(order.id);
    expect(check).toMatchObject({ state: "final", receipt: { result: "cancelled", resultLabel: "Transaction annulée", canRetry: true } });
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "aborted" });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
  });

  it("while PayPlug has no outcome, the return says pending (never refused)", async () => {
    const { order } = await startCard();
    expect(await checkPaymentOnReturn(order.id)).toMatchObject({ state: "pending", receipt: { result: "pending", resultLabel: "Paiement en cours de vérification" } });
    await setPayplugSettings({ api: { failNext: 5 } });
    expect(await checkPaymentOnReturn(order.id)).toMatchObject({ state: "pending" });
  });
});

describe("notifications", () => {
  it("20 concurrent copies of one notification: one transition, one e-mail, deliveries counted", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    const db = await getDb();
    const { data } = await payplugClient().payments.retrieve(payplugId);
    const body = JSON.stringify(data);
    const answers = await Promise.all(Array.from({ length: 20 }, () => postIpn(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(await events(order.id, "status_changed")).toHaveLength(1);
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(1);
    const inbox = await db.select().from(providerEvents).where(eq(providerEvents.provider, "payplug"));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.deliveries).toBe(20);
    expect(inbox[0]!.rawBody).toBe(body);
  });

  it("a forged body claiming 'paid' for an unpaid payment changes nothing", async () => {
    const { order, payment, payplugId } = await startCard();
    const forged = JSON.stringify({ object: "payment", id: payplugId, is_paid: true, amount: 2590, metadata: { payment_id: payment.id } });
    const answer = await postIpn(forged);
    expect(answer.status).toBe(200);
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    expect((await readPayment(payment.id)).status).toBe("pending");
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(0);
  });

  it.each([
    // Re-fetched once: the verdict is remembered so the same id is never fetched again.
    ["unknown id", JSON.stringify({ object: "payment", id: "pay_doesNotExist123" }), 200, "not_ours"],
    ["unknown object type", JSON.stringify({ object: "customer", id: "cus_1" }), 200, "ignored"],
    ["invalid JSON", "{not json", 400, "rejected"],
    ["no id", JSON.stringify({ object: "payment" }), 400, "rejected"],
    ["refund without payment id", JSON.stringify({ object: "refund", id: "re_abc" }), 400, "rejected"],
  ])("%s → %i, stored in the inbox as %s", async (_label, body, status, outcome) => {
    const answer = await postIpn(body);
    expect(answer.status).toBe(status);
    const db = await getDb();
    const [row] = await db.select().from(providerEvents);
    expect(row).toMatchObject({ rawBody: body, outcome });
  });

  it("a PayPlug payment that is not ours (naming no payment of ours) is ignored with 200", async () => {
    // One naming a payment id of ours is retried instead (tests/integration/notification-inbox.test.ts).
    const data = await createPayplugPaymentElsewhere({ order: "elsewhere-42" });
    const answer = await postIpn(JSON.stringify({ object: "payment", id: data.id }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ outcome: "ignored" });
  });

  it("answers 503 when PayPlug cannot be reached for the re-fetch, so the notification comes again", async () => {
    const { payplugId } = await startCard();
    await setPayplugSettings({ api: { failNext: 10 } });
    const answer = await postIpn(JSON.stringify({ object: "payment", id: payplugId }));
    expect(answer.status).toBe(503);
  });

  it("a refund notification records the refund on the payment and the order", async () => {
    const { order, payment, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    await deliver();
    await payplugClient().refunds.create(payplugId, { amount: 1000 });
    await deliver();
    expect(await readPayment(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(await readOrder(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    await payplugClient().refunds.create(payplugId, {});
    await deliver();
    expect(await readPayment(payment.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    expect(await readOrder(order.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(1);
  });
});

describe("checks against our records", () => {
  it("an amount mismatch is flagged for an admin and never marked paid", async () => {
    const { order, payment } = await placeCardOrder();
    // A PayPlug payment carrying our payment id but another amount (tampering, or a bug).
    const { data } = await payplugClient().payments.create({
      amount: 100,
      currency: "EUR",
      billing: { first_name: "A", last_name: "B", email: "a@b.fr", address1: "x", postcode: "75001", city: "Paris", country: "FR", language: "fr" },
      shipping: { first_name: "A", last_name: "B", email: "a@b.fr", address1: "x", postcode: "75001", city: "Paris", country: "FR", language: "fr", delivery_type: "BILLING" },
      hosted_payment: { return_url: `${server.url}/r`, cancel_url: `${server.url}/c` },
      notification_url: `${server.url}/api/ipn/payplug`,
      metadata: { payment_id: payment.id, order_reference: order.reference },
    });
    const db = await getDb();
    await db.update(payments).set({ providerRef: data.id, providerLive: false, status: "pending" }).where(eq(payments.id, payment.id));
    await payOnHostedPage(data.id);
    expect(await deliver()).toEqual([200]);
    const after = await readOrder(order.id);
    expect(after.status).toBe("pending_payment");
    expect(after.paidCents).toBe(0);
    expect(after.flag).toMatch(/montant 1,00.*au lieu de 25,90/);
    expect((await readPayment(payment.id)).status).toBe("pending");
    expect(await events(order.id, "payment_mismatch")).toHaveLength(1);
    // Again: still one event, still not paid.
    await reconcilePayment("payplug", data.id, { source: "test" });
    expect(await events(order.id, "payment_mismatch")).toHaveLength(1);
    expect(await emails(order.id, "order-confirmation-paid")).toHaveLength(0);
  });
});

describe("after a failure", () => {
  it("retry: a new attempt on the same order, the refused one kept; success pays the order", async () => {
    const { order, payment, payplugId } = await startCard();
    await payOnHostedPage(payplugId, "4000 0000 0000 0002");
    await deliver();
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    expect(retried.ok).toBe(true);
    if (!retried.ok) return;
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    await payOnHostedPage(payplugIdFromUrl(retried.redirectUrl));
    await deliver();
    const db = await getDb();
    const attempts = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(attempts.map((p) => [p.attempt, p.status]).sort()).toEqual([
      [1, "failed"],
      [2, "paid"],
    ]);
    expect((await readPayment(payment.id)).failureCode).toBe("card_declined");
    expect((await readOrder(order.id)).status).toBe("paid");
    expect(await loadReceipt(order.id)).toMatchObject({ result: "accepted", attempt: 2 });
  });

  it("a late failure of an earlier attempt never touches the order", async () => {
    const { order, payplugId } = await startCard();
    // The customer came back without paying and retried; attempt 1 is aborted by the retry.
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    expect(retried.ok).toBe(true);
    await deliver();
    const db = await getDb();
    const [first] = await db.select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.attempt, 1)));
    expect(first).toMatchObject({ providerRef: payplugId, status: "cancelled" });
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    expect(await emails(order.id, "payment-failed")).toHaveLength(0);
  });

  it("payment link: sent by e-mail, pays the order, then reads as paid; single use", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId, "4000 0000 0000 9995");
    await deliver();
    const sent = await sendPaymentLink({ orderId: order.id, actor: { type: "admin", id: "admin-1" } });
    expect(sent).toMatchObject({ ok: true, sentTo: "jeanne@example.fr" });
    const mail = (await emails(order.id, "payment-link"))[0]!;
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    expect((await findPaymentLink(token))?.state).toBe("valid");
    const started = await payWithPaymentLink({ token, method: "card" });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    await payOnHostedPage(payplugIdFromUrl(started.redirectUrl));
    await deliver();
    expect((await readOrder(order.id)).status).toBe("paid");
    const db = await getDb();
    const link = (await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, order.id))).find((l) => l.usedAt);
    expect(link).toBeDefined();
    expect((await findPaymentLink(token))?.state).toBe("paid");
    expect(await payWithPaymentLink({ token, method: "card" })).toMatchObject({ ok: false, code: "link_invalid" });
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } })).toMatchObject({ ok: false, reason: "not_payable" });
  });

  it("a customer cannot flood the mailbox with links", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId, "4000 0000 0000 0002");
    await deliver();
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: true });
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: false, reason: "too_soon" });
  });

  it("an expired link reads as expired", async () => {
    const { order } = await placeCardOrder({ status: "payment_failed" });
    await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } });
    const mail = (await emails(order.id, "payment-link"))[0]!;
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect((await findPaymentLink(token, later))?.state).toBe("expired");
  });
});

describe("receipt PDF", () => {
  it("renders a PDF of the ticket", async () => {
    const { order, payplugId } = await startCard();
    await payOnHostedPage(payplugId);
    await deliver();
    const receipt = await loadReceipt(order.id);
    const pdf = await renderReceiptPdf(receipt!);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
