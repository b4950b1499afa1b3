import { describe, expect, it } from "vitest";
import { ORDER_STATUSES } from "@/lib/db/schema";
import { ORDER_TRANSITIONS, canTransition } from "./transitions";
import { ORDER_STATUS_LABELS } from "./labels";

describe("order transitions", () => {
  it("has an entry and a French label for every state", () => {
    for (const s of ORDER_STATUSES) {
      expect(ORDER_TRANSITIONS[s]).toBeDefined();
      expect(ORDER_STATUS_LABELS[s]).toMatch(/\S/);
    }
  });

  it.each([
    ["pending_payment", "paid"],
    ["pending_payment", "payment_failed"],
    ["payment_failed", "pending_payment"],
    ["payment_failed", "paid"],
    ["awaiting_transfer", "paid"],
    ["awaiting_cheque", "paid"],
    ["awaiting_cheque", "cancelled"],
    ["paid", "refunded"],
    ["paid", "partially_refunded"],
    ["on_account", "paid"],
    // A card instalment plan: its first part paid (on the hosted page, or late after a refusal).
    ["pending_payment", "on_account"],
    ["payment_failed", "on_account"],
  ] as const)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ["paid", "payment_failed"],
    ["paid", "pending_payment"],
    ["paid", "cancelled"],
    ["cancelled", "paid"],
    ["refunded", "paid"],
    ["awaiting_transfer", "on_account"],
    ["pending_payment", "refunded"],
    ["on_account", "pending_payment"],
    ["on_account", "payment_failed"],
  ] as const)("refuses %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it("never lets a paid order go back to unpaid", () => {
    for (const to of ORDER_TRANSITIONS.paid) expect(["refunded", "partially_refunded"]).toContain(to);
  });
});
