import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { emailOutbox, orderEvents, orderLines, orders, products } from "@/lib/db/schema";
import { todayInParis } from "@/lib/shared/dates";
import { cancelOrderAsAdmin } from "@/lib/use-cases/cancel-order";
import { remindAndCancelOfflineOrders } from "@/lib/use-cases/cancel-stale-orders";
import { chequePlanOf, editChequeSchedule, recordInstalmentCheque } from "@/lib/use-cases/instalment-cheques";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, NET30_TERMS, placeProOrder } from "@/tests/support/pro-fixtures";

/*
 * An order waiting for its instalment cheques that will not be paid that way: the admin cancels
 * it (stock back, the schedule ends, a cheque already received is listed to send back and never
 * deposited), the shop's deadlines remind then cancel one whose cheques never come, and the
 * schedule's number of cheques can be changed before any arrives.
 */

const DAY = 24 * 60 * 60 * 1000;
const BASKET = [{ priceCents: 1200_01, vatRateBp: 2000, quantity: 2 }];

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  admin = await insertUser(db, "admin");
});

async function placeThreeCheques() {
  const pro = await approvedPro(db, admin);
  const terms = await updateProTerms(db, admin, pro.accountId, { ...NET30_TERMS, chequeInstalmentsAllowed: true });
  if (!terms.ok) throw new Error(terms.message);
  const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 3 });
  const [line] = await db.select({ productId: orderLines.productId }).from(orderLines).where(eq(orderLines.orderId, placed.orderId));
  return { pro, placed, productId: line!.productId! };
}

const stockOf = async (productId: string) => (await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId)))[0]!.stock;
const statusOf = async (orderId: string) => (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]!.status;
const mails = (orderId: string, template: string) => db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, template)));

describe("cancelling an order that waits for its cheques", () => {
  it("by an admin, with the first cheque received: schedule ended, cheque to send back, stock back, customer told", async () => {
    const { pro, placed, productId } = await placeThreeCheques();
    expect(await stockOf(productId)).toBe(98);
    const plan = (await chequePlanOf(db, placed.orderId))!;
    const first = plan.parts[0]!;
    expect(await recordInstalmentCheque(db, admin, { instalmentId: first.id, drawer: "Institut Beauté Paul", bank: "CIC", chequeNumber: "7000112", amountCents: first.amountCents, receivedOn: todayInParis() })).toMatchObject({ ok: true });

    // Neither the customer nor a pro can cancel it, and nothing changes.
    expect(await cancelOrderAsAdmin({ id: pro.user.id, role: "customer" }, { orderId: placed.orderId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await statusOf(placed.orderId)).toBe("awaiting_cheques");

    const result = await cancelOrderAsAdmin(admin, { orderId: placed.orderId, note: "le client renonce" });
    expect(result).toMatchObject({ ok: true, alreadyCancelled: false, restoredUnits: 2 });
    expect(await statusOf(placed.orderId)).toBe("cancelled");
    expect(await stockOf(productId)).toBe(100);
    const after = (await chequePlanOf(db, placed.orderId))!;
    expect(after.parts.map((p) => p.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    // The received cheque keeps what identifies it: the admin sends that one back.
    expect(after.parts[0]).toMatchObject({ chequeNumber: "7000112", chequeDrawer: "Institut Beauté Paul" });

    const [returned] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.type, "instalment_cheques_returned")));
    expect(returned!.reason).toContain("n° 7000112");
    const [mail] = await mails(placed.orderId, "order-cancelled");
    expect(mail!.text).toContain("a été annulée à la demande de notre service client");
    expect(mail!.text).toMatch(/Le chèque n° 7000112 de [\d\s ]+,\d{2}\s€ que vous nous aviez envoyé n'a pas été déposé : nous vous le renvoyons\./);

    // A second cancel is a no-op; a cheque recorded afterwards is refused.
    expect(await cancelOrderAsAdmin(admin, { orderId: placed.orderId })).toMatchObject({ ok: true, alreadyCancelled: true });
    expect(await mails(placed.orderId, "order-cancelled")).toHaveLength(1);
    expect(await stockOf(productId)).toBe(100);
    const second = after.parts[1]!;
    expect(await recordInstalmentCheque(db, admin, { instalmentId: second.id, drawer: "Institut Beauté Paul", bank: "CIC", chequeNumber: "7000113", amountCents: second.amountCents, receivedOn: todayInParis() })).toMatchObject({
      ok: false,
    });
  });

  it("by the shop's deadlines: reminded with the schedule after 7 days, cancelled after 14 — never once a cheque is in hand", async () => {
    const start = Date.now();
    const on = (days: number) => new Date(start + days * DAY);
    const run = (days: number) => remindAndCancelOfflineOrders({ now: on(days), reminderDays: 7, cancelDays: 14 });
    const waiting = await placeThreeCheques();
    const started = await placeThreeCheques();
    const part = (await chequePlanOf(db, started.placed.orderId))!.parts[0]!;
    expect(await recordInstalmentCheque(db, admin, { instalmentId: part.id, drawer: "SARL Paul", bank: "LCL", chequeNumber: "55501", amountCents: part.amountCents, receivedOn: todayInParis() })).toMatchObject({ ok: true });

    expect(await run(7.1)).toMatchObject({ reminded: 1 });
    const [reminder] = await mails(waiting.placed.orderId, "offline-payment-reminder");
    expect(reminder!.text).toContain("3 chèques");
    expect(reminder!.text).toContain("Si vous avez déjà envoyé les chèques");
    expect(await mails(started.placed.orderId, "offline-payment-reminder")).toHaveLength(0);

    expect(await run(14.1)).toMatchObject({ cancelled: 1 });
    expect(await statusOf(waiting.placed.orderId)).toBe("cancelled");
    expect((await chequePlanOf(db, waiting.placed.orderId))!.parts.every((p) => p.status === "cancelled")).toBe(true);
    expect(await stockOf(waiting.productId)).toBe(100);
    expect(await statusOf(started.placed.orderId)).toBe("awaiting_cheques");
    expect(await run(30)).toMatchObject({ cancelled: 0 });
    expect(await statusOf(started.placed.orderId)).toBe("awaiting_cheques");
  });
});

describe("changing the number of cheques before any arrives", () => {
  it("3 → 2 cheques, same total: the plan's count follows; a count outside 2–4 is refused", async () => {
    const { placed } = await placeThreeCheques();
    const plan = (await chequePlanOf(db, placed.orderId))!;
    const total = plan.plan.totalCents;
    const half = Math.floor(total / 2);
    const two = [
      { dueOn: plan.parts[0]!.dueOn, amountCents: total - half },
      { dueOn: plan.parts[1]!.dueOn, amountCents: half },
    ];
    expect(await editChequeSchedule(db, admin, { orderId: placed.orderId, parts: two })).toMatchObject({ ok: true });
    const after = (await chequePlanOf(db, placed.orderId))!;
    expect(after.plan.count).toBe(2);
    expect(after.parts.map((p) => [p.position, p.amountCents])).toEqual([
      [1, total - half],
      [2, half],
    ]);
    const [mail] = await mails(placed.orderId, "instalments-rescheduled");
    expect(mail!.text).toContain("Envoyez-nous 2 chèques");

    const five = Array.from({ length: 5 }, (_, i) => ({ dueOn: plan.parts[0]!.dueOn, amountCents: i === 0 ? total - 4 : 1 }));
    expect(await editChequeSchedule(db, admin, { orderId: placed.orderId, parts: five })).toMatchObject({ ok: false });
    expect((await chequePlanOf(db, placed.orderId))!.plan.count).toBe(2);
  });
});
