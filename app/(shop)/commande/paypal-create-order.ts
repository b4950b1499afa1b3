"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { findCartId } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { checkoutValuesFrom, parseCheckoutForm, type CheckoutErrors } from "@/lib/orders/checkout-form";
import { getDb } from "@/lib/db/client";
import { CREATE_ORDER_MESSAGES } from "@/lib/use-cases/place-order";
import { startPayPalCheckout, startPayPalForOrder, type PayPalStartResult } from "@/lib/use-cases/paypal-checkout";

export type CreatePayPalOrderResult = PayPalStartResult | { ok: false; reason: "invalid"; message: string; errors: CheckoutErrors };

const placedSchema = z.object({
  placedReference: z.string().trim().regex(/^CA-[A-Z0-9]{8}$/),
  placedToken: z.string().min(20).max(200),
});

/**
 * The PayPal buttons' createOrder: the checkout form (as on "Commander") becomes OUR order and
 * payment, priced on the server from the cart, then a PayPal order for that amount. Once the order
 * exists (a second click after a cancel), the form carries its reference and token instead, and
 * the same order is paid. Returns the PayPal order id for the SDK.
 */
export async function createPayPalOrderAction(formData: FormData): Promise<CreatePayPalOrderResult> {
  const placed = placedSchema.safeParse({ placedReference: formData.get("placedReference"), placedToken: formData.get("placedToken") });
  if (placed.success) return startPayPalForOrder({ reference: placed.data.placedReference, token: placed.data.placedToken });

  const parsed = parseCheckoutForm({ ...checkoutValuesFrom(formData), paymentMethod: "paypal" });
  if (!parsed.ok) {
    return { ok: false, reason: "invalid", message: "Certaines informations sont à corriger : voyez les messages ci-dessous.", errors: parsed.errors };
  }
  const [db, token, user] = await Promise.all([getDb(), readCartToken(), getCurrentUser()]);
  const cartId = await findCartId(db, token);
  if (!cartId) return { ok: false, reason: "empty_cart", message: CREATE_ORDER_MESSAGES.empty_cart };
  const { cartVersion, paymentMethod: _method, ...details } = parsed.data;
  // No revalidatePath here: refreshing the checkout now (the cart is empty) would unmount the
  // buttons while the PayPal window is open. The receipt page is the next navigation.
  return startPayPalCheckout({ cartId, expectedVersion: cartVersion, ...details, user });
}
