import type { Cents } from "@/lib/shared/money";

/*
 * The unit net price of an invoice line, from what the invoice really knows: the line's net amount
 * in cents (allocated so the lines add up, lib/billing/vat.ts) and its quantity. The price is not
 * stored: 3 × 0,99 € TTC at 20 % gives a line net of 2,47 €, and no price of two decimals times 3
 * makes 2,47. EN 16931 lets a price carry more decimals than an amount, so the price is written
 * exactly when ten-thousandths of a euro suffice (2,47 € for 2 → 1,235 €); otherwise the exact
 * statement is "2,47 € for a base quantity of 3" (BT-146 with BT-149), which keeps
 * BT-131 = BT-129 × BT-146 ÷ BT-149 true to the cent. Pure, unit-tested.
 */

/** Digits after the decimal point that a quantity may have (0,5 kg; 1,25 m). */
const MAX_QUANTITY_DECIMALS = 4;

export type UnitNetPrice = {
  /** The unit price in ten-thousandths of a euro: exact when `exact`, else rounded half up. */
  tenThousandths: number;
  exact: boolean;
};

/** A quantity as an integer numerator over 10^decimals, refusing what an invoice cannot print. */
export function quantityParts(quantity: number): { units: number; decimals: number } {
  if (!Number.isFinite(quantity) || quantity <= 0) throw new RangeError(`invoice line quantity must be positive: ${quantity}`);
  for (let decimals = 0; decimals <= MAX_QUANTITY_DECIMALS; decimals++) {
    const units = Math.round(quantity * 10 ** decimals);
    if (Math.abs(units / 10 ** decimals - quantity) < 1e-9) return { units, decimals };
  }
  throw new RangeError(`invoice line quantity has more than ${MAX_QUANTITY_DECIMALS} decimals: ${quantity}`);
}

/** The quantity as a decimal string ("3", "0.5"). */
export function quantityDecimal(quantity: number): string {
  const { units, decimals } = quantityParts(quantity);
  return decimalString(units, decimals);
}

export function unitNetPrice(netCents: Cents, quantity: number): UnitNetPrice {
  if (!Number.isSafeInteger(netCents)) throw new RangeError(`line net amount is not whole cents: ${netCents}`);
  const { units, decimals } = quantityParts(quantity);
  // price × 10^4 = netCents × 100 × 10^decimals / units, in integers.
  const numerator = netCents * 100 * 10 ** decimals;
  const exact = numerator % units === 0;
  const sign = numerator < 0 ? -1 : 1;
  const tenThousandths = exact ? numerator / units : sign * Math.floor((2 * Math.abs(numerator) + units) / (2 * units));
  return { tenThousandths, exact };
}

/** An integer over 10^decimals as "12.5", "3", "-0.0125": no float ever rounds it. */
export function decimalString(units: number, decimals: number, minDecimals = 0): string {
  const sign = units < 0 ? "-" : "";
  const digits = String(Math.abs(units)).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals).replace(/0+$/, "");
  if (fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, "0");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}

const PRICE_FR = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** A unit price as a French reader sees it: « 8,435 € », « 0,8233 € » (narrow no-break spaces of fr-FR). */
export function formatUnitPriceFr(price: UnitNetPrice): string {
  // Ten-thousandths over 10^4 are at most 4 decimals: the division gives the nearest double, printed exactly.
  return PRICE_FR.format(price.tenThousandths / 10_000);
}
