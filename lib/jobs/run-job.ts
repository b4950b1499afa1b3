import "server-only";
import os from "node:os";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/lib/db/client";
import { jobState } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { metrics } from "@/lib/shared/metrics";
import { currentRequestId, newRequestId, withRequestId } from "@/lib/shared/request-context";
import type { Job } from "./registry";

/*
 * Every scheduled run, whoever triggers it (the in-process timer of each instance, or a scheduler
 * calling /api/cron/[job]), goes through runJob:
 *
 * - a lease in job_state lets one instance at a time run a job: the others skip (and count the
 *   skip). The jobs claim their rows with FOR UPDATE SKIP LOCKED as well, so the lease is about not
 *   doing the same sweep twice at once, not the only guard;
 * - a lease outlives its holder by LEASE_MS at most (a crashed instance), then anyone may take it;
 * - start, end, status, the job's report (its counts) and the error are kept on the job's row,
 *   with the totals of runs, failures and skips: what the back-office shows.
 */

const LEASE_MS = 10 * 60 * 1000;
const INSTANCE = `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

export type JobTrigger = "timer" | "cron" | "test";
export type JobRun = { ran: true; result: unknown } | { ran: false; reason: "lease_held" };

export async function runJob(job: Job, trigger: JobTrigger, options: { instance?: string } = {}): Promise<JobRun> {
  const instance = options.instance ?? INSTANCE;
  const db = await getDb();
  const acquired = rowsOf<{ job: string }>(
    await db.execute(sql`
      insert into job_state (job, lease_holder, lease_until, last_started_at, last_status, last_trigger, run_count)
      values (${job.name}, ${instance}, now() + ${`${LEASE_MS} milliseconds`}::interval, now(), 'running', ${trigger}, 1)
      on conflict (job) do update set
        lease_holder = excluded.lease_holder, lease_until = excluded.lease_until, last_started_at = now(),
        last_status = 'running', last_trigger = excluded.last_trigger, run_count = job_state.run_count + 1
      where job_state.lease_until is null or job_state.lease_until < now()
      returning job`),
  );
  if (acquired.length === 0) {
    await db.update(jobState).set({ skippedCount: sql`${jobState.skippedCount} + 1` }).where(eq(jobState.job, job.name));
    metrics().jobRuns.inc({ job: job.name, result: "skipped" });
    return { ran: false, reason: "lease_held" };
  }
  const release = async (patch: { status: "succeeded" | "failed"; report?: unknown; error?: string }) => {
    metrics().jobRuns.inc({ job: job.name, result: patch.status });
    await db
      .update(jobState)
      .set({
        leaseHolder: null,
        leaseUntil: null,
        lastFinishedAt: sql`now()`,
        lastStatus: patch.status,
        lastReport: patch.report === undefined ? null : (JSON.parse(JSON.stringify(patch.report)) as unknown),
        lastError: patch.error ?? null,
        failureCount: patch.status === "failed" ? sql`${jobState.failureCount} + 1` : jobState.failureCount,
      })
      .where(and(eq(jobState.job, job.name), eq(jobState.leaseHolder, instance)));
  };
  try {
    // Inside a cron request, its id; from the timer, one of the run's own.
    const result = await withRequestId(currentRequestId() ?? newRequestId(`job-${job.name}`), () => job.run());
    await release({ status: "succeeded", report: result ?? null });
    return { ran: true, result };
  } catch (error) {
    await release({ status: "failed", error: error instanceof Error ? error.message : String(error) }).catch((releaseError: unknown) =>
      log.error("jobs", "could not record a failed run", { job: job.name, releaseError }),
    );
    throw error;
  }
}

/** What the back-office shows of the scheduled jobs. */
export async function listJobStates() {
  const db = await getDb();
  return db.select().from(jobState).orderBy(jobState.job);
}
