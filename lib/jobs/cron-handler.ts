import "server-only";
import { bearerMatches } from "@/lib/shared/bearer";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { findJob } from "./registry";
import { runJob } from "./run-job";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

/**
 * POST|GET /api/cron/[job] for any external scheduler: 401 without `Authorization: Bearer
 * <CRON_SECRET>` (constant-time check, lib/shared/bearer.ts), 404 for an unknown job, 200 with the job's
 * report, 500 when the job throws (the scheduler may retry).
 */
export async function handleCronRequest(request: Request, jobName: string): Promise<Response> {
  if (!bearerMatches(request.headers.get("authorization"), env.cronSecret)) return json(401, { error: "unauthorized" });
  const job = findJob(jobName);
  if (!job) return json(404, { error: "unknown_job" });
  const started = Date.now();
  try {
    const run = await runJob(job, "cron");
    // Another instance is running it right now: nothing wrong, nothing done.
    if (!run.ran) return json(200, { job: job.name, ok: true, skipped: run.reason, ms: Date.now() - started });
    return json(200, { job: job.name, ok: true, ms: Date.now() - started, result: run.result ?? null });
  } catch (error) {
    log.error("cron", `${job.name} failed`, error);
    return json(500, { job: job.name, ok: false, error: "job_failed" });
  }
}
