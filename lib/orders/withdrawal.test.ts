import { describe, expect, it } from "vitest";
import { OFFER_DAYS, withdrawalEligibility, withdrawalRefundDueBy } from "./withdrawal";

const DAY = 24 * 60 * 60 * 1000;
const placed = new Date("2026-12-01T10:00:00Z");
const paid = { status: "paid" as const, createdAt: placed };

describe("the right of withdrawal", () => {
  it("a consumer's paid order, within the period: offered", () => {
    expect(withdrawalEligibility({ order: paid, accountRole: null, alreadyRequested: false, now: new Date(placed.getTime() + 5 * DAY) })).toEqual({ ok: true });
    expect(withdrawalEligibility({ order: paid, accountRole: "customer", alreadyRequested: false, now: new Date(placed.getTime() + OFFER_DAYS * DAY) })).toEqual({ ok: true });
  });

  it.each([
    ["a professional", { order: paid, accountRole: "pro" as const, alreadyRequested: false }, "professional"],
    ["twice", { order: paid, accountRole: null, alreadyRequested: true }, "already"],
    ["an unpaid order", { order: { ...paid, status: "payment_failed" as const }, accountRole: null, alreadyRequested: false }, "not_withdrawable"],
    ["a cancelled order", { order: { ...paid, status: "cancelled" as const }, accountRole: null, alreadyRequested: false }, "not_withdrawable"],
    ["after the period", { order: paid, accountRole: null, alreadyRequested: false, now: new Date(placed.getTime() + (OFFER_DAYS + 1) * DAY) }, "too_late"],
  ] as const)("refused for %s", (_what, input, reason) => {
    expect(withdrawalEligibility({ now: new Date(placed.getTime() + DAY), ...input })).toMatchObject({ ok: false, reason });
  });

  it("the refund is due 14 days after the request", () => {
    expect(withdrawalRefundDueBy(placed).toISOString()).toBe("2026-12-15T10:00:00.000Z");
  });
});
