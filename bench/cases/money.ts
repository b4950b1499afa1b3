/*
 * 4. Hot-path arithmetic of a 20-line cart, against Intl.NumberFormat alone: formatting the 24
 * amounts a cart page shows (20 lines + items, shipping, VAT, total) with a ready-made formatter.
 * Each sample runs the operation many times (`inner`) so the clock's resolution does not matter.
 */
import { cartVersion, priceCart, type CartItem } from "@/lib/cart/pricing";
import { formatEur, vatIncluded } from "@/lib/shared/money";
import { benchGroup, simple, type ResultRow } from "../harness";
import { size, type CaseContext } from "./context";

const LINES = 20;
const INNER = 100;
const shipping = { freeFromCents: 4900, feeCents: 590, vatRateBp: 2000 };

const items: CartItem[] = Array.from({ length: LINES }, (_, i) => ({
  productId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  slug: `produit-${i}`,
  name: `Produit ${i}`,
  imagePath: null,
  unitPriceCents: 199 + i * 137,
  vatRateBp: i % 4 === 0 ? 550 : 2000,
  quantity: 1 + (i % 3),
  stock: 100,
  active: true,
}));
const amounts = items.map((i) => i.unitPriceCents * i.quantity);
const pageAmounts = [...amounts, 41_230, 0, 6_871, 41_230];

// Results land here so that no engine can drop the work as dead code.
let sink = 0;

export async function benchMoney(ctx: CaseContext): Promise<ResultRow[]> {
  const pricedOnce = priceCart(items, shipping);
  const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
  const rows = await benchGroup(
    `4. money and pricing, ${LINES}-line cart (per cart)`,
    [
      simple(
        "baseline: Intl.NumberFormat.format ×24",
        () => {
          for (let k = 0; k < INNER; k++) for (const a of pageAmounts) sink += intl.format(a / 100).length;
        },
        INNER,
      ),
      simple(
        "formatEur ×24",
        () => {
          for (let k = 0; k < INNER; k++) for (const a of pageAmounts) sink += formatEur(a).length;
        },
        INNER,
      ),
      simple(
        "vatIncluded ×20",
        () => {
          for (let k = 0; k < INNER; k++) for (let i = 0; i < LINES; i++) sink += vatIncluded(amounts[i]!, items[i]!.vatRateBp);
        },
        INNER,
      ),
      simple(
        "priceCart (VAT per line, totals, sha256 version)",
        () => {
          for (let k = 0; k < INNER; k++) sink += priceCart(items, shipping).totals.totalCents;
        },
        INNER,
      ),
      simple(
        "  of which cartVersion (JSON + sha256)",
        () => {
          for (let k = 0; k < INNER; k++) sink += cartVersion(pricedOnce.lines, pricedOnce.totals).length;
        },
        INNER,
      ),
      simple(
        "priceCart + formatEur ×24 (the cart page's work)",
        () => {
          for (let k = 0; k < INNER; k++) {
            const priced = priceCart(items, shipping);
            for (const l of priced.lines) sink += formatEur(l.lineTotalCents).length;
            const t = priced.totals;
            sink += formatEur(t.itemsCents).length + formatEur(t.shippingCents).length + formatEur(t.vatCents).length + formatEur(t.totalCents).length;
          }
        },
        INNER,
      ),
    ],
    { iterations: size(ctx, 300, 30), warmup: size(ctx, 20, 5), memorySamples: size(ctx, 200, 20) },
  );
  if (sink === -1) console.log(sink);
  return rows;
}
