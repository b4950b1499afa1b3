import { describe, expect, it } from "vitest";
import { centsToDecimalString, decimalStringToCents, divRound, formatEur, formatEurInput, parseEurInput, vatIncluded } from "./money";

describe("money", () => {
  it("formats euros the French way", () => {
    expect(formatEur(1250).replace(/\s/g, " ")).toBe("12,50 €");
    expect(formatEur(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatEur(0).replace(/\s/g, " ")).toBe("0,00 €");
  });

  it("refuses non-integer cents", () => {
    expect(() => formatEur(12.5)).toThrow(RangeError);
  });

  it.each([
    [5, 2, 3],
    [4, 2, 2],
    [7, 3, 2],
    [-5, 2, -3],
    [1, 3, 0],
  ])("divRound(%i, %i) = %i (half away from zero)", (n, d, q) => {
    expect(divRound(n, d)).toBe(q);
  });

  it.each([
    [1200, 2000, 200],
    [650, 2000, 108],
    [590, 2000, 98],
    [1000, 550, 52],
    [0, 2000, 0],
  ])("VAT included in %i at %i bp is %i", (ttc, bp, vat) => {
    expect(vatIncluded(ttc, bp)).toBe(vat);
  });

  it.each([
    ["12,50", 1250],
    ["12.5", 1250],
    ["12", 1200],
    ["1 234,56 €", 123456],
    ["0,01", 1],
    ["abc", null],
    ["12,345", null],
    ["-3", null],
    ["", null],
  ])("parses %j as %j", (input, cents) => {
    expect(parseEurInput(input)).toBe(cents);
  });

  it("round-trips decimal strings without floats", () => {
    for (const cents of [0, 1, 10, 99, 100, 101, 1999, 123456789, -250]) {
      expect(decimalStringToCents(centsToDecimalString(cents))).toBe(cents);
    }
    expect(centsToDecimalString(5)).toBe("0.05");
    expect(decimalStringToCents("10.1")).toBe(1010);
    expect(() => decimalStringToCents("10.123")).toThrow();
    expect(() => decimalStringToCents("1e3")).toThrow();
    // 0.1 + 0.2 would be 0.30000000000000004 in floats: strings never go through a float here.
    expect(decimalStringToCents("0.30")).toBe(30);
  });

  it.each([
    [1250, "12,50"],
    [5, "0,05"],
    [100, "1,00"],
    [123456, "1234,56"],
  ])("writes %i cents as a person types it: %s (and reads it back)", (cents, typed) => {
    expect(formatEurInput(cents)).toBe(typed);
    expect(parseEurInput(typed)).toBe(cents);
  });
});
