"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction, formObject } from "@/lib/actions/safe-action";
import { findCartId, removeCartLine } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { getDb } from "@/lib/db/client";

const input = z.object({ productId: z.uuid() });

/** Removes a line; removing something already gone is fine (double click, two tabs). */
export const removeCartLineAction = createAction<FormData, typeof input, void>(
  {
    name: "remove-cart-line",
    access: "anyone",
    schema: input,
    read: formObject,
    // A plain <form action> has no state to show a refusal in; the page simply stays as it was.
    failed: () => undefined,
  },
  async ({ productId }) => {
    const db = await getDb();
    const cartId = await findCartId(db, await readCartToken());
    if (cartId) await removeCartLine(db, { cartId, productId });
    revalidatePath("/", "layout");
  },
);
