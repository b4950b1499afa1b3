import { describe, expect, it } from "vitest";
import { staleSince, unpaidOrderDeadline } from "./unpaid-deadline";

describe("the unpaid online order's deadline", () => {
  const failure = new Date("2026-12-03T10:15:00Z");

  it("is the last activity plus the configured hours", () => {
    expect(unpaidOrderDeadline(failure, 48).toISOString()).toBe("2026-12-05T10:15:00.000Z");
    expect(unpaidOrderDeadline(failure, 6).toISOString()).toBe("2026-12-03T16:15:00.000Z");
  });

  it("is what the job sees: stale exactly from the deadline a link announced", () => {
    const deadline = unpaidOrderDeadline(failure, 48);
    const justBefore = new Date(deadline.getTime() - 1);
    // The job cancels orders with no activity after staleSince(now): the failure is that activity.
    expect(failure.getTime() > staleSince(justBefore, 48).getTime()).toBe(true);
    expect(failure.getTime() > staleSince(deadline, 48).getTime()).toBe(false);
  });
});
