"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/actions/safe-action";
import { trustedClientAddress } from "@/lib/auth/rate-limit";
import { findCartId } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { EMPTY_CART } from "@/lib/cart/pricing";
import { getDb } from "@/lib/db/client";
import { checkoutFormSchema, checkoutValuesFrom } from "@/lib/orders/checkout-form";
import { nextStepAfterOrder } from "@/lib/use-cases/after-order";
import { CREATE_ORDER_MESSAGES, createOrder, type PlaceOrderState } from "@/lib/use-cases/place-order";

const INVALID = "Certaines informations sont à corriger : voyez les messages sous les champs.";

/**
 * Places the order: validates the form, re-reads cart and prices from the database, creates
 * everything in one transaction (lib/use-cases/place-order.ts), then sends the customer to the
 * next step of the chosen method (lib/use-cases/after-order.ts); createOrder rate-limits it (per
 * cart, account, e-mail, and trusted address). Nothing from the browser is
 * trusted but the form fields; the hidden cartVersion only tells whether the customer saw these
 * totals.
 */
const placeOrder = createAction<FormData, typeof checkoutFormSchema, PlaceOrderState>(
  {
    name: "place-order",
    access: "anyone",
    schema: checkoutFormSchema,
    read: checkoutValuesFrom,
    // Nothing was created either way: the form stays, with its values and what to correct.
    failed: (failure, formData) => ({
      status: "invalid",
      message: failure.kind === "invalid" ? INVALID : failure.message,
      errors: failure.kind === "invalid" ? failure.fieldErrors : {},
      values: checkoutValuesFrom(formData),
    }),
  },
  async (details, ctx, formData) => {
    const values = checkoutValuesFrom(formData);
    const [db, token, user, requestHeaders] = await Promise.all([getDb(), readCartToken(), ctx.user(), headers()]);
    const cartId = await findCartId(db, token);
    if (!cartId) return { status: "refused", reason: "empty_cart", message: CREATE_ORDER_MESSAGES.empty_cart, errors: {}, values, cart: EMPTY_CART };
    const { cartVersion, ...rest } = details;
    const result = await createOrder(db, { cartId, expectedVersion: cartVersion, ...rest, user, clientAddress: trustedClientAddress(requestHeaders) });
    revalidatePath("/", "layout");
    if (!result.ok) {
      return {
        status: "refused",
        reason: result.reason,
        message: result.message,
        errors: result.reason === "method_unavailable" || result.reason === "net30_refused" ? { paymentMethod: result.message } : result.reason === "instalments_refused" ? { instalments: result.message } : {},
        // The new version goes back in the hidden field: submitting again accepts the totals now shown.
        values: { ...values, cartVersion: result.cart.version },
        cart: result.cart,
      };
    }
    redirect(await nextStepAfterOrder(result.order));
  },
);

export async function placeOrderAction(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  return placeOrder(formData);
}
