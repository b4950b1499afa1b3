import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import AdminReceivablesPage from "@/app/admin/encaissements/page";
import AdminProfessionalPage from "@/app/admin/professionnels/[id]/page";
import { describeProEvent } from "@/app/admin/professionnels/pro-labels";
import type { Db } from "@/lib/db/client";
import { emailOutbox, instalmentPlans, instalments, invoiceReminders, proAccountEvents, proAccounts } from "@/lib/db/schema";
import { addDays } from "@/lib/billing/payment-terms";
import { handleCronRequest } from "@/lib/jobs/cron-handler";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { recordInvoicePayment } from "@/lib/use-cases/invoice-payments";
import { runInvoiceReminders } from "@/lib/use-cases/invoice-reminders";
import { holdAccountAutomatically, setProHold } from "@/lib/use-cases/pro-accounts";
import { buyerContext } from "@/lib/use-cases/pro-buyer";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder, placeProOrder } from "@/tests/support/pro-fixtures";
import { renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * The reminder job on a real database (PGlite by default, PostgreSQL with DATABASE_URL, where the
 * concurrent runs use two pooled connections): each reminder sent once even from two runs at
 * once, only the highest level due, the hold at 31 days late and the checkout's refusal, the hold
 * lifted by the payment, an admin's lift with a reason, and who may see the page and run the job.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

/** A pro with one net-30 invoice, due per its terms (30 days from today). */
async function proWithInvoice() {
  const pro = await approvedPro(db, admin);
  await paidFirstOrder(db, admin, pro.user.id);
  const order = await placeProOrder(db, pro.user.id, "net30");
  const invoice = await invoiceOfOrder(db, order.orderId);
  return { ...pro, order, invoice, at: (daysLate: number) => new Date(`${addDays(invoice.dueDate!, daysLate)}T10:00:00Z`) };
}

const reminderMails = () => db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.invoiceReminder));
const account = async (id: string) => (await db.select().from(proAccounts).where(eq(proAccounts.id, id)))[0]!;

describe("invoice reminders", () => {
  it("sends each reminder once when two runs go at once, and only the highest level due", async () => {
    const pro = await proWithInvoice();
    expect(await runInvoiceReminders({ now: pro.at(-6) })).toMatchObject({ reminders: 0 });

    const runs = await Promise.all([runInvoiceReminders({ now: pro.at(-5) }), runInvoiceReminders({ now: pro.at(-5) })]);
    expect(runs.reduce((sum, r) => sum + r.reminders, 0)).toBe(1);
    expect(await reminderMails()).toHaveLength(1);

    const late = await Promise.all([runInvoiceReminders({ now: pro.at(16) }), runInvoiceReminders({ now: pro.at(16) })]);
    expect(late.reduce((sum, r) => sum + r.reminders, 0)).toBe(1);
    expect(await runInvoiceReminders({ now: pro.at(17) })).toMatchObject({ reminders: 0 });

    const rows = await db.select().from(invoiceReminders).where(eq(invoiceReminders.invoiceId, pro.invoice.id));
    // Courtesy, then straight to the second dunning reminder: the first one is never sent late.
    expect(rows.map((r) => r.kind).sort()).toEqual(["courtesy", "dunning_2"]);
    expect(rows.every((r) => r.emailId !== null && r.toAddress === "compta@institut.fr")).toBe(true);

    const mails = await reminderMails();
    expect(mails).toHaveLength(2);
    const dunning = mails.find((m) => m.subject.startsWith("Relance"))!;
    expect(dunning.text).toContain(pro.invoice.number);
    expect(dunning.text).toContain(`${env.appUrl}/pro#pay-title`);
    expect(dunning.text).toContain("40 €");

    // Recorded on the account's back-office page: when, which level, to whom.
    session.userId = admin.id;
    const page = await renderPage(AdminProfessionalPage, { id: pro.accountId }, {});
    expect(textOf(page, "admin-pro-reminders")).toMatch(/Relance 2 F-\d{4}-\d{6}.*16 j de retard.*compta@institut\.fr/s);
  });

  it("holds the account at 31 days late, refuses net-30 with what is due, and lifts the hold once paid", async () => {
    const pro = await proWithInvoice();
    expect(await runInvoiceReminders({ now: pro.at(30) })).toMatchObject({ held: 0 });
    expect(await runInvoiceReminders({ now: pro.at(31) })).toMatchObject({ held: 1 });
    const held = await account(pro.accountId);
    expect(held).toMatchObject({ onHold: true, holdSource: "overdue" });
    expect(held.holdReason).toContain(pro.invoice.number);

    const decision = (await buyerContext(db, pro.user.id)).net30(1000);
    expect(decision).toMatchObject({ allowed: false, reason: "on_hold", link: { href: "/pro#pay-title" } });
    expect(decision.allowed || decision.message).toContain(pro.invoice.number);
    await expect(placeProOrder(db, pro.user.id, "net30")).rejects.toThrow(/suspendu/);

    const paid = await recordInvoicePayment(db, admin, {
      accountId: pro.accountId,
      method: "transfer",
      amountCents: pro.invoice.totalCents,
      reference: "VIR-RETARD",
      receivedOn: todayInParis(),
      allocations: [],
    });
    expect(paid).toMatchObject({ ok: true });
    expect(await account(pro.accountId)).toMatchObject({ onHold: false, holdSource: null });
    const events = await db.select().from(proAccountEvents).where(eq(proAccountEvents.proAccountId, pro.accountId));
    expect(events.filter((e) => e.type === "hold_set").map(describeProEvent)).toEqual([expect.stringContaining("pour retard de paiement")]);
    expect(events.filter((e) => e.type === "hold_lifted")).toHaveLength(1);
  });

  it("lets an admin lift an automatic hold with a reason, recorded with the source", async () => {
    const pro = await proWithInvoice();
    await runInvoiceReminders({ now: pro.at(40) });
    expect(await account(pro.accountId)).toMatchObject({ onHold: true });
    expect(await setProHold(db, admin, pro.accountId, { onHold: false, reason: "Échéancier convenu par téléphone" })).toMatchObject({ ok: true });
    expect(await account(pro.accountId)).toMatchObject({ onHold: false });
    const [lifted] = await db.select().from(proAccountEvents).where(and(eq(proAccountEvents.proAccountId, pro.accountId), eq(proAccountEvents.type, "hold_lifted")));
    expect(lifted).toMatchObject({ actorType: "admin", reason: "Échéancier convenu par téléphone" });
    expect(describeProEvent(lifted!)).toContain("suspension pour retard de paiement");
  });
});

describe("instalment cheques", () => {
  /** Two cheques on the pro's net-30 order (enough for these rules; the instalments code makes real ones). */
  async function chequePlan(orderId: string, totalCents: number, today: string) {
    const [plan] = await db.insert(instalmentPlans).values({ orderId, kind: "cheques", count: 2, totalCents }).returning();
    const first = Math.ceil(totalCents / 2);
    return db
      .insert(instalments)
      .values([
        { planId: plan!.id, position: 1, dueOn: today, amountCents: first, status: "received", chequeNumber: "0000101" },
        { planId: plan!.id, position: 2, dueOn: addDays(today, 30), amountCents: totalCents - first, status: "received", chequeNumber: "0000102" },
      ])
      .returning();
  }

  it("lists the cheques to deposit for the admins once a day, however many runs", async () => {
    const pro = await proWithInvoice();
    const today = todayInParis();
    await chequePlan(pro.order.orderId, pro.invoice.totalCents, today);
    const runs = await Promise.all([runInvoiceReminders(), runInvoiceReminders()]);
    expect(runs.map((r) => r.chequesListed).sort()).toEqual([0, 1]);
    expect(await runInvoiceReminders()).toMatchObject({ chequesListed: 0 });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.chequesToDeposit));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("0000101");
    expect(mails[0]!.text).not.toContain("0000102");
  });

  it("keeps a bounced-cheque hold while its invoice is unpaid, and lifts it once paid", async () => {
    const pro = await proWithInvoice();
    const [bounced] = await chequePlan(pro.order.orderId, pro.invoice.totalCents, todayInParis());
    await db.update(instalments).set({ status: "bounced" }).where(eq(instalments.id, bounced!.id));
    await db.transaction((tx) => holdAccountAutomatically(tx, pro.accountId, { source: "bounced_cheque", reason: "Chèque n° 0000101 revenu impayé" }));
    expect(await runInvoiceReminders()).toMatchObject({ released: 0 });
    expect(await account(pro.accountId)).toMatchObject({ onHold: true, holdSource: "bounced_cheque" });

    const half = Math.floor(pro.invoice.totalCents / 2);
    await recordInvoicePayment(db, admin, { accountId: pro.accountId, method: "cheque", amountCents: half, reference: "CHQ-1", receivedOn: todayInParis(), allocations: [] });
    expect(await account(pro.accountId)).toMatchObject({ onHold: true });
    await recordInvoicePayment(db, admin, { accountId: pro.accountId, method: "cheque", amountCents: pro.invoice.totalCents - half, reference: "CHQ-2", receivedOn: todayInParis(), allocations: [] });
    expect(await account(pro.accountId)).toMatchObject({ onHold: false, holdSource: null });
  });
});

describe("who may see and run it", () => {
  it("shows an admin the overdue invoice on the receivables page; a pro or a customer gets a 404", async () => {
    const pro = await proWithInvoice();
    // The page reads today's date: an invoice issued 60 days ago, due 30 days ago, is overdue.
    await db.execute(
      sql`update invoices set issue_date = ${addDays(todayInParis(), -60)}, due_date = ${addDays(todayInParis(), -30)} where id = ${pro.invoice.id}`,
    );
    session.userId = admin.id;
    const html = await renderPage(AdminReceivablesPage, {}, {});
    expect(html).toContain('data-testid="receivables-overdue-1_30"');
    expect(html).toContain(pro.invoice.number);

    for (const userId of [pro.user.id, (await insertUser(db, "customer")).id]) {
      session.userId = userId;
      await expect(renderPage(AdminReceivablesPage, {}, {})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
  });

  it("runs through /api/cron/invoice-reminders with the secret only", async () => {
    const call = (authorization?: string) =>
      handleCronRequest(new Request("http://localhost/api/cron/invoice-reminders", { method: "POST", headers: authorization ? { authorization } : {} }), "invoice-reminders");
    expect((await call()).status).toBe(401);
    expect((await call("Bearer wrong")).status).toBe(401);
    const ok = await call(`Bearer ${env.cronSecret}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ job: "invoice-reminders", ok: true, result: { reminders: 0, held: 0 } });
  });
});
