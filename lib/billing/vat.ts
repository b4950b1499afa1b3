import type { Cents } from "@/lib/shared/money";

/*
 * Prices excluding VAT from prices including it, without a cent of difference between views, the
 * invoice and the payment. Pure, unit-tested.
 *
 * Prices are stored VAT included (TTC), in cents. For each VAT rate, the VAT is computed once on
 * the total of that rate — VAT = round(TTC × r / (1 + r)), half away from zero — and HT = TTC − VAT.
 * Each line's HT is then that rate's HT shared in proportion to the lines' TTC, the cents left over
 * going to the largest remainders, so that lines always add up to the rate's HT and the rates to
 * the order's total. Rates are basis points (2000 = 20 %), as in the database.
 */

export type VatLineInput = { totalCents: Cents; vatRateBp: number };
export type VatRateTotal = { vatRateBp: number; totalCents: Cents; vatCents: Cents; netCents: Cents };
export type VatBreakdown = {
  rates: VatRateTotal[];
  /** Per input line, in order: its HT and VAT, adding up to its TTC. */
  lines: { netCents: Cents; vatCents: Cents }[];
  totalCents: Cents;
  vatCents: Cents;
  netCents: Cents;
};

/** VAT contained in a TTC amount at this rate. */
export function vatIncluded(totalCents: Cents, vatRateBp: number): Cents {
  if (!Number.isInteger(totalCents) || !Number.isInteger(vatRateBp) || vatRateBp < 0) throw new Error("cents and basis points are integers");
  const sign = totalCents < 0 ? -1 : 1;
  // Integer arithmetic: round(|TTC| × bp / (10000 + bp)), halves away from zero.
  const abs = Math.abs(totalCents);
  const denominator = 10_000 + vatRateBp;
  return sign * Math.floor((2 * abs * vatRateBp + denominator) / (2 * denominator));
}

export function vatBreakdown(lines: readonly VatLineInput[]): VatBreakdown {
  const byRate = new Map<number, number[]>();
  lines.forEach((line, index) => byRate.set(line.vatRateBp, [...(byRate.get(line.vatRateBp) ?? []), index]));
  const out = lines.map(() => ({ netCents: 0, vatCents: 0 }));
  const rates: VatRateTotal[] = [];
  for (const [vatRateBp, indexes] of [...byRate.entries()].sort((a, b) => a[0] - b[0])) {
    const totalCents = indexes.reduce((sum, i) => sum + lines[i]!.totalCents, 0);
    const vatCents = vatIncluded(totalCents, vatRateBp);
    const netCents = totalCents - vatCents;
    rates.push({ vatRateBp, totalCents, vatCents, netCents });
    // Largest-remainder allocation of the rate's HT over its lines, by their share of its TTC.
    const shares = indexes.map((i) => {
      const exact = totalCents === 0 ? 0 : (netCents * lines[i]!.totalCents) / totalCents;
      return { i, floor: Math.floor(exact), remainder: exact - Math.floor(exact) };
    });
    let left = netCents - shares.reduce((sum, s) => sum + s.floor, 0);
    for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
      const extra = left > 0 ? 1 : 0;
      left -= extra;
      out[s.i] = { netCents: s.floor + extra, vatCents: lines[s.i]!.totalCents - (s.floor + extra) };
    }
  }
  const totalCents = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const vatCents = rates.reduce((sum, r) => sum + r.vatCents, 0);
  return { rates, lines: out, totalCents, vatCents, netCents: totalCents - vatCents };
}

/** « F-2026-000001 » (invoices) or « A-2026-000001 » (credit notes): one gapless series per year and kind. */
export function documentNumber(kind: "invoice" | "credit_note", year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new Error(`sequence out of range: ${sequence}`);
  return `${kind === "invoice" ? "F" : "A"}-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * `amountCents` shared in proportion to `weights`, the cents left over going to the largest
 * remainders (ties: the first), so that the parts always add up to the amount. Pure.
 */
export function splitProportionally(amountCents: Cents, weights: readonly Cents[]): Cents[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return weights.map((_, i) => (i === 0 ? amountCents : 0));
  const shares = weights.map((w, i) => {
    // Integer arithmetic: floor(amount × weight / total) and its remainder, no float drift.
    const product = amountCents * w;
    return { i, floor: Math.floor(product / total), remainder: product % total };
  });
  let left = amountCents - shares.reduce((sum, s) => sum + s.floor, 0);
  const out = shares.map((s) => s.floor);
  for (const s of [...shares].sort((a, b) => b.remainder - a.remainder || a.i - b.i)) {
    if (left <= 0) break;
    out[s.i]! += 1;
    left -= 1;
  }
  return out;
}
