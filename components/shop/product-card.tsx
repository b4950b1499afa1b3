import Link from "next/link";
import { Price } from "@/components/ui/price";
import type { CatalogProduct } from "@/lib/catalog/products";
import { vatIncluded } from "@/lib/shared/money";
import { ProductImage } from "./product-image";

/** showNet: an approved professional reads prices excluding VAT (the stored price minus the VAT it holds). */
export function ProductCard({ product, showNet = false }: { product: CatalogProduct; showNet?: boolean }) {
  const soldOut = product.stock <= 0;
  return (
    <li className="group relative flex flex-col rounded-xl border border-stone-200 bg-white p-3 shadow-sm transition-shadow hover:shadow-md">
      <ProductImage src={product.imagePath} alt="" />
      <h2 className="mt-3 text-sm font-medium leading-snug text-stone-900 sm:text-base">
        <Link href={`/produits/${product.slug}`} className="after:absolute after:inset-0 focus-visible:outline-2 focus-visible:outline-brand-600">
          {product.name}
        </Link>
      </h2>
      <div className="mt-auto flex items-baseline justify-between gap-2 pt-2">
        {showNet ? (
          <span className="font-semibold text-stone-900">
            <Price cents={product.priceCents - vatIncluded(product.priceCents, product.vatRateBp)} /> <span className="text-xs font-normal text-stone-500">HT</span>
          </span>
        ) : (
          <Price cents={product.priceCents} className="font-semibold text-stone-900" />
        )}
        {soldOut ? <span className="text-xs font-medium text-stone-500">Épuisé</span> : null}
      </div>
    </li>
  );
}
