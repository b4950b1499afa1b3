import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, payments } from "@/lib/db/schema";
import { anonymiseGuestOrders, anonymisedEmail } from "@/lib/use-cases/anonymise-guest-orders";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";

/*
 * Retention (issue 12): a guest's personal data is erased after the configured period once nothing
 * is owed; amounts, lines and VAT country stay for the accounts; accounts and unsettled orders are
 * never touched.
 */

beforeEach(async () => {
  await resetDatabase();
});

const YEAR = 365 * 24 * 60 * 60 * 1000;
const old = new Date(Date.now() - 4 * YEAR);

async function guestOrderPaidLongAgo(overrides: Partial<typeof orders.$inferInsert> = {}) {
  const db = await getDb();
  const order = await insertOrder(db, { status: "paid", totalCents: 4_200 });
  await db.update(orders).set({ paidCents: 4_200, createdAt: old, ...overrides }).where(eq(orders.id, order.id));
  await db.insert(payments).values({ orderId: order.id, method: "paypal", provider: "paypal", providerRef: `PP-${order.id.slice(0, 8)}`, status: "paid", amountCents: 4_200, payerEmail: "jeanne@example.fr", providerData: { payer: { email_address: "jeanne@example.fr" } } });
  await db.insert(emailOutbox).values({ toAddress: "jeanne@example.fr", subject: "Commande confirmée", html: "<p>Jeanne Martin, 1 rue de la Paix</p>", text: "Jeanne Martin", template: "order-confirmation-paid", orderId: order.id, status: "sent" });
  await db.insert(orderEvents).values({ orderId: order.id, actorType: "system", type: "payment_link_sent", data: { sentTo: "jeanne@example.fr", linkId: "l1" } });
  return order;
}

const read = async (id: string) => (await (await getDb()).select().from(orders).where(eq(orders.id, id)))[0]!;

describe("guest orders past the retention period", () => {
  it("lose e-mail, phone, names and street addresses everywhere; amounts, lines, country and transaction ids stay", async () => {
    const db = await getDb();
    const order = await guestOrderPaidLongAgo();
    expect(await anonymiseGuestOrders()).toEqual({ anonymised: 1 });
    const after = await read(order.id);
    expect(after).toMatchObject({ email: anonymisedEmail(order.id), phone: "", status: "paid", totalCents: 4_200, paidCents: 4_200, reference: order.reference });
    expect(after.anonymisedAt).not.toBeNull();
    expect(after.billingAddress).toEqual({ firstName: "—", lastName: "—", line1: "—", postalCode: "", city: "—", country: "FR" });
    expect(after.shippingAddress.country).toBe("FR");
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ payerEmail: null, providerData: null, providerRef: `PP-${order.id.slice(0, 8)}`, amountCents: 4_200 });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id));
    expect(mail).toMatchObject({ toAddress: anonymisedEmail(order.id), html: "", text: "" });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(JSON.stringify(events)).not.toContain("jeanne@example.fr");
    expect(events.map((e) => e.type)).toContain("personal_data_erased");
    // Once only.
    expect(await anonymiseGuestOrders()).toEqual({ anonymised: 0 });
  });

  it("keeps accounts' orders, recent orders, unsettled ones, flagged ones and money still to give back", async () => {
    const db = await getDb();
    const customer = await insertUser(db, "customer");
    const withAccount = await guestOrderPaidLongAgo({ userId: customer.id });
    const recent = await guestOrderPaidLongAgo({ createdAt: new Date(Date.now() - YEAR) });
    const unpaid = await guestOrderPaidLongAgo({ status: "awaiting_transfer", paidCents: 0 });
    const flagged = await guestOrderPaidLongAgo({ flag: "Adresse à vérifier." });
    const excess = await guestOrderPaidLongAgo({ status: "cancelled" });
    expect(await anonymiseGuestOrders()).toEqual({ anonymised: 0 });
    for (const o of [withAccount, recent, unpaid, flagged, excess]) expect((await read(o.id)).email).toBe("jeanne@example.fr");
    // The period is the merchant's: six months reaches the order of a year ago.
    expect(await anonymiseGuestOrders({ retentionMonths: 6 })).toEqual({ anonymised: 1 });
    expect((await read(recent.id)).email).toBe(anonymisedEmail(recent.id));
  });
});
