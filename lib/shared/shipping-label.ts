import { formatEur, type Cents } from "@/lib/shared/money";

/** The word for free shipping, wherever a shipping fee is printed (shop, back-office, e-mails). */
export const FREE_SHIPPING_LABEL = "Offerte";

/** A shipping fee as people read it: "Offerte" when free, else "5,90 €". Pure, unit-tested. */
export function shippingLabel(shippingCents: Cents): string {
  return shippingCents === 0 ? FREE_SHIPPING_LABEL : formatEur(shippingCents);
}
