import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, invoices, orderLines } from "@/lib/db/schema";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { formatEur } from "@/lib/shared/money";
import { invoiceForOrderPage } from "@/lib/use-cases/invoices";
import { refundPayment } from "@/lib/use-cases/refund-payment";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * A refund through PayPlug of an order that has an invoice: the credit note (avoir) for what was
 * refunded is written by reconcile in the transaction that records the refund, once — PayPlug's
 * notification of the same refund arriving afterwards issues nothing more — and the customer is
 * e-mailed the refund with the avoir's number.
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

async function paidInvoicedCardOrder() {
  const placed = await placeCardOrder({ totalCents: 2590 });
  const db = await getDb();
  await db.insert(orderLines).values({ orderId: placed.order.id, name: "Savon", unitPriceCents: 2000, quantity: 1, vatRateBp: 2000, lineTotalCents: 2000, position: 1 });
  const started = await startOnlinePayment(placed.payment.id);
  await payOnHostedPage(payplugIdFromUrl(started.ok ? started.redirectUrl : ""));
  await deliver();
  const invoice = await invoiceForOrderPage(db, placed.order.id);
  expect(invoice).not.toBeNull();
  return { ...placed, invoice: invoice! };
}

describe("a provider refund of an invoiced order", () => {
  it("gets its avoir once, with the refund; the notification that follows adds nothing", async () => {
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    const { order, payment, invoice } = await paidInvoicedCardOrder();
    const notes = () => db.select().from(invoices).where(and(eq(invoices.kind, "credit_note"), eq(invoices.correctsInvoiceId, invoice.id))).orderBy(asc(invoices.sequence));

    expect(await refundPayment(admin, { paymentId: payment.id, amountCents: 1000, requestKey: crypto.randomUUID(), seenRefundableCents: 2590 })).toMatchObject({ ok: true });
    expect((await notes()).map((n) => n.totalCents)).toEqual([1000]);
    await deliver();
    expect((await notes()).map((n) => n.totalCents)).toEqual([1000]);
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.refundMade));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Remboursement de ${formatEur(1000)} pour votre commande ${order.reference}`);
    expect(mails[0]!.text).toContain(`L'avoir ${(await notes())[0]!.number}`);

    expect(await refundPayment(admin, { paymentId: payment.id, amountCents: 1590, requestKey: crypto.randomUUID(), seenRefundableCents: 1590 })).toMatchObject({ ok: true });
    await deliver();
    expect((await notes()).map((n) => n.totalCents)).toEqual([1000, 1590]);
    expect(await readOrder(order.id)).toMatchObject({ status: "refunded", refundedCents: 2590 });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.refundMade))).toHaveLength(2);
  });
});
