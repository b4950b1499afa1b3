"use server";

import { revalidatePath } from "next/cache";
import { createAction, formObject } from "@/lib/actions/safe-action";
import type { AddToCartState } from "@/lib/cart/action-states";
import { addToCart } from "@/lib/cart/cart";
import { readCartToken, writeCartToken } from "@/lib/cart/cookie";
import { cartLineSchema } from "@/lib/cart/quantity";
import { getDb } from "@/lib/db/client";

const addToCartOnce = createAction<FormData, typeof cartLineSchema, AddToCartState>(
  {
    name: "add-to-cart",
    access: "anyone",
    schema: cartLineSchema,
    read: (formData) => ({ ...formObject(formData), quantity: formData.get("quantity") ?? "" }),
    failed: (failure) => ({ status: "error", message: failure.message }),
  },
  async ({ productId, quantity }, ctx) => {
    const [db, token, user] = await Promise.all([getDb(), readCartToken(), ctx.user()]);
    const result = await addToCart(db, { token, productId, quantity, userId: user?.id ?? null });
    if (!result.ok) return { status: "error", message: result.error };
    if (result.token) await writeCartToken(result.token);
    revalidatePath("/", "layout");
    return { status: "added", message: quantity > 1 ? `${quantity} exemplaires ajoutés à votre panier.` : "Ajouté à votre panier.", at: Date.now() };
  },
);

export async function addToCartAction(_prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  return addToCartOnce(formData);
}
