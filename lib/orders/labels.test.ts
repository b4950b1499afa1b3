import { describe, expect, it } from "vitest";
import { ORDER_STATUSES } from "@/lib/db/schema";
import { ADMIN_ORDER_STATUS_LABELS, ORDER_STATUS_LABELS, orderStatusLabelWithPlan, orderStatusTone } from "./labels";
import { adminPaymentDetails, adminPaymentMethodLabel, placeholderStatusLabel } from "@/lib/payments/labels";


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

describe("payment rows", () => {
  it.each([
    ["card", "payplug", "Carte bancaire — PayPlug"],
    ["paypal", "paypal", "PayPal"],
    ["transfer", null, "Virement"],
    ["cheque", null, "Chèque"],
  ] as const)("%s via %s → %s", (method, provider, label) => {
    expect(adminPaymentMethodLabel(method, provider)).toBe(label);
  });

  const none = { cardBrand: null, cardLast4: null, threeDSecure: null, payerEmail: null };
  it("shows the card and its 3-D Secure result, the PayPal payer, nothing for offline money", () => {
    expect(adminPaymentDetails({ ...none, method: "card", cardBrand: "Visa", cardLast4: "4242", threeDSecure: true })).toEqual(["Visa •••• 4242", "3-D Secure : oui"]);
    expect(adminPaymentDetails({ ...none, method: "card", cardLast4: "0002", threeDSecure: false })).toEqual(["•••• 0002", "3-D Secure : non"]);
    expect(adminPaymentDetails({ ...none, method: "card" })).toEqual([]);
    expect(adminPaymentDetails({ ...none, method: "paypal", payerEmail: "acheteur@example.fr" })).toEqual(["Payeur : acheteur@example.fr"]);
    expect(adminPaymentDetails({ ...none, method: "cheque", payerEmail: "x@example.fr" })).toEqual([]);
  });

  it("never calls an instruction placeholder « Annulé »", () => {
    expect(placeholderStatusLabel({ status: "pending", failureCode: null })).toBe("Instructions envoyées (pas un paiement)");
    expect(placeholderStatusLabel({ status: "cancelled", failureCode: "superseded" })).toBe("Remplacé");
    expect(placeholderStatusLabel({ status: "cancelled", failureCode: "order_cancelled" })).toBe("Sans objet (commande annulée)");
  });
});

describe("orderStatusLabelWithPlan", () => {
  it("an order on account through a plan is not a net-30 order: card and cheques say so, for the customer and the admin", () => {
    expect(orderStatusLabelWithPlan("on_account", { count: 3 })).toBe("Payée en 3 fois — échéancier en cours");
    expect(orderStatusLabelWithPlan("on_account", { count: 3, kind: "card" }, ADMIN_ORDER_STATUS_LABELS)).toBe("Payée en 3 fois — échéancier en cours");
    expect(orderStatusLabelWithPlan("on_account", { count: 3, kind: "cheques" })).toBe("3 chèques reçus — échéancier en cours");
    expect(orderStatusLabelWithPlan("on_account", null)).toBe(ORDER_STATUS_LABELS.on_account);
  });

  it("any other state keeps its own words, the cheques awaited named for each reader", () => {
    expect(orderStatusLabelWithPlan("awaiting_cheques", { count: 3, kind: "cheques" })).toBe("En attente de vos chèques");
    expect(orderStatusLabelWithPlan("awaiting_cheques", { count: 3, kind: "cheques" }, ADMIN_ORDER_STATUS_LABELS)).toBe("Chèques d'échéancier attendus");
    expect(orderStatusLabelWithPlan("paid", { count: 2, kind: "cheques" })).toBe("Payée");
  });
});
