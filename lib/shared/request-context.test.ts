import { describe, expect, it } from "vitest";
import { log } from "@/lib/shared/log";
import { runJob } from "@/lib/jobs/run-job";
import { resetDatabase } from "@/tests/support/db";
import { captureLogs } from "@/tests/support/captured-logs";
import { currentRequestId, requestIdFrom, withRequestId } from "./request-context";

const ridOf = (line: string) => (JSON.parse(line) as { rid?: string }).rid;

describe("one id per request, on every log line it causes", () => {
  it("carried through awaits and timers, and absent outside", async () => {
    const lines = await captureLogs(async () => {
      await withRequestId("req-0123456789abcdef", async () => {
        log.info("test", "before");
        await new Promise((resolve) => setTimeout(resolve, 5));
        await Promise.resolve().then(() => log.warn("test", "after an await"));
      });
      log.info("test", "outside");
    });
    expect(lines.map(ridOf)).toEqual(["req-0123456789abcdef", "req-0123456789abcdef", undefined]);
    expect(currentRequestId()).toBeUndefined();
  });

  it("keeps a well-formed upstream id, replaces a forged or malformed one", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a9c21e0b44d5e" }))).toBe("lb-7f3a9c21e0b44d5e");
    for (const bad of ["short", "a b c d e f g h", "x".repeat(101), '"},"level":"error'])
      expect(requestIdFrom(new Headers({ "x-request-id": bad }))).toMatch(/^req-[0-9a-f]{16}$/);
    expect(requestIdFrom(new Headers())).toMatch(/^req-[0-9a-f]{16}$/);
  });

  it("a job run from the timer gets an id of its own", async () => {
    await resetDatabase();
    const lines = await captureLogs(() =>
      runJob({ name: "test-logging", everyMs: 1000, run: () => Promise.resolve(log.info("test", "inside the job")) }, "test", { instance: "a" }),
    );
    expect(ridOf(lines.find((l) => l.includes("inside the job"))!)).toMatch(/^job-test-logging-[0-9a-f]{16}$/);
  });
});
