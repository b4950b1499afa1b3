/*
 * 1. Placing an order: createOrder with a 3-line cart (one transaction: cart lock, priced lines
 * with products locked, order + lines, stock decrements, payment, event, e-mail in the outbox,
 * cart emptied) against a bare transaction inserting one row. The ratio is what the
 * all-or-nothing order transaction costs in round trips and work.
 */
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import { hashToken, newToken } from "@/lib/shared/tokens";
import { carts, products } from "@/lib/db/schema";
import { createOrder, type CreateOrderInput } from "@/lib/use-cases/place-order";
import { benchGroup, type ResultRow, type Subject } from "../harness";
import { size, type CaseContext } from "./context";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

export async function benchOrders(ctx: CaseContext): Promise<ResultRow[]> {
  const { db } = ctx;
  const rows = await db
    .insert(products)
    .values([
      { slug: "bench-savon", name: "Savon (banc d'essai)", priceCents: 650 },
      { slug: "bench-bougie", name: "Bougie (banc d'essai)", priceCents: 1890 },
      { slug: "bench-diffuseur", name: "Diffuseur (banc d'essai)", priceCents: 3490 },
    ].map((p) => ({ ...p, description: "Produit du banc d'essai", vatRateBp: 2000, stock: 10_000_000 })))
    .returning({ id: products.id });
  const productIds = rows.map((r) => r.id);

  /** A fresh 3-line cart (quantities 1, 2, 1) and the version the checkout page would have shown. */
  async function cart() {
    const created = await createCart(db);
    for (const [i, productId] of productIds.entries()) {
      const added = await addToCart(db, { token: created.token, productId, quantity: i === 1 ? 2 : 1 });
      if (!added.ok) throw new Error(added.error);
    }
    const priced = await loadPricedCart(db, created.id);
    return { cartId: created.id, version: priced.version };
  }

  const order = (paymentMethod: "transfer" | "card", name: string): Subject => ({
    name,
    prepare: async () => {
      const { cartId, version } = await cart();
      const input: CreateOrderInput = {
        cartId,
        expectedVersion: version,
        email: "jeanne@example.fr",
        phone: "+33612345678",
        billingAddress: address,
        shippingAddress: address,
        paymentMethod,
        user: null,
      };
      return async () => {
        const result = await createOrder(db, input);
        if (!result.ok) throw new Error(`createOrder: ${result.reason}`);
      };
    },
  });

  const baseline: Subject = {
    name: "baseline: transaction inserting 1 row (carts)",
    prepare: () => {
      const tokenHash = hashToken(newToken());
      return () => db.transaction(async (tx) => void (await tx.insert(carts).values({ tokenHash })));
    },
  };

  return benchGroup("1. placing an order (3-line cart)", [baseline, order("transfer", "createOrder, bank transfer (+ e-mail)"), order("card", "createOrder, card (no e-mail yet)")], {
    iterations: size(ctx, 150, 10),
    warmup: size(ctx, 10, 2),
    memorySamples: (s) => (s === baseline ? size(ctx, 1000, 50) : size(ctx, 200, 10)),
  });
}
