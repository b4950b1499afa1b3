import { describe, expect, it } from "vitest";
import { addDays } from "./payment-terms";
import { isPastHoldThreshold, reminderSchedule, reminderToSend, upcomingReminders, type ReminderConfig } from "./reminders";

const config: ReminderConfig = { daysBeforeDue: 5, dunningDaysLate: [1, 15, 30] };
const due = "2026-11-30";
const open = { dueDate: due, remainingCents: 12_000 };
const on = (daysLate: number) => addDays(due, daysLate);

describe("reminderToSend on boundary days", () => {
  it.each([
    [-6, null],
    [-5, "courtesy"],
    [-1, "courtesy"],
    [0, "courtesy"],
    [1, "dunning_1"],
    [14, "dunning_1"],
    [15, "dunning_2"],
    [29, "dunning_2"],
    [30, "dunning_3"],
    [120, "dunning_3"],
  ] as const)("%i days late, nothing sent: %s", (daysLate, level) => {
    expect(reminderToSend(open, [], on(daysLate), config)?.level ?? null).toBe(level);
  });

  it("sends nothing once that level, or a higher one, was sent", () => {
    expect(reminderToSend(open, ["courtesy"], on(0), config)).toBeNull();
    expect(reminderToSend(open, ["dunning_1"], on(14), config)).toBeNull();
    expect(reminderToSend(open, ["dunning_2"], on(1), config)).toBeNull();
    expect(reminderToSend(open, ["courtesy"], on(1), config)).toEqual({ level: "dunning_1", daysLate: 1 });
  });

  it("sends only the highest level due, never the lower ones it skipped", () => {
    expect(reminderToSend(open, [], on(40), config)).toEqual({ level: "dunning_3", daysLate: 40 });
    expect(reminderToSend(open, ["dunning_3"], on(41), config)).toBeNull();
  });

  it("sends nothing for a paid invoice or one without a due date", () => {
    expect(reminderToSend({ dueDate: due, remainingCents: 0 }, [], on(1), config)).toBeNull();
    expect(reminderToSend({ dueDate: null, remainingCents: 500 }, [], on(1), config)).toBeNull();
  });

  it("follows the configured delays, fewer dunning days ending on the last level", () => {
    const short: ReminderConfig = { daysBeforeDue: 0, dunningDaysLate: [10] };
    expect(reminderSchedule(short)).toEqual([
      { level: "courtesy", daysLate: 0 },
      { level: "dunning_3", daysLate: 10 },
    ]);
    expect(reminderToSend(open, [], on(-1), short)).toBeNull();
    expect(reminderToSend(open, ["courtesy"], on(9), short)).toBeNull();
    expect(reminderToSend(open, ["courtesy"], on(10), short)?.level).toBe("dunning_3");
  });
});

describe("upcomingReminders", () => {
  it("lists what the next days' runs send, each level once", () => {
    expect(upcomingReminders(open, [], on(-7), 10, config)).toEqual([
      { on: on(-5), level: "courtesy", daysLate: -5 },
      { on: on(1), level: "dunning_1", daysLate: 1 },
    ]);
    expect(upcomingReminders(open, ["dunning_3"], on(31), 30, config)).toEqual([]);
  });
});

describe("isPastHoldThreshold", () => {
  it("holds at more than the configured days late, not on the day itself", () => {
    expect(isPastHoldThreshold(open, on(30), 30)).toBe(false);
    expect(isPastHoldThreshold(open, on(31), 30)).toBe(true);
    expect(isPastHoldThreshold({ dueDate: due, remainingCents: 0 }, on(90), 30)).toBe(false);
  });
});
