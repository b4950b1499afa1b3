import { addDays } from "@/lib/billing/payment-terms";
import { describe, expect, it } from "vitest";
import {
  addMonthsIso,
  cardInstalmentChoice,
  cardInstalmentSchedule,
  CONSUMER_MAX_MONTHS,
  payplugDoneWithInstalment,
  PRO_MAX_DAYS,
  splitCardInstalments,
} from "./card-instalments";

const fmt = (c: number) => `${c / 100} €`;
const base = { offer: "everyone" as const, minimumCents: 15_000, totalCents: 30_000, buyer: "consumer" as const, formatMinimum: fmt };

describe("cardInstalmentChoice", () => {
  it.each([
    [{ offer: "off" as const }, "off"],
    [{ offer: "pros" as const }, "not_offered_to_consumers"],
    [{ totalCents: 14_999 }, "under_minimum"],
    [{ buyer: "pro" as const, onHold: true }, "account_on_hold"],
  ])("refuses %j (%s)", (patch, reason) => {
    const r = cardInstalmentChoice({ ...base, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message).toMatch(/[a-zé]/);
    }
  });

  it("offers 2..4 to consumers at the minimum exactly, 2..3 to pros", () => {
    expect(cardInstalmentChoice({ ...base, totalCents: 15_000 })).toEqual({ ok: true, counts: [2, 3, 4] });
    expect(cardInstalmentChoice({ ...base, offer: "pros", buyer: "pro" })).toEqual({ ok: true, counts: [2, 3] });
  });

  it("says the minimum in the refusal", () => {
    const r = cardInstalmentChoice({ ...base, totalCents: 100 });
    expect(!r.ok && r.message).toContain("150 €");
  });
});

describe("splitCardInstalments", () => {
  it("adds up exactly, remainder on the first part, the others equal", () => {
    for (const total of [2, 3, 4, 5, 99, 100, 101, 15_000, 15_001, 33_333, 99_999_999, 100_000_000]) {
      for (const n of [2, 3, 4]) {
        if (total < n) continue;
        const parts = splitCardInstalments(total, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(new Set(parts.slice(1)).size).toBe(1);
        expect(parts[0]! - parts[1]!).toBeLessThan(n);
        expect(parts[0]! - parts[1]!).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it.each([[100, 1], [100, 5], [1, 2], [10.5, 2]])("refuses %s in %s", (total, n) => {
    expect(() => splitCardInstalments(total, n)).toThrow(RangeError);
  });
});

describe("dates", () => {
  it("month ends: 31 January + 1 month is the last day of February", () => {
    expect(addMonthsIso("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsIso("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsIso("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsIso("2026-12-15", 1)).toBe("2027-01-15");
    expect(addDays("2026-12-31", 30)).toBe("2027-01-30");
  });

  it("pros: the last part within 60 days; consumers: within three months", () => {
    for (const today of ["2026-01-31", "2026-02-28", "2026-08-31", "2026-12-05"]) {
      const pro = cardInstalmentSchedule({ totalCents: 30_000, count: 3, buyer: "pro", today });
      expect(pro.map((p) => p.dueOn)).toEqual([today, addDays(today, 30), addDays(today, 60)]);
      expect(pro.at(-1)!.dueOn <= addDays(today, PRO_MAX_DAYS)).toBe(true);
      const consumer = cardInstalmentSchedule({ totalCents: 30_001, count: 4, buyer: "consumer", today });
      expect(consumer.at(-1)!.dueOn <= addMonthsIso(today, CONSUMER_MAX_MONTHS)).toBe(true);
      expect(consumer.map((p) => p.amountCents)).toEqual([7_501, 7_500, 7_500, 7_500]);
      expect(consumer[0]!.dueOn).toBe(today);
    }
  });
});

describe("payplugDoneWithInstalment", () => {
  it.each([
    [{ failedCharges: 1, paidCharges: 0, planActive: true, attempts: 2 }, false],
    [{ failedCharges: 2, paidCharges: 0, planActive: true, attempts: 2 }, true],
    [{ failedCharges: 1, paidCharges: 0, planActive: false, attempts: 2 }, true],
    [{ failedCharges: 1, paidCharges: 1, planActive: true, attempts: 1 }, false],
    [{ failedCharges: 0, paidCharges: 0, planActive: true, attempts: 1 }, false],
  ])("%j → %s", (input, done) => {
    expect(payplugDoneWithInstalment(input)).toBe(done);
  });
});
