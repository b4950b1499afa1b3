import { describe, expect, it } from "vitest";
import { vatIncluded } from "@/lib/shared/money";
import { orderTotalsForDisplay } from "./order-totals";

describe("an order's totals come from what it stored, never from today's rates", () => {
  it("shipping VAT is the stored VAT beyond its lines' (an old order sold at 10 % stays at 10 %)", () => {
    const lines = [
      { quantity: 2, lineTotalCents: 2500, vatRateBp: 2000 },
      { quantity: 1, lineTotalCents: 1055, vatRateBp: 550 },
    ];
    const linesVat = vatIncluded(2500, 2000) + vatIncluded(1055, 550);
    const shippingVatAt10 = vatIncluded(590, 1000);
    const order = { itemsCents: 3555, shippingCents: 590, totalCents: 4145, vatCents: linesVat + shippingVatAt10 };
    expect(orderTotalsForDisplay(order, lines)).toEqual({
      itemCount: 3,
      itemsCents: 3555,
      shippingCents: 590,
      shippingVatCents: shippingVatAt10,
      totalCents: 4145,
      vatCents: linesVat + shippingVatAt10,
      freeShippingRemainingCents: 0,
    });
    expect(shippingVatAt10).not.toBe(vatIncluded(590, 2000));
  });

  it("free shipping: no shipping VAT", () => {
    const lines = [{ quantity: 1, lineTotalCents: 6000, vatRateBp: 2000 }];
    expect(orderTotalsForDisplay({ itemsCents: 6000, shippingCents: 0, totalCents: 6000, vatCents: vatIncluded(6000, 2000) }, lines).shippingVatCents).toBe(0);
  });
});
