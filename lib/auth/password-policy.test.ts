import { describe, expect, it } from "vitest";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, passwordProblem } from "./password-policy";

describe("passwordProblem (ASVS 5.0 V6.2)", () => {
  it.each([
    ["", "customer", PASSWORD_MESSAGES.required],
    ["7-carac", "customer", PASSWORD_MESSAGES.tooShort(8)],
    ["huit-car", "customer", null],
    ["onze-caract", "admin", PASSWORD_MESSAGES.tooShort(12)],
    ["douze-caract", "admin", null],
    // No composition rule: lower case only, or spaces, or emoji and accents are all fine.
    ["une phrase toute simple", "admin", null],
    ["été à la mer 🌊🌊", "admin", null],
    ["a".repeat(PASSWORD_MAX_LENGTH), "admin", null],
    ["a".repeat(PASSWORD_MAX_LENGTH + 1), "admin", PASSWORD_MESSAGES.tooLong],
    ["avec une\ttabulation", "customer", PASSWORD_MESSAGES.control],
    ["password", "customer", PASSWORD_MESSAGES.common],
    ["Password1234", "admin", PASSWORD_MESSAGES.common],
    ["azertyuiop", "customer", PASSWORD_MESSAGES.common],
  ] as const)("%j for a %s → %s", (password, holder, expected) => {
    expect(passwordProblem(password, holder)).toBe(expected);
  });

  it("counts characters as a person sees them, not UTF-16 units", () => {
    // 8 emoji are 16 UTF-16 units but 8 characters: enough for a customer, not for an admin.
    expect(passwordProblem("🌊".repeat(8), "customer")).toBeNull();
    expect(passwordProblem("🌊".repeat(8), "admin")).toBe(PASSWORD_MESSAGES.tooShort(12));
    expect(passwordProblem("🌊".repeat(PASSWORD_MAX_LENGTH), "admin")).toBeNull();
  });

  it("finds common passwords whatever their case", () => {
    expect(isCommonPassword("QWERTY")).toBe(true);
    expect(isCommonPassword("un-bon-mot-de-passe")).toBe(false);
  });
});
