import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { emailOutbox, invoiceAllocations, invoices, orderEvents, orders, payments, proAccounts } from "@/lib/db/schema";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { recordInvoicePayment } from "@/lib/use-cases/invoice-payments";
import { CREDIT_NOTE_MESSAGES, issueCreditNote, shareOverRates, tooMuchMessage } from "@/lib/use-cases/credit-notes";
import { issueInvoiceForOrder } from "@/lib/use-cases/invoices";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { todayInParis } from "@/lib/shared/dates";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder, placeProOrder } from "@/tests/support/pro-fixtures";

/*
 * Credit notes (avoirs) on a real database: their own gapless series, amounts shared over the
 * invoice's VAT rates to the cent, the cap (total minus earlier credit notes), what they pay
 * (an open invoice, and the order behind it) or credit (a paid invoice), and a double click.
 */

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  admin = await insertUser(db, "admin");
});

const year = () => todayInParis().slice(0, 4);
const doc = (row: { document: unknown }) => row.document as InvoiceDocument;
const creditNotesOf = (invoiceId: string) => db.select().from(invoices).where(and(eq(invoices.kind, "credit_note"), eq(invoices.correctsInvoiceId, invoiceId)));
const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const accountRow = async (id: string) => (await db.select().from(proAccounts).where(eq(proAccounts.id, id)))[0]!;
const rowCount = async (table: typeof invoices | typeof invoiceAllocations) => (await db.select({ n: count() }).from(table))[0]!.n;

/** 2 × 24,00 € at 20 % and 3 × 8,40 € at 5,5 %, plus shipping: an invoice with two rates or more. */
const MIXED = [
  { priceCents: 2400, vatRateBp: 2000, quantity: 2 },
  { priceCents: 840, vatRateBp: 550, quantity: 3 },
];

/** An approved pro with its first order paid, then a net-30 order whose invoice is open. */
async function openInvoice(basket = MIXED) {
  const pro = await approvedPro(db, admin);
  const first = await paidFirstOrder(db, admin, pro.user.id);
  const order = await placeProOrder(db, pro.user.id, "net30", basket);
  return { ...pro, first, order, invoice: await invoiceOfOrder(db, order.orderId) };
}

describe("shareOverRates", () => {
  it.each([
    [100, [1000, 1000, 1000], [34, 33, 33]],
    [1, [5000, 1], [1]],
    [999, [4800, 2520, 590], [606, 318, 75]],
    [7, [3, 3, 1], [3, 3, 1]],
  ])("%i cents over %j", (amount, weights, expected) => {
    const shares = shareOverRates(
      amount,
      weights.map((w, i) => ({ vatRateBp: i, weightCents: w })),
    );
    expect(shares.map((s) => s.totalCents)).toEqual(expected);
    expect(shares.reduce((s, x) => s + x.totalCents, 0)).toBe(amount);
  });
});

describe("issuing a credit note", () => {
  it("takes its own series, A-YYYY-000001 then 000002, leaving the invoices' series alone", async () => {
    const { invoice } = await openInvoice();
    const one = await issueCreditNote(db, admin, invoice.id, { amountCents: 500, reason: "Geste commercial" });
    const two = await issueCreditNote(db, admin, invoice.id, { amountCents: 700, reason: "Article abîmé" });
    expect(one).toMatchObject({ ok: true, number: `A-${year()}-000001` });
    expect(two).toMatchObject({ ok: true, number: `A-${year()}-000002` });
    const pro = await approvedPro(db, admin, { companyName: "Autre SARL" });
    const next = await paidFirstOrder(db, admin, pro.user.id);
    expect((await invoiceOfOrder(db, next.orderId)).number).toBe(`F-${year()}-000003`);
  });

  it("shares a partial amount over the invoice's VAT rates, each rate's net and VAT adding up, citing the invoice", async () => {
    const { invoice } = await openInvoice();
    const original = doc(invoice);
    expect(original.vat.length).toBeGreaterThanOrEqual(2);
    const result = await issueCreditNote(db, admin, invoice.id, { amountCents: 1001, reason: "Deux savons manquants" });
    if (!result.ok) throw new Error(result.message);
    const [note] = await creditNotesOf(invoice.id);
    const d = doc(note!);
    expect(d).toMatchObject({ kind: "credit_note", number: result.number, dueDate: null, reason: "Deux savons manquants", precedingInvoice: { number: invoice.number, issueDate: invoice.issueDate } });
    expect(d.buyer).toEqual(original.buyer);
    expect(d.totals.grossCents).toBe(1001);
    expect(d.totals.netCents + d.totals.vatCents).toBe(1001);
    expect(d.vat.map((v) => v.vatRateBp)).toEqual(original.vat.map((v) => v.vatRateBp));
    expect(d.vat.reduce((s, v) => s + v.netCents + v.vatCents, 0)).toBe(1001);
    expect(d.lines.reduce((s, l) => s + l.netCents, 0)).toBe(d.totals.netCents);
    // In proportion: each rate's share is within a cent of the amount × its weight on the invoice.
    for (const v of d.vat) {
      const weight = original.vat.find((o) => o.vatRateBp === v.vatRateBp)!;
      const exact = (1001 * (weight.netCents + weight.vatCents)) / original.totals.grossCents;
      expect(Math.abs(v.netCents + v.vatCents - exact)).toBeLessThan(1);
    }
    expect(note).toMatchObject({ totalCents: 1001, netCents: d.totals.netCents, vatCents: d.totals.vatCents, orderId: invoice.orderId, proAccountId: invoice.proAccountId });
  });

  it("a full credit note repeats the invoice's VAT per rate exactly", async () => {
    const { invoice } = await openInvoice();
    const result = await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Commande annulée par le client" });
    expect(result).toMatchObject({ ok: true, amountCents: invoice.totalCents });
    const [note] = await creditNotesOf(invoice.id);
    expect(doc(note!).vat).toEqual(doc(invoice).vat);
  });

  it("is capped at the invoice's total minus earlier credit notes; a refusal writes nothing and takes no number", async () => {
    const { invoice } = await openInvoice();
    expect(await issueCreditNote(db, admin, invoice.id, { amountCents: 1000, reason: "Remise" })).toMatchObject({ ok: true });
    const left = invoice.totalCents - 1000;
    const before = { invoices: await rowCount(invoices), allocations: await rowCount(invoiceAllocations) };
    expect(await issueCreditNote(db, admin, invoice.id, { amountCents: left + 1, reason: "Trop" })).toEqual({ ok: false, message: tooMuchMessage(left) });
    for (const amountCents of [0, -100, 10.5, Number.NaN]) {
      expect(await issueCreditNote(db, admin, invoice.id, { amountCents, reason: "Remise" })).toEqual({ ok: false, message: CREDIT_NOTE_MESSAGES.amount });
    }
    expect(await issueCreditNote(db, admin, invoice.id, { amountCents: 100, reason: "  " })).toEqual({ ok: false, message: CREDIT_NOTE_MESSAGES.reason });
    expect({ invoices: await rowCount(invoices), allocations: await rowCount(invoiceAllocations) }).toEqual(before);

    const rest = await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Solde" });
    expect(rest).toMatchObject({ ok: true, amountCents: left, number: `A-${year()}-000002` });
    expect(await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Encore" })).toEqual({ ok: false, message: CREDIT_NOTE_MESSAGES.nothingLeft });
    const [note] = await creditNotesOf(invoice.id);
    expect(await issueCreditNote(db, admin, note!.id, { full: true, reason: "Avoir d'avoir" })).toEqual({ ok: false, message: CREDIT_NOTE_MESSAGES.notAnInvoice });
  });
});

describe("what a credit note pays", () => {
  it("on an open invoice, partly: an allocation from the credit note, the invoice partly paid, the order still on account", async () => {
    const { invoice, order, accountId } = await openInvoice();
    const result = await issueCreditNote(db, admin, invoice.id, { amountCents: 1500, reason: "Remise fidélité" });
    expect(result).toMatchObject({ ok: true, allocatedCents: 1500, accountCreditCents: 0, toRefundCents: 0, orderOutcome: null });
    if (!result.ok) return;
    const allocations = await db.select().from(invoiceAllocations).where(eq(invoiceAllocations.creditNoteId, result.creditNoteId));
    expect(allocations).toMatchObject([{ invoiceId: invoice.id, accountPaymentId: null, amountCents: 1500, applied: true }]);
    expect(await invoiceOfOrder(db, order.orderId)).toMatchObject({ paidCents: 1500, settledAt: null });
    expect(await orderRow(order.orderId)).toMatchObject({ status: "on_account", paidCents: 0 });
    expect((await accountRow(accountId)).creditCents).toBe(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.template, "credit-note-issued"))).toHaveLength(1);
  });

  it("in full on an invoice nobody paid: the invoice settled, the on-account order cancelled through the transitions table", async () => {
    const { invoice, order } = await openInvoice();
    const result = await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Commande retournée" });
    expect(result).toMatchObject({ ok: true, allocatedCents: invoice.totalCents, orderOutcome: "cancelled" });
    expect(await invoiceOfOrder(db, order.orderId)).toMatchObject({ paidCents: invoice.totalCents, settledAt: expect.any(Date) as unknown });
    expect(await orderRow(order.orderId)).toMatchObject({ status: "cancelled", paidCents: 0 });
    const [moved] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, order.orderId), eq(orderEvents.type, "status_changed"), eq(orderEvents.toStatus, "cancelled")));
    expect(moved).toMatchObject({ fromStatus: "on_account", actorType: "admin", actorId: admin.id });
    expect((await db.select().from(payments).where(and(eq(payments.orderId, order.orderId), eq(payments.method, "net30"))))[0]!.status).toBe("cancelled");
  });

  it("on a partly paid invoice: it pays the rest, the money already received becomes the account's credit, the order is paid", async () => {
    const { invoice, order, accountId } = await openInvoice();
    await recordInvoicePayment(db, admin, { accountId, method: "transfer", amountCents: 1000, reference: "VIR-PART", receivedOn: todayInParis(), allocations: [{ invoiceId: invoice.id, amountCents: 1000 }] });
    const result = await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Commande retournée" });
    expect(result).toMatchObject({ ok: true, amountCents: invoice.totalCents, allocatedCents: invoice.totalCents - 1000, accountCreditCents: 1000, orderOutcome: "paid" });
    expect(await invoiceOfOrder(db, order.orderId)).toMatchObject({ paidCents: invoice.totalCents, settledAt: expect.any(Date) as unknown });
    expect(await orderRow(order.orderId)).toMatchObject({ status: "paid" });
    expect((await accountRow(accountId)).creditCents).toBe(1000);
  });

  it("on a paid invoice: all of it becomes credit on the professional account, no allocation", async () => {
    const { first, accountId } = await openInvoice();
    const paid = await invoiceOfOrder(db, first.orderId);
    const result = await issueCreditNote(db, admin, paid.id, { amountCents: 800, reason: "Produit défectueux" });
    expect(result).toMatchObject({ ok: true, allocatedCents: 0, accountCreditCents: 800, toRefundCents: 0, orderOutcome: null });
    expect((await accountRow(accountId)).creditCents).toBe(800);
    expect(await rowCount(invoiceAllocations)).toBe(0);
    expect(await orderRow(first.orderId)).toMatchObject({ status: "paid" });
    const [note] = await creditNotesOf(paid.id);
    expect(doc(note!).paymentTermsText).toContain("crédit de votre compte");
  });

  it("on a paid invoice of a customer without a pro account: to refund separately, said on the document and in the timeline", async () => {
    const customer = await insertUser(db, "customer");
    const placed = await placeProOrder(db, customer.id, "transfer");
    await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: placed.totalCents, bankReference: "VIR-C", receivedOn: todayInParis() });
    const invoice = await db.transaction((tx) => issueInvoiceForOrder(tx, placed.orderId, "settled"));
    const result = await issueCreditNote(db, admin, invoice.id, { full: true, reason: "Rétractation" });
    expect(result).toMatchObject({ ok: true, allocatedCents: 0, accountCreditCents: 0, toRefundCents: placed.totalCents });
    const [note] = await creditNotesOf(invoice.id);
    expect(note!.proAccountId).toBeNull();
    expect(doc(note!).paymentTermsText).toContain("Remboursé séparément");
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.type, "credit_note_issued")));
    expect(event!.reason).toContain("à rembourser");
  });
});

describe("a double click", () => {
  it("issues one credit note: the same form key answers « already » with the first, even sent twice at once", async () => {
    const { invoice, accountId } = await openInvoice();
    const request = { amountCents: 600, reason: "Geste commercial", requestKey: "form-key-0123456789" };
    const [a, b] = await Promise.all([issueCreditNote(db, admin, invoice.id, request), issueCreditNote(db, admin, invoice.id, request)]);
    expect([a, b].filter((r) => r.ok && r.already)).toHaveLength(1);
    expect(a).toMatchObject({ ok: true, number: `A-${year()}-000001`, allocatedCents: 600 });
    expect(b).toMatchObject({ ok: true, number: `A-${year()}-000001`, allocatedCents: 600 });
    expect(await creditNotesOf(invoice.id)).toHaveLength(1);
    expect((await invoiceOfOrder(db, invoice.orderId)).paidCents).toBe(600);
    expect((await accountRow(accountId)).creditCents).toBe(0);
    // Another form (another key) is another credit note.
    expect(await issueCreditNote(db, admin, invoice.id, { ...request, requestKey: "form-key-other-0001" })).toMatchObject({ ok: true, number: `A-${year()}-000002` });
  });
});
