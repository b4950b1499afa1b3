import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import { getDb, type Db, type Executor } from "@/lib/db/client";
import { instalmentPlans, instalments, invoiceReminders, invoices, orders, proAccounts, type ReminderKind } from "@/lib/db/schema";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { remainingCents } from "@/lib/billing/invoice-status";
import { latePenaltyMention, latePenaltyMentionOf, RECOVERY_INDEMNITY_MENTION } from "@/lib/billing/legal-mentions";
import { addDays } from "@/lib/billing/payment-terms";
import { REMINDER_LEVELS, reminderToSend, upcomingReminders, type ReminderConfig, type ReminderLevel } from "@/lib/billing/reminders";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderAdminAlertEmail } from "@/lib/mail/templates/admin-alert";
import { renderInvoiceReminderEmail, type ReminderAudience } from "@/lib/mail/templates/invoice-reminder";
import { currentTime } from "@/lib/shared/clock";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { sweepAutomaticHolds, type HoldSweepReport } from "@/lib/use-cases/automatic-holds";

/*
 * The reminder job (invoice-reminders, hourly): courtesy and dunning reminders for open invoices,
 * the admins' daily list of instalment cheques to deposit, then the automatic holds
 * (automatic-holds.ts).
 *
 * Which reminder an invoice is owed is decided by one pure function (lib/billing/reminders.ts),
 * which the receivables page also runs to show what the next runs will send.
 *
 * Safe to run twice at once, or on two instances: a reminder is claimed by inserting its row in
 * invoice_reminders (unique per invoice and level) in the same transaction that queues its
 * e-mail; the second run's insert waits for the first's commit, then finds the row and sends
 * nothing. The cheques list is claimed the same way, unique per day. An account owed several
 * reminders on one run gets one message (the highest level's tone), with the statement of every
 * open invoice: never a burst of e-mails.
 *
 * The late-payment penalty and the 40 € indemnity are written only to professionals (invoices on
 * account are theirs today; an invoice without a professional account would be a consumer's, and
 * its message is built with the consumer audience, which cannot carry them).
 */

export function reminderConfig(): ReminderConfig {
  return { daysBeforeDue: env.reminders.daysBeforeDue, dunningDaysLate: env.reminders.dunningDaysLate };
}

type InvoiceRow = typeof invoices.$inferSelect;

export type ReminderCandidate = {
  invoiceId: string;
  number: string;
  accountId: string | null;
  companyName: string;
  to: string;
  dueDate: string;
  remainingCents: number;
  level: ReminderLevel;
  daysLate: number;
  on: string;
};

/** Open invoices with a due date close enough to owe a reminder by `until`, with their recipient and the levels sent. */
async function remindableInvoices(db: Executor, until: string, config: ReminderConfig) {
  const rows = await db
    .select({ invoice: invoices, accountId: proAccounts.id, companyName: proAccounts.companyName, contactEmail: proAccounts.contactEmail, orderEmail: orders.email })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .leftJoin(proAccounts, eq(proAccounts.id, invoices.proAccountId))
    .where(and(eq(invoices.kind, "invoice"), isNull(invoices.settledAt), isNotNull(invoices.dueDate), lte(invoices.dueDate, addDays(until, config.daysBeforeDue))))
    .orderBy(asc(invoices.dueDate), asc(invoices.sequence));
  const sent = rows.length
    ? await db
        .select({ invoiceId: invoiceReminders.invoiceId, kind: invoiceReminders.kind })
        .from(invoiceReminders)
        .where(inArray(invoiceReminders.invoiceId, rows.map((r) => r.invoice.id)))
    : [];
  return rows.map((r) => ({
    ...r,
    to: r.contactEmail ?? r.orderEmail,
    companyName: r.companyName ?? r.orderEmail,
    remainingCents: remainingCents(r.invoice),
    sent: sent.filter((s) => s.invoiceId === r.invoice.id && s.kind !== "cheques_to_deposit").map((s) => s.kind as ReminderLevel),
  }));
}

/** What the job sends on `today`: the reminders owed, per the one selection rule. */
export async function dueReminders(db: Executor, today: string, config = reminderConfig()): Promise<ReminderCandidate[]> {
  const rows = await remindableInvoices(db, today, config);
  return rows.flatMap((r) => {
    const next = reminderToSend({ dueDate: r.invoice.dueDate, remainingCents: r.remainingCents }, r.sent, today, config);
    return next ? [{ invoiceId: r.invoice.id, number: r.invoice.number, accountId: r.accountId, companyName: r.companyName, to: r.to, dueDate: r.invoice.dueDate!, remainingCents: r.remainingCents, ...next, on: today }] : [];
  });
}

/** What the next runs will send over the coming `days` days if nothing is paid (the receivables page). */
export async function remindersComing(db: Executor, today: string, days: number, config = reminderConfig()): Promise<ReminderCandidate[]> {
  const rows = await remindableInvoices(db, addDays(today, days), config);
  return rows
    .flatMap((r) =>
      upcomingReminders({ dueDate: r.invoice.dueDate, remainingCents: r.remainingCents }, r.sent, today, days, config).map((next) => ({
        invoiceId: r.invoice.id,
        number: r.invoice.number,
        accountId: r.accountId,
        companyName: r.companyName,
        to: r.to,
        dueDate: r.invoice.dueDate!,
        remainingCents: r.remainingCents,
        ...next,
      })),
    )
    .sort((a, b) => a.on.localeCompare(b.on) || a.number.localeCompare(b.number));
}

function audienceOf(invoice: InvoiceRow, professional: boolean): ReminderAudience {
  if (!professional) return { kind: "consumer" };
  const doc = invoice.document as InvoiceDocument;
  return {
    kind: "professional",
    latePenaltyMention: latePenaltyMentionOf(doc.legalMentions ?? []) ?? latePenaltyMention(env.invoiceTerms.latePaymentRatePercent),
    recoveryIndemnityMention: RECOVERY_INDEMNITY_MENTION,
  };
}

/**
 * Claims and sends one recipient's reminders of this run in one transaction. Returns how many
 * reminders it claimed (0: another run had them).
 */
async function sendGroup(db: Db, group: readonly ReminderCandidate[], today: string, config: ReminderConfig): Promise<number> {
  return db.transaction(async (tx) => {
    const ids = group.map((c) => c.invoiceId);
    const fresh = await tx.select().from(invoices).where(inArray(invoices.id, ids));
    const sentRows = await tx.select({ invoiceId: invoiceReminders.invoiceId, kind: invoiceReminders.kind }).from(invoiceReminders).where(inArray(invoiceReminders.invoiceId, ids));
    // Re-decided on the rows as they are now: paid meanwhile, or reminded by another run, is skipped.
    const owed = group.flatMap((c) => {
      const invoice = fresh.find((i) => i.id === c.invoiceId);
      if (!invoice || invoice.settledAt) return [];
      const sent = sentRows.filter((s) => s.invoiceId === c.invoiceId).map((s) => s.kind as ReminderLevel);
      const next = reminderToSend({ dueDate: invoice.dueDate, remainingCents: remainingCents(invoice) }, sent, today, config);
      return next ? [{ c, invoice, ...next }] : [];
    });
    if (!owed.length) return 0;
    const claimed = await tx
      .insert(invoiceReminders)
      .values(owed.map((o) => ({ invoiceId: o.invoice.id, kind: o.level, sentOn: today, daysLate: o.daysLate, amountCents: remainingCents(o.invoice), toAddress: o.c.to })))
      .onConflictDoNothing()
      .returning({ id: invoiceReminders.id, invoiceId: invoiceReminders.invoiceId });
    if (!claimed.length) return 0;
    const mine = owed.filter((o) => claimed.some((c) => c.invoiceId === o.invoice.id));
    // The message speaks in the tone of the most serious reminder it carries.
    const lead = mine.toSorted((a, b) => REMINDER_LEVELS.indexOf(b.level) - REMINDER_LEVELS.indexOf(a.level) || b.daysLate - a.daysLate)[0]!;
    const accountId = lead.c.accountId;
    const [account] = accountId ? await tx.select().from(proAccounts).where(eq(proAccounts.id, accountId)) : [];
    const statementRows = accountId
      ? (await tx.select().from(invoices).where(and(eq(invoices.proAccountId, accountId), eq(invoices.kind, "invoice"), isNull(invoices.settledAt))).orderBy(asc(invoices.dueDate), asc(invoices.sequence))).filter((i) => remainingCents(i) > 0)
      : [lead.invoice];
    const email = renderInvoiceReminderEmail({
      tone: lead.level,
      audience: audienceOf(lead.invoice, Boolean(account)),
      shopName: env.merchant.name,
      greeting: account ? `Bonjour ${account.contactName},` : "Bonjour,",
      signature: `L'équipe ${env.merchant.name}`,
      invoice: { number: lead.invoice.number, dueDate: formatIsoDateFr(lead.invoice.dueDate), remaining: formatEur(remainingCents(lead.invoice)), daysLate: lead.daysLate },
      statement: statementRows.map((i) => ({
        number: i.number,
        issueDate: formatIsoDateFr(i.issueDate),
        dueDate: formatIsoDateFr(i.dueDate),
        total: formatEur(i.totalCents),
        remaining: formatEur(remainingCents(i)),
        late: i.dueDate !== null && i.dueDate < today,
      })),
      totalDue: formatEur(statementRows.reduce((sum, i) => sum + remainingCents(i), 0)),
      // The portal's « Factures à régler »: pay by card, one or several invoices at once.
      payUrl: account ? `${env.appUrl}/pro#pay-title` : `${env.appUrl}/compte`,
    });
    const emailId = await enqueueEmail(tx, { to: lead.c.to, template: EMAIL_TEMPLATES.invoiceReminder, orderId: lead.invoice.orderId, email });
    await tx.update(invoiceReminders).set({ emailId }).where(inArray(invoiceReminders.id, claimed.map((c) => c.id)));
    return claimed.length;
  });
}

/** Instalment cheques in hand whose deposit day has come: what the admins must take to the bank. */
export async function chequesToDeposit(db: Executor, today: string) {
  return db
    .select({
      id: instalments.id,
      position: instalments.position,
      count: instalmentPlans.count,
      dueOn: instalments.dueOn,
      amountCents: instalments.amountCents,
      chequeNumber: instalments.chequeNumber,
      chequeBank: instalments.chequeBank,
      chequeDrawer: instalments.chequeDrawer,
      reference: orders.reference,
    })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .where(and(eq(instalmentPlans.kind, "cheques"), eq(instalments.status, "received"), lte(instalments.dueOn, today)))
    .orderBy(asc(instalments.dueOn), asc(orders.reference), asc(instalments.position));
}

/** One e-mail to the admins per day at most, listing the cheques to deposit; claimed like a reminder. */
async function sendChequesToDeposit(db: Db, today: string): Promise<number> {
  const cheques = await chequesToDeposit(db, today);
  if (!cheques.length) return 0;
  return db.transaction(async (tx) => {
    const total = cheques.reduce((sum, c) => sum + c.amountCents, 0);
    const [claim] = await tx
      .insert(invoiceReminders)
      .values({ invoiceId: null, kind: "cheques_to_deposit", sentOn: today, amountCents: total, toAddress: env.adminAlertEmail })
      .onConflictDoNothing()
      .returning({ id: invoiceReminders.id });
    if (!claim) return 0;
    const emailId = await enqueueEmail(tx, {
      to: env.adminAlertEmail,
      template: EMAIL_TEMPLATES.chequesToDeposit,
      email: renderAdminAlertEmail({
        subject: `${cheques.length} chèque${cheques.length > 1 ? "s" : ""} à déposer (${formatEur(total)})`,
        summary: `Ces chèques d'échéancier sont en votre possession et leur date de dépôt est arrivée : déposez-les à la banque, puis enregistrez le dépôt sur chaque commande.`,
        details: cheques.map((c) => [
          `${c.reference} – échéance ${c.position}/${c.count} du ${formatIsoDateFr(c.dueOn)}`,
          `${formatEur(c.amountCents)}${c.chequeNumber ? ` – chèque n° ${c.chequeNumber}` : ""}${c.chequeBank ? ` (${c.chequeBank})` : ""}`,
        ]),
        advice: "Un chèque remis en banque n'est réglé qu'une fois encaissé : enregistrez-le « encaissé » quand la banque l'a crédité définitivement, ou « impayé » s'il revient.",
        action: { url: `${env.appUrl}/admin/encaissements`, label: "Ouvrir les encaissements" },
      }),
    });
    await tx.update(invoiceReminders).set({ emailId }).where(eq(invoiceReminders.id, claim.id));
    return cheques.length;
  });
}

export type InvoiceRemindersReport = { reminders: number; messages: number; chequesListed: number } & HoldSweepReport;

/** The job: reminders, the cheques list, then the holds. */
export async function runInvoiceReminders(options: { now?: Date; config?: ReminderConfig; holdAfterDaysLate?: number } = {}): Promise<InvoiceRemindersReport> {
  const db = await getDb();
  const today = todayInParis(options.now ?? currentTime());
  const config = options.config ?? reminderConfig();
  const due = await dueReminders(db, today, config);
  const groups = new Map<string, ReminderCandidate[]>();
  for (const c of due) {
    const key = c.accountId ?? `invoice:${c.invoiceId}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  let reminders = 0;
  let messages = 0;
  for (const group of groups.values()) {
    const claimed = await sendGroup(db, group, today, config);
    reminders += claimed;
    if (claimed) messages++;
  }
  const chequesListed = await sendChequesToDeposit(db, today);
  const holds = await sweepAutomaticHolds(db, { today, holdAfterDaysLate: options.holdAfterDaysLate });
  const report = { reminders, messages, chequesListed, ...holds };
  if (reminders || chequesListed || holds.held || holds.released) log.info("invoice-reminders", "run done", report);
  return report;
}

export type SentReminder = { id: number; invoiceId: string | null; number: string | null; kind: ReminderKind; sentOn: string; daysLate: number | null; amountCents: number; toAddress: string; createdAt: Date };

/** Reminders sent, newest first: all of them (receivables page), an account's, or an invoice's. */
export async function sentReminders(db: Executor, filter: { accountId?: string; invoiceId?: string; limit?: number } = {}): Promise<SentReminder[]> {
  const conditions = [
    filter.accountId ? eq(invoices.proAccountId, filter.accountId) : undefined,
    filter.invoiceId ? eq(invoiceReminders.invoiceId, filter.invoiceId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({
      id: invoiceReminders.id,
      invoiceId: invoiceReminders.invoiceId,
      number: invoices.number,
      kind: invoiceReminders.kind,
      sentOn: invoiceReminders.sentOn,
      daysLate: invoiceReminders.daysLate,
      amountCents: invoiceReminders.amountCents,
      toAddress: invoiceReminders.toAddress,
      createdAt: invoiceReminders.createdAt,
    })
    .from(invoiceReminders)
    .leftJoin(invoices, eq(invoices.id, invoiceReminders.invoiceId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(invoiceReminders.id))
    .limit(filter.limit ?? 200);
}
