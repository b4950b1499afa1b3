import { issue, PaypalApiError, shown } from "./errors";

/*
 * PayPal amounts are decimal strings ("10.00"). The emulator holds them as integer minor units and
 * converts in this one place (it may not import the shop's lib/shared/money: it stands in for PayPal).
 */

export type Money = { currency_code: string; value: string };

/** Currencies PayPal's REST API accepts, and those with no minor unit. */
const CURRENCIES = new Set(["AUD", "BRL", "CAD", "CNY", "CZK", "DKK", "EUR", "HKD", "HUF", "ILS", "JPY", "MYR", "MXN", "TWD", "NZD", "NOK", "PHP", "PLN", "GBP", "SGD", "SEK", "CHF", "THB", "USD"]);
const ZERO_DECIMAL = new Set(["HUF", "JPY", "TWD"]);

export const decimalsOf = (currency: string): number => (ZERO_DECIMAL.has(currency) ? 0 : 2);

/** Parses and validates an amount, or throws PayPal's error naming `field` (a JSON pointer). */
export function parseMoney(input: unknown, field: string): { currency: string; minor: number } {
  if (input === undefined || input === null) throw issue(400, "MISSING_REQUIRED_PARAMETER", { field, location: "body" });
  if (typeof input !== "object") throw issue(400, "INVALID_PARAMETER_SYNTAX", { field, location: "body" });
  const { currency_code: currency, value } = input as Record<string, unknown>;
  if (currency === undefined) throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: `${field}/currency_code`, location: "body" });
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) {
    throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `${field}/currency_code`, value: shown(currency), location: "body" });
  }
  if (!CURRENCIES.has(currency)) throw issue(422, "CURRENCY_NOT_SUPPORTED", { field: `${field}/currency_code`, value: currency, location: "body" });
  if (value === undefined) throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: `${field}/value`, location: "body" });
  return { currency, minor: parseValue(value, currency, `${field}/value`) };
}

function parseValue(value: unknown, currency: string, field: string): number {
  // PayPal's pattern: ^((-?[0-9]+)|(-?([0-9]+)?[.][0-9]+))$, at most 32 characters.
  if (typeof value !== "string" || value.length > 32 || !/^-?(\d+|\d*\.\d+)$/.test(value)) {
    throw issue(400, "INVALID_PARAMETER_SYNTAX", { field, value: String(value), location: "body" });
  }
  const [whole = "", fraction = ""] = value.replace(/^-/, "").split(".");
  const decimals = decimalsOf(currency);
  // A well-formed number with too many decimals is a business-rule failure at PayPal: 422
  // UNPROCESSABLE_ENTITY, not a 400 (live answers on orders and refunds alike).
  if (fraction.length > decimals) {
    throw issue(422, "DECIMAL_PRECISION", { field, value, location: "body" });
  }
  const minor = Number(whole || "0") * 10 ** decimals + Number(fraction.padEnd(decimals, "0") || "0");
  if (!Number.isSafeInteger(minor) || whole.length > 15) throw issue(400, "INVALID_PARAMETER_VALUE", { field, value, location: "body" });
  if (value.startsWith("-") && minor !== 0) throw issue(422, "CANNOT_BE_ZERO_OR_NEGATIVE", { field, value, location: "body" });
  return minor;
}

/** Integer minor units → PayPal's decimal string ("1250" EUR → "12.50"). */
export function formatValue(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new Error(`bad amount ${minor}`);
  const decimals = decimalsOf(currency);
  if (decimals === 0) return String(minor);
  const s = String(minor).padStart(decimals + 1, "0");
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

export const money = (minor: number, currency: string): Money => ({ currency_code: currency, value: formatValue(minor, currency) });

/** PayPal's French standard rate, 2.90 % + 0.35 € per transaction, in minor units. */
export function paypalFee(grossMinor: number, currency: string): number {
  const fixed = decimalsOf(currency) === 0 ? 0 : 35;
  return Math.min(grossMinor, Math.round((grossMinor * 29) / 1000) + fixed);
}

export function assertPositive(minor: number, field: string, value: string): void {
  if (minor <= 0) throw issue(422, "CANNOT_BE_ZERO_OR_NEGATIVE", { field, value, location: "body" });
}

export { PaypalApiError };
