import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { findJob } from "./registry";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });

/** Compares the bearer token with CRON_SECRET in constant time (hashing first equalises lengths). */
export function cronSecretMatches(authorization: string | null): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match) return false;
  const given = createHash("sha256").update(match[1]!, "utf8").digest();
  const expected = createHash("sha256").update(env.cronSecret, "utf8").digest();
  return timingSafeEqual(given, expected);
}

/**
 * POST|GET /api/cron/[job] for any external scheduler: 401 without the right secret, 404 for an
 * unknown job, 200 with the job's report, 500 when the job throws (the scheduler may retry).
 */
export async function handleCronRequest(request: Request, jobName: string): Promise<Response> {
  if (!cronSecretMatches(request.headers.get("authorization"))) return json(401, { error: "unauthorized" });
  const job = findJob(jobName);
  if (!job) return json(404, { error: "unknown_job" });
  const started = Date.now();
  try {
    const result = await job.run();
    return json(200, { job: job.name, ok: true, ms: Date.now() - started, result: result ?? null });
  } catch (error) {
    log.error("cron", `${job.name} failed`, error);
    return json(500, { job: job.name, ok: false, error: "job_failed" });
  }
}
