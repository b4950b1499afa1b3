import { describe, expect, it } from "vitest";
import { documentNumber, vatBreakdown, vatIncluded } from "./vat";

describe("VAT from prices including it", () => {
  it.each([
    [1200, 2000, 200],
    [1250, 2000, 208], // 208.33
    [1000, 550, 52], // 52.13
    [1055, 550, 55],
    [3, 2000, 1], // 0.5 → away from zero
    [0, 2000, 0],
    [-1250, 2000, -208],
    [999, 0, 0],
  ])("%i cents at %i bp contain %i cents of VAT", (total, bp, vat) => {
    expect(vatIncluded(total, bp)).toBe(vat);
  });

  it("per rate on the total, lines allocated so everything adds up to the cent", () => {
    const b = vatBreakdown([
      { totalCents: 1250, vatRateBp: 2000 },
      { totalCents: 1250, vatRateBp: 2000 },
      { totalCents: 1250, vatRateBp: 2000 },
      { totalCents: 1055, vatRateBp: 550 },
      { totalCents: 590, vatRateBp: 2000 },
    ]);
    expect(b.rates).toEqual([
      { vatRateBp: 550, totalCents: 1055, vatCents: 55, netCents: 1000 },
      { vatRateBp: 2000, totalCents: 4340, vatCents: 723, netCents: 3617 },
    ]);
    expect(b).toMatchObject({ totalCents: 5395, vatCents: 778, netCents: 4617 });
    expect(b.lines.reduce((s, l) => s + l.netCents, 0)).toBe(b.netCents);
    b.lines.forEach((l, i) => expect(l.netCents + l.vatCents).toBe([1250, 1250, 1250, 1055, 590][i]));
  });

  it("always adds up, on thousands of random carts", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () => ({
        totalCents: Math.floor(random() * 50_000),
        vatRateBp: [2000, 1000, 550, 210][Math.floor(random() * 4)]!,
      }));
      const b = vatBreakdown(lines);
      expect(b.lines.reduce((s, l) => s + l.netCents, 0)).toBe(b.netCents);
      expect(b.lines.reduce((s, l) => s + l.vatCents, 0)).toBe(b.vatCents);
      expect(b.rates.reduce((s, r) => s + r.totalCents, 0)).toBe(b.totalCents);
      for (const [i, l] of b.lines.entries()) {
        expect(l.netCents + l.vatCents).toBe(lines[i]!.totalCents);
        expect(l.netCents).toBeGreaterThanOrEqual(0);
        expect(l.vatCents).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("document numbers", () => {
  it("one series per year and kind, six digits", () => {
    expect(documentNumber("invoice", 2026, 1)).toBe("F-2026-000001");
    expect(documentNumber("credit_note", 2027, 42)).toBe("A-2027-000042");
    expect(() => documentNumber("invoice", 2026, 0)).toThrow();
    expect(() => documentNumber("invoice", 2026, 1_000_000)).toThrow();
  });
});
