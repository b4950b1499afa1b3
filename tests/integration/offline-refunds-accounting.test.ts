import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import { FEC_COLUMNS } from "@/lib/billing/accounting-fec";
import { monthPeriod } from "@/lib/billing/accounting-period";
import { loadDashboard } from "@/lib/orders/dashboard";
import { env } from "@/lib/shared/env";
import { formatEurInput } from "@/lib/shared/money";
import { todayInParis } from "@/lib/shared/dates";
import { accountingCsvStream, accountingFecStream, type AccountingExportOptions } from "@/lib/use-cases/accounting-export";
import { cashCheque, recordCheque, recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { recordOfflineRefund } from "@/lib/use-cases/record-offline-refund";
import { insertUser } from "@/tests/support/admin-fixtures";
import { placeOrderOfTwo } from "@/tests/support/checkout";
import { resetDatabase } from "@/tests/support/db";

/*
 * A refund the shop makes itself (a transfer back, a cheque it writes) is money given back like a
 * provider's: through the real use cases — a checkout, the money recorded, a partial refund —
 * it shows in the month's CSV and FEC (the sale taken back in part, the money leaving the bank
 * account 512, every entry balanced) and in the dashboard's refunds of the day and of the month.
 */

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
beforeEach(async () => {
  db = await resetDatabase();
  admin = await insertUser(db, "admin");
});

const options: AccountingExportOptions = { ...env.accounting, shippingVatRateBp: env.shipping.vatRateBp };

async function text(stream: ReadableStream<Uint8Array>, encoding: "utf8" | "latin1"): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString(encoding);
}

type FecLine = Record<(typeof FEC_COLUMNS)[number], string>;
const fecLinesOf = (body: string): FecLine[] =>
  body
    .split("\r\n")
    .slice(1, -1)
    .map((l) => Object.fromEntries(FEC_COLUMNS.map((c, i) => [c, l.split("\t")[i]!])) as FecLine);
const cents = (amount: string) => Number(amount.replace(",", ""));

/** A real transfer order of 2 × 12,50 €, its whole amount received by transfer today. */
async function paidByTransfer() {
  const placed = await placeOrderOfTwo(db, "transfer");
  const [order] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
  expect(await recordTransfer(db, admin, { orderId: order!.id, amountCents: order!.totalCents, bankReference: "VIR-IN-1", receivedOn: todayInParis() })).toMatchObject({ ok: true });
  const [payment] = await db.select().from(payments).where(and(eq(payments.orderId, order!.id), eq(payments.status, "paid")));
  return { order: order!, payment: payment! };
}

/** A real cheque order, its cheque recorded then cashed today. */
async function paidByCheque() {
  const placed = await placeOrderOfTwo(db, "cheque");
  const [order] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
  expect(await recordCheque(db, admin, { orderId: order!.id, amountCents: order!.totalCents, chequeNumber: "4455667", receivedOn: todayInParis() })).toMatchObject({ ok: true });
  const [cheque] = await db.select().from(payments).where(and(eq(payments.orderId, order!.id), eq(payments.offlineReference, "4455667")));
  expect(await cashCheque(db, admin, { paymentId: cheque!.id })).toMatchObject({ ok: true });
  return { order: order!, payment: cheque! };
}

describe("offline refunds in the accounting export and on the dashboard", () => {
  it("a transfer order refunded in part by transfer, and a cheque order refunded by a cheque the shop wrote: balanced entries out of the bank, and the dashboard's refunds", async () => {
    const byTransfer = await paidByTransfer();
    const byCheque = await paidByCheque();
    const before = await loadDashboard(db);
    expect(before.refundsToday).toEqual({ cents: 0, count: 0 });

    const requestKey = crypto.randomUUID();
    expect(await recordOfflineRefund(db, admin, { paymentId: byTransfer.payment.id, amountCents: 1001, method: "transfer", reference: "RB-OUT-1", requestKey })).toMatchObject({ ok: true });
    // A double click records nothing more: the export and the dashboard count the refund once.
    expect(await recordOfflineRefund(db, admin, { paymentId: byTransfer.payment.id, amountCents: 1001, method: "transfer", reference: "RB-OUT-1", requestKey })).toMatchObject({ ok: true, already: true });
    expect(await recordOfflineRefund(db, admin, { paymentId: byCheque.payment.id, amountCents: 500, method: "cheque", reference: "9000001", requestKey: crypto.randomUUID() })).toMatchObject({ ok: true });

    const dashboard = await loadDashboard(db);
    expect(dashboard.refundsToday).toEqual({ cents: 1501, count: 2 });
    expect(dashboard.refundsMonth).toEqual({ cents: 1501, count: 2 });

    const period = monthPeriod(todayInParis().slice(0, 7))!;
    const lines = fecLinesOf(await text(accountingFecStream(db, period, options), "latin1"));
    const byNumber = new Map<string, FecLine[]>();
    for (const l of lines) byNumber.set(l.EcritureNum, [...(byNumber.get(l.EcritureNum) ?? []), l]);
    for (const [, entry] of byNumber) expect(entry.reduce((s, l) => s + cents(l.Debit), 0)).toBe(entry.reduce((s, l) => s + cents(l.Credit), 0));

    // The transfer order: sold, 25,00 € + shipping received at the bank, 10,01 € taken off the sale and paid back from the bank.
    const total = byTransfer.order.totalCents;
    const ours = lines.filter((l) => l.PieceRef === byTransfer.order.reference);
    const bank = ours.filter((l) => l.JournalCode === "BQ").map((l) => [l.CompteNum, cents(l.Debit), cents(l.Credit), l.EcritureLib]);
    expect(bank).toEqual([
      ["512", total, 0, expect.stringContaining("VIR-IN-1")],
      ["411", 0, total, expect.stringContaining("VIR-IN-1")],
      ["512", 0, 1001, expect.stringContaining("RB-OUT-1")],
      ["411", 1001, 0, expect.stringContaining("RB-OUT-1")],
    ]);
    // Two entries in the sales journal: the sale, then the part of it the refund took back.
    const [sale, reversal] = [...byNumber.values()].filter((e) => e[0]!.PieceRef === byTransfer.order.reference && e[0]!.JournalCode === "VE");
    expect(sale!.find((l) => l.CompteNum === "411")).toMatchObject({ Debit: formatEurInput(total), Credit: "0,00" });
    expect(reversal!.find((l) => l.CompteNum === "411")).toMatchObject({ Debit: "0,00", Credit: "10,01" });
    expect(reversal!.filter((l) => l.CompteNum !== "411").reduce((s, l) => s + cents(l.Debit), 0)).toBe(1001);
    expect(reversal!.some((l) => l.CompteNum === "44571" && cents(l.Debit) > 0)).toBe(true);

    // The cheque order: received on « chèques à encaisser », the shop's own cheque paid from the bank, never from 5112.
    const cheque = lines.filter((l) => l.PieceRef === byCheque.order.reference && l.JournalCode === "BQ").map((l) => [l.CompteNum, cents(l.Debit), cents(l.Credit)]);
    expect(cheque).toEqual([
      ["5112", byCheque.order.totalCents, 0],
      ["411", 0, byCheque.order.totalCents],
      ["512", 0, 500],
      ["411", 500, 0],
    ]);

    // The CSV has the same refund lines, in French spreadsheet conventions.
    const csv = (await text(accountingCsvStream(db, period, options), "utf8")).split("\r\n");
    expect(csv.length).toBe(lines.length + 2);
    expect(csv.filter((l) => l.startsWith("BQ;") && l.includes(byTransfer.order.reference) && l.includes("RB-OUT-1"))).toEqual([
      expect.stringMatching(/;512;Banque;;;.*;0,00;10,01$/),
      expect.stringMatching(/;411;Clients;;;.*;10,01;0,00$/),
    ]);
  });
});
