import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/db/schema";
import { shippability, SHIPPABLE_STATUSES } from "./shippability";

const reasonOf = (status: OrderStatus) => {
  const result = shippability(status);
  return result.ok ? null : result.reason;
};
const noteOf = (status: OrderStatus) => {
  const result = shippability(status);
  return result.ok ? result.note : null;
};

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
    expect(reasonOf("awaiting_transfer")).toContain("virement");
    expect(reasonOf("awaiting_cheques")).toContain("échéancier");
    expect(reasonOf("refunded")).toContain("remboursée");
    const reasons = ORDER_STATUSES.map(shippability).flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it("notes what to watch on the orders that ship without being simply paid", () => {
    expect(shippability("paid")).toEqual({ ok: true, note: null });
    expect(noteOf("on_account")).toContain("sur compte");
    expect(noteOf("partially_refunded")).toContain("partiellement remboursée");
  });

  it("SHIPPABLE_STATUSES lists exactly the states that ship", () => {
    expect([...SHIPPABLE_STATUSES].sort()).toEqual(ORDER_STATUSES.filter((s) => expected[s]).sort());
  });
});
