import type { Metadata } from "next";
import Link from "next/link";
import { CartLineQuantity } from "@/components/shop/cart-line-quantity";
import { CartTotalsList } from "@/components/shop/cart-totals";
import { ProductImage } from "@/components/shop/product-image";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { findCartId, loadPricedCart, MAX_LINE_QUANTITY } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { LINE_PROBLEM_MESSAGES } from "@/lib/cart/pricing";
import { getDb } from "@/lib/db/client";
import { formatEur, vatIncluded } from "@/lib/shared/money";
import { getCurrentUser } from "@/lib/auth/session";
import { buyerContext, priceDisplayOf } from "@/lib/use-cases/pro-buyer";
import { removeCartLineAction } from "./remove-cart-line";
import { updateCartLineAction } from "./update-cart-line";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Votre panier" };

export default async function CartPage() {
  const db = await getDb();
  const user = await getCurrentUser();
  const buyer = await buyerContext(db, user?.id);
  const display = priceDisplayOf(buyer);
  const cart = await loadPricedCart(db, await findCartId(db, await readCartToken()), buyer.treatment);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">Votre panier</h1>
      {cart.lines.length === 0 ? (
        <Card>
          <p className="text-stone-700">Votre panier est vide.</p>
          <ButtonLink href="/" className="mt-4">
            Découvrir le catalogue
          </ButtonLink>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card labelledBy="cart-lines-title">
            <h2 id="cart-lines-title" className="sr-only">
              Articles
            </h2>
            <ul className="divide-y divide-stone-200">
              {cart.lines.map((line) => (
                <li key={line.productId} className="flex gap-3 py-4 first:pt-0 last:pb-0" data-testid="cart-line">
                  <div className="w-20 shrink-0 sm:w-24">
                    <ProductImage src={line.imagePath} alt="" />
                  </div>
                  <div className="flex min-w-0 flex-1 flex-col gap-2">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                      <Link href={`/produits/${line.slug}`} className="font-medium hover:underline">
                        {line.name}
                      </Link>
                      <span className="font-semibold">
                        <Price cents={display.showNet ? line.lineTotalCents - line.vatCents : line.lineTotalCents} />
                        {display.showNet ? " HT" : null}
                      </span>
                    </div>
                    <p className="text-sm text-stone-500">
                      {formatEur(display.showNet ? line.unitPriceCents - vatIncluded(line.unitPriceCents, line.vatRateBp) : line.unitPriceCents)}
                      {display.showNet ? " HT" : ""} l&apos;unité
                    </p>
                    {line.problem ? (
                      <p className="text-sm font-medium text-red-700" role="status">
                        {LINE_PROBLEM_MESSAGES[line.problem](line)}
                      </p>
                    ) : null}
                    <div className="flex flex-wrap items-end justify-between gap-2">
                      {line.problem === "unavailable" || line.problem === "out_of_stock" ? (
                        <span />
                      ) : (
                        <CartLineQuantity productId={line.productId} quantity={line.quantity} max={Math.min(line.stock, MAX_LINE_QUANTITY)} name={line.name} updateLine={updateCartLineAction} />
                      )}
                      <form action={removeCartLineAction}>
                        <input type="hidden" name="productId" value={line.productId} />
                        <Button type="submit" variant="danger" size="sm">
                          Retirer<span className="sr-only"> {line.name}</span>
                        </Button>
                      </form>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </Card>
          <Card as="aside" labelledBy="cart-summary-title" className="h-fit lg:sticky lg:top-4">
            <h2 id="cart-summary-title" className="mb-3 text-lg font-semibold">
              Récapitulatif
            </h2>
            <CartTotalsList totals={cart.totals} showNet={display.showNet} vatNote={display.vatNote} />
            {cart.totals.freeShippingRemainingCents > 0 ? (
              <p className="mt-3 text-sm text-stone-600">Plus que {formatEur(cart.totals.freeShippingRemainingCents)} pour la livraison offerte.</p>
            ) : null}
            {cart.hasProblems ? (
              <Alert tone="warning" className="mt-4">
                Corrigez les articles signalés pour passer commande.
              </Alert>
            ) : (
              <ButtonLink href="/commande" size="lg" className="mt-4 w-full sm:w-full">
                Passer commande
              </ButtonLink>
            )}
            <Link href="/" className="mt-3 block text-center text-sm text-brand-700 underline underline-offset-4">
              Continuer mes achats
            </Link>
          </Card>
        </div>
      )}
    </main>
  );
}
