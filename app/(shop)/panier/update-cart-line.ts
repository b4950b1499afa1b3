"use server";

import { revalidatePath } from "next/cache";
import { createAction, formObject } from "@/lib/actions/safe-action";
import type { CartLineState } from "@/lib/cart/action-states";
import { findCartId, setCartLineQuantity, CART_MESSAGES } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { cartLineSchema } from "@/lib/cart/quantity";
import { getDb } from "@/lib/db/client";

const updateCartLine = createAction<FormData, typeof cartLineSchema, CartLineState>(
  {
    name: "update-cart-line",
    access: "anyone",
    schema: cartLineSchema,
    read: (formData) => ({ ...formObject(formData), quantity: formData.get("quantity") ?? "" }),
    failed: (failure) => ({ status: "error", message: failure.message }),
  },
  async (line) => {
    const db = await getDb();
    const cartId = await findCartId(db, await readCartToken());
    if (!cartId) return { status: "error", message: CART_MESSAGES.notInCart };
    const result = await setCartLineQuantity(db, { cartId, ...line });
    if (!result.ok) return { status: "error", message: result.error };
    revalidatePath("/", "layout");
    return { status: "saved", at: Date.now() };
  },
);

export async function updateCartLineAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  return updateCartLine(formData);
}
