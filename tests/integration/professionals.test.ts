import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { accountPayments, emailOutbox, invoiceAllocations, invoices, orders, payments, proAccountEvents, proAccounts, products, users } from "@/lib/db/schema";
import { checkProApplication } from "@/lib/billing/pro-application";
import { addDays } from "@/lib/billing/payment-terms";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { todayInParis } from "@/lib/shared/dates";
import { createOrder } from "@/lib/use-cases/place-order";
import { applyForProAccount, approveProAccount, rejectProAccount, setProHold, updateProTerms } from "@/lib/use-cases/pro-accounts";
import { recordInvoicePayment, startInvoiceCardPayment } from "@/lib/use-cases/invoice-payments";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { buyerContext } from "@/lib/use-cases/pro-buyer";
import { statementFor } from "@/lib/use-cases/pro-portal";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * The professional side on a real database: application and decision, the first-order rule and
 * its tampered bypass, net-30 orders and their invoices, the credit limit and the hold, payments
 * of invoices (partial, several invoices, overpayment to credit, by card through PayPlug's
 * emulator), and gapless numbering under concurrent issuance.
 */

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
let server: Awaited<ReturnType<typeof startPayplugShop>>;

beforeAll(async () => {
  server = await startPayplugShop();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  db = await resetDatabase();
  await manualDeliveries();
  admin = await insertUser(db, "admin");
});

const fields = {
  companyName: "Institut Beauté Paul",
  country: "FR",
  siret: "55210055400013",
  vatNumber: "FR96552100554",
  registrationNumber: "",
  contactName: "Paul Martin",
  contactEmail: "compta@institut.fr",
  phone: "04 72 00 00 00",
  line1: "8 cours Mirabeau",
  line2: "",
  postalCode: "13100",
  city: "Aix-en-Provence",
};
const address = { firstName: "Paul", lastName: "Martin", company: "Institut Beauté Paul", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence", country: "FR" };
const terms = { terms: { kind: "net" as const, days: 30 }, creditLimitCents: 100_000, chequeInstalmentsAllowed: false };

async function applicant(over: Partial<typeof fields> = {}) {
  const user = await insertUser(db, "customer", `pro-${Math.random().toString(36).slice(2, 8)}@example.fr`, "Paul Martin");
  const check = checkProApplication({ ...fields, ...over });
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  const applied = await applyForProAccount(db, user.id, check.application);
  if (!applied.ok) throw new Error(applied.message);
  return { user, accountId: applied.accountId };
}

async function approvedPro(over: Partial<typeof fields> = {}) {
  const pro = await applicant(over);
  const approved = await approveProAccount(db, admin, pro.accountId, terms);
  expect(approved).toMatchObject({ ok: true });
  return pro;
}

const sessionUser = async (userId: string) => {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  return { id: u!.id, role: u!.role, proStatus: u!.proStatus, net30Allowed: u!.net30Allowed };
};

/** A real checkout of `quantity` × a 24,00 € (20 % VAT) product, plus shipping under 49 €. */
async function order(userId: string, method: string, quantity = 1, priceCents = 2400) {
  const [product] = await db
    .insert(products)
    .values({ slug: `savon-${Math.random().toString(36).slice(2, 8)}`, name: "Savon au lait d'ânesse", description: "…", priceCents, stock: 100, vatRateBp: 2000 })
    .returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: product!.id, quantity });
  const buyer = await buyerContext(db, userId);
  const priced = await loadPricedCart(db, cart.id, buyer.treatment);
  return createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "compta@institut.fr",
    phone: "+33472000000",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: method,
    user: await sessionUser(userId),
  });
}

async function paidFirstOrder(userId: string) {
  const placed = await order(userId, "transfer");
  if (!placed.ok) throw new Error(placed.message);
  const paid = await recordTransfer(db, admin, { orderId: placed.order.orderId, amountCents: placed.order.totalCents, bankReference: `VIR-${placed.order.reference}`, receivedOn: todayInParis() });
  expect(paid).toMatchObject({ ok: true });
  return placed.order;
}

const invoiceOf = async (orderId: string) => (await db.select().from(invoices).where(eq(invoices.orderId, orderId)))[0];
const mails = async (template: string) => db.select().from(emailOutbox).where(eq(emailOutbox.template, template));

describe("applying and the shop's decision", () => {
  it("a customer applies: pending, still a customer, the admins told; a second application is refused", async () => {
    const { user, accountId } = await applicant();
    expect(await sessionUser(user.id)).toMatchObject({ role: "customer", proStatus: "pending", net30Allowed: false });
    expect(await mails("pro-application-received")).toHaveLength(1);
    expect((await mails("admin-alert"))[0]!.subject).toContain("Institut Beauté Paul");
    const check = checkProApplication(fields);
    const again = await applyForProAccount(db, user.id, check.ok ? check.application : (null as never));
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("existe déjà") as unknown });
    expect((await db.select({ n: count() }).from(proAccounts))[0]!.n).toBe(1);
    expect(accountId).toBeTruthy();
  });

  it("approval sets the terms, makes the user a pro, is recorded with who, and a second click changes nothing", async () => {
    const { user, accountId } = await applicant();
    expect(await approveProAccount(db, admin, accountId, terms)).toEqual({ ok: true, accountId });
    expect(await approveProAccount(db, admin, accountId, terms)).toEqual({ ok: true, accountId, already: true });
    expect(await sessionUser(user.id)).toMatchObject({ role: "pro", proStatus: "approved", net30Allowed: true });
    const events = await db.select().from(proAccountEvents).where(eq(proAccountEvents.proAccountId, accountId)).orderBy(asc(proAccountEvents.id));
    expect(events.map((e) => e.type)).toEqual(["applied", "approved"]);
    expect(events[1]).toMatchObject({ actorType: "admin", actorId: admin.id });
    expect(await mails("pro-approved")).toHaveLength(1);
    expect(await rejectProAccount(db, admin, accountId, "Entreprise radiée")).toMatchObject({ ok: false });
  });

  it("terms beyond the legal cap are refused; a change is recorded with before and after", async () => {
    const { accountId } = await approvedPro();
    expect(await updateProTerms(db, admin, accountId, { ...terms, terms: { kind: "net", days: 61 } })).toMatchObject({ ok: false, message: expect.stringContaining("L441-10") as unknown });
    expect(await updateProTerms(db, admin, accountId, { ...terms, terms: { kind: "net_eom", days: 46 } })).toMatchObject({ ok: false });
    expect(await updateProTerms(db, admin, accountId, { ...terms, terms: { kind: "net_eom", days: 45 }, creditLimitCents: 50_000 })).toMatchObject({ ok: true });
    const [changed] = await db.select().from(proAccountEvents).where(and(eq(proAccountEvents.proAccountId, accountId), eq(proAccountEvents.type, "terms_changed")));
    expect(changed!.data).toMatchObject({ before: { termsDays: 30, creditLimitCents: 100_000 }, after: { termsKind: "net_eom", termsDays: 45, creditLimitCents: 50_000 } });
  });

  it("a refusal needs a reason, which is e-mailed", async () => {
    const { user, accountId } = await applicant();
    expect(await rejectProAccount(db, admin, accountId, "")).toMatchObject({ ok: false });
    expect(await rejectProAccount(db, admin, accountId, "SIRET inconnu de l'INSEE")).toMatchObject({ ok: true });
    expect(await sessionUser(user.id)).toMatchObject({ role: "customer", proStatus: "rejected" });
    expect((await mails("pro-rejected"))[0]!.text).toContain("SIRET inconnu de l'INSEE");
  });
});

describe("net-30", () => {
  it("is refused before the first paid order, even by a tampered request, and nothing is created", async () => {
    const { user } = await approvedPro();
    const tampered = await order(user.id, "net30");
    expect(tampered).toMatchObject({ ok: false, reason: "net30_refused", message: expect.stringContaining("première commande") as unknown });
    expect((await db.select({ n: count() }).from(orders))[0]!.n).toBe(0);
    expect((await db.select({ n: count() }).from(invoices))[0]!.n).toBe(0);
  });

  it("is refused to a pending account", async () => {
    const { user } = await applicant();
    expect(await order(user.id, "net30")).toMatchObject({ ok: false, reason: "net30_refused" });
  });

  it("first order paid upfront gets an « Acquittée » invoice; then net-30 puts the order on account with its invoice due in 30 days", async () => {
    const { user, accountId } = await approvedPro();
    const first = await paidFirstOrder(user.id);
    const settled = await invoiceOf(first.orderId);
    expect(settled).toMatchObject({ kind: "invoice", proAccountId: accountId, totalCents: first.totalCents, paidCents: first.totalCents, dueDate: null });
    expect(settled!.number).toMatch(/^F-\d{4}-000001$/);
    expect((settled!.document as InvoiceDocument).settled).toMatchObject({ methodLabel: "Virement bancaire" });

    const placed = await order(user.id, "net30", 2);
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    expect(placed.order).toMatchObject({ status: "on_account", method: "net30" });
    const invoice = await invoiceOf(placed.order.orderId);
    const today = todayInParis();
    expect(invoice).toMatchObject({ totalCents: placed.order.totalCents, paidCents: 0, issueDate: today, dueDate: addDays(today, 30), settledAt: null });
    expect(invoice!.number).toMatch(/^F-\d{4}-000002$/);
    const doc = invoice!.document as InvoiceDocument;
    expect(doc.totals.netCents + doc.totals.vatCents).toBe(placed.order.totalCents);
    expect(doc.buyer).toMatchObject({ name: "Institut Beauté Paul", siren: "552100554", vatNumber: "FR96552100554" });
    expect(doc.legalMentions.join(" ")).toMatch(/40 €/);
    expect(doc.paymentTermsText).toContain("30 jours");
    expect(await mails("invoice-issued")).toHaveLength(2);
  });

  it("stays within the credit limit and stops while the account is on hold", async () => {
    const { user, accountId } = await approvedPro();
    await paidFirstOrder(user.id);
    await updateProTerms(db, admin, accountId, { ...terms, creditLimitCents: 6000 });
    expect(await order(user.id, "net30", 2)).toMatchObject({ ok: true }); // 48,00 € + 5,90 €
    const over = await order(user.id, "net30", 1);
    expect(over).toMatchObject({ ok: false, reason: "net30_refused", message: expect.stringContaining("encours autorisé") as unknown });
    await updateProTerms(db, admin, accountId, { ...terms, creditLimitCents: 100_000 });
    expect(await setProHold(db, admin, accountId, { onHold: true, reason: "Facture en retard" })).toMatchObject({ ok: true });
    expect(await order(user.id, "net30", 1)).toMatchObject({ ok: false, message: expect.stringContaining("suspendu") as unknown });
    await setProHold(db, admin, accountId, { onHold: false, reason: "" });
    expect(await order(user.id, "net30", 1)).toMatchObject({ ok: true });
  });

  it("an EU company with a VAT number buys without French VAT, its invoice citing article 262 ter I", async () => {
    const { user } = await approvedPro({ country: "BE", siret: "", vatNumber: "BE0123456789", postalCode: "1000", city: "Bruxelles" });
    const placed = await order(user.id, "transfer", 1, 2400);
    if (!placed.ok) throw new Error(placed.message);
    // 24,00 € TTC holds 4,00 € of VAT: 20,00 € without it; shipping 5,90 € → 4,92 €.
    expect(placed.order.totalCents).toBe(2000 + 492);
    const [row] = await db.select().from(orders).where(eq(orders.id, placed.order.orderId));
    expect(row).toMatchObject({ vatCents: 0, vatExemption: "reverse_charge" });
    await recordTransfer(db, admin, { orderId: row!.id, amountCents: row!.totalCents, bankReference: "VIR-BE", receivedOn: todayInParis() });
    const doc = (await invoiceOf(row!.id))!.document as InvoiceDocument;
    expect(doc.vatExemptionReason).toContain("262 ter I");
    expect(doc.vat).toEqual([{ vatRateBp: 0, vatCategory: "AE", netCents: 2492, vatCents: 0 }]);
  });
});

describe("paying invoices", () => {
  async function twoOpenInvoices() {
    const pro = await approvedPro();
    await paidFirstOrder(pro.user.id);
    const a = await order(pro.user.id, "net30", 1);
    const b = await order(pro.user.id, "net30", 3);
    if (!a.ok || !b.ok) throw new Error("net-30 orders refused");
    return { ...pro, a: (await invoiceOf(a.order.orderId))!, b: (await invoiceOf(b.order.orderId))! };
  }

  it("a partial transfer leaves the invoice partly paid; the rest plus an excess settles it, pays the order and keeps the excess as credit", async () => {
    const { user, accountId, a, b } = await twoOpenInvoices();
    const partial = await recordInvoicePayment(db, admin, { accountId, method: "transfer", amountCents: 1000, reference: "VIR-1", receivedOn: todayInParis(), allocations: [{ invoiceId: a.id, amountCents: 1000 }] });
    expect(partial).toMatchObject({ ok: true, creditCents: 0 });
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: 1000, settledAt: null });
    expect((await db.select().from(orders).where(eq(orders.id, a.orderId)))[0]).toMatchObject({ status: "on_account", paidCents: 1000 });

    const rest = a.totalCents - 1000;
    const settle = await recordInvoicePayment(db, admin, { accountId, method: "cheque", amountCents: rest + 500, reference: "CHQ-77", receivedOn: todayInParis(), allocations: [{ invoiceId: a.id, amountCents: rest }] });
    expect(settle).toMatchObject({ ok: true, creditCents: 500 });
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: a.totalCents, settledAt: expect.any(Date) as unknown });
    expect((await db.select().from(orders).where(eq(orders.id, a.orderId)))[0]).toMatchObject({ status: "paid", paidCents: a.totalCents });
    expect((await db.select().from(payments).where(and(eq(payments.orderId, a.orderId), eq(payments.method, "net30"))))[0]!.status).toBe("paid");
    expect((await db.select().from(proAccounts).where(eq(proAccounts.id, accountId)))[0]!.creditCents).toBe(500);
    expect(await mails("invoice-paid")).toHaveLength(1);

    // When the next invoice on account is issued, the credit pays the oldest open invoice (b).
    const next = await order(user.id, "net30", 1);
    if (!next.ok) throw new Error(next.message);
    expect(await invoiceOf(b.orderId)).toMatchObject({ paidCents: 500 });
    expect(await invoiceOf(next.order.orderId)).toMatchObject({ paidCents: 0 });
    expect((await db.select().from(proAccounts).where(eq(proAccounts.id, accountId)))[0]!.creditCents).toBe(0);
  });

  it("refuses too much for an invoice, a negative or fractional amount, someone else's invoice, a paid one, a double entry — writing nothing", async () => {
    const { accountId, a, b } = await twoOpenInvoices();
    const other = await twoOpenInvoices();
    const base = { accountId, method: "transfer" as const, reference: "VIR-X", receivedOn: todayInParis() };
    const before = (await db.select({ n: count() }).from(accountPayments))[0]!.n;
    for (const attempt of [
      { amountCents: a.totalCents + 1, allocations: [{ invoiceId: a.id, amountCents: a.totalCents + 1 }] },
      { amountCents: -100, allocations: [] },
      { amountCents: 10.5, allocations: [] },
      { amountCents: 1000, allocations: [{ invoiceId: other.a.id, amountCents: 1000 }] },
      { amountCents: 500, allocations: [{ invoiceId: a.id, amountCents: 1000 }] },
    ]) {
      expect(await recordInvoicePayment(db, admin, { ...base, ...attempt })).toMatchObject({ ok: false });
    }
    expect((await db.select({ n: count() }).from(accountPayments))[0]!.n).toBe(before);
    // Several invoices at once, then the same reference again: refused as a double entry.
    const both = await recordInvoicePayment(db, admin, { ...base, amountCents: a.totalCents + b.totalCents, allocations: [] });
    expect(both).toMatchObject({ ok: true, creditCents: 0 });
    expect(await recordInvoicePayment(db, admin, { ...base, amountCents: 100, allocations: [] })).toMatchObject({ ok: false, message: expect.stringContaining("déjà enregistré") as unknown });
    // Both paid now: paying one again is refused.
    expect(await recordInvoicePayment(db, admin, { ...base, reference: "VIR-Y", amountCents: 100, allocations: [{ invoiceId: a.id, amountCents: 100 }] })).toMatchObject({ ok: false });
  });

  it("by card through PayPlug: one payment for two invoices, applied once whether the notification or the return comes first", async () => {
    const { user, a, b } = await twoOpenInvoices();
    const requests = [
      { invoiceId: a.id, amountCents: a.totalCents },
      { invoiceId: b.id, amountCents: 1500 },
    ];
    const started = await startInvoiceCardPayment(db, user.id, { requests, requestKey: "form-1" });
    expect(started).toMatchObject({ ok: true, redirectUrl: expect.stringContaining("/sandbox/payplug/pay/") as unknown });
    if (!started.ok) return;
    // A double submit of the same form finds the same payment.
    expect(await startInvoiceCardPayment(db, user.id, { requests, requestKey: "form-1" })).toMatchObject({ ok: true, accountPaymentId: started.accountPaymentId, already: true });
    const payplugId = payplugIdFromUrl(started.redirectUrl!);
    await payOnHostedPage(payplugId);
    // The notification alone applies it; the return afterwards finds nothing to do.
    expect(await deliver()).toEqual([200]);
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: a.totalCents });
    expect(await reconcilePayment("payplug", payplugId, { source: "return" })).toMatchObject({ outcome: "unchanged" });
    const [paid] = await db.select().from(accountPayments).where(eq(accountPayments.id, started.accountPaymentId));
    expect(paid).toMatchObject({ status: "paid", amountCents: a.totalCents + 1500, cardLast4: "4242" });
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: a.totalCents, settledAt: expect.any(Date) as unknown });
    expect(await invoiceOf(b.orderId)).toMatchObject({ paidCents: 1500, settledAt: null });
    const applied = await db.select().from(invoiceAllocations).where(eq(invoiceAllocations.accountPaymentId, started.accountPaymentId));
    expect(applied.map((x) => [x.amountCents, x.applied])).toEqual([
      [a.totalCents, true],
      [1500, true],
    ]);
  });

  it("a card payment whose notification is lost is applied by the sweep of pending payments", async () => {
    const { user, a } = await twoOpenInvoices();
    const started = await startInvoiceCardPayment(db, user.id, { requests: [{ invoiceId: a.id, amountCents: a.totalCents }], requestKey: "form-sweep" });
    if (!started.ok) throw new Error(started.message);
    await setPayplugSettings({ notifications: { dropNext: 1 } });
    await payOnHostedPage(payplugIdFromUrl(started.redirectUrl!));
    expect(await deliver()).toEqual([]);
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: 0 });
    const swept = await reconcilePendingPayments({ staleAfterMs: 0, now: new Date(Date.now() + 1000) });
    expect(swept.accountPayments).toBe(1);
    expect(await invoiceOf(a.orderId)).toMatchObject({ paidCents: a.totalCents, settledAt: expect.any(Date) as unknown });
  });

  it("refuses paying someone else's invoice or more than it owes by card, before any provider call", async () => {
    const { user, a } = await twoOpenInvoices();
    const other = await twoOpenInvoices();
    expect(await startInvoiceCardPayment(db, user.id, { requests: [{ invoiceId: other.a.id, amountCents: 100 }], requestKey: "k1" })).toMatchObject({ ok: false });
    expect(await startInvoiceCardPayment(db, user.id, { requests: [{ invoiceId: a.id, amountCents: a.totalCents + 1 }], requestKey: "k2" })).toMatchObject({ ok: false });
    expect((await db.select({ n: count() }).from(accountPayments))[0]!.n).toBe(0);
  });
});

describe("statement of account", () => {
  it("brings forward, lists invoices, payments at the order and on account, and closes on what is owed, an overpayment as credit", async () => {
    const pro = await approvedPro();
    await paidFirstOrder(pro.user.id);
    const placed = await order(pro.user.id, "net30", 2);
    if (!placed.ok) throw new Error(placed.message);
    const invoice = (await invoiceOf(placed.order.orderId))!;
    await recordInvoicePayment(db, admin, { accountId: pro.accountId, method: "transfer", amountCents: 1000, reference: "VIR-S1", receivedOn: todayInParis(), allocations: [{ invoiceId: invoice.id, amountCents: 1000 }] });
    const today = todayInParis();
    const statement = (await statementFor(db, pro.accountId, addDays(today, -1), today))!;
    expect(statement.openingBalanceCents).toBe(0);
    expect(statement.lines.map((l) => [l.kind, l.debitCents, l.creditCents])).toEqual([
      ["invoice", expect.any(Number) as unknown, 0],
      ["invoice", invoice.totalCents, 0],
      ["payment", 0, expect.any(Number) as unknown],
      ["payment", 0, 1000],
    ]);
    expect(statement.closingBalanceCents).toBe(invoice.totalCents - 1000);
    // Overpaying turns the balance into a credit in the company's favour.
    await recordInvoicePayment(db, admin, { accountId: pro.accountId, method: "cheque", amountCents: invoice.totalCents, reference: "CHQ-S2", receivedOn: today, allocations: [] });
    expect((await statementFor(db, pro.accountId, today, today))!.closingBalanceCents).toBe(-1000);
  });
});

describe("invoice numbering", () => {
  it("gives 50 concurrent issuances 50 consecutive numbers, no gap, no duplicate", async () => {
    const { takeDocumentNumber } = await import("@/lib/use-cases/invoices");
    const year = 2031;
    const taken = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (tx) => {
          const n = await takeDocumentNumber(tx, "invoice", year);
          // Every fifth issuance fails after taking its number: the number must come back.
          if (i % 5 === 0) tx.rollback();
          return n.sequence;
        }).catch(() => null),
      ),
    );
    const kept = taken.filter((n): n is number => n !== null).sort((x, y) => x - y);
    expect(kept).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
