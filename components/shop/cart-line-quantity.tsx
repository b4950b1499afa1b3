"use client";

import { useActionState } from "react";
import type { CartLineState } from "@/lib/cart/action-states";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, Input } from "@/components/ui/field";

const initial: CartLineState = { status: "idle" };

/** Quantity of one cart line, changed on the server (stock checked there). Works without JavaScript too. */
export function CartLineQuantity({
  productId,
  quantity,
  max,
  name,
  updateLine,
}: {
  productId: string;
  quantity: number;
  max: number;
  name: string;
  /** The server action (app/(shop)/panier/update-cart-line). */
  updateLine: (previous: CartLineState, formData: FormData) => Promise<CartLineState>;
}) {
  const [state, action, pending] = useActionState(updateLine, initial);
  const id = `qty-${productId}`;
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-2">
        <div className="flex w-20 flex-col gap-1">
          <label htmlFor={id} className="text-xs text-stone-600">
            Quantité<span className="sr-only"> de {name}</span>
          </label>
          <Input
            key={quantity}
            id={id}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.max(max, 1)}
            step={1}
            defaultValue={quantity}
            required
            invalid={!!error}
            aria-describedby={describedBy(id, undefined, error)}
            className="py-1.5"
          />
        </div>
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "…" : "Mettre à jour"}
        </Button>
      </div>
      <FieldError id={id} error={error} />
    </form>
  );
}
