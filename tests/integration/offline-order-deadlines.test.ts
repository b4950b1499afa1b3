import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, payments, products } from "@/lib/db/schema";
import { findJob } from "@/lib/jobs/registry";
import { recordOrderEvent } from "@/lib/orders/events";
import { PAYMENT_REMINDER_EVENT, remindAndCancelOfflineOrders } from "@/lib/use-cases/cancel-stale-orders";
import { recordCheque, recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { placeOrderOfTwo } from "@/tests/support/checkout";
import { resetDatabase } from "@/tests/support/db";

/*
 * Transfer and cheque orders whose money never comes (hole 7 of the security review: they held
 * their stock for ever). The cancel-stale-orders job reminds the customer once after 7 days and
 * cancels after 14, stock back — never an order with any money received, a cheque in hand, or one
 * on account (lib/use-cases/cancel-stale-orders.ts, remindAndCancelOfflineOrders).
 */

const DAY = 24 * 60 * 60 * 1000;
const REMINDER = "offline-payment-reminder";

let db: Db;
let start: number;
/** The job's clock, `days` after the orders were placed. */
const on = (days: number) => new Date(start + days * DAY);
const run = (days: number) => remindAndCancelOfflineOrders({ now: on(days), reminderDays: 7, cancelDays: 14 });

beforeEach(async () => {
  db = await resetDatabase();
  start = Date.now();
});

const placeOrder = (method: "transfer" | "cheque" | "card") => placeOrderOfTwo(db, method);

async function stockOf(productId: string) {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  return row!.stock;
}

async function statusOf(orderId: string) {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row!.status;
}

async function mails(orderId: string, template: string) {
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, template)));
}

describe("unpaid transfer and cheque orders", () => {
  it("reminds once after 7 days, in French with how to pay and the deadline, then cancels after 14: stock back, customer told", async () => {
    const placed = await placeOrder("transfer");
    expect(await stockOf(placed.productId)).toBe(8);

    expect(await run(6.9)).toMatchObject({ reminded: 0, cancelled: 0 });
    expect(await mails(placed.orderId, REMINDER)).toHaveLength(0);

    expect(await run(7.1)).toMatchObject({ reminded: 1, cancelled: 0 });
    const [reminder] = await mails(placed.orderId, REMINDER);
    expect(reminder!.subject).toMatch(/^Rappel : votre commande CA-[A-Z0-9]+ attend votre paiement$/);
    expect(reminder!.text).toContain("Nous n'avons pas encore reçu le paiement de votre commande");
    expect(reminder!.text).toContain("IBAN");
    expect(reminder!.text).toMatch(/Sans paiement reçu d'ici le \d{2}\/\d{2}\/\d{4}, la commande sera annulée et ses articles remis en vente\./);
    expect(reminder!.text).toContain("Si vous avez déjà fait le virement");
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.type, PAYMENT_REMINDER_EVENT)));
    expect(event).toMatchObject({ actorType: "system" });

    // Sent once, however often the job runs.
    expect(await run(7.2)).toMatchObject({ reminded: 0 });
    expect(await run(13.9)).toMatchObject({ reminded: 0, cancelled: 0 });
    expect(await mails(placed.orderId, REMINDER)).toHaveLength(1);
    expect(await statusOf(placed.orderId)).toBe("awaiting_transfer");

    expect(await run(14.1)).toMatchObject({ cancelled: 1 });
    expect(await statusOf(placed.orderId)).toBe("cancelled");
    expect(await stockOf(placed.productId)).toBe(10);
    const [cancelled] = await mails(placed.orderId, "order-cancelled");
    expect(cancelled!.text).toContain("a été annulée, car nous n'avons pas reçu son paiement dans le délai de 14 jours.");
    expect(await run(20)).toMatchObject({ reminded: 0, claimed: 0, cancelled: 0 });
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(1);
  });

  it("reminds a cheque order with the cheque's instructions", async () => {
    const placed = await placeOrder("cheque");
    await run(7.1);
    const [reminder] = await mails(placed.orderId, REMINDER);
    expect(reminder!.text).toContain("à l'ordre de");
    expect(reminder!.text).toContain("Si vous avez déjà envoyé le chèque");
    await run(14.1);
    expect(await statusOf(placed.orderId)).toBe("cancelled");
  });

  it.each([
    ["part of a transfer received", "transfer"],
    ["a cheque in hand, not cashed yet", "cheque"],
  ] as const)("never reminds nor cancels an order with %s", async (_label, method) => {
    const admin = await insertUser(db, "admin");
    const placed = await placeOrder(method);
    if (method === "transfer") await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: 100, bankReference: "VIR-1", receivedOn: "2026-01-15" });
    else await recordCheque(db, admin, { orderId: placed.orderId, amountCents: 3090, chequeNumber: "1234567", receivedOn: "2026-01-15" });
    expect(await run(7.1)).toMatchObject({ reminded: 0 });
    expect(await run(40)).toMatchObject({ reminded: 0, claimed: 0, cancelled: 0 });
    expect(await statusOf(placed.orderId)).toBe(method === "transfer" ? "awaiting_transfer" : "awaiting_cheque");
    expect(await stockOf(placed.productId)).toBe(8);
  });

  it("leaves card orders, orders on account, and anything with a payment on account to their own rules", async () => {
    const card = await placeOrder("card");
    const onAccount = await insertOrder(db, { status: "on_account" });
    await db.update(orders).set({ paymentMethod: "net30" }).where(eq(orders.id, onAccount.id));
    const transferWithNet30 = await insertOrder(db, { status: "awaiting_transfer" });
    await db.insert(payments).values({ orderId: transferWithNet30.id, method: "net30", status: "pending", amountCents: 5000 });
    expect(await run(7.1)).toMatchObject({ reminded: 0 });
    expect(await run(40)).toMatchObject({ reminded: 0, claimed: 0 });
    expect(await statusOf(card.orderId)).toBe("pending_payment");
    expect(await statusOf(onAccount.id)).toBe("on_account");
    expect(await statusOf(transferWithNet30.id)).toBe("awaiting_transfer");
  });

  it("reminds an order older than the rule before cancelling it, and keeps the reminder's date", async () => {
    const placed = await placeOrder("transfer");
    expect(await run(30)).toMatchObject({ reminded: 1, cancelled: 0 });
    expect(await run(36.9)).toMatchObject({ cancelled: 0 });
    expect(await statusOf(placed.orderId)).toBe("awaiting_transfer");
    expect(await run(37.1)).toMatchObject({ cancelled: 1 });
  });

  it("keeps an order the customer or an admin acted on during the last 14 days", async () => {
    const admin = await insertUser(db, "admin");
    const placed = await placeOrder("transfer");
    await run(7.1);
    await recordOrderEvent(db, { orderId: placed.orderId, actor: { type: "admin", id: admin.id }, type: "note", reason: "Virement annoncé par téléphone", at: on(10) });
    expect(await run(14.1)).toMatchObject({ cancelled: 0 });
    expect(await statusOf(placed.orderId)).toBe("awaiting_transfer");
    expect(await run(24.1)).toMatchObject({ cancelled: 1 });
  });

  it("sends one reminder when several instances run at once", async () => {
    const placed = await placeOrder("transfer");
    const reports = await Promise.all([run(7.1), run(7.1), run(7.1)]);
    expect(reports.reduce((sum, r) => sum + r.reminded, 0)).toBe(1);
    expect(await mails(placed.orderId, REMINDER)).toHaveLength(1);
  });

  it("runs in the registered cancel-stale-orders job, after the online orders", async () => {
    expect(await findJob("cancel-stale-orders")!.run()).toMatchObject({ online: { claimed: 0 }, offline: { reminded: 0, claimed: 0 } });
    expect(await getDb()).toBe(db);
  });
});
