import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { jobState } from "@/lib/db/schema";
import { resetDatabase } from "@/tests/support/db";
import type { Job } from "./registry";
import { runJob } from "./run-job";

// Several instances share one database: each run of a job is leased, recorded, and never doubled.

beforeEach(async () => {
  await resetDatabase();
});

const state = async (name: string) => (await (await getDb()).select().from(jobState).where(eq(jobState.job, name)))[0];

describe("runJob", () => {
  it("two instances at once: one runs, the other skips; the run and the skip are recorded", async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const job: Job = {
      name: "test-slow",
      everyMs: 1000,
      run: async () => {
        runs++;
        await gate;
        return { done: 3 };
      },
    };
    const first = runJob(job, "timer", { instance: "a" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await runJob(job, "timer", { instance: "b" })).toEqual({ ran: false, reason: "lease_held" });
    release();
    expect(await first).toEqual({ ran: true, result: { done: 3 } });
    expect(runs).toBe(1);
    expect(await state("test-slow")).toMatchObject({ lastStatus: "succeeded", lastReport: { done: 3 }, runCount: 1, skippedCount: 1, leaseHolder: null, lastTrigger: "timer" });
    // Released: the next run goes ahead, from any instance.
    expect(await runJob(job, "cron", { instance: "b" })).toMatchObject({ ran: true });
    expect(await state("test-slow")).toMatchObject({ runCount: 2, lastTrigger: "cron" });
  });

  it("a failure is recorded with its message, counted, and the lease released", async () => {
    const job: Job = { name: "test-failing", everyMs: 1000, run: () => Promise.reject(new Error("base indisponible")) };
    await expect(runJob(job, "timer", { instance: "a" })).rejects.toThrow("base indisponible");
    expect(await state("test-failing")).toMatchObject({ lastStatus: "failed", lastError: "base indisponible", failureCount: 1, leaseHolder: null });
    await expect(runJob(job, "timer", { instance: "b" })).rejects.toThrow();
    expect(await state("test-failing")).toMatchObject({ runCount: 2, failureCount: 2 });
  });

  it("the lease of an instance that died is taken over once it has expired", async () => {
    const job: Job = { name: "test-orphan", everyMs: 1000, run: () => Promise.resolve("ok") };
    const db = await getDb();
    await db.insert(jobState).values({ job: "test-orphan", leaseHolder: "dead", leaseUntil: sql`now() + interval '5 minutes'`, lastStatus: "running", runCount: 1 });
    expect(await runJob(job, "timer", { instance: "a" })).toMatchObject({ ran: false });
    await db.update(jobState).set({ leaseUntil: sql`now() - interval '1 second'` }).where(eq(jobState.job, "test-orphan"));
    expect(await runJob(job, "timer", { instance: "a" })).toEqual({ ran: true, result: "ok" });
    expect(await state("test-orphan")).toMatchObject({ lastStatus: "succeeded", runCount: 2, skippedCount: 1 });
  });
});
