import { describe, expect, it } from "vitest";
import { screenNotification } from "./notification-screen";

describe("screenNotification", () => {
  it("PayPlug's unsigned bodies are screened by id shape; PayPal's signed webhooks are not", () => {
    expect(screenNotification("payplug", JSON.stringify({ object: "payment", id: "pay_5ktNvd3BNCp6GPcqIZvY9j" }))).toMatchObject({ kind: "candidate" });
    expect(screenNotification("payplug", JSON.stringify({ object: "payment", id: "../../etc" }))).toMatchObject({ kind: "malformed" });
    expect(screenNotification("paypal", "{}")).toEqual({ kind: "candidate", resourceId: null, paymentRef: null });
  });
});
