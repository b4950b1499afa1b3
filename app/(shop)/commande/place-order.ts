"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { findCartId } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { EMPTY_CART, type PricedCart } from "@/lib/cart/pricing";
import { nextStepAfterOrder } from "@/lib/use-cases/after-order";
import { checkoutValuesFrom, parseCheckoutForm, type CheckoutErrors, type CheckoutValues } from "@/lib/orders/checkout-form";
import { getDb } from "@/lib/db/client";
import { CREATE_ORDER_MESSAGES, createOrder, type CreateOrderFailure } from "@/lib/use-cases/place-order";

export type PlaceOrderState =
  | { status: "idle" }
  | { status: "invalid"; message: string; errors: CheckoutErrors; values: CheckoutValues }
  /** Nothing was created; `cart` is the cart priced now, to show before the customer confirms again. */
  | { status: "refused"; reason: CreateOrderFailure["reason"]; message: string; errors: CheckoutErrors; values: CheckoutValues; cart: PricedCart };

/**
 * Places the order: validates the form, re-reads cart and prices from the database, creates
 * everything in one transaction (lib/orders/create-order.ts), then sends the customer to the next
 * step of the chosen method (lib/checkout/after-order.ts). Nothing from the browser is trusted but
 * the form fields; the hidden cartVersion only tells whether the customer saw these totals.
 */
export async function placeOrderAction(_prev: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const values = checkoutValuesFrom(formData);
  const parsed = parseCheckoutForm(values);
  if (!parsed.ok) {
    return { status: "invalid", message: "Certaines informations sont à corriger : voyez les messages sous les champs.", errors: parsed.errors, values };
  }
  const [db, token, user] = await Promise.all([getDb(), readCartToken(), getCurrentUser()]);
  const cartId = await findCartId(db, token);
  if (!cartId) {
    return { status: "refused", reason: "empty_cart", message: CREATE_ORDER_MESSAGES.empty_cart, errors: {}, values, cart: EMPTY_CART };
  }
  const { cartVersion, ...details } = parsed.data;
  const result = await createOrder(db, { cartId, expectedVersion: cartVersion, ...details, user });
  if (!result.ok) {
    revalidatePath("/", "layout");
    return {
      status: "refused",
      reason: result.reason,
      message: result.message,
      errors: result.reason === "method_unavailable" ? { paymentMethod: result.message } : {},
      // The new version goes back in the hidden field: submitting again accepts the totals now shown.
      values: { ...values, cartVersion: result.cart.version },
      cart: result.cart,
    };
  }
  revalidatePath("/", "layout");
  redirect(await nextStepAfterOrder(result.order));
}
