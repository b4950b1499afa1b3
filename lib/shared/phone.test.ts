import { describe, expect, it } from "vitest";
import { formatPhoneForDisplay, normalisePhone, PHONE_MESSAGES } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["06 12 34 56 78", "+33612345678"],
    ["0612345678", "+33612345678"],
    ["07.98.76.54.32", "+33798765432"],
    ["+33 6 12 34 56 78", "+33612345678"],
    ["+33 (0)6 12 34 56 78", "+33612345678"],
    ["0033612345678", "+33612345678"],
    ["06-12-34-56-78", "+33612345678"],
    ["+32 470 12 34 56", "+32470123456"],
    ["+41791234567", "+41791234567"],
  ])("%s → %s", (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, e164: expected });
  });

  it.each([
    ["", PHONE_MESSAGES.required],
    ["   ", PHONE_MESSAGES.required],
    ["01 23 45 67 89", PHONE_MESSAGES.notMobile],
    ["+33 1 23 45 67 89", PHONE_MESSAGES.notMobile],
    ["06 12 34 56", PHONE_MESSAGES.invalid],
    ["06 12 34 56 78 90", PHONE_MESSAGES.invalid],
    ["612345678", PHONE_MESSAGES.invalid],
    ["téléphone", PHONE_MESSAGES.invalid],
    ["+0123456789", PHONE_MESSAGES.invalid],
    ["<script>", PHONE_MESSAGES.invalid],
  ])("refuses %j", (input, message) => {
    expect(normalisePhone(input)).toEqual({ ok: false, message });
  });
});

describe("formatPhoneForDisplay", () => {
  it("shows French numbers the French way", () => {
    expect(formatPhoneForDisplay("+33612345678")).toBe("06 12 34 56 78");
    expect(formatPhoneForDisplay("+33142868200")).toBe("01 42 86 82 00");
    expect(formatPhoneForDisplay("+32470123456")).toBe("+32470123456");
  });
});
