import { and, asc, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordOfflineRefundAction } from "@/app/admin/commandes/[reference]/record-offline-refund-action";
import AdminOrderPage from "@/app/admin/commandes/[reference]/page";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import type { Db } from "@/lib/db/client";
import { emailOutbox, invoices, orderEvents, orders, payments, proAccounts } from "@/lib/db/schema";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { OFFLINE_REFUND_EVENT } from "@/lib/payments/offline-refunds";
import { todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { recordCheque, cashCheque, recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { OFFLINE_REFUND_MESSAGES, recordOfflineRefund } from "@/lib/use-cases/record-offline-refund";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder } from "@/tests/support/pro-fixtures";
import { renderPage } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * A refund the shop made itself (a transfer back, a cheque sent) for money that came by transfer
 * or cheque: never more than the payment can still give back, once per form, the order moved to
 * partially_refunded / refunded like a provider's refund, the customer e-mailed, refused to
 * anyone but an admin and on a stale page; and an invoiced order gets its credit note, once.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).mockedNextCache(original));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

const today = todayInParis();

/** An order of 50,00 € paid by one transfer. */
async function paidByTransfer(totalCents = 5000) {
  const order = await insertOrder(db, { status: "awaiting_transfer", totalCents });
  expect(await recordTransfer(db, admin, { orderId: order.id, amountCents: totalCents, bankReference: "VIR-IN", receivedOn: today })).toMatchObject({ ok: true });
  const [payment] = await db.select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.method, "transfer"), eq(payments.status, "paid")));
  return { order, payment: payment! };
}

const refund = (paymentId: string, amountCents: number, over: Partial<Parameters<typeof recordOfflineRefund>[2]> = {}) => ({
  paymentId,
  amountCents,
  method: "transfer" as const,
  reference: `RB-${crypto.randomUUID().slice(0, 6)}`,
  requestKey: crypto.randomUUID(),
  ...over,
});

async function state(orderId: string, paymentId: string) {
  const [order] = await db.select({ status: orders.status, refundedCents: orders.refundedCents }).from(orders).where(eq(orders.id, orderId));
  const [payment] = await db.select({ status: payments.status, refundedCents: payments.refundedCents }).from(payments).where(eq(payments.id, paymentId));
  const [events] = await db.select({ n: count() }).from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, OFFLINE_REFUND_EVENT)));
  const [mails] = await db.select({ n: count() }).from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, EMAIL_TEMPLATES.refundMade)));
  return { order, payment, events: events!.n, emails: mails!.n };
}

describe("recordOfflineRefund", () => {
  it("part, then the rest: partially_refunded then refunded, the admin's reference in the timeline, the customer e-mailed each time", async () => {
    const { order, payment } = await paidByTransfer();
    expect(await recordOfflineRefund(db, admin, refund(payment.id, 2000, { reference: "RB-42" }))).toMatchObject({ ok: true, already: false });
    expect(await state(order.id, payment.id)).toEqual({
      order: { status: "partially_refunded", refundedCents: 2000 },
      payment: { status: "partially_refunded", refundedCents: 2000 },
      events: 1,
      emails: 1,
    });
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, OFFLINE_REFUND_EVENT)));
    expect(event).toMatchObject({ actorType: "admin", actorId: admin.id, paymentId: payment.id, data: { offline: true, amountCents: 2000, reference: "RB-42", method: "transfer", adminName: "Alice Admin" } });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.refundMade));
    expect(mail!.subject).toBe(`Remboursement de ${formatEur(2000)} pour votre commande ${order.reference}`);
    expect(mail!.text).toContain("par virement (référence RB-42)");

    expect(await recordOfflineRefund(db, admin, refund(payment.id, 3001))).toEqual({ ok: false, field: "amount", message: `Au plus ${formatEur(3000)} peuvent encore être remboursés sur ce paiement.` });
    expect(await recordOfflineRefund(db, admin, refund(payment.id, 3000, { method: "cheque", reference: "0001234" }))).toMatchObject({ ok: true });
    expect(await state(order.id, payment.id)).toEqual({ order: { status: "refunded", refundedCents: 5000 }, payment: { status: "refunded", refundedCents: 5000 }, events: 2, emails: 2 });
    expect(await recordOfflineRefund(db, admin, refund(payment.id, 1))).toEqual({ ok: false, message: OFFLINE_REFUND_MESSAGES.nothingLeft });
  });

  it("a double submit records one refund and one e-mail; the same reference twice is refused", async () => {
    const { order, payment } = await paidByTransfer();
    const same = refund(payment.id, 1000, { reference: "RB-1" });
    const [a, b] = await Promise.all([recordOfflineRefund(db, admin, same), recordOfflineRefund(db, admin, same)]);
    expect([a, b].map((r) => r.ok && r.already).sort()).toEqual([false, true]);
    expect(await recordOfflineRefund(db, admin, same)).toMatchObject({ ok: true, already: true });
    expect(await recordOfflineRefund(db, admin, refund(payment.id, 1000, { reference: "rb-1" }))).toEqual({ ok: false, field: "reference", message: OFFLINE_REFUND_MESSAGES.duplicateReference });
    expect(await state(order.id, payment.id)).toMatchObject({ order: { refundedCents: 1000 }, events: 1, emails: 1 });
  });

  it("a cheque counts once cashed: nothing to refund while it is only in hand; a card payment is not refunded here", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    await recordCheque(db, admin, { orderId: order.id, amountCents: 4200, chequeNumber: "777", receivedOn: today });
    const [cheque] = await db.select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.offlineReference, "777")));
    expect(await recordOfflineRefund(db, admin, refund(cheque!.id, 100))).toEqual({ ok: false, message: OFFLINE_REFUND_MESSAGES.nothingLeft });
    await cashCheque(db, admin, { paymentId: cheque!.id });
    expect(await recordOfflineRefund(db, admin, refund(cheque!.id, 4200, { method: "cheque", reference: "CHQ-OUT" }))).toMatchObject({ ok: true });
    expect(await state(order.id, cheque!.id)).toMatchObject({ order: { status: "refunded" }, payment: { status: "refunded" } });

    const paid = await insertOrder(db, { status: "paid" });
    const [card] = await db.insert(payments).values({ orderId: paid.id, method: "card", provider: "payplug", providerRef: "pay_x", status: "paid", amountCents: 5000 }).returning();
    expect(await recordOfflineRefund(db, admin, refund(card!.id, 100))).toEqual({ ok: false, message: OFFLINE_REFUND_MESSAGES.notOffline });
  });

  it("is refused to a guest, a customer and a pro (action and use case), and on a stale page; nothing is written", async () => {
    const { order, payment } = await paidByTransfer();
    const seen = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    const fields = { paymentId: payment.id, amount: "10,00", method: "transfer", reference: "RB-9", requestKey: crypto.randomUUID(), confirm: "oui" };
    const form = () => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return data;
    };
    for (const who of [null, (await insertUser(db, "customer")).id, (await insertUser(db, "pro")).id]) {
      session.userId = who;
      expect(await recordOfflineRefundAction(seen, IDLE_FORM_STATE, form())).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    }
    expect(await recordOfflineRefund(db, { id: admin.id, role: "customer", name: "X" }, refund(payment.id, 100))).toEqual({ ok: false, message: OFFLINE_REFUND_MESSAGES.forbidden });
    expect(await recordOfflineRefund(db, null, refund(payment.id, 100))).toEqual({ ok: false, message: OFFLINE_REFUND_MESSAGES.forbidden });

    // Another admin's refund changes the order: the page shown before is stale.
    expect(await recordOfflineRefund(db, admin, refund(payment.id, 500))).toMatchObject({ ok: true });
    session.userId = admin.id;
    expect(await recordOfflineRefundAction(seen, IDLE_FORM_STATE, form())).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await state(order.id, payment.id)).toMatchObject({ order: { refundedCents: 500 }, events: 1, emails: 1 });
    const fresh = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    expect(await recordOfflineRefundAction(fresh, IDLE_FORM_STATE, form())).toMatchObject({ status: "success" });
    expect(await state(order.id, payment.id)).toMatchObject({ order: { refundedCents: 1500 }, events: 2, emails: 2 });
  });

  it("the admin order page offers the form on a transfer with money left, and not once all is given back", async () => {
    const { order, payment } = await paidByTransfer();
    session.userId = admin.id;
    expect(await renderPage(AdminOrderPage, { reference: order.reference }, {})).toContain('data-testid="offline-refund-form"');
    await recordOfflineRefund(db, admin, refund(payment.id, 5000));
    const html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(html).not.toContain('data-testid="offline-refund-form"');
    expect(html).toContain("Remboursée : rien à recevoir ni à expédier");
  });
});

describe("credit notes for refunds of an invoiced order", () => {
  it("each refund gets its avoir for what it took off, in the same transaction, once; no account credit is made of money already given back", async () => {
    const pro = await approvedPro(db, admin);
    const placed = await paidFirstOrder(db, admin, pro.user.id);
    const invoice = await invoiceOfOrder(db, placed.orderId);
    const [payment] = await db.select().from(payments).where(and(eq(payments.orderId, placed.orderId), eq(payments.method, "transfer"), eq(payments.status, "paid")));
    const creditNotes = () => db.select().from(invoices).where(and(eq(invoices.kind, "credit_note"), eq(invoices.correctsInvoiceId, invoice.id))).orderBy(asc(invoices.sequence));

    const first = refund(payment!.id, 1000, { reference: "RB-PRO-1" });
    const done = await recordOfflineRefund(db, admin, first);
    expect(done.ok && done.message).toMatch(/avoir A-\d{4}-\d{6} émis/);
    expect((await creditNotes()).map((n) => n.totalCents)).toEqual([1000]);
    expect(await recordOfflineRefund(db, admin, first)).toMatchObject({ ok: true, already: true });
    expect(await creditNotes()).toHaveLength(1);
    const [account] = await db.select({ creditCents: proAccounts.creditCents }).from(proAccounts).where(eq(proAccounts.id, pro.accountId));
    expect(account!.creditCents).toBe(0);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.refundMade));
    expect(mail!.text).toContain(`L'avoir ${(await creditNotes())[0]!.number} corrige la facture`);

    const rest = placed.totalCents - 1000;
    expect(await recordOfflineRefund(db, admin, refund(payment!.id, rest, { reference: "RB-PRO-2" }))).toMatchObject({ ok: true });
    expect((await creditNotes()).map((n) => n.totalCents)).toEqual([1000, rest]);
    const [after] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, placed.orderId));
    expect(after!.status).toBe("refunded");
  });

  it("an order without an invoice gets no avoir, and a refund of money it never kept (an excess) gets none either", async () => {
    const order = await insertOrder(db, { status: "awaiting_transfer", totalCents: 5000 });
    await recordTransfer(db, admin, { orderId: order.id, amountCents: 5000, bankReference: "VIR-A", receivedOn: today });
    expect(await recordOfflineRefund(db, admin, refund((await db.select().from(payments).where(and(eq(payments.orderId, order.id), eq(payments.offlineReference, "VIR-A"))))[0]!.id, 500))).toMatchObject({ ok: true });
    expect(await db.select().from(invoices)).toEqual([]);

    const pro = await approvedPro(db, admin);
    const placed = await paidFirstOrder(db, admin, pro.user.id);
    // The pro paid 8,00 € too much by a second transfer; giving that back takes nothing off the sale.
    await db.update(orders).set({ status: "paid" }).where(eq(orders.id, placed.orderId));
    const [extra] = await db.insert(payments).values({ orderId: placed.orderId, method: "transfer", status: "paid", amountCents: 800, offlineReference: "VIR-EXTRA", recordedBy: admin.id, receivedOn: today }).returning();
    await db.update(orders).set({ paidCents: placed.totalCents + 800 }).where(eq(orders.id, placed.orderId));
    expect(await recordOfflineRefund(db, admin, refund(extra!.id, 800, { reference: "RB-EXTRA" }))).toMatchObject({ ok: true });
    expect(await db.select().from(invoices).where(eq(invoices.kind, "credit_note"))).toEqual([]);
    const [o] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, placed.orderId));
    expect(o!.status).toBe("paid");
  });
});
