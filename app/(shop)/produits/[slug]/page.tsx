import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddToCartForm } from "@/components/shop/add-to-cart-form";
import { addToCartAction } from "@/app/(shop)/panier/add-to-cart";
import { ProductImage } from "@/components/shop/product-image";
import { Price } from "@/components/ui/price";
import { MAX_LINE_QUANTITY } from "@/lib/cart/cart";
import { findActiveProductBySlug, stockLabel } from "@/lib/catalog/products";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";
import { formatEur, vatIncluded } from "@/lib/shared/money";
import { getCurrentUser } from "@/lib/auth/session";
import { PAYMENT_METHODS_REGISTRY } from "@/lib/payments/methods";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const product = await findActiveProductBySlug(await getDb(), slug);
  return { title: product?.name ?? "Produit introuvable" };
}

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const [product, user] = await Promise.all([findActiveProductBySlug(await getDb(), slug), getCurrentUser()]);
  if (!product) notFound();
  // Approved professionals read prices excluding VAT; net-30 is theirs only.
  const pro = user?.role === "pro";
  const methods = PAYMENT_METHODS_REGISTRY.filter((m) => pro || m.kind !== "on_account");
  const vatPercent = (product.vatRateBp / 100).toLocaleString("fr-FR");
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 sm:py-10">
      <nav aria-label="Fil d'Ariane" className="mb-4 text-sm text-stone-600">
        <Link href="/" className="underline underline-offset-4 hover:text-stone-900">
          Catalogue
        </Link>{" "}
        <span aria-hidden="true">›</span> <span aria-current="page">{product.name}</span>
      </nav>
      <div className="grid gap-6 md:grid-cols-2 md:gap-10">
        <ProductImage src={product.imagePath} alt={product.name} priority className="border border-stone-200" />
        <div className="flex flex-col gap-4">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{product.name}</h1>
          {pro ? (
            <p className="text-2xl font-semibold">
              <Price cents={product.priceCents - vatIncluded(product.priceCents, product.vatRateBp)} testId="product-price" />{" "}
              <span className="text-sm font-normal text-stone-500">
                HT (TVA {vatPercent} %, soit {formatEur(product.priceCents)} TTC)
              </span>
            </p>
          ) : (
            <p className="text-2xl font-semibold">
              <Price cents={product.priceCents} testId="product-price" />{" "}
              <span className="text-sm font-normal text-stone-500">TTC (TVA {vatPercent} %)</span>
            </p>
          )}
          <p className="leading-relaxed text-stone-700">{product.description}</p>
          <p className={product.stock > 5 ? "text-sm text-emerald-800" : "text-sm font-medium text-amber-800"} data-testid="product-stock">
            {stockLabel(product.stock)}
          </p>
          {product.stock > 0 ? (
            <AddToCartForm productId={product.id} maxQuantity={Math.min(product.stock, MAX_LINE_QUANTITY)} addToCart={addToCartAction} />
          ) : (
            <p className="rounded-lg bg-stone-100 p-4 text-stone-700">Ce produit est épuisé pour le moment.</p>
          )}
          <p className="text-sm text-stone-500">
            Livraison {formatEur(env.shipping.feeCents)}, offerte dès {formatEur(env.shipping.freeFromCents)} d&apos;achat. Paiement : {methods.map((m) => (m.label === "PayPal" ? m.label : m.label.toLowerCase())).join(", ")}.
          </p>
        </div>
      </div>
    </main>
  );
}
