import { Price } from "@/components/ui/price";
import type { CartTotals } from "@/lib/cart/pricing";
import { shippingLabel } from "@/lib/shared/shipping-label";

/** Subtotal, shipping, total and the VAT it contains: every figure computed on the server. */
export function CartTotalsList({ totals, totalTestId = "cart-total" }: { totals: CartTotals; totalTestId?: string }) {
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
