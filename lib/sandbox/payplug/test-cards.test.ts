import { describe, expect, it } from "vitest";
import { brandFromNumber, digitsOnly, maskMobile, outcomeForNumber, parseExpiry, passesLuhn, TEST_CARDS } from "./test-cards";
import { modeFromAuthorization } from "./api";

describe("test cards", () => {
  it("every documented test card passes the Luhn check and maps to its outcome", () => {
    for (const c of TEST_CARDS) {
      expect(passesLuhn(digitsOnly(c.number)), c.number).toBe(true);
      expect(outcomeForNumber(digitsOnly(c.number))).toBe(c.outcome);
    }
    expect(passesLuhn("4242424242424241")).toBe(false);
    expect(passesLuhn("42")).toBe(false);
    expect(passesLuhn("4242a42424242424")).toBe(false);
    expect(outcomeForNumber("5555555555554444")).toBe("success");
  });

  it.each([
    ["4242424242424242", "Visa"],
    ["5555555555554444", "Mastercard"],
    ["2221000000000009", "Mastercard"],
    ["378282246310005", "American Express"],
    ["6759649826438453", "Maestro"],
  ])("brand of %s is %s", (n, brand) => expect(brandFromNumber(n)).toBe(brand));

  it("masks the mobile like the SMS step says", () => {
    expect(maskMobile("+33612345678")).toBe("06 •• •• •• 78");
    expect(maskMobile("+33798765432")).toBe("07 •• •• •• 32");
    expect(maskMobile("+32470123456")).toBe("+32 •• •• •• 56");
    expect(maskMobile(null)).toBeNull();
  });

  it("parses MM/AA expiries and refuses past ones", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    expect(parseExpiry("11/26", now)).toEqual({ month: 11, year: 2026 });
    expect(parseExpiry("1/2030", now)).toEqual({ month: 1, year: 2030 });
    expect(parseExpiry("10/26", now)).toHaveProperty("error");
    expect(parseExpiry("13/30", now)).toHaveProperty("error");
    expect(parseExpiry("1230", now)).toHaveProperty("error");
  });

  it("reads the mode from the secret key's prefix", () => {
    expect(modeFromAuthorization("Bearer sk_test_abcdefgh")).toBe("test");
    expect(modeFromAuthorization("Bearer sk_live_ABCD1234efgh")).toBe("live");
    expect(modeFromAuthorization("Bearer sk_live_abc")).toBeNull();
    expect(modeFromAuthorization("Basic sk_test_abcdefgh")).toBeNull();
    expect(modeFromAuthorization(null)).toBeNull();
  });
});
