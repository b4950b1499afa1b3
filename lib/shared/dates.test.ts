import { describe, expect, it } from "vitest";
import { formatDateFr, formatDateTimeFr, formatIsoDateFr, todayInParis } from "./dates";

describe("French dates, Paris time", () => {
  it.each([
    ["2026-11-26T13:05:00Z", "26/11/2026", "26/11/2026 14:05"], // winter: UTC+1
    ["2026-07-14T10:05:00Z", "14/07/2026", "14/07/2026 12:05"], // summer: UTC+2
    ["2026-01-15T23:30:00Z", "16/01/2026", "16/01/2026 00:30"], // already the next day in Paris
    ["2026-03-29T00:59:00Z", "29/03/2026", "29/03/2026 01:59"], // just before the clocks go forward
    ["2026-03-29T01:00:00Z", "29/03/2026", "29/03/2026 03:00"],
  ])("%s → %s, %s", (iso, date, dateTime) => {
    const d = new Date(iso);
    expect(formatDateFr(d)).toBe(date);
    expect(formatDateTimeFr(d)).toBe(dateTime);
  });

  it("midnight reads 00:00, not 24:00", () => {
    expect(formatDateTimeFr(new Date("2026-06-30T22:00:00Z"))).toBe("01/07/2026 00:00");
  });

  it("turns a date column around, and says — for none", () => {
    expect(formatIsoDateFr("2026-01-15")).toBe("15/01/2026");
    expect(formatIsoDateFr(null)).toBe("—");
    expect(formatIsoDateFr("hier")).toBe("hier");
  });
});

describe("today in Paris, as a date input sends it", () => {
  it.each([
    ["2026-01-15T22:59:00Z", "2026-01-15"], // 23:59 in Paris
    ["2026-01-15T23:00:00Z", "2026-01-16"], // already tomorrow in Paris, still today in UTC
    ["2026-07-14T21:30:00Z", "2026-07-14"], // summer: UTC+2
    ["2026-07-14T22:00:00Z", "2026-07-15"],
  ])("%s → %s", (iso, day) => {
    expect(todayInParis(new Date(iso))).toBe(day);
  });
});
