import { Price } from "@/components/ui/price";
import type { CartTotals } from "@/lib/cart/pricing";
import { shippingLabel } from "@/lib/shared/shipping-label";

/**
 * Subtotal, shipping, total and the VAT it contains: every figure computed on the server. An
 * approved professional (`showNet`) reads them excluding VAT, then the VAT, then the total to pay;
 * the same cents either way (HT = TTC − VAT), so no view differs from the invoice by a cent.
 */
export function CartTotalsList({ totals, totalTestId = "cart-total", showNet = false, vatNote }: { totals: CartTotals; totalTestId?: string; showNet?: boolean; vatNote?: string | null }) {
  if (showNet) {
    const linesVat = totals.vatCents - totals.shippingVatCents;
    return (
      <dl className="flex flex-col gap-2 text-sm" data-testid="totals-excluding-vat">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Sous-total HT</dt>
          <dd>
            <Price cents={totals.itemsCents - linesVat} />
          </dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Livraison HT</dt>
          <dd className={totals.shippingCents === 0 ? "text-emerald-800" : "whitespace-nowrap tabular-nums"}>{shippingLabel(totals.shippingCents - totals.shippingVatCents)}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 font-medium">
          <dt>Total HT</dt>
          <dd>
            <Price cents={totals.totalCents - totals.vatCents} testId="cart-total-net" />
          </dd>
        </div>
        <div className="flex justify-between gap-4 text-stone-600">
          <dt>TVA{vatNote ? ` (${vatNote})` : ""}</dt>
          <dd>
            <Price cents={totals.vatCents} testId="cart-total-vat" />
          </dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-semibold">
          <dt>Total TTC à payer</dt>
          <dd>
            <Price cents={totals.totalCents} testId={totalTestId} />
          </dd>
        </div>
      </dl>
    );
  }
  return (
    <dl className="flex flex-col gap-2 text-sm">
      <div className="flex justify-between gap-4">
        <dt className="text-stone-600">Sous-total</dt>
        <dd>
          <Price cents={totals.itemsCents} />
        </dd>
      </div>
      <div className="flex justify-between gap-4">
        <dt className="text-stone-600">Livraison</dt>
        <dd className={totals.shippingCents === 0 ? "text-emerald-800" : "whitespace-nowrap tabular-nums"}>{shippingLabel(totals.shippingCents)}</dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-semibold">
        <dt>Total TTC</dt>
        <dd>
          <Price cents={totals.totalCents} testId={totalTestId} />
        </dd>
      </div>
      <div className="flex justify-between gap-4 text-stone-500">
        <dt>dont TVA</dt>
        <dd>
          <Price cents={totals.vatCents} />
        </dd>
      </div>
    </dl>
  );
}
