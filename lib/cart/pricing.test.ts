import { describe, expect, it } from "vitest";
import { cartVersion, computeTotals, priceCart, shippingFor, type CartItem } from "./pricing";

const rule = { freeFromCents: 4900, feeCents: 590, vatRateBp: 2000 };

function item(over: Partial<CartItem> = {}): CartItem {
  return { productId: "p1", slug: "savon", name: "Savon", imagePath: null, unitPriceCents: 650, vatRateBp: 2000, quantity: 1, stock: 10, active: true, ...over };
}

describe("shippingFor", () => {
  it.each([
    [0, 0],
    [1, 590],
    [4899, 590],
    [4900, 0],
    [12000, 0],
  ])("items %i → shipping %i", (items, expected) => {
    expect(shippingFor(items, rule)).toBe(expected);
  });
});

describe("priceCart", () => {
  it("computes line totals, shipping and VAT per line and for shipping", () => {
    const cart = priceCart([item({ quantity: 2 }), item({ productId: "p2", unitPriceCents: 1290, quantity: 1 })], rule);
    expect(cart.lines.map((l) => l.lineTotalCents)).toEqual([1300, 1290]);
    // VAT included at 20 %: 1300 × 2000 / 12000 = 216.67 → 217; 1290 → 215; shipping 590 → 98.33 → 98.
    expect(cart.lines.map((l) => l.vatCents)).toEqual([217, 215]);
    expect(cart.totals).toEqual({
      itemCount: 3,
      itemsCents: 2590,
      shippingCents: 590,
      shippingVatCents: 98,
      totalCents: 3180,
      vatCents: 530,
      freeShippingRemainingCents: 2310,
    });
  });

  it("offers shipping from the threshold", () => {
    const cart = priceCart([item({ unitPriceCents: 4900 })], rule);
    expect(cart.totals).toMatchObject({ shippingCents: 0, shippingVatCents: 0, totalCents: 4900, vatCents: 817, freeShippingRemainingCents: 0 });
  });

  it("handles mixed VAT rates", () => {
    const cart = priceCart([item({ unitPriceCents: 1055, vatRateBp: 550 })], { ...rule, vatRateBp: 2000 });
    // 1055 × 550 / 10550 = 55 exactly.
    expect(cart.lines[0]!.vatCents).toBe(55);
    expect(cart.totals.vatCents).toBe(55 + 98);
  });

  it("is empty and free for an empty cart", () => {
    const cart = priceCart([], rule);
    expect(cart.totals).toMatchObject({ itemCount: 0, itemsCents: 0, shippingCents: 0, totalCents: 0, vatCents: 0 });
    expect(cart.hasProblems).toBe(false);
  });

  it("flags lines that cannot be bought", () => {
    const cart = priceCart(
      [item({ stock: 0 }), item({ productId: "p2", quantity: 5, stock: 3 }), item({ productId: "p3", active: false }), item({ productId: "p4" })],
      rule,
    );
    expect(cart.lines.map((l) => l.problem)).toEqual(["out_of_stock", "insufficient_stock", "unavailable", null]);
    expect(cart.hasProblems).toBe(true);
  });
});

describe("cartVersion", () => {
  const base = priceCart([item({ quantity: 2 })], rule);

  it("is stable for the same cart", () => {
    expect(priceCart([item({ quantity: 2 })], rule).version).toBe(base.version);
  });

  it.each([
    ["a price", { unitPriceCents: 700 }],
    ["a quantity", { quantity: 3 }],
    ["a VAT rate", { vatRateBp: 550 }],
    ["availability", { active: false }],
  ])("changes with %s", (_what, over) => {
    expect(priceCart([item({ quantity: 2, ...over })], rule).version).not.toBe(base.version);
  });

  it("changes with the shipping fee", () => {
    expect(priceCart([item({ quantity: 2 })], { ...rule, feeCents: 690 }).version).not.toBe(base.version);
  });

  it("ignores the stock level (another purchase must not invalidate every checkout)", () => {
    expect(priceCart([item({ quantity: 2, stock: 3 })], rule).version).toBe(base.version);
  });

  it("is derived from the lines and totals", () => {
    expect(cartVersion(base.lines, computeTotals(base.lines, rule))).toBe(base.version);
  });
});

describe("VAT per rate, and sales without French VAT", () => {
  it("computes the order's VAT once per rate on the rate's total (as the invoice does), lines adding up", () => {
    // Three lines of 0,99 € at 20 %: per line 0,165 → 0,17 each (0,51 €); on the total 2,97 € → 0,50 €.
    const cart = priceCart([item({ unitPriceCents: 99 }), item({ productId: "p2", unitPriceCents: 99 }), item({ productId: "p3", unitPriceCents: 99 })], { ...rule, feeCents: 0 });
    expect(cart.totals.vatCents).toBe(50);
    expect(cart.lines.reduce((sum, l) => sum + l.vatCents, 0)).toBe(50);
  });

  it("exempt: each unit price loses the VAT it holds, shipping too, and no VAT is charged", () => {
    const cart = priceCart([item({ unitPriceCents: 2400, quantity: 2 })], rule, "exempt");
    expect(cart.lines[0]).toMatchObject({ unitPriceCents: 2000, lineTotalCents: 4000, vatRateBp: 0, vatCents: 0 });
    // Shipping 5,90 € TTC holds 0,98 € of VAT: 4,92 €.
    expect(cart.totals).toMatchObject({ itemsCents: 4000, shippingCents: 492, shippingVatCents: 0, vatCents: 0, totalCents: 4492 });
    expect(cart.version).not.toBe(priceCart([item({ unitPriceCents: 2400, quantity: 2 })], rule).version);
  });
});
