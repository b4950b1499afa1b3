import { describe, expect, it } from "vitest";
import { net30Decision, type Net30Context } from "./net30";

const approved = { status: "approved" as const, creditLimitCents: 100_000, onHold: false, holdReason: null };
const base: Net30Context = { account: approved, paidOrders: 1, openInvoicesCents: 20_000, orderTotalCents: 30_000 };

describe("net30Decision", () => {
  it("allows an approved pro with a paid first order within its limit, and says the room left", () => {
    expect(net30Decision(base)).toEqual({ allowed: true, roomCents: 80_000 });
  });

  it("refuses, in order: not a pro, not approved, no limit, on hold, first order, over the limit", () => {
    expect(net30Decision({ ...base, account: null })).toMatchObject({ allowed: false, reason: "not_pro" });
    expect(net30Decision({ ...base, account: { ...approved, status: "pending" } })).toMatchObject({ reason: "not_approved" });
    expect(net30Decision({ ...base, account: { ...approved, creditLimitCents: 0 } })).toMatchObject({ reason: "no_terms" });
    const hold = net30Decision({ ...base, account: { ...approved, onHold: true, holdReason: "Facture F-2026-000003 impayée" } });
    expect(hold).toMatchObject({ reason: "on_hold" });
    expect(hold.allowed || hold.message).toContain("F-2026-000003");
    expect(net30Decision({ ...base, paidOrders: 0 })).toMatchObject({ reason: "first_order" });
  });

  it("counts the order itself against the limit: exactly at the limit passes, one cent over does not", () => {
    expect(net30Decision({ ...base, orderTotalCents: 80_000 }).allowed).toBe(true);
    const over = net30Decision({ ...base, orderTotalCents: 80_001 });
    expect(over).toMatchObject({ allowed: false, reason: "over_limit", roomCents: 80_000 });
    expect(over.allowed || over.message).toContain("800,00");
  });

  it("never reports negative room when open invoices already exceed the limit", () => {
    expect(net30Decision({ ...base, openInvoicesCents: 150_000 })).toMatchObject({ allowed: false, roomCents: 0 });
  });
});
