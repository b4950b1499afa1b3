import { and, asc, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { accountPayments, depositSlips, emailOutbox, instalmentPlans, instalments, invoices, orderEvents, orders, payments, proAccounts } from "@/lib/db/schema";
import { addDays } from "@/lib/billing/payment-terms";
import { atTime } from "@/lib/shared/clock";
import { todayInParis } from "@/lib/shared/dates";
import {
  bounceInstalmentCheque,
  bouncedChequesOfAccount,
  cashInstalmentCheque,
  chequePlanOf,
  chequesBoard,
  createDepositSlip,
  depositSlipView,
  editChequeSchedule,
  recordInstalmentCheque,
} from "@/lib/use-cases/instalment-cheques";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, NET30_TERMS, placeProOrder, tryProOrder } from "@/tests/support/pro-fixtures";
import { renderDepositSlipPdf } from "@/lib/documents/deposit-slip-pdf";

/*
 * Orders paid in several bank cheques, on a real database: the checkout's refusals (nothing
 * written), a 3-cheque order from placement to paid through receipt, a deposit slip and cashing,
 * a bounced cheque (account held, admins alerted, the portal's figure), and the back-office's
 * refusals (wrong amount, same number twice, a cheque already deposited, callers who are not admins).
 */

/** A message containing `part`, for toMatchObject (typed, unlike expect.stringContaining). */
const contains = (part: string) => expect.stringMatching(part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) as unknown as string;

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
// 3 × 400 € + 0,01 € (shipping free above the threshold): the remainder lands on the first cheque.
const BASKET = [{ priceCents: 1200_01, vatRateBp: 2000, quantity: 1 }];

beforeEach(async () => {
  db = await resetDatabase();
  admin = await insertUser(db, "admin");
});

async function proWithInstalments(allowed = true) {
  const pro = await approvedPro(db, admin);
  const r = await updateProTerms(db, admin, pro.accountId, { ...NET30_TERMS, chequeInstalmentsAllowed: allowed });
  if (!r.ok) throw new Error(r.message);
  return pro;
}

const countOf = async (table: typeof orders | typeof instalmentPlans | typeof instalments | typeof invoices) => Number((await db.select({ n: count() }).from(table))[0]!.n);

async function receiveAll(orderId: string) {
  const plan = (await chequePlanOf(db, orderId))!;
  for (const part of plan.parts) {
    const r = await recordInstalmentCheque(db, admin, { instalmentId: part.id, drawer: "Institut Beauté Paul", bank: "Banque Populaire", chequeNumber: `000${part.position}12`, amountCents: part.amountCents, receivedOn: todayInParis() });
    expect(r).toMatchObject({ ok: true });
  }
  return (await chequePlanOf(db, orderId))!;
}

describe("checkout in several cheques", () => {
  it("a 3-cheque order waits for its cheques, with its plan, parts and the schedule in the confirmation", async () => {
    const pro = await proWithInstalments();
    const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 3 });
    expect(placed.status).toBe("awaiting_cheques");
    const plan = (await chequePlanOf(db, placed.orderId))!;
    expect(plan.plan).toMatchObject({ kind: "cheques", count: 3, totalCents: placed.totalCents });
    const today = todayInParis();
    expect(plan.parts.map((p) => [p.position, p.dueOn, p.amountCents, p.status])).toEqual([
      [1, today, 400_01 + (placed.totalCents - 1200_01), "expected"],
      [2, addDays(today, 30), 400_00, "expected"],
      [3, addDays(today, 60), 400_00, "expected"],
    ]);
    expect(plan.parts.reduce((s, p) => s + p.amountCents, 0)).toBe(placed.totalCents);
    // No invoice until every cheque is held.
    expect(await countOf(invoices)).toBe(0);
    const [mail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.orderId, placed.orderId), eq(emailOutbox.template, "order-confirmation")));
    expect(mail!.text).toContain("3 chèques");
    expect(mail!.text).toContain("au dos de chaque chèque");
    expect(mail!.text).toMatch(/payable à vue/);
    expect(mail!.text).toContain(`déposé le ${today.split("-").reverse().join("/")}`);
  });

  it.each([
    ["without the right", false, 3, BASKET],
    ["a count of 5", true, 5, BASKET],
    ["a count of 1.5 by a forged request (not an integer)", true, 1.5, BASKET],
    ["under the minimum (300 €)", true, 2, [{ priceCents: 299_00, vatRateBp: 2000, quantity: 1 }]],
  ])("refused %s, nothing written", async (_label, allowed, n, basket) => {
    const pro = await proWithInstalments(allowed);
    const before = { orders: await countOf(orders), plans: await countOf(instalmentPlans) };
    const r = await tryProOrder(db, pro.user.id, "cheque", basket, { instalments: n });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe("instalments_refused");
      expect(r.message).toMatch(/chèques/);
    }
    expect({ orders: await countOf(orders), plans: await countOf(instalmentPlans) }).toEqual(before);
  });

  it("refused on hold, and by card in several cheques, nothing written", async () => {
    const pro = await proWithInstalments();
    expect((await tryProOrder(db, pro.user.id, "transfer", BASKET, { instalments: 3 })).ok).toBe(false);
    await db.update(proAccounts).set({ onHold: true, holdReason: "Chèque impayé", holdSource: "bounced_cheque" }).where(eq(proAccounts.id, pro.accountId));
    const r = await tryProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 2 });
    expect(r).toMatchObject({ ok: false, reason: "instalments_refused", message: contains("suspendu") });
    expect(await countOf(instalmentPlans)).toBe(0);
  });
});

describe("the admin's cheques", () => {
  it("received ×3 → on account and invoiced with the schedule → one slip → cashed ×3 → paid", async () => {
    const pro = await proWithInstalments();
    const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 3 });
    const plan = await receiveAll(placed.orderId);
    expect(plan.parts.every((p) => p.status === "received")).toBe(true);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
    expect(order!.status).toBe("on_account");
    const [invoice] = await db.select().from(invoices).where(and(eq(invoices.orderId, placed.orderId), eq(invoices.kind, "invoice")));
    expect(invoice!.dueDate).toBe(plan.parts[2]!.dueOn);
    expect((invoice!.document as { instalments?: unknown[] }).instalments).toHaveLength(3);

    // The shop deposits each cheque on its day: the first today, the others on theirs.
    const early = await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: [plan.parts[1]!.id] });
    expect(early).toMatchObject({ ok: false, message: contains("pas avant") });
    const later = addDays(todayInParis(), 61);
    await atTime(new Date(`${later}T10:00:00Z`), async () => {
      const slip = await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: plan.parts.map((p) => p.id) });
      expect(slip).toMatchObject({ ok: true, slipNumber: 1 });
      // A double submit finds its slip; the same cheque on another slip is refused.
      expect(await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: plan.parts.map((p) => p.id) })).toMatchObject({ ok: true, already: true, slipNumber: 1 });
      expect(await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: [plan.parts[0]!.id] })).toMatchObject({ ok: false, message: contains("déjà sur une remise") });
      const [row] = await db.select().from(depositSlips);
      expect(row).toMatchObject({ number: 1, count: 3, totalCents: placed.totalCents });
      const view = (await depositSlipView(db, row!.id))!;
      expect(view.cheques.map((c) => c.bank)).toEqual(["Banque Populaire", "Banque Populaire", "Banque Populaire"]);
      const pdf = await renderDepositSlipPdf(view);
      expect(pdf.text.flat().join(" ")).toContain("Remise de chèques n° 1");

      for (const [i, part] of plan.parts.entries()) {
        const r = await cashInstalmentCheque(db, admin, { instalmentId: part.id });
        expect(r).toMatchObject({ ok: true });
        const [o] = await db.select({ status: orders.status, paidCents: orders.paidCents }).from(orders).where(eq(orders.id, placed.orderId));
        expect(o!.status).toBe(i === 2 ? "paid" : "on_account");
      }
      expect(await cashInstalmentCheque(db, admin, { instalmentId: plan.parts[0]!.id })).toMatchObject({ ok: true, already: true });
    });
    const [paidInvoice] = await db.select().from(invoices).where(eq(invoices.id, invoice!.id));
    expect(paidInvoice!.paidCents).toBe(placed.totalCents);
    expect(paidInvoice!.settledAt).not.toBeNull();
    const [o] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
    expect(o!.paidCents).toBe(placed.totalCents);
    expect(await db.select({ n: count() }).from(accountPayments).where(eq(accountPayments.method, "cheque"))).toEqual([{ n: 3 }]);
    const events = await db.select({ type: orderEvents.type, data: orderEvents.data }).from(orderEvents).where(eq(orderEvents.orderId, placed.orderId)).orderBy(asc(orderEvents.id));
    expect(events.filter((e) => e.type === "instalment_cheque_received")).toHaveLength(3);
    expect(events.find((e) => e.type === "cheque_deposited")!.data).toMatchObject({ by: "Alice Admin", slip: 1 });
  });

  it("a bounced cheque holds the account, alerts the admins, and the portal lists what is owed", async () => {
    const pro = await proWithInstalments();
    const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 2 });
    const plan = await receiveAll(placed.orderId);
    expect((await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: [plan.parts[0]!.id] })).ok).toBe(true);
    expect(await cashInstalmentCheque(db, admin, { instalmentId: plan.parts[1]!.id })).toMatchObject({ ok: false, message: contains("déposez-le") });
    const r = await bounceInstalmentCheque(db, admin, { instalmentId: plan.parts[0]!.id, reason: "Provision insuffisante" });
    expect(r).toMatchObject({ ok: true });
    const [account] = await db.select().from(proAccounts).where(eq(proAccounts.id, pro.accountId));
    expect(account).toMatchObject({ onHold: true, holdSource: "bounced_cheque" });
    const alerts = await db.select().from(emailOutbox).where(and(eq(emailOutbox.template, "admin-alert"), eq(emailOutbox.orderId, placed.orderId)));
    expect(alerts).toHaveLength(1);
    expect(await bouncedChequesOfAccount(db, pro.accountId)).toMatchObject([{ amountCents: plan.parts[0]!.amountCents, orderReference: placed.reference }]);
    // A new instalment order is now refused.
    expect(await tryProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 2 })).toMatchObject({ ok: false, reason: "instalments_refused" });
  });

  it("refuses a cheque for the wrong amount, the same number twice, and a schedule edited after a cheque came", async () => {
    const pro = await proWithInstalments();
    const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 3 });
    const plan = (await chequePlanOf(db, placed.orderId))!;
    const [p1, p2, p3] = plan.parts;
    const cheque = (id: string, amountCents: number, chequeNumber: string) => recordInstalmentCheque(db, admin, { instalmentId: id, drawer: "Paul Martin", bank: "LCL", chequeNumber, amountCents, receivedOn: todayInParis() });

    expect(await cheque(p2!.id, p2!.amountCents + 1, "111")).toMatchObject({ ok: false, message: contains("modifiez d'abord l'échéancier") });
    // The admin adjusts the schedule (same total), then the cheque matches.
    const edited = [
      { dueOn: p1!.dueOn, amountCents: p1!.amountCents - 1 },
      { dueOn: p2!.dueOn, amountCents: p2!.amountCents + 1 },
      { dueOn: p3!.dueOn, amountCents: p3!.amountCents },
    ];
    expect(await editChequeSchedule(db, admin, { orderId: placed.orderId, parts: [...edited.slice(0, 2), { ...edited[2]!, amountCents: edited[2]!.amountCents + 1 }] })).toMatchObject({ ok: false, message: contains("exactement") });
    expect(await editChequeSchedule(db, admin, { orderId: placed.orderId, parts: edited })).toMatchObject({ ok: true });
    const newPlan = (await chequePlanOf(db, placed.orderId))!;
    expect(await cheque(newPlan.parts[1]!.id, p2!.amountCents + 1, "111")).toMatchObject({ ok: true });
    expect(await cheque(newPlan.parts[1]!.id, p2!.amountCents + 1, "111")).toMatchObject({ ok: true, already: true }); // double click
    expect(await cheque(newPlan.parts[2]!.id, newPlan.parts[2]!.amountCents, "111")).toMatchObject({ ok: false, message: contains("déjà enregistré") });
    expect(await editChequeSchedule(db, admin, { orderId: placed.orderId, parts: edited })).toMatchObject({ ok: false, message: contains("déjà reçu") });
    // Not all held: not to deposit yet.
    expect(await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: [newPlan.parts[1]!.id] })).toMatchObject({ ok: false, message: contains("tous reçus") });
  });

  it("refuses every admin action to a customer, a pro and a signed-out caller, and changes nothing", async () => {
    const pro = await proWithInstalments();
    const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 2 });
    const plan = (await chequePlanOf(db, placed.orderId))!;
    const customer = await insertUser(db, "customer");
    const proUser = { ...pro.user, role: "pro" };
    for (const caller of [customer, proUser, null]) {
      const part = plan.parts[0]!;
      const results = [
        await recordInstalmentCheque(db, caller, { instalmentId: part.id, drawer: "X", bank: "Y", chequeNumber: "1", amountCents: part.amountCents, receivedOn: todayInParis() }),
        await editChequeSchedule(db, caller, { orderId: placed.orderId, parts: plan.parts.map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents })) }),
        await createDepositSlip(db, caller, { paymentIds: [], instalmentIds: [part.id] }),
        await cashInstalmentCheque(db, caller, { instalmentId: part.id }),
        await bounceInstalmentCheque(db, caller, { instalmentId: part.id, reason: "Provision insuffisante" }),
      ];
      for (const r of results) expect(r).toEqual({ ok: false, message: "Action réservée aux administrateurs." });
    }
    expect((await chequePlanOf(db, placed.orderId))!.parts.map((p) => p.status)).toEqual(["expected", "expected"]);
    expect(await db.select({ n: count() }).from(depositSlips)).toEqual([{ n: 0 }]);
  });
});

describe("deposit slips with single cheques", () => {
  it("totals the selected cheques, numbers slips in sequence, and lists them on the board", async () => {
    const pro = await proWithInstalments();
    const a = await placeProOrder(db, pro.user.id, "cheque", [{ priceCents: 50_00, vatRateBp: 2000, quantity: 1 }]);
    const b = await placeProOrder(db, pro.user.id, "cheque", [{ priceCents: 70_00, vatRateBp: 2000, quantity: 1 }]);
    for (const o of [a, b]) expect((await recordCheque(db, admin, { orderId: o.orderId, amountCents: o.totalCents, chequeNumber: `CHQ-${o.reference}`, receivedOn: todayInParis() })).ok).toBe(true);
    const cheques = await db.select().from(payments).where(and(eq(payments.method, "cheque"), eq(payments.status, "pending")));
    const inHand = cheques.filter((p) => p.offlineReference !== null);
    const board = await chequesBoard(db);
    expect(board.toDeposit.map((c) => c.orderReference).sort()).toEqual([a.reference, b.reference].sort());

    const first = await createDepositSlip(db, admin, { paymentIds: [inHand[0]!.id], instalmentIds: [] });
    const second = await createDepositSlip(db, admin, { paymentIds: [inHand[1]!.id], instalmentIds: [] });
    expect([first, second]).toMatchObject([{ ok: true, slipNumber: 1 }, { ok: true, slipNumber: 2 }]);
    const both = await createDepositSlip(db, admin, { paymentIds: inHand.map((p) => p.id), instalmentIds: [] });
    expect(both).toMatchObject({ ok: false, message: contains("déjà sur une remise") });
    const slips = await db.select().from(depositSlips).orderBy(asc(depositSlips.number));
    expect(slips.map((s) => s.totalCents)).toEqual([inHand[0]!.amountCents, inHand[1]!.amountCents]);
    const after = await chequesBoard(db);
    expect(after.toDeposit).toHaveLength(0);
    expect(after.deposited.map((c) => c.slipNumber).sort()).toEqual([1, 2]);
  });
});
