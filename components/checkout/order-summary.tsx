import { CartTotalsList } from "@/components/shop/cart-totals";
import { Price } from "@/components/ui/price";
import type { PricedCart } from "@/lib/cart/pricing";

export type PriceDisplay = { showNet: boolean; vatNote: string | null };

/** The lines and totals the customer is about to pay, as priced by the server (HT for professionals). */
export function OrderSummary({ cart, display = { showNet: false, vatNote: null } }: { cart: PricedCart; display?: PriceDisplay }) {
  return (
    <div>
      <h2 id="order-summary-title" className="mb-3 text-lg font-semibold">
        Votre commande
      </h2>
      <ul className="mb-4 flex flex-col gap-2 text-sm">
        {cart.lines.map((l) => (
          <li key={l.productId} className="flex justify-between gap-3">
            <span>
              {l.name} <span className="text-stone-500">× {l.quantity}</span>
            </span>
            <span>
              <Price cents={display.showNet ? l.lineTotalCents - l.vatCents : l.lineTotalCents} />
              {display.showNet ? <span className="text-stone-500"> HT</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <CartTotalsList totals={cart.totals} showNet={display.showNet} vatNote={display.vatNote} />
    </div>
  );
}
