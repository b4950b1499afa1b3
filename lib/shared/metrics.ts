import { collectDefaultMetrics, Counter, Registry } from "prom-client";

/*
 * The shop's Prometheus metrics that are counted as things happen (per process: Prometheus scrapes
 * each instance and sums). What is better read from the database — job lag, outbox backlog,
 * payment attempts by status — is read at scrape time by lib/operations/metrics.ts, so every
 * instance reports the same shared truth.
 *
 * Next.js loads this module in several bundles of one process (instrumentation, proxy, routes):
 * the registry lives on globalThis so that they all count into one.
 */

function createMetrics() {
  const registry = new Registry();
  // Memory, CPU, event-loop lag of this process: the first things to look at when pages slow down.
  collectDefaultMetrics({ register: registry, prefix: "caisse_" });
  return {
    registry,
    requests: new Counter({ name: "caisse_http_requests_total", help: "Requests seen by the proxy, by kind of path", labelNames: ["kind", "method"] as const, registers: [registry] }),
    notificationsReceived: new Counter({ name: "caisse_notifications_received_total", help: "Provider notifications received", labelNames: ["provider"] as const, registers: [registry] }),
    notificationsProcessed: new Counter({
      name: "caisse_notifications_processed_total",
      help: "Stored notifications processed, by outcome (processed, ignored, rejected, failed)",
      labelNames: ["provider", "outcome"] as const,
      registers: [registry],
    }),
    reconciles: new Counter({ name: "caisse_reconcile_total", help: "reconcilePayment calls by source and outcome", labelNames: ["provider", "source", "outcome"] as const, registers: [registry] }),
    jobRuns: new Counter({ name: "caisse_job_runs_total", help: "Scheduled job runs by job and result (succeeded, failed, skipped)", labelNames: ["job", "result"] as const, registers: [registry] }),
  };
}

const key = Symbol.for("caisse.metrics");
type G = typeof globalThis & { [key]?: ReturnType<typeof createMetrics> };

export function metrics(): ReturnType<typeof createMetrics> {
  const g = globalThis as G;
  g[key] ??= createMetrics();
  return g[key];
}

/** The kind of a request path, for the request counter (a small fixed set: paths themselves would explode the series). */
export function requestKind(pathname: string): string {
  if (pathname.startsWith("/api/ipn/") || pathname.startsWith("/api/webhooks/")) return "notification";
  if (pathname.startsWith("/api/cron/")) return "cron";
  if (pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/sandbox/")) return "sandbox";
  if (pathname.startsWith("/admin")) return "admin";
  return "page";
}
