import "server-only";
import { log } from "@/lib/shared/log";

/**
 * In-process timers that call the scheduled jobs, so a single `npm run dev` or `npm start` works
 * with no external scheduler. In a multi-instance deployment every instance runs them: a lease
 * (run-job.ts) lets one instance at a time run each job, and jobs claim their rows with FOR UPDATE
 * SKIP LOCKED, so that is safe. Each job is also reachable at
 * /api/cron/[job] for an external scheduler.
 */
import { JOBS } from "./registry";
import { runJob } from "./run-job";

const startedKey = Symbol.for("caisse.workers.started");
type G = typeof globalThis & { [startedKey]?: boolean };

export function startBackgroundWorkers(): void {
  const g = globalThis as G;
  if (g[startedKey]) return;
  g[startedKey] = true;
  for (const job of JOBS) {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      runJob(job, "timer")
        .catch((error: unknown) => log.error("jobs", `${job.name} failed`, error))
        .finally(() => {
          running = false;
        });
    }, job.everyMs);
    timer.unref();
  }
}
