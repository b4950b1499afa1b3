import "server-only";
import { sendDueEmails } from "@/lib/mail/send-outbox";
import { reconcilePendingPayments } from "@/lib/use-cases/sweep-pending";
import { reconcileRunningCardPlans } from "@/lib/use-cases/sweep-card-plans";
import { cancelStaleOnlineOrders, remindAndCancelOfflineOrders } from "@/lib/use-cases/cancel-stale-orders";
import { retryDueNotifications } from "@/lib/use-cases/retry-notifications";
import { pruneNotificationInbox } from "@/lib/use-cases/prune-notifications";
import { anonymiseGuestOrders } from "@/lib/use-cases/anonymise-guest-orders";
import { pruneEmailOutbox } from "@/lib/mail/prune-outbox";
import { runInvoiceReminders } from "@/lib/use-cases/invoice-reminders";
import { env } from "@/lib/shared/env";
import { runSandboxDeliveries } from "./sandbox-deliveries";

/** A scheduled job: run by the in-process timer in development and by /api/cron/[name]. */
export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Every scheduled job of the shop. Add a job here and it is both timed and reachable by cron. */
export const JOBS: Job[] = [
  { name: "send-emails", everyMs: 30_000, run: () => sendDueEmails() },
  // Attempts nobody finished, then card plans whose charges' notifications may have been lost.
  { name: "reconcile-pending", everyMs: 60_000, run: async () => ({ ...(await reconcilePendingPayments()), cardPlans: await reconcileRunningCardPlans() }) },
  // Card/PayPal orders left unpaid, then transfer/cheque orders whose money never came: one job, so
  // a scheduler set up for the first one runs the second without a new line.
  { name: "cancel-stale-orders", everyMs: 15 * 60_000, run: async () => ({ online: await cancelStaleOnlineOrders(), offline: await remindAndCancelOfflineOrders() }) },
  { name: "sandbox-deliveries", everyMs: 2_000, run: () => runSandboxDeliveries() },
  { name: "retry-notifications", everyMs: 30_000, run: () => retryDueNotifications() },
  { name: "prune-notifications", everyMs: 6 * 60 * 60_000, run: () => pruneNotificationInbox() },
  { name: "anonymise-guest-orders", everyMs: 6 * 60 * 60_000, run: () => anonymiseGuestOrders() },
  // Courtesy and dunning reminders, the admins' cheques to deposit, automatic holds and their release.
  { name: "invoice-reminders", everyMs: 60 * 60_000, run: () => runInvoiceReminders() },
  { name: "prune-emails", everyMs: 6 * 60 * 60_000, run: () => pruneEmailOutbox({ retentionDays: env.emailRetentionDays }) },
];

export function findJob(name: string): Job | undefined {
  return JOBS.find((j) => j.name === name);
}
