import "server-only";
import { sql } from "drizzle-orm";
import { Gauge, Registry } from "prom-client";
import { rowsOf, type Db } from "@/lib/db/client";
import { bearerMatches } from "@/lib/shared/bearer";
import { metrics } from "@/lib/shared/metrics";

/*
 * GET /api/metrics for Prometheus: the counters this process kept (lib/shared/metrics.ts) and
 * gauges read from the database at scrape time, which every instance shares — job lag, outbox
 * backlog, notifications waiting for a retry, payment attempts by status. The alerts worth
 * setting on them are in docs/deploy.md.
 */

type JobRow = { job: string; lag_seconds: number | null; last_status: string | null; run_count: number; failure_count: number };
type CountRow = { a: string | null; b: string | null; n: number };

async function databaseGauges(db: Db): Promise<Registry> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[] = []) => new Gauge({ name, help, labelNames, registers: [registry] });

  const jobLag = gauge("caisse_job_lag_seconds", "Seconds since the job last finished a run (any instance)", ["job"]);
  const jobFailed = gauge("caisse_job_last_run_failed", "1 when the job's last run failed", ["job"]);
  const jobRuns = gauge("caisse_job_runs", "Runs of the job recorded in job_state (all instances)", ["job"]);
  const jobFailures = gauge("caisse_job_failures", "Failed runs of the job recorded in job_state (all instances)", ["job"]);
  const jobs = rowsOf<JobRow>(
    await db.execute(sql`select job, extract(epoch from now() - last_finished_at)::float8 as lag_seconds, last_status, run_count, failure_count from job_state`),
  );
  for (const j of jobs) {
    if (j.lag_seconds !== null) jobLag.set({ job: j.job }, Number(j.lag_seconds));
    jobFailed.set({ job: j.job }, j.last_status === "failed" ? 1 : 0);
    jobRuns.set({ job: j.job }, Number(j.run_count));
    jobFailures.set({ job: j.job }, Number(j.failure_count));
  }

  const outbox = gauge("caisse_email_outbox", "E-mails in the outbox by status", ["status"]);
  for (const r of rowsOf<CountRow>(await db.execute(sql`select status as a, null as b, count(*)::int as n from email_outbox group by status`))) {
    outbox.set({ status: r.a ?? "" }, Number(r.n));
  }
  const oldest = rowsOf<{ s: number | null }>(await db.execute(sql`select extract(epoch from now() - min(created_at))::float8 as s from email_outbox where status = 'pending'`));
  gauge("caisse_email_outbox_oldest_pending_seconds", "Age of the oldest e-mail not sent yet (0: none)").set(Number(oldest[0]?.s ?? 0));

  const inbox = gauge("caisse_notifications_awaiting_retry", "Stored notifications due for another processing attempt", ["provider"]);
  const lastReceived = gauge("caisse_notifications_last_received_seconds", "Seconds since the provider's last notification arrived", ["provider"]);
  const inboxRows = rowsOf<{ provider: string; waiting: number; age: number | null }>(
    await db.execute(
      sql`select provider, count(*) filter (where next_attempt_at is not null)::int as waiting, extract(epoch from now() - max(received_at))::float8 as age from provider_events group by provider`,
    ),
  );
  for (const r of inboxRows) {
    inbox.set({ provider: r.provider }, Number(r.waiting));
    if (r.age !== null) lastReceived.set({ provider: r.provider }, Number(r.age));
  }

  const attempts = gauge("caisse_payment_attempts", "Payment rows by method and status (online attempts and offline amounts)", ["method", "status"]);
  for (const r of rowsOf<CountRow>(await db.execute(sql`select method as a, status as b, count(*)::int as n from payments group by method, status`))) {
    attempts.set({ method: r.a ?? "", status: r.b ?? "" }, Number(r.n));
  }
  return registry;
}

/** The endpoint: 404 when METRICS_TOKEN is unset (metrics off), 401 without the token, else the exposition text. */
export async function metricsResponse(request: Request, token: string | undefined, db: () => Promise<Db>): Promise<Response> {
  if (!token) return new Response("Not found\n", { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized\n", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  }
  const merged = Registry.merge([metrics().registry, await databaseGauges(await db())]);
  return new Response(await merged.metrics(), { status: 200, headers: { "content-type": merged.contentType, "cache-control": "no-store" } });
}
