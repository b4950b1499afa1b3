import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, payments } from "@/lib/db/schema";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { bounceCheque, cashCheque, recordCheque, recordTransfer } from "./record-offline-payment";

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  admin = await insertUser(db, "admin");
});

const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const eventsOf = async (id: string) => db.select().from(orderEvents).where(eq(orderEvents.orderId, id)).orderBy(asc(orderEvents.id));
const mailsOf = async (id: string) => db.select().from(emailOutbox).where(eq(emailOutbox.orderId, id));
const transfer = (orderId: string, amountCents: number, bankReference: string) =>
  recordTransfer(db, admin, { orderId, amountCents, bankReference, receivedOn: "2026-01-15" });

describe("recordTransfer", () => {
  it("leaves a partial transfer waiting, then pays the order when the rest arrives", async () => {
    const order = await insertOrder(db, { totalCents: 5000 });

    const first = await transfer(order.id, 3750, "VIR-001");
    expect(first).toMatchObject({ ok: true, summary: { status: "awaiting_transfer", paidCents: 3750, outstandingCents: 1250, becamePaid: false } });
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_transfer", paidCents: 3750 });
    expect(await mailsOf(order.id)).toHaveLength(0);

    const second = await transfer(order.id, 1250, "VIR-002");
    expect(second).toMatchObject({ ok: true, summary: { status: "paid", paidCents: 5000, outstandingCents: 0, becamePaid: true } });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", paidCents: 5000 });

    const rows = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(rows).toHaveLength(2);
    expect(rows.every((p) => p.method === "transfer" && p.status === "paid" && p.recordedBy === admin.id)).toBe(true);
    expect(rows.map((p) => p.receivedOn)).toEqual(["2026-01-15", "2026-01-15"]);

    const events = await eventsOf(order.id);
    expect(events.map((e) => e.type)).toEqual(["transfer_recorded", "transfer_recorded", "status_changed"]);
    expect(events[2]).toMatchObject({ fromStatus: "awaiting_transfer", toStatus: "paid", actorType: "admin", actorId: admin.id });
  });

  it("writes the 'paiement reçu' e-mail in the same transaction as the payment", async () => {
    const order = await insertOrder(db, { totalCents: 1590 });
    await transfer(order.id, 1590, "VIR-A");
    const mails = await mailsOf(order.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "payment-received", toAddress: "jeanne@example.fr", status: "pending" });
    expect(mails[0]!.subject).toContain(order.reference);
    expect(mails[0]!.text).toContain("15,90");
  });

  it("records an overpayment and shows it", async () => {
    const order = await insertOrder(db, { totalCents: 5000 });
    const result = await transfer(order.id, 5200, "VIR-OVER");
    expect(result).toMatchObject({ ok: true, summary: { status: "paid", paidCents: 5200, outstandingCents: 0, overpaidCents: 200 } });
    expect((await mailsOf(order.id))[0]!.text).toContain("2,00");
  });

  it("refuses a second transfer with the same bank reference, and a transfer on a paid or cancelled order", async () => {
    const order = await insertOrder(db, { totalCents: 5000 });
    await transfer(order.id, 1000, "VIR-X");
    expect(await transfer(order.id, 1000, "vir-x")).toMatchObject({ ok: false, code: "duplicate_transfer" });
    await transfer(order.id, 4000, "VIR-Y");
    expect(await transfer(order.id, 100, "VIR-Z")).toMatchObject({ ok: false, code: "already_paid" });
    const cancelled = await insertOrder(db, { status: "cancelled" });
    const refused = await transfer(cancelled.id, 100, "VIR-C");
    expect(refused).toMatchObject({ ok: false, code: "order_state" });
    expect(!refused.ok && refused.message).toMatch(/pas possible/);
    expect(await db.select().from(payments).where(eq(payments.orderId, cancelled.id))).toHaveLength(0);
  });

  it("counts two simultaneous recordings of the same transfer once (row lock + reference check)", async () => {
    const order = await insertOrder(db, { totalCents: 5000 });
    const results = await Promise.all([transfer(order.id, 5000, "VIR-SAME"), transfer(order.id, 5000, "VIR-SAME")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)[0]).toMatch(/duplicate_transfer|already_paid/);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", paidCents: 5000 });
    expect(await db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(1);
    expect(await mailsOf(order.id)).toHaveLength(1);
  });

  it("refuses a customer, and anonymous callers, without writing anything", async () => {
    const customer = await insertUser(db, "customer");
    const order = await insertOrder(db, { totalCents: 5000, userId: customer.id });
    const input = { orderId: order.id, amountCents: 5000, bankReference: "VIR-1", receivedOn: "2026-01-15" };
    expect(await recordTransfer(db, customer, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await recordTransfer(db, null, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await recordCheque(db, customer, { orderId: order.id, amountCents: 5000, chequeNumber: "1", receivedOn: "2026-01-15" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(payments)).toHaveLength(0);
    expect(await eventsOf(order.id)).toHaveLength(0);
  });
});

describe("cheques", () => {
  const cheque = (orderId: string, amountCents: number, chequeNumber: string) =>
    recordCheque(db, admin, { orderId, amountCents, chequeNumber, receivedOn: "2026-01-10" });

  it("received → cashed → paid", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const received = await cheque(order.id, 4200, "1234567");
    expect(received).toMatchObject({ ok: true, summary: { status: "awaiting_cheque", paidCents: 0, outstandingCents: 4200 } });
    const paymentId = received.ok ? received.summary.paymentId : "";
    expect((await db.select().from(payments).where(eq(payments.id, paymentId)))[0]).toMatchObject({ method: "cheque", status: "pending", offlineReference: "1234567" });
    expect(await orderRow(order.id)).toMatchObject({ status: "awaiting_cheque", paidCents: 0 });

    const cashed = await cashCheque(db, admin, { paymentId });
    expect(cashed).toMatchObject({ ok: true, summary: { status: "paid", paidCents: 4200, becamePaid: true } });
    expect((await db.select().from(payments).where(eq(payments.id, paymentId)))[0]).toMatchObject({ status: "paid" });
    expect(await mailsOf(order.id)).toHaveLength(1);
    expect((await eventsOf(order.id)).map((e) => e.type)).toEqual(["cheque_received", "cheque_cashed", "status_changed"]);

    // Cashing twice (double click) changes nothing.
    expect(await cashCheque(db, admin, { paymentId })).toMatchObject({ ok: false, code: "payment_state" });
    expect(await orderRow(order.id)).toMatchObject({ paidCents: 4200 });
  });

  it("a bounced cheque fails the payment, keeps the order waiting and says why", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const received = await cheque(order.id, 4200, "555");
    const paymentId = received.ok ? received.summary.paymentId : "";
    const bounced = await bounceCheque(db, admin, { paymentId, reason: "Provision insuffisante" });
    expect(bounced).toMatchObject({ ok: true, summary: { status: "awaiting_cheque", paidCents: 0, outstandingCents: 4200 } });
    expect((await db.select().from(payments).where(eq(payments.id, paymentId)))[0]).toMatchObject({ status: "failed", failureMessage: "Provision insuffisante" });
    const events = await eventsOf(order.id);
    expect(events.at(-1)).toMatchObject({ type: "cheque_bounced", reason: "Provision insuffisante", actorType: "admin" });
    expect(await cashCheque(db, admin, { paymentId })).toMatchObject({ ok: false, code: "payment_state" });
    // The same cheque number may be presented again after a bounce.
    expect(await cheque(order.id, 4200, "555")).toMatchObject({ ok: true });
  });

  it("refuses a duplicate cheque number and cashing by a customer", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const received = await cheque(order.id, 2000, "777");
    expect(await cheque(order.id, 2000, "777")).toMatchObject({ ok: false, code: "duplicate_cheque" });
    const customer = await insertUser(db, "customer");
    const paymentId = received.ok ? received.summary.paymentId : "";
    expect(await cashCheque(db, customer, { paymentId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await bounceCheque(db, customer, { paymentId, reason: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await cashCheque(db, admin, { paymentId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, code: "payment_not_found" });
  });

  it("never cashes the checkout's instructions placeholder, and closes it once the order is paid", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const [placeholder] = await db.insert(payments).values({ orderId: order.id, method: "cheque", status: "pending", amountCents: 4200 }).returning();
    expect(await cashCheque(db, admin, { paymentId: placeholder!.id })).toMatchObject({ ok: false, code: "payment_not_found" });
    const received = await cheque(order.id, 4200, "321");
    await cashCheque(db, admin, { paymentId: received.ok ? received.summary.paymentId : "" });
    expect((await db.select().from(payments).where(eq(payments.id, placeholder!.id)))[0]).toMatchObject({ status: "cancelled", failureCode: "superseded" });
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", paidCents: 4200 });
  });

  it("two cheques, the first cashed leaves the rest outstanding", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const a = await cheque(order.id, 2000, "A1");
    await cheque(order.id, 2200, "A2");
    const cashed = await cashCheque(db, admin, { paymentId: a.ok ? a.summary.paymentId : "" });
    expect(cashed).toMatchObject({ ok: true, summary: { status: "awaiting_cheque", paidCents: 2000, outstandingCents: 2200 } });
  });

  it("counts two simultaneous 'chèque encaissé' once", async () => {
    const order = await insertOrder(db, { status: "awaiting_cheque", totalCents: 4200 });
    const received = await cheque(order.id, 4200, "999");
    const paymentId = received.ok ? received.summary.paymentId : "";
    const results = await Promise.all([cashCheque(db, admin, { paymentId }), cashCheque(db, admin, { paymentId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await orderRow(order.id)).toMatchObject({ status: "paid", paidCents: 4200 });
  });
});
