import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import OrderPage from "@/app/(shop)/commandes/[reference]/page";
import PaymentLinkPage from "@/app/paiement/[token]/page";
import { getOrderForAdmin } from "@/lib/orders/admin-queries";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, paymentLinks, payments, providerEvents } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";
import { GatewayError } from "@/lib/providers/errors";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { overpaymentFlagLine } from "@/lib/orders/ledger";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { orderLinkToken } from "@/lib/orders/access";
import { payWithPaymentLink, requestNewLinkFromExpired } from "@/lib/use-cases/pay-with-link";
import { findPaymentLink } from "@/lib/payments/payment-links";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";
import { loadReceipt } from "@/lib/payments/receipt";
import { payplugClient } from "@/lib/providers/payplug/client";
import { createPayPlugGateway } from "@/lib/providers/payplug/gateway";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { PAYABILITY_MESSAGES } from "@/lib/payments/payability";
import { retryOrderPayment } from "@/lib/use-cases/retry-payment";
import { refundDuplicatePayment } from "@/lib/use-cases/refund-duplicate-payment";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { countPayments } from "@/lib/sandbox/payplug/payments";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, readPayment, startPayplugShop } from "@/tests/support/payplug-shop";
import { renderPage, textOf } from "@/tests/support/render-page";

/*
 * Money received and given back through the one path (applyMoneyReceived / applyMoneyRefunded),
 * the payability rule, the failure e-mail's reused link, the sweep of stuck attempts and the
 * notification status codes: on the database, over real HTTP to the PayPlug emulator.
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

async function mails(orderId: string, template: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return rows.filter((r) => r.template === template);
}

async function events(orderId: string, type: string) {
  return (await getDb()).select().from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type)));
}

async function started(paymentId: string) {
  const result = await startOnlinePayment(paymentId);
  if (!result.ok) throw new Error(result.message);
  return payplugIdFromUrl(result.redirectUrl);
}

/**
 * A second attempt on the same order while the first one's PayPlug page is still open in another
 * tab: our side closed the first (as a retry does) but PayPlug never heard of it, so its page
 * still takes a card. The database allows one open attempt per order, never two.
 */
async function secondOpenAttempt(orderId: string, amountCents: number) {
  const db = await getDb();
  await db.update(payments).set({ status: "cancelled", failureCode: "superseded" }).where(and(eq(payments.orderId, orderId), eq(payments.attempt, 1)));
  const [row] = await db
    .insert(payments)
    .values({ orderId, method: "card", provider: "payplug", status: "created", amountCents, attempt: 2 })
    .returning();
  return { payment: row!, payplugId: await started(row!.id) };
}

describe("money received: one path, overpayment flagged, refund state from net money", () => {
  it("two paid attempts: the second is refunded automatically through PayPlug, once, the customer told; the order stays paid", async () => {
    const { order, payment } = await placeCardOrder();
    const first = await started(payment.id);
    const second = await secondOpenAttempt(order.id, 2590);
    await payOnHostedPage(first);
    await payOnHostedPage(second.payplugId);
    await deliver();
    await deliver();
    expect(await events(order.id, "overpayment_flagged")).toHaveLength(1);
    expect(await readPayment(second.payment.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    const after = await readOrder(order.id);
    expect(after).toMatchObject({ status: "paid", paidCents: 5180, refundedCents: 2590, flag: null });
    expect(await events(order.id, "overpayment_cleared")).toHaveLength(1);
    expect(await events(order.id, "duplicate_payment_refunded")).toHaveLength(1);
    const [told] = await mails(order.id, "duplicate-payment-refunded");
    expect(told!.text).toContain("Montant remboursé : 25,90");
    expect((await payplugClient().refunds.list(second.payplugId)).data.data).toHaveLength(1);
    // Reconciling again (a late notification, the sweep) refunds nothing more.
    await reconcilePendingPayments({ now: new Date(Date.now() + 2 * HOUR) });
    expect((await payplugClient().refunds.list(second.payplugId)).data.data).toHaveLength(1);
    expect(await mails(order.id, "duplicate-payment-refunded")).toHaveLength(1);
    // Once refunded, asking again does nothing at all (no provider call).
    expect(await refundDuplicatePayment(second.payment.id, { source: "test" })).toEqual({ kind: "none" });

    // Refunding part of what the merchant kept now makes it partially refunded.
    await payplugClient().refunds.create(first, { amount: 590 });
    await deliver();
    expect(await readOrder(order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 3180 });
  });

  it("a partial transfer recorded, then the full card payment: paid and flagged, never absorbed silently", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const { order, payment } = await placeCardOrder();
    const payplugId = await started(payment.id);
    expect(await recordTransfer(db, admin, { orderId: order.id, amountCents: 1000, bankReference: "VIR-1", receivedOn: "2026-01-15" })).toMatchObject({ ok: true });
    await payOnHostedPage(payplugId);
    await deliver();
    const after = await readOrder(order.id);
    expect(after).toMatchObject({ status: "paid", paidCents: 3590 });
    expect(after.flag).toBe(overpaymentFlagLine(1000));
    const [flagged] = await events(order.id, "overpayment_flagged");
    expect(flagged).toMatchObject({ reason: overpaymentFlagLine(1000), data: { excessCents: 1000 } });
  });

  it("a transfer order paid by card through a payment link closes its transfer instructions", async () => {
    const db = await getDb();
    const order = await insertOrder(db, { totalCents: 2590 });
    const [placeholder] = await db.insert(payments).values({ orderId: order.id, method: "transfer", status: "pending", amountCents: 2590 }).returning();
    await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } });
    const [mail] = await mails(order.id, "payment-link");
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    const viaLink = await payWithPaymentLink({ token, method: "card" });
    expect(viaLink.ok).toBe(true);
    if (!viaLink.ok) return;
    await payOnHostedPage(payplugIdFromUrl(viaLink.redirectUrl));
    await deliver();
    expect(await readOrder(order.id)).toMatchObject({ status: "paid", paidCents: 2590, flag: null });
    expect(await readPayment(placeholder!.id)).toMatchObject({ status: "cancelled", failureCode: "superseded" });
  });
});

describe("what is due and what is in excess reads NET money everywhere (moneyPosition)", () => {
  it("pay twice, the automatic refund refused: flagged « Trop-perçu »; refunded by hand, the back-office no longer shows it", async () => {
    const db = await getDb();
    const { order, payment } = await placeCardOrder();
    const first = await started(payment.id);
    const second = await secondOpenAttempt(order.id, 2590);
    const real = createPayPlugGateway();
    overrideGatewayForTests("payplug", () => ({
      ...real,
      refund: () => Promise.reject(new GatewayError("provider_unavailable", "refunds down", { provider: "payplug" })),
    }));
    await payOnHostedPage(first);
    await payOnHostedPage(second.payplugId);
    await deliver();
    expect(await getOrderForAdmin(db, order.reference)).toMatchObject({ outstandingCents: 0, overpaidCents: 2590 });
    expect(await events(order.id, "duplicate_refund_failed")).toHaveLength(1);
    expect(await mails(order.id, "duplicate-payment-refunded")).toHaveLength(0);
    overrideGatewayForTests("payplug", null);
    await payplugClient().refunds.create(second.payplugId, {});
    await deliver();
    expect(await readOrder(order.id)).toMatchObject({ paidCents: 5180, refundedCents: 2590, flag: null });
    expect(await getOrderForAdmin(db, order.reference)).toMatchObject({ outstandingCents: 0, overpaidCents: 0 });
  });

  it("an unpaid order that got money back: the payment link, its e-mail, the order page and the offline summary all ask for the net due", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const order = await insertOrder(db, { totalCents: 5000 });
    // 3 000 received, 1 000 of it given back: 2 000 net, 3 000 still due (gross would say 2 000).
    await db.update(orders).set({ paidCents: 3000, refundedCents: 1000 }).where(eq(orders.id, order.id));

    expect(await getOrderForAdmin(db, order.reference)).toMatchObject({ outstandingCents: 3000, overpaidCents: 0 });
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } })).toMatchObject({ ok: true });
    const [mail] = await mails(order.id, "payment-link");
    expect(mail!.text).toContain(formatEur(3000));
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect((await findPaymentLink(token))?.order.dueCents).toBe(3000);

    const page = await renderPage(OrderPage, { reference: order.reference }, { t: orderLinkToken(order) });
    expect(page).toContain("Paiement partiel reçu");
    expect(page).toContain(formatEur(2000));
    expect(page).toContain(formatEur(3000));

    const recorded = await recordTransfer(db, admin, { orderId: order.id, amountCents: 500, bankReference: "VIR-NET", receivedOn: "2026-01-15" });
    expect(recorded).toMatchObject({ ok: true, summary: { outstandingCents: 2500, overpaidCents: 0, becamePaid: false } });
  });

  it("a transfer that pays an order holding refunded money: the summary's excess is the one the flag reports", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const order = await insertOrder(db, { totalCents: 5000 });
    await db.update(orders).set({ paidCents: 3000, refundedCents: 1000 }).where(eq(orders.id, order.id));
    const recorded = await recordTransfer(db, admin, { orderId: order.id, amountCents: 4000, bankReference: "VIR-TROP", receivedOn: "2026-01-15" });
    // Net 6 000 for a total of 5 000: 1 000 in excess (gross would say 2 000).
    expect(recorded).toMatchObject({ ok: true, summary: { becamePaid: true, outstandingCents: 0, overpaidCents: 1000 } });
    expect((await readOrder(order.id)).flag).toBe(overpaymentFlagLine(1000));
  });
});

describe("money an order no longer wanted", () => {
  it("paid on a cancelled order: flagged; once refunded, the flag goes (other lines stay)", async () => {
    const db = await getDb();
    const { order, payment } = await placeCardOrder();
    const payplugId = await started(payment.id);
    // The order was cancelled meanwhile (a race the cancellation normally prevents) and carries another remark.
    await db.update(orders).set({ status: "cancelled", flag: "Adresse à vérifier." }).where(eq(orders.id, order.id));
    await payOnHostedPage(payplugId);
    await deliver();
    const flagged = await readOrder(order.id);
    expect(flagged).toMatchObject({ status: "cancelled", paidCents: 2590 });
    expect(flagged.flag).toMatch(/^Adresse à vérifier\.\nArgent non attendu : Paiement payplug pay_\w+ de 25,90\s€ reçu alors que la commande est « annulée » : à rembourser\.$/);
    expect(await getOrderForAdmin(db, order.reference)).toMatchObject({ outstandingCents: 0, overpaidCents: 2590 });

    await payplugClient().refunds.create(payplugId, {});
    await deliver();
    const refunded = await readOrder(order.id);
    expect(refunded).toMatchObject({ status: "cancelled", paidCents: 2590, refundedCents: 2590, flag: "Adresse à vérifier." });
    expect(await events(order.id, "overpayment_cleared")).toHaveLength(1);
    expect(await getOrderForAdmin(db, order.reference)).toMatchObject({ overpaidCents: 0 });
  });
});

describe("payability: one rule for every way to start a new online attempt", () => {
  it("the receipt offers « Réessayer » only when the rule would accept the retry: not with a cheque in hand", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const { order, payment } = await placeCardOrder();
    await payOnHostedPage(await started(payment.id), "4000 0000 0000 0002");
    await deliver();
    expect(await loadReceipt(order.id)).toMatchObject({ result: "refused", canRetry: true });
    // The customer posts a cheque instead; it arrives and waits to be cashed.
    expect(await recordCheque(db, admin, { orderId: order.id, amountCents: 2590, chequeNumber: "1234567", receivedOn: "2026-01-15" })).toMatchObject({ ok: true });
    expect(await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: false, message: PAYABILITY_MESSAGES.cheque_in_hand });
    expect(await loadReceipt(order.id)).toMatchObject({ result: "refused", canRetry: false });
  });

  it("the receipt's retry refuses a transfer order; a payment link pays it", async () => {
    const db = await getDb();
    const order = await insertOrder(db, { totalCents: 2590 });
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    expect(retried).toMatchObject({ ok: false, code: "not_payable", message: PAYABILITY_MESSAGES.offline_order });
    expect(await db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(0);
    expect((await readOrder(order.id)).status).toBe("awaiting_transfer");
  });

  it("never while a received cheque waits to be cashed: neither the retry nor a payment link", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 2590 });
    await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } });
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec((await mails(order.id, "payment-link"))[0]!.text)![1]!;
    await recordCheque(db, admin, { orderId: order.id, amountCents: 2590, chequeNumber: "7654321", receivedOn: "2026-01-15" });
    expect(await payWithPaymentLink({ token, method: "card" })).toMatchObject({ ok: false, message: PAYABILITY_MESSAGES.cheque_in_hand });
    expect(await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: false, message: PAYABILITY_MESSAGES.cheque_in_hand });
    expect(await countPayments("test")).toBe(0);
  });

  it("a failed card order is retried for what is still due", async () => {
    const { order, payment } = await placeCardOrder({ status: "payment_failed" });
    await (await getDb()).update(payments).set({ status: "failed" }).where(eq(payments.id, payment.id));
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    expect(retried.ok).toBe(true);
    if (retried.ok) expect((await payplugClient().payments.retrieve(retried.providerRef)).data.amount).toBe(2590);
  });
});

describe("failure e-mails reuse the order's still-valid link", () => {
  it("two refusals, one link; the customer's own requests keep their limits", async () => {
    const { order, payment } = await placeCardOrder();
    await payOnHostedPage(await started(payment.id), "4000 0000 0000 0002");
    await deliver();
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    if (!retried.ok) throw new Error(retried.message);
    await payOnHostedPage(retried.providerRef, "4000 0000 0000 9995");
    await deliver();
    const failed = await mails(order.id, "payment-failed");
    expect(failed).toHaveLength(2);
    const urls = failed.map((m) => /https?:\/\/\S+\/paiement\/[A-Za-z0-9_-]+/.exec(m.text)![0]);
    expect(urls[1]).toBe(urls[0]);
    const db = await getDb();
    expect(await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, order.id))).toHaveLength(1);
    // The reused link still opens the order.
    const token = urls[0]!.split("/paiement/")[1]!;
    expect(await payWithPaymentLink({ token, method: "card" })).toMatchObject({ ok: true });

    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: true });
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "customer" } })).toMatchObject({ ok: false, reason: "too_soon" });
  });

  it("the link expires when the order would be cancelled, and a later failure pushes it to its own deadline", async () => {
    const { order, payment } = await placeCardOrder();
    await payOnHostedPage(await started(payment.id), "4000 0000 0000 0002");
    await deliver();
    const db = await getDb();
    const [first] = await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, order.id));
    // STALE_ONLINE_ORDER_HOURS (48) after the failure, not PAYMENT_LINK_TTL_DAYS (7 days).
    expect(Math.abs(first!.expiresAt.getTime() - (Date.now() + 48 * HOUR))).toBeLessThan(5 * 60_000);
    const [mail] = await mails(order.id, "payment-failed");
    expect(mail!.text).toMatch(/valable jusqu'au \d\d\/\d\d\/\d{4} à \d\d:\d\d/);
    expect(mail!.text).toContain("la commande sera annulée");

    await db.update(paymentLinks).set({ expiresAt: new Date(Date.now() + HOUR) }).where(eq(paymentLinks.orderId, order.id));
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    if (!retried.ok) throw new Error(retried.message);
    await payOnHostedPage(retried.providerRef, "4000 0000 0000 0002");
    await deliver();
    const links = await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, order.id));
    expect(links).toHaveLength(1);
    expect(links[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 47 * HOUR);
    expect(await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "payment_link_extended")))).toHaveLength(1);
  });

  it("a link used or expired is not reused", async () => {
    const { order, payment } = await placeCardOrder();
    await payOnHostedPage(await started(payment.id), "4000 0000 0000 0002");
    await deliver();
    const db = await getDb();
    await db.update(paymentLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(paymentLinks.orderId, order.id));
    const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer" } });
    if (!retried.ok) throw new Error(retried.message);
    await payOnHostedPage(retried.providerRef, "4000 0000 0000 0002");
    await deliver();
    expect(await db.select().from(paymentLinks).where(eq(paymentLinks.orderId, order.id))).toHaveLength(2);
  });
});

describe("an expired link is not a dead end", () => {
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/&#x27;/g, "'");

  it("its page offers a new link by e-mail, to the order's own address, under the receipt's limits", async () => {
    const db = await getDb();
    const order = await insertOrder(db, { totalCents: 4580 });
    expect(await sendPaymentLink({ orderId: order.id, actor: { type: "admin" } })).toMatchObject({ ok: true });
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec((await mails(order.id, "payment-link"))[0]!.text)![1]!;
    // Still valid: nothing to ask for, nothing sent.
    expect(await requestNewLinkFromExpired(token, { type: "customer" })).toMatchObject({ ok: false });
    expect(await mails(order.id, "payment-link")).toHaveLength(1);

    await db.update(paymentLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(paymentLinks.orderId, order.id));
    const page = plain(await renderPage(PaymentLinkPage, { token }, {}));
    expect(textOf(page, "payment-link-state")).toBe("Ce lien de paiement a expiré");
    expect(page).toContain("valable que 7 jours");
    expect(page).not.toContain("quelques jours");
    expect(page).toContain('data-testid="request-payment-link"');
    expect(page).toContain("j•••@example.fr");
    expect(page).not.toContain("jeanne@example.fr");

    const sent = await requestNewLinkFromExpired(token, { type: "customer" });
    expect(sent).toMatchObject({ ok: true });
    expect(sent.message).toContain("j•••@example.fr");
    const links = await mails(order.id, "payment-link");
    expect(links).toHaveLength(2);
    expect(links.every((m) => m.toAddress === "jeanne@example.fr")).toBe(true);
    // The same limits as the receipt's button (sendPaymentLink): not twice in a row.
    const again = await requestNewLinkFromExpired(token, { type: "customer" });
    expect(again.ok).toBe(false);
    expect(again.message).toContain("vient déjà");
  });

  it("an unknown token sends nothing", async () => {
    expect(await requestNewLinkFromExpired("A".repeat(43), { type: "customer" })).toMatchObject({ ok: false });
  });
});

describe("the order page says where its confirmation went", () => {
  it("« envoyé à … » only when a confirmation was queued, and never for one that failed for good", async () => {
    const db = await getDb();
    const order = await insertOrder(db);
    const render = async () => renderPage(OrderPage, { reference: order.reference }, { t: orderLinkToken(order) });
    expect(await render()).not.toContain("order-confirmation-sent");
    const [mail] = await db
      .insert(emailOutbox)
      .values({ toAddress: "jeanne@example.fr", subject: "Votre commande", html: "<p></p>", text: "", template: "order-confirmation", orderId: order.id })
      .returning();
    expect(textOf(await render(), "order-confirmation-sent")).toContain("jeanne@example.fr");
    await db.update(emailOutbox).set({ status: "failed" }).where(eq(emailOutbox.id, mail!.id));
    expect(await render()).not.toContain("order-confirmation-sent");
  });

  it("a payment's receipt alone is not a confirmation (the two once shared the name « payment-accepted »)", async () => {
    const db = await getDb();
    const order = await insertOrder(db);
    const render = async () => renderPage(OrderPage, { reference: order.reference }, { t: orderLinkToken(order) });
    await db
      .insert(emailOutbox)
      .values({ toAddress: "jeanne@example.fr", subject: "Paiement accepté", html: "<p></p>", text: "", template: "payment-accepted", orderId: order.id });
    expect(await render()).not.toContain("order-confirmation-sent");
    await db
      .insert(emailOutbox)
      .values({ toAddress: "jeanne@example.fr", subject: "Votre commande", html: "<p></p>", text: "", template: "order-confirmation-paid", orderId: order.id });
    expect(textOf(await render(), "order-confirmation-sent")).toContain("jeanne@example.fr");
  });
});

describe("the sweep looks at attempts stuck in 'created'", () => {
  it("a start whose answer was lost: found at PayPlug, adopted, aborted, the order can be paid again", async () => {
    const { order, payment } = await placeCardOrder();
    await setPayplugSettings({ api: { timeoutNext: 1, timeoutMs: 200, timeoutMode: "after" } });
    expect(await startOnlinePayment(payment.id)).toMatchObject({ ok: false });
    expect(await readPayment(payment.id)).toMatchObject({ status: "created", providerRef: null });
    expect(await countPayments("test")).toBe(1);

    // Within the hour nothing happens (it may be a start in progress).
    expect(await reconcilePendingPayments({ now: new Date(Date.now() + 10 * 60 * 1000) })).toMatchObject({ claimed: 0 });
    const report = await reconcilePendingPayments({ now: new Date(Date.now() + 2 * HOUR) });
    expect(report).toMatchObject({ claimed: 1, stuckCreated: 1, failed: 0 });
    const after = await readPayment(payment.id);
    expect(after.status).toBe("cancelled");
    const { data } = await payplugClient().payments.retrieve(after.providerRef!);
    expect(data.failure?.code).toBe("aborted");
    expect((await readOrder(order.id)).status).toBe("payment_failed");
    expect(await mails(order.id, "payment-failed")).toHaveLength(1);
    expect(await countPayments("test")).toBe(1);
  });

  it("a start that never reached PayPlug: closed as never started, the customer told", async () => {
    const { order, payment } = await placeCardOrder();
    const report = await reconcilePendingPayments({ now: new Date(Date.now() + 2 * HOUR) });
    expect(report).toMatchObject({ claimed: 1, stuckCreated: 1 });
    expect(await readPayment(payment.id)).toMatchObject({ status: "cancelled", failureCode: "not_started" });
    expect((await readOrder(order.id)).status).toBe("payment_failed");
    const [mail] = await mails(order.id, "payment-failed");
    expect(mail!.text).toContain("aucun montant n'a été débité");
    // Closed once: the next sweep has nothing to do.
    expect(await reconcilePendingPayments({ now: new Date(Date.now() + 3 * HOUR) })).toMatchObject({ claimed: 0 });
  });

  it("a start finishing after the attempt was closed never sends the customer to pay: the new PayPlug payment is aborted", async () => {
    const { payment } = await placeCardOrder();
    await setPayplugSettings({ api: { latencyMs: 400 } });
    const starting = startOnlinePayment(payment.id);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Meanwhile the order is cancelled (or the sweep gives up on the attempt).
    await (await getDb()).update(payments).set({ status: "cancelled", failureCode: "order_cancelled" }).where(eq(payments.id, payment.id));
    expect(await starting).toMatchObject({ ok: false, code: "not_payable" });
    await setPayplugSettings({ api: { latencyMs: 0 } });
    const closed = await readPayment(payment.id);
    expect(closed).toMatchObject({ status: "cancelled" });
    const { data } = await payplugClient().payments.retrieve(closed.providerRef!);
    expect(data.failure?.code).toBe("aborted");
    // And a closed attempt is never handed to PayPlug again.
    expect(await startOnlinePayment(payment.id)).toMatchObject({ ok: false, code: "not_payable" });
    expect(await countPayments("test")).toBe(1);
  });
});

describe("notification status codes: 503 when a resend can help, 422 when it cannot", () => {
  async function postIpnFor(payplugId: string) {
    const answer = await fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ object: "payment", id: payplugId }) });
    return { status: answer.status, body: (await answer.json()) as { failure?: string } };
  }

  /** The real PayPlug gateway (its notification is authenticated by a re-fetch over HTTP), whose reconcile fetch fails with `error`. */
  function failingFetch(error: GatewayError) {
    // The notification's own re-fetch (verifyNotification) is the one reconcile then reuses: fail both.
    overrideGatewayForTests("payplug", () => ({ ...createPayPlugGateway(), retrieve: () => Promise.reject(error), verifyNotification: () => Promise.reject(error) }));
  }

  it.each([
    ["provider_rejected", 400, 422, "provider_refuses_request"],
    ["not_allowed", 403, 422, "provider_refuses_request"],
    ["provider_auth", 401, 503, "credentials_refused"],
    ["invalid_response", 200, 503, "provider_answer_unreadable"],
    ["provider_unavailable", 503, 503, "provider_unreachable"],
  ] as const)("re-fetch fails with %s (%i) → %i %s", async (code, providerStatus, status, failure) => {
    const { payment } = await placeCardOrder();
    const payplugId = await started(payment.id);
    failingFetch(new GatewayError(code, "injected", { provider: "payplug", status: providerStatus }));
    const answer = await postIpnFor(payplugId);
    expect(answer).toEqual({ status, body: { outcome: "failed", failure } });
    const [inbox] = await (await getDb()).select().from(providerEvents);
    expect(inbox!.error).toMatch(new RegExp(`^${failure}: `));
  });
});
