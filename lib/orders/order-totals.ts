import type { CartTotals } from "@/lib/cart/pricing";
import type { Cents } from "@/lib/shared/money";
import { vatBreakdown } from "@/lib/billing/vat";

/**
 * An order's totals as its page shows them, from what the order stored at checkout only: its
 * amounts, its VAT (orders.vat_cents) and each line's own rate. Today's configuration (the
 * shipping VAT rate in env) never enters: an old order keeps the VAT it was sold with. The VAT in
 * the shipping fee is what the stored VAT holds beyond its lines', as checkout computed it
 * (lib/cart/pricing.ts: VAT per rate on the rate's total, shipping included). Pure, unit-tested.
 */
export function orderTotalsForDisplay(
  order: { itemsCents: Cents; shippingCents: Cents; totalCents: Cents; vatCents: Cents },
  lines: readonly { quantity: number; lineTotalCents: Cents; vatRateBp: number }[],
): CartTotals {
  // The lines' VAT per rate on the rate's total (lib/billing/vat.ts, as checkout computes it); the
  // rest of the order's stored VAT is the shipping's.
  const linesVatCents = vatBreakdown(lines.map((l) => ({ totalCents: l.lineTotalCents, vatRateBp: l.vatRateBp }))).vatCents;
  return {
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    itemsCents: order.itemsCents,
    shippingCents: order.shippingCents,
    shippingVatCents: Math.max(0, order.vatCents - linesVatCents),
    totalCents: order.totalCents,
    vatCents: order.vatCents,
    freeShippingRemainingCents: 0,
  };
}
