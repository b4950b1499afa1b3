import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { instalmentPlans, instalments, invoices, orders, proAccounts } from "@/lib/db/schema";
import { ageing, remainingCents } from "@/lib/billing/invoice-status";
import { addDays, ageingBucket, daysBetween, type AgeingBucket } from "@/lib/billing/payment-terms";
import { remindersComing, sentReminders, type ReminderCandidate, type SentReminder } from "@/lib/use-cases/invoice-reminders";

/*
 * The back-office's receivables page (/admin/encaissements): what is due this week, what is late
 * by age (the same buckets as the accounts' ageing), instalments awaited, cheques at the bank
 * waiting to clear, reminders sent and those the next runs of the job will send (computed by the
 * job's own selection, lib/billing/reminders.ts). Read only.
 */

export type ReceivableInvoice = { id: string; number: string; accountId: string | null; companyName: string; dueDate: string; remainingCents: number; daysLate: number; bucket: AgeingBucket };

export type ReceivablesView = {
  today: string;
  dueThisWeek: ReceivableInvoice[];
  overdue: ReceivableInvoice[];
  ageing: ReturnType<typeof ageing>;
  instalmentsAwaited: InstalmentLine[];
  chequesToClear: InstalmentLine[];
  remindersSent: SentReminder[];
  remindersNext: ReminderCandidate[];
};

export type InstalmentLine = { id: string; reference: string; kind: "cheques" | "card"; position: number; count: number; dueOn: string; amountCents: number; status: string; depositedOn: string | null; chequeNumber: string | null };

const NEXT_DAYS = 7;

async function instalmentLines(db: Executor, statuses: ("expected" | "received" | "deposited")[]): Promise<InstalmentLine[]> {
  return db
    .select({
      id: instalments.id,
      reference: orders.reference,
      kind: instalmentPlans.kind,
      position: instalments.position,
      count: instalmentPlans.count,
      dueOn: instalments.dueOn,
      amountCents: instalments.amountCents,
      status: instalments.status,
      depositedOn: instalments.depositedOn,
      chequeNumber: instalments.chequeNumber,
    })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .where(inArray(instalments.status, statuses))
    .orderBy(asc(instalments.dueOn), asc(orders.reference), asc(instalments.position));
}

export async function receivablesView(db: Executor, today: string): Promise<ReceivablesView> {
  const rows = await db
    .select({ invoice: invoices, companyName: proAccounts.companyName, email: orders.email })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .leftJoin(proAccounts, eq(proAccounts.id, invoices.proAccountId))
    .where(and(eq(invoices.kind, "invoice"), isNull(invoices.settledAt), isNotNull(invoices.dueDate)))
    .orderBy(asc(invoices.dueDate), asc(invoices.sequence));
  const open: ReceivableInvoice[] = rows
    .map((r) => ({
      id: r.invoice.id,
      number: r.invoice.number,
      accountId: r.invoice.proAccountId,
      companyName: r.companyName ?? r.email,
      dueDate: r.invoice.dueDate!,
      remainingCents: remainingCents(r.invoice),
      daysLate: daysBetween(r.invoice.dueDate!, today),
      bucket: ageingBucket(r.invoice.dueDate!, today),
    }))
    .filter((i) => i.remainingCents > 0);
  const weekEnd = addDays(today, 6);
  return {
    today,
    dueThisWeek: open.filter((i) => i.dueDate >= today && i.dueDate <= weekEnd),
    overdue: open.filter((i) => i.daysLate > 0).sort((a, b) => b.daysLate - a.daysLate),
    ageing: ageing(rows.map((r) => r.invoice), today),
    instalmentsAwaited: await instalmentLines(db, ["expected", "received"]),
    chequesToClear: (await instalmentLines(db, ["deposited"])).filter((l) => l.kind === "cheques"),
    remindersSent: await sentReminders(db, { limit: 50 }),
    remindersNext: await remindersComing(db, today, NEXT_DAYS),
  };
}
