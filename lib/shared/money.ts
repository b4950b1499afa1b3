/**
 * Money is integer cents of EUR. Every conversion from or to another representation happens here.
 */

export type Cents = number;

export function assertCents(value: number, what = "montant"): asserts value is Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} n'est pas un nombre entier de centimes : ${value}`);
}

const eur = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** 1250 → "12,50 €" (with the narrow no-break spaces fr-FR uses). */
export function formatEur(cents: Cents): string {
  assertCents(cents);
  return eur.format(cents / 100);
}

/** Integer division rounded half away from zero: the rounding French invoices use. */
export function divRound(numerator: number, denominator: number): number {
  assertCents(numerator, "numérateur");
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError("diviseur invalide");
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const r = n - q * denominator;
  return sign * (2 * r >= denominator ? q + 1 : q);
}

/** VAT contained in a VAT-inclusive amount: ttc × rate / (1 + rate), rate in basis points. */
export function vatIncluded(ttcCents: Cents, rateBp: number): Cents {
  assertCents(ttcCents);
  return divRound(ttcCents * rateBp, 10_000 + rateBp);
}

/** "12,50" or "12.50" or "12" typed by a person → 1250. Null when it is not an amount. */
export function parseEurInput(input: string): Cents | null {
  const s = input.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const units = Number.parseInt(m[1]!, 10);
  const fraction = m[2] ? Number.parseInt(m[2].padEnd(2, "0"), 10) : 0;
  return units * 100 + fraction;
}

/** 1250 → "12,50": an amount as a person types it in a form (what parseEurInput reads back). */
export function formatEurInput(cents: Cents): string {
  return centsToDecimalString(cents).replace(".", ",");
}

/** 1250 → "12.50": the decimal string providers such as PayPal use. */
export function centsToDecimalString(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "12.50" → 1250, strictly (no floats, at most two decimals). Throws on anything else. */
export function decimalStringToCents(value: string): Cents {
  const m = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!m) throw new RangeError(`montant décimal invalide : ${JSON.stringify(value)}`);
  const cents = Number.parseInt(m[2]!, 10) * 100 + (m[3] ? Number.parseInt(m[3].padEnd(2, "0"), 10) : 0);
  return m[1] ? -cents : cents;
}
