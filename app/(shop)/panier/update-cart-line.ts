"use server";

import { revalidatePath } from "next/cache";
import { findCartId, setCartLineQuantity, CART_MESSAGES } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { cartLineSchema, firstMessage } from "@/lib/cart/quantity";
import { getDb } from "@/lib/db/client";

export type CartLineState = { status: "idle" } | { status: "saved"; at: number } | { status: "error"; message: string };

export async function updateCartLineAction(_prev: CartLineState, formData: FormData): Promise<CartLineState> {
  const parsed = cartLineSchema.safeParse({ productId: formData.get("productId"), quantity: formData.get("quantity") ?? "" });
  if (!parsed.success) return { status: "error", message: firstMessage(parsed.error) };
  const db = await getDb();
  const cartId = await findCartId(db, await readCartToken());
  if (!cartId) return { status: "error", message: CART_MESSAGES.notInCart };
  const result = await setCartLineQuantity(db, { cartId, ...parsed.data });
  if (!result.ok) return { status: "error", message: result.error };
  revalidatePath("/", "layout");
  return { status: "saved", at: Date.now() };
}
