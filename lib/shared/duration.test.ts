import { describe, expect, it } from "vitest";
import { formatDurationFr, hoursText, paymentLinkValidity } from "./duration";

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("paymentLinkValidity", () => {
  it.each([
    [7, "7 jours"],
    [1, "1 jour"],
    [0.5, "12 heures"],
    [1.5, "36 heures"],
    [1 / 24, "1 heure"],
    [0.25 / 24, "15 minutes"],
    [2 / 86_400, "2 secondes"],
    [90, "90 jours"],
    [1.2345, "30 heures"],
  ])("%s day(s) → %s", (days, text) => {
    expect(nb(paymentLinkValidity(days))).toBe(text);
  });
});

describe("hoursText", () => {
  it.each([
    [48, "48 heures"],
    [1, "1 heure"],
    [0.5, "30 minutes"],
    [2160, "2 160 heures"],
  ])("%s hour(s) → %s", (hours, text) => {
    expect(nb(hoursText(hours))).toBe(text);
  });
});

describe("formatDurationFr", () => {
  it("says less than a second as a moment, never « 0 seconde »", () => {
    expect(formatDurationFr(400)).toBe("quelques instants");
  });
});
