import { describe, expect, it } from "vitest";
import { addDays } from "./payment-terms";
import { buildSchedule, checkSchedule, chequeInstalmentsDecision, scheduleDates, scheduleSentence, splitAmount, type InstalmentCount } from "./instalments";

/** A message containing `part`, for toMatchObject (typed, unlike expect.stringContaining). */
const contains = (part: string) => expect.stringMatching(part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) as unknown as string;

const MAX_CENTS = 100_000_000; // 1 000 000 €
const COUNTS: InstalmentCount[] = [2, 3, 4];

/** The two properties the issue asks for, checked on one split. */
function assertSplit(total: number, n: number) {
  const parts = splitAmount(total, n);
  if (parts.length !== n) throw new Error(`${total}/${n}: ${parts.length} parts`);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of parts) {
    if (!Number.isInteger(p) || p < 0) throw new Error(`${total}/${n}: part ${p}`);
    sum += p;
    min = Math.min(min, p);
    max = Math.max(max, p);
  }
  const remainder = total % n;
  if (sum !== total) throw new Error(`${total}/${n}: sum ${sum}`);
  if (max - min > remainder) throw new Error(`${total}/${n}: spread ${max - min} > remainder ${remainder}`);
  // The remainder goes on the first part, the others are equal.
  if (parts.slice(1).some((p) => p !== parts[1])) throw new Error(`${total}/${n}: later parts differ`);
  if (parts[0]! - parts[1]! !== remainder) throw new Error(`${total}/${n}: first part does not carry the remainder`);
}

describe("splitting a total into N instalments", () => {
  it("examples: the remainder goes on the first cheque", () => {
    expect(splitAmount(100_00, 3)).toEqual([33_34, 33_33, 33_33]);
    expect(splitAmount(1, 2)).toEqual([1, 0]);
    expect(splitAmount(1203, 4)).toEqual([303, 300, 300, 300]);
    expect(splitAmount(MAX_CENTS, 3)).toEqual([33_333_334, 33_333_333, 33_333_333]);
  });

  it("every total from 1 cent to 2 000 € exactly, for N = 2..4", () => {
    for (const n of COUNTS) for (let total = 1; total <= 200_000; total++) assertSplit(total, n);
  });

  it("every total in the top 2 000 € below 1 000 000 €, for N = 2..4", () => {
    for (const n of COUNTS) for (let total = MAX_CENTS - 200_000; total <= MAX_CENTS; total++) assertSplit(total, n);
  });

  /*
   * Between those two ranges, why sampling is enough: splitAmount(t, n) is base = ⌊t/n⌋ on every
   * part plus r = t mod n on the first; t = n·base + r for every t, so the sum is exact, and the
   * spread is r by construction. The only ways to break it are arithmetic ones (floats losing
   * cents, overflow), which show at the largest totals (tested exhaustively above) or at any
   * residue class (each r = 0..n−1 is tested above thousands of times). A wide random sample
   * across the whole range guards against anything else.
   */
  it("a wide random sample across 1 cent to 1 000 000 €", () => {
    let seed = 0x9e3779b9;
    const next = () => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x85ebca6b) + 0x6b43a9b5) >>> 0;
      return seed;
    };
    for (let i = 0; i < 300_000; i++) assertSplit(1 + (next() % MAX_CENTS), COUNTS[i % 3]!);
  });

  it("refuses a total that is not whole cents, and a count below 1", () => {
    expect(() => splitAmount(10.5, 2)).toThrow();
    expect(() => splitAmount(-1, 2)).toThrow();
    expect(() => splitAmount(100, 0)).toThrow();
  });
});

describe("schedule dates", () => {
  it("2 cheques: today and +30 days; 3: +30, +60; 4: every 20 days", () => {
    expect(scheduleDates("2026-12-05", 2)).toEqual(["2026-12-05", "2027-01-04"]);
    expect(scheduleDates("2026-12-05", 3)).toEqual(["2026-12-05", "2027-01-04", "2027-02-03"]);
    expect(scheduleDates("2026-12-05", 4)).toEqual(["2026-12-05", "2026-12-25", "2027-01-14", "2027-02-03"]);
  });

  it("month ends: 31 January steps in days, never to a 31 February", () => {
    expect(scheduleDates("2026-01-31", 2)).toEqual(["2026-01-31", "2026-03-02"]);
    expect(scheduleDates("2028-01-31", 2)).toEqual(["2028-01-31", "2028-03-01"]); // leap year
    expect(scheduleDates("2026-12-31", 3)).toEqual(["2026-12-31", "2027-01-30", "2027-03-01"]);
  });

  it("never beyond 60 days, whatever the day the order is placed", () => {
    let day = "2026-01-01";
    for (let i = 0; i < 800; i++) {
      for (const n of COUNTS) {
        const parts = buildSchedule(1_000_00, n, day);
        expect(checkSchedule({ parts, totalCents: 1_000_00, startDay: day }).ok).toBe(true);
      }
      day = addDays(day, 1);
    }
  });

  it("reads as one sentence for the invoice", () => {
    expect(scheduleSentence(buildSchedule(1200_01, 3, "2026-12-05"))).toBe("3 chèques : 400,01 € le 05/12/2026, 400,00 € le 04/01/2027, 400,00 € le 03/02/2027".replace(/ €/g, "\u00a0€"));
  });
});

describe("an edited schedule", () => {
  const start = "2026-12-05";
  const ok = [
    { dueOn: "2026-12-05", amountCents: 500_00 },
    { dueOn: "2026-12-20", amountCents: 300_00 },
    { dueOn: "2027-02-03", amountCents: 200_00 },
  ];
  it("is accepted with the same total, dates in order, within the cap", () => {
    const r = checkSchedule({ parts: ok, totalCents: 1000_00, startDay: start });
    expect(r).toEqual({ ok: true, parts: ok.map((p, i) => ({ ...p, position: i + 1 })) });
  });
  it("is refused a cent off the total", () => {
    const r = checkSchedule({ parts: [...ok.slice(0, 2), { dueOn: "2027-02-03", amountCents: 199_99 }], totalCents: 1000_00, startDay: start });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/exactement/);
  });
  it("is refused with dates out of order, before the order, beyond 60 days, or not a day", () => {
    const bad = (parts: { dueOn: string; amountCents: number }[]) => checkSchedule({ parts, totalCents: 1000_00, startDay: start });
    expect(bad([ok[1]!, ok[0]!, ok[2]!])).toMatchObject({ ok: false, field: "part2Date" });
    expect(bad([{ ...ok[0]!, dueOn: "2026-12-04" }, ok[1]!, ok[2]!])).toMatchObject({ ok: false, field: "part1Date" });
    expect(bad([ok[0]!, ok[1]!, { ...ok[2]!, dueOn: "2027-02-04" }])).toMatchObject({ ok: false, field: "part3Date" });
    expect(bad([ok[0]!, ok[1]!, { ...ok[2]!, dueOn: "2027-02-31" }])).toMatchObject({ ok: false, field: "part3Date" });
  });
  it("is refused with 1 or 5 parts, or a zero or fractional amount", () => {
    expect(checkSchedule({ parts: [{ dueOn: start, amountCents: 1000_00 }], totalCents: 1000_00, startDay: start }).ok).toBe(false);
    expect(checkSchedule({ parts: Array.from({ length: 5 }, () => ({ dueOn: start, amountCents: 200_00 })), totalCents: 1000_00, startDay: start }).ok).toBe(false);
    expect(checkSchedule({ parts: [{ ...ok[0]!, amountCents: 0 }, ok[1]!, { ...ok[2]!, amountCents: 700_00 }], totalCents: 1000_00, startDay: start })).toMatchObject({ ok: false, field: "part1Amount" });
    expect(checkSchedule({ parts: [{ ...ok[0]!, amountCents: 499.5 }, ok[1]!, { ...ok[2]!, amountCents: 200_00.5 }], totalCents: 1000_00, startDay: start })).toMatchObject({ ok: false, field: "part1Amount" });
  });
});

describe("who may pay in several cheques", () => {
  const account = { status: "approved", chequeInstalmentsAllowed: true, onHold: false, holdReason: null };
  it("an approved pro with the right, not on hold, at or above the minimum", () => {
    expect(chequeInstalmentsDecision(account, 300_00, 300_00)).toEqual({ allowed: true });
  });
  it("refused without the right, on hold, under the minimum, or not a pro", () => {
    expect(chequeInstalmentsDecision({ ...account, chequeInstalmentsAllowed: false }, 500_00, 300_00).allowed).toBe(false);
    expect(chequeInstalmentsDecision({ ...account, onHold: true, holdReason: "Chèque impayé" }, 500_00, 300_00)).toMatchObject({ allowed: false, message: contains("Chèque impayé") });
    expect(chequeInstalmentsDecision(account, 299_99, 300_00)).toMatchObject({ allowed: false, message: contains("300,00") });
    expect(chequeInstalmentsDecision(null, 500_00, 300_00).allowed).toBe(false);
    expect(chequeInstalmentsDecision({ ...account, status: "pending" }, 500_00, 300_00).allowed).toBe(false);
  });
});
