import { describe, expect, it } from "vitest";
import { ageingBucket, checkTerms, daysBetween, dueDate, endOfMonth, termsLabel } from "./payment-terms";

describe("due dates", () => {
  it.each([
    ["2026-12-03", "2027-01-02"],
    ["2026-01-31", "2026-03-02"],
    ["2028-01-31", "2028-03-01"], // leap year: February has 29 days
    ["2026-03-29", "2026-04-28"], // across the change to summer time: no hour moves the day
  ])("30 days from %s: %s", (invoice, due) => {
    expect(dueDate(invoice, { kind: "net", days: 30 })).toBe(due);
  });

  it.each([
    ["2026-01-01", "2026-01-31"],
    ["2026-01-31", "2026-03-31"],
    ["2026-07-02", "2026-08-31"],
    ["2026-12-02", "2027-01-31"],
    ["2028-01-30", "2028-02-29"],
  ])("30 days end of month from %s: %s (invoice date + 30 days, then the end of that month)", (invoice, due) => {
    expect(dueDate(invoice, { kind: "net_eom", days: 30 })).toBe(due);
  });

  it("30 days end of month never exceeds 60 days from the invoice date", () => {
    for (let day = "2026-01-01"; day < "2029-01-01"; day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      expect(daysBetween(day, dueDate(day, { kind: "net_eom", days: 30 }))).toBeLessThanOrEqual(60);
    }
  });

  it("refuses terms beyond the legal caps (L441-10), in French", () => {
    expect(checkTerms({ kind: "net", days: 60 })).toEqual({ ok: true });
    expect(checkTerms({ kind: "net", days: 61 })).toMatchObject({ ok: false, message: expect.stringMatching(/60 jours/) as unknown });
    expect(checkTerms({ kind: "net_eom", days: 45 })).toEqual({ ok: true });
    expect(checkTerms({ kind: "net_eom", days: 46 })).toMatchObject({ ok: false });
    expect(checkTerms({ kind: "net", days: 12.5 })).toMatchObject({ ok: false });
    expect(() => dueDate("2026-12-03", { kind: "net", days: 90 })).toThrow(/60 jours/);
    expect(() => dueDate("2026-02-30", { kind: "net", days: 30 })).toThrow(/calendar day/);
  });

  it("reads on an invoice", () => {
    expect(termsLabel({ kind: "net", days: 30 })).toBe("30 jours à compter de la date de facture");
    expect(termsLabel({ kind: "net_eom", days: 30 })).toBe("30 jours fin de mois");
    expect(endOfMonth("2026-02-10")).toBe("2026-02-28");
  });
});

describe("ageing of what is due", () => {
  it.each([
    ["2026-12-03", "not_due"],
    ["2026-12-04", "1_30"],
    ["2027-01-02", "1_30"],
    ["2027-01-03", "31_60"],
    ["2027-02-01", "31_60"],
    ["2027-02-02", "61_90"],
    ["2027-03-03", "61_90"],
    ["2027-03-04", "over_90"],
  ])("due 2026-12-03, on %s: %s", (today, bucket) => {
    expect(ageingBucket("2026-12-03", today)).toBe(bucket);
  });

  it("not yet due before the due date", () => {
    expect(ageingBucket("2026-12-03", "2026-11-01")).toBe("not_due");
  });
});
