import type { Cents } from "@/lib/shared/money";
import { addDays, daysBetween } from "./payment-terms";

/*
 * Which reminder an open invoice is owed on a given day. Pure, unit-tested; the reminder job sends
 * what this says and the receivables page shows what it will say on the next days — one function,
 * so the page never promises what the job would not do.
 *
 * Levels, each with the day it falls due relative to the invoice's due date (configurable):
 * a courtesy reminder N days before (5), then up to three dunning reminders at 1, 15 and 30 days
 * late, in a rising tone. Only the highest level reached is sent: an invoice first seen 20 days
 * late gets the second dunning reminder alone, not the courtesy one and the first on top of it
 * (no storm when the job starts on old invoices or after a pause). A level at or below one already
 * sent is never sent. Due today is not late: on the due day an invoice is still at the courtesy
 * level.
 */

export const REMINDER_LEVELS = ["courtesy", "dunning_1", "dunning_2", "dunning_3"] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const REMINDER_LEVEL_LABELS: Readonly<Record<ReminderLevel, string>> = {
  courtesy: "Rappel avant échéance",
  dunning_1: "Relance 1",
  dunning_2: "Relance 2",
  dunning_3: "Dernière relance",
};

export type ReminderConfig = {
  /** The courtesy reminder, this many days before the due date. */
  daysBeforeDue: number;
  /** Dunning reminders at these days late, increasing, one to three of them. */
  dunningDaysLate: readonly number[];
};

const rank = (level: ReminderLevel) => REMINDER_LEVELS.indexOf(level);

/**
 * The levels of this configuration with the lateness (days after the due date, negative before)
 * at which each falls due. Fewer than three dunning days: the last one is the « dernière relance ».
 */
export function reminderSchedule(config: ReminderConfig): { level: ReminderLevel; daysLate: number }[] {
  const late = config.dunningDaysLate.slice(0, 3);
  const levels: ReminderLevel[] = late.length === 3 ? ["dunning_1", "dunning_2", "dunning_3"] : late.length === 2 ? ["dunning_1", "dunning_3"] : ["dunning_3"];
  return [{ level: "courtesy", daysLate: 0 - config.daysBeforeDue }, ...late.map((daysLate, i) => ({ level: levels[i]!, daysLate }))];
}

export type RemindableInvoice = { dueDate: string | null; remainingCents: Cents };

/** The reminder owed today, if any: the highest level reached, unless that level or a higher one was sent. */
export function reminderToSend(invoice: RemindableInvoice, sent: readonly ReminderLevel[], today: string, config: ReminderConfig): { level: ReminderLevel; daysLate: number } | null {
  if (!invoice.dueDate || invoice.remainingCents <= 0) return null;
  const daysLate = daysBetween(invoice.dueDate, today);
  const reached = reminderSchedule(config).filter((s) => s.daysLate <= daysLate).at(-1);
  if (!reached) return null;
  const highestSent = Math.max(-1, ...sent.map(rank));
  if (rank(reached.level) <= highestSent) return null;
  return { level: reached.level, daysLate };
}

/**
 * What the job will send for this invoice over the next `days` days if nothing is paid: the same
 * selection run day after day, each level counted as sent once it would be.
 */
export function upcomingReminders(invoice: RemindableInvoice, sent: readonly ReminderLevel[], today: string, days: number, config: ReminderConfig): { on: string; level: ReminderLevel; daysLate: number }[] {
  const out: { on: string; level: ReminderLevel; daysLate: number }[] = [];
  const done = [...sent];
  for (let d = 0; d <= days; d++) {
    const on = addDays(today, d);
    const next = reminderToSend(invoice, done, on, config);
    if (next) {
      out.push({ on, ...next });
      done.push(next.level);
    }
  }
  return out;
}

/** An account goes on hold once one of its invoices is more than `holdAfterDaysLate` days late. */
export function isPastHoldThreshold(invoice: RemindableInvoice, today: string, holdAfterDaysLate: number): boolean {
  return invoice.dueDate !== null && invoice.remainingCents > 0 && daysBetween(invoice.dueDate, today) > holdAfterDaysLate;
}

/** Overdue: something left to pay after the due day (due today is not late). */
export function isOverdue(invoice: RemindableInvoice, today: string): boolean {
  return invoice.dueDate !== null && invoice.remainingCents > 0 && invoice.dueDate < today;
}
