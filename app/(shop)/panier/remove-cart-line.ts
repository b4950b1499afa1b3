"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findCartId, removeCartLine } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { getDb } from "@/lib/db/client";

const input = z.object({ productId: z.uuid() });

/** Removes a line; removing something already gone is fine (double click, two tabs). */
export async function removeCartLineAction(formData: FormData): Promise<void> {
  const parsed = input.safeParse({ productId: formData.get("productId") });
  if (!parsed.success) return;
  const db = await getDb();
  const cartId = await findCartId(db, await readCartToken());
  if (cartId) await removeCartLine(db, { cartId, productId: parsed.data.productId });
  revalidatePath("/", "layout");
}
