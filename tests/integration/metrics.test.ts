import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { runJob } from "@/lib/jobs/run-job";
import { metricsResponse } from "@/lib/operations/metrics";
import { resetDatabase } from "@/tests/support/db";

const TOKEN = "metrics-token-0123456789";
const scrape = (authorization?: string, token: string | null = TOKEN) =>
  metricsResponse(new Request("http://shop.test/api/metrics", { headers: authorization ? { authorization } : {} }), token ?? undefined, getDb);

beforeEach(async () => {
  await resetDatabase();
});

describe("GET /api/metrics", () => {
  it("is off (404) while METRICS_TOKEN is unset, whatever the caller sends", async () => {
    expect((await scrape(`Bearer ${TOKEN}`, null)).status).toBe(404);
  });

  it.each([["no header", undefined], ["another token", "Bearer not-the-metrics-token"], ["the token without Bearer", TOKEN]])("refuses %s with 401", async (_case, authorization) => {
    const response = await scrape(authorization);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("caisse_");
  });

  it("serves the counters of this process and the database's shared gauges", async () => {
    const db = await getDb();
    await enqueueEmail(db, { to: "jeanne@example.fr", template: "test", email: { subject: "Bonjour", html: "<p>Bonjour</p>", text: "Bonjour" } });
    await runJob({ name: "metrics-probe", everyMs: 1000, run: () => Promise.resolve({ done: 1 }) }, "test");
    await expect(runJob({ name: "metrics-broken", everyMs: 1000, run: () => Promise.reject(new Error("boom")) }, "test")).rejects.toThrow("boom");

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^caisse_job_runs_total\{job="metrics-probe",result="succeeded"\} 1$/m);
    expect(text).toMatch(/^caisse_job_runs_total\{job="metrics-broken",result="failed"\} 1$/m);
    expect(text).toMatch(/^caisse_job_last_run_failed\{job="metrics-broken"\} 1$/m);
    expect(text).toMatch(/^caisse_job_last_run_failed\{job="metrics-probe"\} 0$/m);
    expect(text).toMatch(/^caisse_job_lag_seconds\{job="metrics-probe"\} [\d.e-]+$/m);
    expect(text).toMatch(/^caisse_email_outbox\{status="pending"\} 1$/m);
    expect(text).toMatch(/^caisse_email_outbox_oldest_pending_seconds [\d.e-]+$/m);
    expect(text).toContain("# TYPE caisse_notifications_received_total counter");
    expect(text).toContain("caisse_process_resident_memory_bytes");
  });
});
