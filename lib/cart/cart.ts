import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/lib/db/client";
import { cartLines, carts, orderLines, orders, products } from "@/lib/db/schema";
import { lockProductsById } from "@/lib/catalog/products";
import { env } from "@/lib/shared/env";
import { hashToken, newToken } from "@/lib/shared/tokens";
import { MAX_LINE_QUANTITY_PUBLIC } from "./limits";
import { EMPTY_CART, priceCart, type CartItem, type PricedCart, type VatTreatment } from "./pricing";

/**
 * The cart lives in the database, found through a random token held in an httpOnly cookie. Only
 * the token's hash is stored, so a database leak gives nobody a way into someone's cart.
 */

export const CART_COOKIE = "caisse_cart";
/** Cart lines are capped so that a single line cannot be used to reserve absurd quantities. */
export const MAX_LINE_QUANTITY = MAX_LINE_QUANTITY_PUBLIC;

export const CART_MESSAGES = {
  unknownProduct: "Ce produit n'existe pas ou n'est plus en vente.",
  outOfStock: "Ce produit est épuisé.",
  notEnoughStock: (stock: number, inCart: number) =>
    inCart > 0
      ? `Stock insuffisant : il en reste ${stock} et vous en avez déjà ${inCart} dans votre panier.`
      : `Stock insuffisant : il n'en reste que ${stock}.`,
  tooMany: `Vous pouvez commander au plus ${MAX_LINE_QUANTITY} exemplaires d'un produit.`,
  notInCart: "Ce produit n'est plus dans votre panier.",
} as const;

export type CartResult = { ok: true } | { ok: false; error: string };

/** The cart id for a cookie token, or null when there is no such cart. */
export async function findCartId(db: Executor, token: string | null | undefined): Promise<string | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db.select({ id: carts.id }).from(carts).where(eq(carts.tokenHash, hashToken(token)));
  return row?.id ?? null;
}

/**
 * The order this cart last became, with its lines, while the cart is still empty: the checkout
 * shows it (and how to pay it) instead of a form for nothing. The cart's own cookie is the proof
 * that this browser placed it.
 */
export async function findPlacedOrderOfCart(db: Executor, cartId: string | null) {
  if (!cartId) return null;
  const [row] = await db.select({ order: orders }).from(carts).innerJoin(orders, eq(orders.id, carts.placedOrderId)).where(eq(carts.id, cartId));
  if (!row) return null;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, row.order.id)).orderBy(asc(orderLines.position));
  return { order: row.order, lines };
}

/** A new empty cart and the token for its cookie. */
export async function createCart(db: Executor, userId: string | null = null): Promise<{ id: string; token: string }> {
  const token = newToken();
  const [row] = await db.insert(carts).values({ tokenHash: hashToken(token), userId }).returning({ id: carts.id });
  return { id: row!.id, token };
}

/**
 * Cart lines joined with the products as they are now. Pass `lock` inside a transaction to lock
 * the products first, by ascending id (lockProductsById), not in the cart's order: two carts
 * holding the same products in opposite order would otherwise deadlock at checkout.
 */
export async function readCartItems(db: Executor, cartId: string, options: { lock?: boolean } = {}): Promise<CartItem[]> {
  if (options.lock) {
    const lines = await db.select({ productId: cartLines.productId }).from(cartLines).where(eq(cartLines.cartId, cartId));
    await lockProductsById(db, lines.map((l) => l.productId));
  }
  return db
    .select({
      productId: products.id,
      slug: products.slug,
      name: products.name,
      imagePath: products.imagePath,
      unitPriceCents: products.priceCents,
      vatRateBp: products.vatRateBp,
      quantity: cartLines.quantity,
      stock: products.stock,
      active: products.active,
    })
    .from(cartLines)
    .innerJoin(products, eq(products.id, cartLines.productId))
    .where(eq(cartLines.cartId, cartId))
    .orderBy(asc(cartLines.addedAt), asc(products.name));
}

/** The cart, priced from the database with the configured shipping rule. */
export async function loadPricedCart(db: Executor, cartId: string | null, treatment: VatTreatment = "included"): Promise<PricedCart> {
  if (!cartId) return EMPTY_CART;
  return priceCart(await readCartItems(db, cartId), env.shipping, treatment);
}

/** Number of items (sum of quantities) in the cart of a cookie token: the header's badge. */
export async function countCartItems(db: Executor, token: string | null | undefined): Promise<number> {
  const cartId = await findCartId(db, token);
  if (!cartId) return 0;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${cartLines.quantity}), 0)::int` })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId));
  return row?.n ?? 0;
}

/**
 * Adds a quantity of a product, creating the cart if the visitor has none. Stock is checked against
 * what is already in the cart. Returns the cookie token to set when a cart was created.
 */
export async function addToCart(
  db: Db,
  input: { token: string | null; productId: string; quantity: number; userId?: string | null },
): Promise<CartResult & { token?: string }> {
  return db.transaction(async (tx) => {
    const [product] = await tx
      .select({ id: products.id, stock: products.stock, active: products.active })
      .from(products)
      .where(eq(products.id, input.productId));
    if (!product || !product.active) return { ok: false, error: CART_MESSAGES.unknownProduct };
    if (product.stock <= 0) return { ok: false, error: CART_MESSAGES.outOfStock };

    let cartId = await findCartId(tx, input.token);
    let token: string | undefined;
    if (!cartId) {
      const created = await createCart(tx, input.userId ?? null);
      cartId = created.id;
      token = created.token;
    }
    const [existing] = await tx
      .select({ quantity: cartLines.quantity })
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.productId, product.id)))
      .for("update");
    const inCart = existing?.quantity ?? 0;
    const wanted = inCart + input.quantity;
    if (wanted > product.stock) return { ok: false, error: CART_MESSAGES.notEnoughStock(product.stock, inCart) };
    if (wanted > MAX_LINE_QUANTITY) return { ok: false, error: CART_MESSAGES.tooMany };
    await tx
      .insert(cartLines)
      .values({ cartId, productId: product.id, quantity: wanted })
      .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.productId], set: { quantity: wanted } });
    await tx.update(carts).set({ updatedAt: new Date() }).where(eq(carts.id, cartId));
    return token ? { ok: true, token } : { ok: true };
  });
}

/** Sets a line's quantity (1..stock), checked against the stock now. */
export async function setCartLineQuantity(db: Db, input: { cartId: string; productId: string; quantity: number }): Promise<CartResult> {
  return db.transaction(async (tx) => {
    const [line] = await tx
      .select({ stock: products.stock, active: products.active })
      .from(cartLines)
      .innerJoin(products, eq(products.id, cartLines.productId))
      .where(and(eq(cartLines.cartId, input.cartId), eq(cartLines.productId, input.productId)));
    if (!line) return { ok: false, error: CART_MESSAGES.notInCart };
    if (!line.active) return { ok: false, error: CART_MESSAGES.unknownProduct };
    if (line.stock <= 0) return { ok: false, error: CART_MESSAGES.outOfStock };
    if (input.quantity > line.stock) return { ok: false, error: CART_MESSAGES.notEnoughStock(line.stock, 0) };
    if (input.quantity > MAX_LINE_QUANTITY) return { ok: false, error: CART_MESSAGES.tooMany };
    await tx
      .update(cartLines)
      .set({ quantity: input.quantity })
      .where(and(eq(cartLines.cartId, input.cartId), eq(cartLines.productId, input.productId)));
    return { ok: true };
  });
}

export async function removeCartLine(db: Executor, input: { cartId: string; productId: string }): Promise<void> {
  await db.delete(cartLines).where(and(eq(cartLines.cartId, input.cartId), eq(cartLines.productId, input.productId)));
}

export async function emptyCart(db: Executor, cartId: string): Promise<void> {
  await db.delete(cartLines).where(eq(cartLines.cartId, cartId));
}
