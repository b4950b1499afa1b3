"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { AddToCartState } from "@/lib/cart/action-states";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, Input } from "@/components/ui/field";

const initial: AddToCartState = { status: "idle" };

export function AddToCartForm({
  productId,
  maxQuantity,
  addToCart,
}: {
  productId: string;
  maxQuantity: number;
  /** The server action (app/(shop)/panier/add-to-cart). */
  addToCart: (previous: AddToCartState, formData: FormData) => Promise<AddToCartState>;
}) {
  const [state, action, pending] = useActionState(addToCart, initial);
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <div className="flex w-24 flex-col gap-1">
          <label htmlFor="quantity" className="text-sm font-medium text-stone-800">
            Quantité
          </label>
          <Input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            step={1}
            defaultValue={1}
            required
            invalid={!!error}
            aria-describedby={describedBy("quantity", undefined, error)}
          />
        </div>
        <Button type="submit" size="lg" disabled={pending} className="flex-1">
          {pending ? "Ajout…" : "Ajouter au panier"}
        </Button>
      </div>
      <FieldError id="quantity" error={error} />
      <div aria-live="polite" className="min-h-6 text-sm">
        {state.status === "added" ? (
          <p className="text-emerald-800">
            {state.message}{" "}
            <Link href="/panier" className="font-medium underline underline-offset-4">
              Voir le panier
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
