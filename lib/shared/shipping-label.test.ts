import { describe, expect, it } from "vitest";
import { FREE_SHIPPING_LABEL, shippingLabel } from "./shipping-label";

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("shippingLabel", () => {
  it("says « Offerte » for free shipping, never « 0,00 € »", () => {
    expect(shippingLabel(0)).toBe("Offerte");
    expect(FREE_SHIPPING_LABEL).toBe("Offerte");
  });

  it("prints a fee in euros", () => {
    expect(nb(shippingLabel(590))).toBe("5,90 €");
    expect(nb(shippingLabel(1))).toBe("0,01 €");
  });
});
