import { createHash } from "node:crypto";
import { vatIncluded, type Cents } from "@/lib/shared/money";
import { vatBreakdown } from "@/lib/billing/vat";

/**
 * Pricing of a cart, computed on the server from database rows only. Pure: the same rows give the
 * same totals and the same version string, which the checkout form sends back so that placing an
 * order can tell whether the customer saw the prices that would be charged.
 */

export type ShippingRule = { freeFromCents: Cents; feeCents: Cents; vatRateBp: number };

/** One cart line joined with its product as it is in the database now. */
export type CartItem = {
  productId: string;
  slug: string;
  name: string;
  imagePath: string | null;
  /** Price including VAT, in cents. */
  unitPriceCents: Cents;
  vatRateBp: number;
  quantity: number;
  stock: number;
  active: boolean;
};

export type LineProblem = "unavailable" | "out_of_stock" | "insufficient_stock";

export type PricedLine = CartItem & { lineTotalCents: Cents; vatCents: Cents; problem: LineProblem | null };

export type CartTotals = {
  itemCount: number;
  /** Sum of the lines, VAT included. */
  itemsCents: Cents;
  shippingCents: Cents;
  /** VAT contained in the shipping fee. */
  shippingVatCents: Cents;
  totalCents: Cents;
  /** VAT contained in the total (lines + shipping). */
  vatCents: Cents;
  /** How much more to spend for free shipping (0 when already free or the cart is empty). */
  freeShippingRemainingCents: Cents;
};

export type PricedCart = { lines: PricedLine[]; totals: CartTotals; version: string; hasProblems: boolean };

export const LINE_PROBLEM_MESSAGES: Record<LineProblem, (line: PricedLine) => string> = {
  unavailable: () => "Ce produit n'est plus proposé à la vente.",
  out_of_stock: () => "Ce produit est épuisé.",
  insufficient_stock: (line) => `Il n'en reste que ${line.stock} en stock.`,
};

/** Shipping fee (VAT included): free from the threshold, nothing for an empty cart. */
export function shippingFor(itemsCents: Cents, rule: ShippingRule): Cents {
  if (itemsCents <= 0) return 0;
  return itemsCents >= rule.freeFromCents ? 0 : rule.feeCents;
}

function problemOf(item: CartItem): LineProblem | null {
  if (!item.active) return "unavailable";
  if (item.stock <= 0) return "out_of_stock";
  if (item.quantity > item.stock) return "insufficient_stock";
  return null;
}

/**
 * How VAT applies to the buyer. "included": prices as stored, VAT included (consumers, French
 * companies). "exempt": a company of another EU state with a VAT number (reverse charge) or
 * outside the EU (export) pays the price without French VAT: each unit price is the stored price
 * minus the VAT it contains, and no VAT is charged.
 */
export type VatTreatment = "included" | "exempt";

/** A stored (VAT-included) unit price as the buyer pays it. */
export function unitPriceFor(unitPriceCents: Cents, vatRateBp: number, treatment: VatTreatment): Cents {
  return treatment === "exempt" ? unitPriceCents - vatIncluded(unitPriceCents, vatRateBp) : unitPriceCents;
}

export function computeTotals(lines: readonly PricedLine[], rule: ShippingRule, treatment: VatTreatment = "included"): CartTotals {
  const itemsCents = lines.reduce((sum, l) => sum + l.lineTotalCents, 0);
  const shippingCents = unitPriceFor(shippingFor(itemsCents, rule), rule.vatRateBp, treatment);
  // VAT per rate on the rate's total (lib/billing/vat.ts), as the invoice computes it: the cart,
  // the order, the payment and the invoice never differ by a cent.
  const breakdown = vatBreakdown([
    ...lines.map((l) => ({ totalCents: l.lineTotalCents, vatRateBp: l.vatRateBp })),
    { totalCents: shippingCents, vatRateBp: treatment === "exempt" ? 0 : rule.vatRateBp },
  ]);
  const shippingVatCents = breakdown.lines.at(-1)!.vatCents;
  const linesVat = breakdown.vatCents - shippingVatCents;
  return {
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    itemsCents,
    shippingCents,
    shippingVatCents,
    totalCents: itemsCents + shippingCents,
    vatCents: linesVat + shippingVatCents,
    freeShippingRemainingCents: itemsCents > 0 && shippingCents > 0 ? rule.freeFromCents - itemsCents : 0,
  };
}

/**
 * The version covers what the customer agrees to pay: products, quantities, unit prices, VAT rates,
 * availability and the totals. Stock levels are left out on purpose: another customer's purchase
 * must not invalidate every open checkout; a real shortage is caught when stock is decremented.
 */
export function cartVersion(lines: readonly PricedLine[], totals: CartTotals): string {
  const material = JSON.stringify([
    lines.map((l) => [l.productId, l.quantity, l.unitPriceCents, l.vatRateBp, l.active]),
    totals.shippingCents,
    totals.totalCents,
  ]);
  return createHash("sha256").update(material).digest("hex").slice(0, 32);
}

export function priceCart(items: readonly CartItem[], rule: ShippingRule, treatment: VatTreatment = "included"): PricedCart {
  const lines: PricedLine[] = items.map((item) => {
    const unitPriceCents = unitPriceFor(item.unitPriceCents, item.vatRateBp, treatment);
    const lineTotalCents = unitPriceCents * item.quantity;
    return {
      ...item,
      unitPriceCents,
      vatRateBp: treatment === "exempt" ? 0 : item.vatRateBp,
      lineTotalCents,
      vatCents: treatment === "exempt" ? 0 : vatIncluded(lineTotalCents, item.vatRateBp),
      problem: problemOf(item),
    };
  });
  const totals = computeTotals(lines, rule, treatment);
  // Each line's VAT as allocated from its rate's total, so the lines add up to the order's VAT.
  const allocated = vatBreakdown([
    ...lines.map((l) => ({ totalCents: l.lineTotalCents, vatRateBp: l.vatRateBp })),
    { totalCents: totals.shippingCents, vatRateBp: treatment === "exempt" ? 0 : rule.vatRateBp },
  ]).lines;
  lines.forEach((l, i) => (l.vatCents = allocated[i]!.vatCents));
  return { lines, totals, version: cartVersion(lines, totals), hasProblems: lines.some((l) => l.problem !== null) };
}

export const EMPTY_CART: PricedCart = priceCart([], { freeFromCents: 0, feeCents: 0, vatRateBp: 0 });
