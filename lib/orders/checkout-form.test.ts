import { describe, expect, it } from "vitest";
import { CHECKOUT_MESSAGES, parseCheckoutForm, type CheckoutValues } from "./checkout-form";

const valid: CheckoutValues = {
  email: " Jeanne.Martin@Example.fr ",
  phone: "06 12 34 56 78",
  billingFirstName: "Jeanne",
  billingLastName: "Martin",
  billingLine1: "1 rue de la Paix",
  billingPostalCode: "75002",
  billingCity: "Paris",
  billingCountry: "FR",
  sameAsBilling: "on",
  acceptTerms: "on",
  paymentMethod: "transfer",
  cartVersion: "abc",
};

describe("parseCheckoutForm", () => {
  it("normalises a valid form; same address for shipping", () => {
    const r = parseCheckoutForm(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.email).toBe("jeanne.martin@example.fr");
    expect(r.data.phone).toBe("+33612345678");
    expect(r.data.shippingAddress).toEqual(r.data.billingAddress);
    expect(r.data.billingAddress).toEqual({ firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" });
  });

  it("takes a separate shipping address when asked", () => {
    const r = parseCheckoutForm({
      ...valid,
      sameAsBilling: "",
      shippingFirstName: "Paul",
      shippingLastName: "Durand",
      shippingLine1: "2 avenue Louise",
      shippingPostalCode: "1050",
      shippingCity: "Bruxelles",
      shippingCountry: "BE",
    });
    expect(r.ok && r.data.shippingAddress.city).toBe("Bruxelles");
  });

  it.each<[string, CheckoutValues, string, string]>([
    ["bad e-mail", { email: "jeanne@" }, "email", CHECKOUT_MESSAGES.email],
    ["empty e-mail", { email: "  " }, "email", CHECKOUT_MESSAGES.emailMissing],
    ["no first name", { billingFirstName: "  " }, "billingFirstName", CHECKOUT_MESSAGES.firstName],
    ["French postal code", { billingPostalCode: "7500" }, "billingPostalCode", CHECKOUT_MESSAGES.postalCode("75001")],
    ["unknown country", { billingCountry: "XX" }, "billingCountry", CHECKOUT_MESSAGES.country],
    ["terms not accepted", { acceptTerms: undefined }, "acceptTerms", CHECKOUT_MESSAGES.acceptTerms],
    ["no method", { paymentMethod: undefined }, "paymentMethod", CHECKOUT_MESSAGES.paymentMethod],
    ["landline", { phone: "01 23 45 67 89" }, "phone", "Indiquez un numéro de mobile (commençant par 06 ou 07) : votre banque peut y envoyer un code."],
    ["shipping missing", { sameAsBilling: undefined }, "shippingLine1", CHECKOUT_MESSAGES.line1],
  ])("%s", (_name, change, field, message) => {
    const r = parseCheckoutForm({ ...valid, ...change });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[field as keyof typeof r.errors]).toBe(message);
  });

  it("reports every field at once", () => {
    const r = parseCheckoutForm({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(
      ["acceptTerms", "billingCity", "billingCountry", "billingFirstName", "billingLastName", "billingLine1", "billingPostalCode", "email", "paymentMethod", "phone", "shippingCity", "shippingCountry", "shippingFirstName", "shippingLastName", "shippingLine1", "shippingPostalCode"].sort(),
    );
  });
});
