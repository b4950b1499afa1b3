"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { addToCart } from "@/lib/cart/cart";
import { readCartToken, writeCartToken } from "@/lib/cart/cookie";
import { cartLineSchema, firstMessage } from "@/lib/cart/quantity";
import { getDb } from "@/lib/db/client";

export type AddToCartState = { status: "idle" } | { status: "added"; message: string; at: number } | { status: "error"; message: string };

export async function addToCartAction(_prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const parsed = cartLineSchema.safeParse({ productId: formData.get("productId"), quantity: formData.get("quantity") ?? "" });
  if (!parsed.success) return { status: "error", message: firstMessage(parsed.error) };
  const [db, token, user] = await Promise.all([getDb(), readCartToken(), getCurrentUser()]);
  const result = await addToCart(db, { token, productId: parsed.data.productId, quantity: parsed.data.quantity, userId: user?.id ?? null });
  if (!result.ok) return { status: "error", message: result.error };
  if (result.token) await writeCartToken(result.token);
  revalidatePath("/", "layout");
  const n = parsed.data.quantity;
  return { status: "added", message: n > 1 ? `${n} exemplaires ajoutés à votre panier.` : "Ajouté à votre panier.", at: Date.now() };
}
