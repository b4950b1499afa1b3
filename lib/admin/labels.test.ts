import { describe, expect, it } from "vitest";
import { ORDER_STATUSES } from "@/lib/db/schema";
import { ADMIN_ORDER_STATUS_LABELS, orderStatusTone } from "./labels";

describe("ADMIN_ORDER_STATUS_LABELS", () => {
  it("names every order status in the merchant's words, never the customer's", () => {
    for (const status of ORDER_STATUSES) {
      const label = ADMIN_ORDER_STATUS_LABELS[status];
      expect(label, status).toMatch(/\S/);
      expect(label, status).not.toMatch(/\b(votre|vos)\b/i);
    }
  });

  it.each([
    ["awaiting_transfer", "Virement attendu"],
    ["awaiting_cheque", "Chèque attendu"],
    ["pending_payment", "Paiement en cours"],
    ["payment_failed", "Paiement échoué"],
    ["on_account", "Sur compte"],
    ["partially_refunded", "Partiellement remboursée"],
  ] as const)("%s → %s", (status, label) => {
    expect(ADMIN_ORDER_STATUS_LABELS[status]).toBe(label);
  });

  it("keeps a distinct label per status (the list filter offers each once)", () => {
    const labels = ORDER_STATUSES.map((s) => ADMIN_ORDER_STATUS_LABELS[s]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(orderStatusTone("awaiting_cheque")).toBe("warning");
  });
});
