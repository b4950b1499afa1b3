"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { createAction } from "@/lib/actions/safe-action";
import { trustedClientAddress } from "@/lib/auth/rate-limit";
import { findCartId } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { getDb } from "@/lib/db/client";
import { checkoutFormSchema, checkoutValuesFrom } from "@/lib/orders/checkout-form";
import { startPayPalCheckout, startPayPalForOrder, type CreatePayPalOrderResult } from "@/lib/use-cases/paypal-checkout";
import { CREATE_ORDER_MESSAGES } from "@/lib/use-cases/place-order";

const INVALID = "Certaines informations sont à corriger : voyez les messages ci-dessous.";

const placedSchema = z.object({
  placedReference: z.string().trim().regex(/^CA-[A-Z0-9]{8}$/),
  placedToken: z.string().min(20).max(200),
});

/** The form as sent by the buttons: the order it already placed (a second click), or the checkout form. */
const createInput = z.unknown().transform((raw, ctx) => {
  const placed = placedSchema.safeParse(raw);
  if (placed.success) return { kind: "placed" as const, ...placed.data };
  const details = checkoutFormSchema.safeParse(raw);
  if (details.success) return { kind: "new" as const, details: details.data };
  for (const issue of details.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});

/**
 * The PayPal buttons' createOrder: the checkout form (as on "Commander") becomes OUR order and
 * payment, priced on the server from the cart, then a PayPal order for that amount. Once the order
 * exists (a second click after a cancel), the form carries its reference and token instead, and
 * the same order is paid. Returns the PayPal order id for the SDK.
 */
const createPayPalOrder = createAction<FormData, typeof createInput, CreatePayPalOrderResult>(
  {
    name: "paypal-create-order",
    access: "anyone",
    schema: createInput,
    read: (formData) => {
      const placed = placedSchema.safeParse({ placedReference: formData.get("placedReference"), placedToken: formData.get("placedToken") });
      return placed.success ? placed.data : { ...checkoutValuesFrom(formData), paymentMethod: "paypal" };
    },
    failed: (failure) => ({ ok: false, reason: "invalid", message: failure.kind === "invalid" ? INVALID : failure.message, errors: failure.kind === "invalid" ? failure.fieldErrors : {} }),
  },
  async (input, ctx) => {
    if (input.kind === "placed") return startPayPalForOrder({ reference: input.placedReference, token: input.placedToken });
    const [db, token, user, requestHeaders] = await Promise.all([getDb(), readCartToken(), ctx.user(), headers()]);
    const cartId = await findCartId(db, token);
    if (!cartId) return { ok: false, reason: "empty_cart", message: CREATE_ORDER_MESSAGES.empty_cart };
    const { cartVersion, paymentMethod: _method, ...details } = input.details;
    // No revalidatePath here: refreshing the checkout now (the cart is empty) would unmount the
    // buttons while the PayPal window is open. The receipt page is the next navigation.
    return startPayPalCheckout({ cartId, expectedVersion: cartVersion, ...details, user, clientAddress: trustedClientAddress(requestHeaders) });
  },
);

export async function createPayPalOrderAction(formData: FormData): Promise<CreatePayPalOrderResult> {
  return createPayPalOrder(formData);
}
