import { describe, expect, it } from "vitest";
import { PAYMENT_METHODS } from "@/lib/db/schema";
import { availablePaymentMethods, findPaymentMethod, PAYMENT_METHODS_REGISTRY } from "./methods";
import { paymentMethodLabel } from "./labels";

const guest = { user: null, totalCents: 2500 };
const customer = { user: { id: "u1", role: "customer" as const, proStatus: null, net30Allowed: false }, totalCents: 2500 };

describe("payment methods registry", () => {
  it("offers transfer and cheque to guests and customers", () => {
    expect(availablePaymentMethods(guest).map((m) => m.id)).toEqual(expect.arrayContaining(["transfer", "cheque"]));
    expect(availablePaymentMethods(customer).map((m) => m.id)).toEqual(expect.arrayContaining(["transfer", "cheque"]));
  });

  it("offers nothing to pay for an empty total", () => {
    expect(availablePaymentMethods({ user: null, totalCents: 0 }).filter((m) => m.kind === "offline")).toEqual([]);
  });

  it("has unique ids from the schema's closed set, with French labels and a coherent initial status", () => {
    const ids = PAYMENT_METHODS_REGISTRY.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of PAYMENT_METHODS_REGISTRY) {
      expect(PAYMENT_METHODS).toContain(m.id);
      expect(m.label.length).toBeGreaterThan(2);
      expect(m.description.length).toBeGreaterThan(10);
      if (m.kind === "online") expect([m.initialOrderStatus, m.initialPaymentStatus]).toEqual(["pending_payment", "created"]);
    }
    expect(findPaymentMethod("transfer")).toMatchObject({ initialOrderStatus: "awaiting_transfer", initialPaymentStatus: "pending" });
    expect(findPaymentMethod("cheque")).toMatchObject({ initialOrderStatus: "awaiting_cheque", initialPaymentStatus: "pending" });
    expect(findPaymentMethod("bitcoin")).toBeUndefined();
  });

  it("labels every method, offered or not", () => {
    for (const id of PAYMENT_METHODS) expect(paymentMethodLabel(id)).toBeTruthy();
  });
});
