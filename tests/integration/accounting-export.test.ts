import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { invoices, orderEvents, orderLines, orders, payments } from "@/lib/db/schema";
import { FEC_COLUMNS } from "@/lib/billing/accounting-fec";
import { accountingCsvStream, accountingFecStream, type AccountingExportOptions } from "@/lib/use-cases/accounting-export";
import { env } from "@/lib/shared/env";
import { hashToken, newOrderReference, newToken } from "@/lib/shared/tokens";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder } from "@/tests/support/pro-fixtures";
import { issueCreditNote } from "@/lib/use-cases/credit-notes";
import { refundAccountCredit } from "@/lib/use-cases/invoice-payments";

/*
 * The accounting export on a seeded November 2026: a card order (PayPlug), a PayPal order with
 * PayPal's fee on its capture, an order refunded in part, a professional's order with its invoice;
 * plus what lies just outside the month in Paris time. Both files are read back and checked line
 * by line; the downloads answer only an admin.
 */

type Who = { id: string; role: "admin" | "customer" | "pro"; secondFactorEnabled: boolean } | null;
const session = vi.hoisted(() => ({ user: null as Who }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: () => Promise.resolve(session.user),
}));
const { GET: getFec } = await import("@/app/admin/comptabilite/fec/route");
const { GET: getCsv } = await import("@/app/admin/comptabilite/csv/route");

const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
const options = (batch?: number): AccountingExportOptions => ({ ...env.accounting, shippingVatRateBp: env.shipping.vatRateBp, batch });

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
  session.user = null;
});

const address = { firstName: "Zoé", lastName: "L'Hôte", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/**
 * An order sold at `soldAt` (its status_changed → paid event) with a 5,5 % line, a 20 % line and
 * 5,90 € shipping at 20 % (85,80 € TTC), and one payment received at the same instant.
 */
async function soldOrder(input: { soldAt: string; method: "card" | "paypal" | "transfer"; providerData?: unknown; transactionId?: string }) {
  const reference = newOrderReference();
  const [order] = await db
    .insert(orders)
    .values({
      reference,
      email: "zoe@example.fr",
      phone: "+33612345678",
      billingAddress: address,
      shippingAddress: address,
      status: "paid",
      paymentMethod: input.method,
      itemsCents: 7990,
      shippingCents: 590,
      totalCents: 8580,
      vatCents: 1086,
      paidCents: 8580,
      accessTokenHash: hashToken(newToken()),
      createdAt: new Date(input.soldAt),
    })
    .returning();
  await db.insert(orderLines).values([
    { orderId: order!.id, name: "Livre", unitPriceCents: 1500, quantity: 2, vatRateBp: 550, lineTotalCents: 3000, position: 1 },
    { orderId: order!.id, name: "Lampe", unitPriceCents: 4990, quantity: 1, vatRateBp: 2000, lineTotalCents: 4990, position: 2 },
  ]);
  const provider = input.method === "card" ? "payplug" : input.method === "paypal" ? "paypal" : null;
  const [payment] = await db
    .insert(payments)
    .values({
      orderId: order!.id,
      method: input.method,
      provider,
      providerRef: provider ? `ref-${newToken(6)}` : null,
      status: "paid",
      amountCents: 8580,
      transactionId: input.transactionId ?? null,
      providerData: input.providerData ?? null,
      paidAt: new Date(input.soldAt),
    })
    .returning();
  await db.insert(orderEvents).values({ orderId: order!.id, paymentId: payment!.id, actorType: "provider", type: "status_changed", fromStatus: "pending_payment", toStatus: "paid", createdAt: new Date(input.soldAt) });
  return { order: order!, payment: payment! };
}

/** PayPal's order as the shop stores it, with the capture's fee. */
const paypalOrder = (fee: string) => ({
  id: "5O190127TN364715T",
  status: "COMPLETED",
  purchase_units: [
    {
      payments: {
        captures: [
          {
            id: "3C679366HH908993F",
            status: "COMPLETED",
            amount: { currency_code: "EUR", value: "85.80" },
            seller_receivable_breakdown: { gross_amount: { currency_code: "EUR", value: "85.80" }, paypal_fee: { currency_code: "EUR", value: fee }, net_amount: { currency_code: "EUR", value: "82.61" } },
          },
        ],
      },
    },
  ],
});

async function seedNovember() {
  const admin = await insertUser(db, "admin");
  // 00:30 in Paris on 1 November: inside; 00:30 in Paris on 1 December: outside.
  const card = await soldOrder({ soldAt: "2026-10-31T23:30:00Z", method: "card", transactionId: "pay_5iHMDxy4ABR4YBVW4UscIn" });
  const late = await soldOrder({ soldAt: "2026-11-30T23:30:00Z", method: "card" });
  const early = await soldOrder({ soldAt: "2026-10-31T22:59:59Z", method: "card" });
  const paypal = await soldOrder({ soldAt: "2026-11-10T10:00:00Z", method: "paypal", providerData: paypalOrder("3.19"), transactionId: "3C679366HH908993F" });
  const refunded = await soldOrder({ soldAt: "2026-11-12T10:00:00Z", method: "card" });
  await db.update(orders).set({ status: "partially_refunded", refundedCents: 1001 }).where(eq(orders.id, refunded.order.id));
  await db.update(payments).set({ status: "partially_refunded", refundedCents: 1001 }).where(eq(payments.id, refunded.payment.id));
  await db.insert(orderEvents).values({
    orderId: refunded.order.id,
    paymentId: refunded.payment.id,
    actorType: "provider",
    actorId: "payplug",
    type: "payment_refund_recorded",
    data: { providerRef: refunded.payment.providerRef, amountCents: 1001, totalRefundedCents: 1001 },
    createdAt: new Date("2026-11-20T09:00:00Z"),
  });
  // A professional's first order, paid by transfer, invoiced the way the shop does it; moved to November.
  const pro = await approvedPro(db, { ...admin, name: admin.name });
  const first = await paidFirstOrder(db, { ...admin, name: admin.name }, pro.user.id);
  const invoice = await invoiceOfOrder(db, first.orderId);
  await db.update(orderEvents).set({ createdAt: new Date("2026-11-15T10:00:00Z") }).where(eq(orderEvents.orderId, first.orderId));
  await db.update(payments).set({ paidAt: new Date("2026-11-15T10:00:00Z") }).where(eq(payments.orderId, first.orderId));
  await db.update(invoices).set({ issueDate: "2026-11-15" }).where(eq(invoices.id, invoice.id));
  const [proOrder] = await db.select().from(orders).where(eq(orders.id, first.orderId));
  return { card, late, early, paypal, refunded, invoice, proOrder: proOrder! };
}

async function text(stream: ReadableStream<Uint8Array>, encoding: "utf8" | "latin1"): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString(encoding);
}

type FecLine = Record<(typeof FEC_COLUMNS)[number], string>;

function parseFec(body: string): { header: string; lines: FecLine[] } {
  const [header, ...rest] = body.split("\r\n");
  expect(rest.at(-1)).toBe("");
  return {
    header: header!,
    lines: rest.slice(0, -1).map((l) => {
      const cells = l.split("\t");
      expect(cells).toHaveLength(18);
      return Object.fromEntries(FEC_COLUMNS.map((c, i) => [c, cells[i]!])) as FecLine;
    }),
  };
}

const cents = (amount: string) => {
  expect(amount).toMatch(/^\d+,\d{2}$/);
  return Number(amount.replace(",", ""));
};

describe("accounting export of a month", () => {
  it("writes a FEC whose entries balance, numbered per journal, with the month's sales, payments, fee and refund in Paris days", async () => {
    const s = await seedNovember();
    const { header, lines } = parseFec(await text(accountingFecStream(db, NOVEMBER, options()), "latin1"));
    expect(header).toBe(FEC_COLUMNS.join("\t"));

    // Every entry balances; numbers are consecutive per journal, in date order.
    const byNumber = new Map<string, FecLine[]>();
    for (const l of lines) byNumber.set(l.EcritureNum, [...(byNumber.get(l.EcritureNum) ?? []), l]);
    for (const [, entry] of byNumber) {
      expect(entry.reduce((s, l) => s + cents(l.Debit), 0)).toBe(entry.reduce((s, l) => s + cents(l.Credit), 0));
      expect(new Set(entry.map((l) => `${l.JournalCode}|${l.EcritureDate}|${l.PieceRef}`)).size).toBe(1);
    }
    for (const code of ["VE", "PL", "PP", "BQ"]) {
      const numbers = [...new Set(lines.filter((l) => l.JournalCode === code).map((l) => l.EcritureNum))];
      expect(numbers).toEqual(numbers.map((_, i) => `${code}20261101-${String(i + 1).padStart(6, "0")}`));
    }
    const dates = [...byNumber.values()].map((e) => e[0]!.EcritureDate);
    expect(dates).toEqual([...dates].sort());
    expect(lines.every((l) => /^202611\d\d$/.test(l.EcritureDate) && l.ValidDate === l.EcritureDate)).toBe(true);

    const refs = new Set(lines.map((l) => l.PieceRef));
    expect(refs.has(s.card.order.reference)).toBe(true);
    expect(refs.has(s.late.order.reference)).toBe(false);
    expect(refs.has(s.early.order.reference)).toBe(false);

    // The card order: sold on 1 November (Paris), money on PayPlug's account.
    const cardLines = lines.filter((l) => l.PieceRef === s.card.order.reference);
    expect(cardLines.map((l) => [l.JournalCode, l.EcritureDate, l.CompteNum, l.Debit, l.Credit])).toEqual([
      ["VE", "20261101", "411", "85,80", "0,00"],
      ["VE", "20261101", "707", "0,00", "28,44"],
      ["VE", "20261101", "707", "0,00", "41,58"],
      ["VE", "20261101", "7085", "0,00", "4,92"],
      ["VE", "20261101", "44571", "0,00", "1,56"],
      ["VE", "20261101", "44571", "0,00", "9,30"],
      ["PL", "20261101", "4671", "85,80", "0,00"],
      ["PL", "20261101", "411", "0,00", "85,80"],
    ]);
    expect(cardLines[6]!.EcritureLib).toContain("pay_5iHMDxy4ABR4YBVW4UscIn");

    // PayPal: the money on PayPal's account, and PayPal's 3,19 € as bank fees.
    const pp = lines.filter((l) => l.PieceRef === s.paypal.order.reference && l.JournalCode === "PP");
    expect(pp.map((l) => [l.CompteNum, l.Debit, l.Credit])).toEqual([
      ["4672", "85,80", "0,00"],
      ["411", "0,00", "85,80"],
      ["627", "3,19", "0,00"],
      ["4672", "0,00", "3,19"],
    ]);

    // The partial refund: 10,01 € of the sale taken back across its rates, and given back from PayPlug.
    const refund = lines.filter((l) => l.PieceRef === s.refunded.order.reference && l.EcritureDate === "20261120");
    expect(refund.filter((l) => l.JournalCode === "VE").map((l) => [l.CompteNum, l.Debit, l.Credit])).toEqual([
      ["411", "0,00", "10,01"],
      ["707", "3,32", "0,00"],
      ["707", "4,85", "0,00"],
      ["7085", "0,57", "0,00"],
      ["44571", "0,18", "0,00"],
      ["44571", "1,09", "0,00"],
    ]);
    expect(refund.filter((l) => l.JournalCode === "PL").map((l) => [l.CompteNum, l.Debit, l.Credit])).toEqual([
      ["4671", "0,00", "10,01"],
      ["411", "10,01", "0,00"],
    ]);

    // The professional: its invoice is the sale's piece, on its auxiliary account; the transfer at the bank.
    const proSale = lines.filter((l) => l.PieceRef === s.invoice.number && l.JournalCode === "VE");
    expect(proSale[0]).toMatchObject({ JournalCode: "VE", CompteNum: "411", CompAuxNum: "C552100554", CompAuxLib: "Institut Beauté Paul", PieceDate: "20261115", Debit: "29,90" });
    // 24,00 € of goods and 5,90 € of shipping, both at 20 %.
    expect(s.proOrder.totalCents).toBe(2990);
    expect(proSale.reduce((sum, l) => sum + cents(l.Credit), 0)).toBe(s.proOrder.totalCents);
    expect(proSale.filter((l) => l.CompteNum === "44571").reduce((sum, l) => sum + cents(l.Credit), 0)).toBe(s.proOrder.vatCents);
    // The money paid for an invoice carries the invoice as its piece too, so the two letter together.
    const transfer = lines.filter((l) => l.PieceRef === s.invoice.number && l.JournalCode === "BQ");
    expect(transfer.map((l) => [l.CompteNum, l.CompAuxNum, l.Debit, l.Credit])).toEqual([
      ["512", "", "29,90", "0,00"],
      ["411", "C552100554", "0,00", "29,90"],
    ]);
  });

  it("reads the same journal in batches of two as in one batch (keyset batches lose nothing and repeat nothing)", async () => {
    await seedNovember();
    const whole = await text(accountingFecStream(db, NOVEMBER, options()), "latin1");
    const small = await text(accountingFecStream(db, NOVEMBER, options(2)), "latin1");
    expect(small).toBe(whole);
    expect(whole.split("\r\n").length).toBeGreaterThan(30);
  });

  it("writes the CSV in French spreadsheet conventions with the same lines as the FEC", async () => {
    const s = await seedNovember();
    const bytes = Buffer.from(await new Response(accountingCsvStream(db, NOVEMBER, options())).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Journal;Libellé journal;N° écriture;Date;Compte;Libellé compte;Compte auxiliaire;Libellé auxiliaire;Pièce;Date pièce;Libellé;Débit;Crédit");
    expect(lines.find((l) => l.startsWith("VE;") && l.includes(s.card.order.reference))).toBe(
      `VE;Journal des ventes;VE20261101-000001;01/11/2026;411;Clients;;;${s.card.order.reference};01/11/2026;Vente ${s.card.order.reference} Zoé L'Hôte;85,80;0,00`,
    );
    const fee = lines.find((l) => l.startsWith("PP;") && l.includes(";627;"));
    expect(fee?.endsWith(";3,19;0,00")).toBe(true);
    const fec = (await text(accountingFecStream(db, NOVEMBER, options()), "latin1")).split("\r\n");
    expect(lines.length).toBe(fec.length);
  });

  it("takes an invoiced sale back through its credit note, pays account credit back from the bank, and gives a duplicate payment back without touching the sale", async () => {
    const admin = await insertUser(db, "admin");
    const pro = await approvedPro(db, admin);
    const first = await paidFirstOrder(db, admin, pro.user.id);
    const invoice = await invoiceOfOrder(db, first.orderId);
    const issued = await issueCreditNote(db, admin, invoice.id, { amountCents: 1001, reason: "Article abîmé" });
    expect(issued.ok).toBe(true);
    const [note] = await db.select().from(invoices).where(eq(invoices.kind, "credit_note"));
    // The invoice was paid: the credit note became account credit, which the shop pays back by transfer.
    const paidBack = await refundAccountCredit(db, admin, { accountId: pro.accountId, amountCents: 1001, method: "transfer", reference: "VIR-AVOIR-1", paidOn: note!.issueDate });
    expect(paidBack.ok).toBe(true);
    // Paid twice (two card payments of 85,80 €), the second given back.
    const twice = await soldOrder({ soldAt: "2026-11-10T10:00:00Z", method: "card" });
    await db.update(orders).set({ paidCents: 17160, refundedCents: 8580 }).where(eq(orders.id, twice.order.id));
    const [second] = await db
      .insert(payments)
      .values({ orderId: twice.order.id, method: "card", provider: "payplug", providerRef: "pay_second", status: "refunded", amountCents: 8580, refundedCents: 8580, attempt: 2, paidAt: new Date("2026-11-10T10:05:00Z") })
      .returning();
    await db.insert(orderEvents).values({ orderId: twice.order.id, paymentId: second!.id, actorType: "provider", type: "payment_refund_recorded", data: { amountCents: 8580 }, createdAt: new Date("2026-11-11T10:00:00Z") });

    const today = note!.issueDate;
    const { lines } = parseFec(await text(accountingFecStream(db, { from: "2026-11-01", to: today }, options()), "latin1"));
    const credit = lines.filter((l) => l.PieceRef === note!.number);
    expect(credit.map((l) => [l.JournalCode, l.CompteNum, l.CompAuxNum, l.Debit, l.Credit])).toEqual([
      ["VE", "411", "C552100554", "0,00", "10,01"],
      ["VE", "707", "", "8,34", "0,00"],
      ["VE", "44571", "", "1,67", "0,00"],
    ]);
    expect(lines.filter((l) => l.PieceRef === "VIR-AVOIR-1").map((l) => [l.JournalCode, l.CompteNum, l.CompAuxNum, l.Debit, l.Credit])).toEqual([
      ["BQ", "512", "", "0,00", "10,01"],
      ["BQ", "411", "C552100554", "10,01", "0,00"],
    ]);
    const duplicate = lines.filter((l) => l.PieceRef === twice.order.reference && l.EcritureDate === "20261111");
    expect(duplicate.map((l) => [l.JournalCode, l.CompteNum, l.Debit, l.Credit])).toEqual([
      ["PL", "4671", "0,00", "85,80"],
      ["PL", "411", "85,80", "0,00"],
    ]);
    expect(lines.filter((l) => l.PieceRef === twice.order.reference && l.JournalCode === "PL" && l.Debit === "85,80" && l.CompteNum === "4671")).toHaveLength(2);
  });

  it("exports an empty period as a header alone", async () => {
    await seedNovember();
    const body = await text(accountingFecStream(db, { from: "2026-09-01", to: "2026-09-30" }, options()), "latin1");
    expect(body).toBe(FEC_COLUMNS.join("\t") + "\r\n");
  });
});

describe("GET /admin/comptabilite/fec and /csv", () => {
  const request = (path: string, qs = "?mois=2026-11") => new Request(`http://127.0.0.1/admin/comptabilite/${path}${qs}`);

  it.each([
    ["signed out", null, 401],
    ["a customer", { id: "00000000-0000-4000-8000-000000000002", role: "customer", secondFactorEnabled: false }, 403],
    ["a professional", { id: "00000000-0000-4000-8000-000000000003", role: "pro", secondFactorEnabled: false }, 403],
  ] as const)("refuses %s with a JSON error and no entry", async (_who, user, status) => {
    const s = await soldOrder({ soldAt: "2026-11-10T10:00:00Z", method: "card" });
    session.user = user;
    for (const [path, get] of [["fec", getFec], ["csv", getCsv]] as const) {
      const response = await get(request(path));
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await response.text();
      expect(body).not.toContain(s.order.reference);
      expect(JSON.parse(body)).toHaveProperty("error");
    }
  });

  it("answers 400 to a period that does not parse", async () => {
    session.user = { id: "00000000-0000-4000-8000-000000000001", role: "admin", secondFactorEnabled: true };
    const response = await getFec(request("fec", "?du=2026-11-05&au=2026-11-01"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Le dernier jour doit suivre le premier." });
  });

  it("downloads the FEC named after the SIREN and the period's end, and the CSV, to an admin", async () => {
    const s = await soldOrder({ soldAt: "2026-11-10T10:00:00Z", method: "card" });
    session.user = { id: "00000000-0000-4000-8000-000000000001", role: "admin", secondFactorEnabled: true };
    const fec = await getFec(request("fec", "?du=2026-11-01&au=2026-11-30"));
    expect(fec.status).toBe(200);
    expect(fec.headers.get("content-type")).toBe("text/plain; charset=iso-8859-15");
    const siren = env.merchant.siret.replace(/\s/g, "").slice(0, 9);
    expect(fec.headers.get("content-disposition")).toBe(`attachment; filename="${siren}FEC20261130.txt"`);
    const body = Buffer.from(await fec.arrayBuffer()).toString("latin1");
    expect(body.startsWith("JournalCode\tJournalLib\tEcritureNum\t")).toBe(true);
    expect(body).toContain(s.order.reference);
    const csv = await getCsv(request("csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="journal-comptable-2026-11-01-au-2026-11-30.csv"');
    expect(Buffer.from(await csv.arrayBuffer()).toString("utf8")).toContain(s.order.reference);
  });
});
