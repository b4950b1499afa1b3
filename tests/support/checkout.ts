import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { products, type PaymentMethod } from "@/lib/db/schema";
import { createOrder } from "@/lib/use-cases/place-order";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/**
 * A real checkout through createOrder: a new product at 12,50 € with 10 in stock, 2 of it in a
 * guest's cart (jeanne@example.fr), ordered with `method`. The product is left with 8.
 */
export async function placeOrderOfTwo(db: Db, method: PaymentMethod) {
  const [product] = await db
    .insert(products)
    .values({ slug: `bougie-${Math.random().toString(36).slice(2, 8)}`, name: "Bougie au miel", description: "…", priceCents: 1250, stock: 10 })
    .returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: product!.id, quantity: 2 });
  const priced = await loadPricedCart(db, cart.id);
  const placed = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: method,
    user: null,
  });
  if (!placed.ok) throw new Error(placed.message);
  return { productId: product!.id, orderId: placed.order.orderId, paymentId: placed.order.paymentId };
}
