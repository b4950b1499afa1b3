import { describe, expect, it } from "vitest";
import { decimalString, formatUnitPriceFr, quantityDecimal, unitNetPrice } from "@/lib/billing/unit-price";

describe("unitNetPrice", () => {
  it.each([
    [247, 3, { tenThousandths: 8233, exact: false }],
    [3374, 4, { tenThousandths: 84350, exact: true }],
    [3750, 10, { tenThousandths: 37500, exact: true }],
    [100, 3, { tenThousandths: 3333, exact: false }],
    [200, 3, { tenThousandths: 6667, exact: false }],
    [1, 8, { tenThousandths: 13, exact: false }],
    [1, 16, { tenThousandths: 6, exact: false }],
    [125, 0.5, { tenThousandths: 25000, exact: true }],
    [-247, 3, { tenThousandths: -8233, exact: false }],
  ])("%i cents for %d → %o", (net, quantity, expected) => {
    expect(unitNetPrice(net, quantity)).toEqual(expected);
  });

  it("refuses quantities an invoice cannot print", () => {
    expect(() => unitNetPrice(100, 0)).toThrow(/positive/);
    expect(() => unitNetPrice(100, -1)).toThrow(/positive/);
    expect(() => unitNetPrice(100, 1 / 3)).toThrow(/decimals/);
    expect(() => unitNetPrice(1.5, 1)).toThrow(/cents/);
  });
});

describe("decimal strings", () => {
  it.each([
    [84350, 4, 2, "8.435"],
    [3750, 4, 2, "0.375"],
    [10000, 4, 2, "1.00"],
    [0, 2, 2, "0.00"],
    [-5, 4, 0, "-0.0005"],
    [550, 2, 2, "5.50"],
    [2000, 2, 2, "20.00"],
  ])("%i / 10^%i (min %i decimals) → %s", (units, decimals, min, expected) => {
    expect(decimalString(units, decimals, min)).toBe(expected);
  });

  it("quantities", () => {
    expect(quantityDecimal(3)).toBe("3");
    expect(quantityDecimal(0.5)).toBe("0.5");
    expect(quantityDecimal(1.25)).toBe("1.25");
  });
});

describe("formatUnitPriceFr", () => {
  it.each([
    [{ tenThousandths: 84350, exact: true }, "8,435\u00a0€"],
    [{ tenThousandths: 8233, exact: false }, "0,8233\u00a0€"],
    [{ tenThousandths: 12_345_0000, exact: true }, "12\u202f345,00\u00a0€"],
  ])("%o → %s", (price, expected) => {
    expect(formatUnitPriceFr(price)).toBe(expected);
  });
});
