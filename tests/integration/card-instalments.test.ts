import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { emailOutbox, instalmentPlans, instalments, orderEvents, orders, paymentLinks, payments, products } from "@/lib/db/schema";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { createPaymentLinkInTx, findPaymentLink } from "@/lib/payments/payment-links";
import { INSTALMENT_LINK_MESSAGES, startCardInstalmentPlan } from "@/lib/use-cases/card-instalment-plans";
import { createOrder } from "@/lib/use-cases/place-order";
import { cancelUnpaidOrder } from "@/lib/use-cases/cancel-order";
import { payplugClient } from "@/lib/providers/payplug/client";
import { payWithPaymentLink } from "@/lib/use-cases/pay-with-link";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { reconcileRunningCardPlans } from "@/lib/use-cases/sweep-card-plans";
import { addDays } from "@/lib/billing/payment-terms";
import { todayInParis } from "@/lib/shared/dates";
import OrderPage from "@/app/(shop)/commandes/[reference]/page";
import PaymentLinkPage from "@/app/paiement/[token]/page";
import PaymentReturnPage from "@/app/(shop)/commandes/[reference]/retour/page";
import ReceiptPage from "@/app/(shop)/commandes/[reference]/recu/page";
import { redirectOf, renderPage, textOf } from "@/tests/support/render-page";
import { deliver, payOnHostedPage, payplugAdmin, payplugIdFromUrl, readOrder, payplugShopPerTest } from "@/tests/support/payplug-shop";

/*
 * Card instalments end to end on a real database, with the PayPlug emulator over HTTP: the
 * checkout writes the plan, PayPlug's hosted page takes the first part, the emulator's clock
 * charges the next ones, every charge comes back through the notification endpoint and
 * reconcilePayment; a refused part is retried by PayPlug, then offered to the customer by link.
 */

const shopUrl = payplugShopPerTest({ beforeAll, afterAll, beforeEach });
const server = { get url() { return shopUrl(); } };

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

async function cartOf(priceCents: number, quantity = 2) {
  const db = await getDb();
  const [product] = await db
    .insert(products)
    .values({ slug: `lampe-${Math.random().toString(36).slice(2, 8)}`, name: "Lampe en laiton", description: "…", priceCents, stock: 10 })
    .returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: product!.id, quantity });
  const priced = await loadPricedCart(db, cart.id);
  return { cartId: cart.id, version: priced.version, productId: product!.id };
}

async function order(input: { priceCents?: number; paymentMethod?: string; instalments?: number }) {
  const db = await getDb();
  const cart = await cartOf(input.priceCents ?? 10_000);
  const result = await createOrder(db, {
    cartId: cart.cartId,
    expectedVersion: cart.version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: input.paymentMethod ?? "card",
    instalments: input.instalments,
    user: null,
  });
  return { result, cart };
}

async function parts(orderId: string) {
  const db = await getDb();
  return db
    .select({ position: instalments.position, status: instalments.status, amountCents: instalments.amountCents, dueOn: instalments.dueOn, paymentId: instalments.paymentId, id: instalments.id })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .where(eq(instalmentPlans.orderId, orderId))
    .orderBy(instalments.position);
}

async function mails(orderId: string, template: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, template)));
}

async function adminAlerts() {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.adminAlert));
}

async function eventCount(orderId: string) {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
  return Number(row?.n ?? 0);
}

describe("a customer pays in 3 times by card", () => {
  it("first part on the hosted page → on account; second refused twice → link e-mailed → paid by link; third charged → paid", async () => {
    await payplugAdmin(server.url, { action: "set_clock", offset_days: 0 });
    const { result } = await order({ instalments: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const placed = result.order;
    expect(placed.cardInstalments).toBe(3);
    const total = placed.totalCents;
    const before = await parts(placed.orderId);
    expect(before.map((p) => p.status)).toEqual(["expected", "expected", "expected"]);
    expect(before.reduce((a, p) => a + p.amountCents, 0)).toBe(total);
    expect(before[0]!.paymentId).toBe(placed.paymentId);

    // Placing the order: the plan at PayPlug, and its hosted page for the first part.
    const started = await startCardInstalmentPlan(placed.orderId);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.redirectUrl).toBe(`${server.url}/sandbox/payplug/pay/${started.planRef}`);
    // A double click: the same plan, the same page.
    expect(await startCardInstalmentPlan(placed.orderId)).toEqual(started);

    await payOnHostedPage(started.planRef);
    // The browser back at the shop before any notification: the return page asks PayPlug's plan.
    expect(await redirectOf(PaymentReturnPage, { reference: placed.reference }, { t: placed.accessToken })).toMatch(/\/recu\?t=/);
    const receipt = await renderPage(ReceiptPage, { reference: placed.reference }, { t: placed.accessToken });
    expect(textOf(receipt, "receipt-result")).toMatch(/Transaction acceptée/);
    expect((await deliver()).every((s) => s === 200)).toBe(true);
    let o = await readOrder(placed.orderId);
    expect(o.status).toBe("on_account");
    expect(o.paidCents).toBe(before[0]!.amountCents);
    let now = await parts(placed.orderId);
    expect(now.map((p) => p.status)).toEqual(["cashed", "expected", "expected"]);
    const db = await getDb();
    const [first] = await db.select().from(payments).where(eq(payments.id, placed.paymentId));
    expect(first).toMatchObject({ status: "paid", instalmentPlanId: null });
    expect(first!.providerRef).toMatch(/^pay_/);

    // What the customer's order page shows (the e2e journey's test ids).
    const html = await renderPage(OrderPage, { reference: placed.reference }, { t: placed.accessToken });
    expect(textOf(html, "order-status")).toBe("Payée en 3 fois — échéancier en cours");
    expect(textOf(html, "instalment-1-status")).toBe("Réglée");
    expect(textOf(html, "instalment-2-status")).toBe("À venir");
    expect(html).toContain('data-testid="instalment-schedule"');

    // Duplicated notifications change nothing twice.
    const events = await eventCount(placed.orderId);
    expect((await reconcilePayment("payplug", first!.providerRef!, { source: "test" })).outcome).toBe("unchanged");
    const again = await fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ object: "installment_plan", id: started.planRef }) });
    expect(again.status).toBe(200);
    expect(await eventCount(placed.orderId)).toBe(events);
    expect((await readOrder(placed.orderId)).paidCents).toBe(before[0]!.amountCents);

    // Second part, on its date: refused. PayPlug will retry: no link yet, and a link cannot pay it.
    await payplugAdmin(server.url, { action: "fail_installment_charges", id: started.planRef, count: 2, failure_code: "insufficient_funds" });
    const charged = await payplugAdmin(server.url, { action: "advance_clock", days: 31 });
    expect(charged.charged).toMatchObject([{ index: 1, paid: false }]);
    await deliver();
    now = await parts(placed.orderId);
    expect(now.map((p) => p.status)).toEqual(["cashed", "failed", "expected"]);
    expect((await readOrder(placed.orderId)).status).toBe("on_account");
    expect(await mails(placed.orderId, EMAIL_TEMPLATES.instalmentFailed)).toHaveLength(0);
    const early = await db.transaction((tx) => createPaymentLinkInTx(tx, { orderId: placed.orderId, sentTo: "jeanne@example.fr", actor: { type: "admin", id: null }, instalmentId: now[1]!.id }));
    const refused = await payWithPaymentLink({ token: early.token, method: "card" });
    expect(refused).toMatchObject({ ok: false, message: INSTALMENT_LINK_MESSAGES.retry_scheduled });
    await db.delete(paymentLinks).where(eq(paymentLinks.id, early.id));

    // PayPlug's retry, three days later, refused too: PayPlug is done with it. Link + admin alert.
    await payplugAdmin(server.url, { action: "advance_clock", days: 3 });
    await deliver();
    const linkMails = await mails(placed.orderId, EMAIL_TEMPLATES.instalmentFailed);
    expect(linkMails).toHaveLength(1);
    expect(linkMails[0]!.text).toContain(`${(now[1]!.amountCents / 100).toFixed(2).replace(".", ",")}`);
    expect((await adminAlerts()).some((m) => m.subject.includes("Échéance 2/3"))).toBe(true);
    const token = /\/paiement\/([A-Za-z0-9_-]+)/.exec(linkMails[0]!.text)?.[1];
    expect(token).toBeTruthy();
    const view = await findPaymentLink(token!);
    expect(view).toMatchObject({ state: "valid", instalment: { position: 2, count: 3, amountCents: now[1]!.amountCents }, order: { dueCents: now[1]!.amountCents } });
    const linkPage = await renderPage(PaymentLinkPage, { token: token! }, {});
    expect(linkPage).toContain("Échéance 2 sur 3");
    expect(linkPage).toContain('data-testid="payment-link-instalment"');
    // A duplicated failure notification sends nothing twice.
    await deliver();
    expect(await mails(placed.orderId, EMAIL_TEMPLATES.instalmentFailed)).toHaveLength(1);

    // Paid by link: that part's amount only.
    expect(await payWithPaymentLink({ token: token!, method: "transfer" })).toMatchObject({ ok: false });
    const byLink = await payWithPaymentLink({ token: token!, method: "card" });
    expect(byLink.ok).toBe(true);
    if (!byLink.ok) return;
    const linkPaymentRef = payplugIdFromUrl(byLink.redirectUrl);
    await payOnHostedPage(linkPaymentRef);
    await deliver();
    now = await parts(placed.orderId);
    expect(now.map((p) => p.status)).toEqual(["cashed", "cashed", "expected"]);
    const [linkPayment] = await db.select().from(payments).where(eq(payments.providerRef, linkPaymentRef));
    expect(linkPayment).toMatchObject({ status: "paid", amountCents: now[1]!.amountCents, instalmentPlanId: null });
    expect(now[1]!.paymentId).toBe(linkPayment!.id);
    expect((await findPaymentLink(token!))?.state).toBe("paid");
    o = await readOrder(placed.orderId);
    expect(o.status).toBe("on_account");

    // Third part on its date: charged, and the order is paid.
    const third = await payplugAdmin(server.url, { action: "advance_clock", days: 28 });
    expect(third.charged).toMatchObject([{ index: 2, paid: true }]);
    await deliver();
    now = await parts(placed.orderId);
    expect(now.map((p) => p.status)).toEqual(["cashed", "cashed", "cashed"]);
    o = await readOrder(placed.orderId);
    expect(o.status).toBe("paid");
    expect(o.paidCents).toBe(total);
    expect(o.flag).toBeNull();
    const charges = await db.select().from(payments).where(eq(payments.orderId, placed.orderId));
    // First part, two refused charges of the second, the link's payment, the third: 5 rows, 3 paid.
    expect(charges).toHaveLength(5);
    expect(charges.filter((p) => p.status === "paid")).toHaveLength(3);
    expect(charges.filter((p) => p.instalmentPlanId !== null)).toHaveLength(3);
    await payplugAdmin(server.url, { action: "set_clock", offset_days: 0 });
  });
});

describe("a later charge whose notification was lost", () => {
  it("is found by the sweep in PayPlug's schedule and recorded once; the notification arriving late changes nothing", async () => {
    await payplugAdmin(server.url, { action: "set_clock", offset_days: 0 });
    const { result } = await order({ instalments: 2 });
    if (!result.ok) throw new Error(result.message);
    const placed = result.order;
    const started = await startCardInstalmentPlan(placed.orderId);
    if (!started.ok) throw new Error(started.message);
    await payOnHostedPage(started.planRef);
    await deliver();
    expect((await readOrder(placed.orderId)).status).toBe("on_account");
    // No part past its date: PayPlug is not asked.
    expect(await reconcileRunningCardPlans({ recheckAfterMs: 0 })).toEqual({ plans: 0, reconciled: 0, errors: 0 });

    const charged = await payplugAdmin(server.url, { action: "advance_clock", days: 31 });
    expect(charged.charged).toMatchObject([{ index: 1, paid: true }]);
    // The charge's notification never comes (not delivered). A day after the part's date (a
    // consumer's plan: one month, 31 days at most):
    const later = addDays(todayInParis(), 32);
    expect(await reconcileRunningCardPlans({ today: later, recheckAfterMs: 0 })).toEqual({ plans: 1, reconciled: 1, errors: 0 });
    expect((await parts(placed.orderId)).map((p) => p.status)).toEqual(["cashed", "cashed"]);
    const o = await readOrder(placed.orderId);
    expect(o).toMatchObject({ status: "paid", paidCents: placed.totalCents });
    // Nothing left to look for.
    expect(await reconcileRunningCardPlans({ today: later, recheckAfterMs: 0 })).toMatchObject({ plans: 0 });

    const events = await eventCount(placed.orderId);
    expect((await deliver()).every((s) => s === 200)).toBe(true);
    expect(await eventCount(placed.orderId)).toBe(events);
    const db = await getDb();
    expect(await db.select().from(payments).where(eq(payments.orderId, placed.orderId))).toHaveLength(2);
    await payplugAdmin(server.url, { action: "set_clock", offset_days: 0 });
  });
});

describe("the one-live-attempt rule", () => {
  it("holds for attempts a customer starts, not for charges PayPlug makes on a plan's schedule", async () => {
    const { result } = await order({ instalments: 3 });
    if (!result.ok) throw new Error(result.message);
    const db = await getDb();
    const [plan] = await db.select().from(instalmentPlans).where(eq(instalmentPlans.orderId, result.order.orderId));
    // The customer's first-part attempt is open ("created"); PayPlug's charges may be pending beside it.
    const charge = (ref: string) => ({ orderId: result.order.orderId, method: "card" as const, provider: "payplug" as const, providerRef: ref, status: "pending" as const, amountCents: 100, instalmentPlanId: plan!.id });
    await db.insert(payments).values([charge("pay_charge1"), charge("pay_charge2")]);
    const second = await db
      .insert(payments)
      .values({ orderId: result.order.orderId, method: "card", provider: "payplug", status: "created", amountCents: 100, attempt: 9 })
      .then(() => null, (error: unknown) => error);
    expect(isUniqueViolation(second, "payments_one_open_online_attempt")).toBe(true);
  });
});

describe("cancelling an order whose first part is unpaid", () => {
  it("aborts its plan at PayPlug, so the hosted page can no longer take the first part", async () => {
    const { result } = await order({ instalments: 2 });
    if (!result.ok) throw new Error(result.message);
    const started = await startCardInstalmentPlan(result.order.orderId);
    if (!started.ok) throw new Error(started.message);
    const cancelled = await cancelUnpaidOrder({ orderId: result.order.orderId, actor: { type: "admin", id: null }, reason: "test", customerWhy: "à votre demande" });
    expect(cancelled.ok).toBe(true);
    const { data } = await payplugClient().installmentPlans.retrieve(started.planRef);
    expect(data).toMatchObject({ is_active: false, failure: { code: "aborted" } });
    expect((await readOrder(result.order.orderId)).status).toBe("cancelled");
  });
});

describe("a tampered checkout is refused in French, nothing written", () => {
  it.each([
    ["instalments by transfer", { paymentMethod: "transfer", instalments: 3 }, "carte"],
    ["under the minimum (150 €)", { priceCents: 5_000, instalments: 2 }, "150,00"],
    ["five parts", { instalments: 5 }, "2, 3 ou 4"],
  ])("%s", async (_name, input, words) => {
    const db = await getDb();
    const { result } = await order(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("instalments_refused");
    expect(result.message).toContain(words);
    expect(await db.select().from(orders)).toHaveLength(0);
    expect(await db.select().from(instalmentPlans)).toHaveLength(0);
    expect(await db.select().from(payments)).toHaveLength(0);
  });
});
