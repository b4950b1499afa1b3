import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/db/schema";
import { shippability, SHIPPABLE_STATUSES } from "./shippability";

describe("shippability: the order's money decides whether its goods may leave", () => {
  const expected: Record<OrderStatus, boolean> = {
    pending_payment: false,
    awaiting_transfer: false,
    awaiting_cheque: false,
    awaiting_cheques: false,
    payment_failed: false,
    paid: true,
    on_account: true,
    cancelled: false,
    refunded: false,
    partially_refunded: true,
  };

  it.each(ORDER_STATUSES.map((s) => [s, expected[s]] as const))("%s → ships: %s", (status, ships) => {
    const result = shippability(status);
    expect(result.ok).toBe(ships);
    if (!result.ok) expect(result.reason).toMatch(/^[A-ZÉ].+\.$/);
  });

  it("says why not in French, per state, never a generic refusal for a known state", () => {
    expect(shippability("awaiting_cheque")).toEqual({ ok: false, reason: "Le chèque n'est pas encore encaissé : la commande partira une fois le chèque encaissé." });
    expect(shippability("awaiting_transfer")).toMatchObject({ ok: false, reason: expect.stringContaining("virement") });
    expect(shippability("awaiting_cheques")).toMatchObject({ ok: false, reason: expect.stringContaining("échéancier") });
    expect(shippability("refunded")).toMatchObject({ ok: false, reason: expect.stringContaining("remboursée") });
    const reasons = ORDER_STATUSES.map(shippability).flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it("notes what to watch on the orders that ship without being simply paid", () => {
    expect(shippability("paid")).toEqual({ ok: true, note: null });
    expect(shippability("on_account")).toMatchObject({ ok: true, note: expect.stringContaining("sur compte") });
    expect(shippability("partially_refunded")).toMatchObject({ ok: true, note: expect.stringContaining("partiellement remboursée") });
  });

  it("SHIPPABLE_STATUSES lists exactly the states that ship", () => {
    expect([...SHIPPABLE_STATUSES].sort()).toEqual(ORDER_STATUSES.filter((s) => expected[s]).sort());
  });
});
