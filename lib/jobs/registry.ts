import "server-only";
import { sendDueEmails } from "@/lib/mail/send-outbox";

/** A scheduled job: run by the in-process timer in development and by /api/cron/[name]. */
export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Every scheduled job of the shop. Add a job here and it is both timed and reachable by cron. */
export const JOBS: Job[] = [
  { name: "send-emails", everyMs: 30_000, run: () => sendDueEmails() },
];

export function findJob(name: string): Job | undefined {
  return JOBS.find((j) => j.name === name);
}
