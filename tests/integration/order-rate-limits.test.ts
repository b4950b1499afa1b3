import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { cartLines, orders, products } from "@/lib/db/schema";
import { CREATE_ORDER_MESSAGES, createOrder, type CreateOrderInput } from "@/lib/use-cases/place-order";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { setEnvForTests } from "@/tests/support/env";

/*
 * Hole 7 of the security review: every order takes stock off sale until it is paid or cancelled,
 * so a script placing orders could empty the shop. createOrder counts the orders it creates per
 * cart, account, customer e-mail and trusted client address (lib/use-cases/place-order.ts).
 */

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };
const LIMITS = { ORDER_RATE_LIMIT: "2/hour", ORDER_ADDRESS_RATE_LIMIT: "3/hour" };

let db: Db;
let productId: string;

beforeAll(() => setEnvForTests(LIMITS));
afterAll(() => setEnvForTests({ ORDER_RATE_LIMIT: undefined, ORDER_ADDRESS_RATE_LIMIT: undefined }));

beforeEach(async () => {
  setEnvForTests(LIMITS);
  db = await resetDatabase();
  const [row] = await db.insert(products).values({ slug: "bougie", name: "Bougie", description: "…", priceCents: 1250, stock: 100, vatRateBp: 2000 }).returning();
  productId = row!.id;
});

let emails = 0;
/** A cart holding one candle (a new one, or `cart` filled again: an order empties it). */
async function filledCart(cart?: { id: string; token: string }) {
  const target = cart ?? (await createCart(db));
  expect(await addToCart(db, { token: target.token, productId, quantity: 1 })).toEqual({ ok: true });
  return { ...target, version: (await loadPricedCart(db, target.id)).version };
}

async function order(over: Partial<CreateOrderInput> & { cart?: { id: string; token: string } } = {}) {
  const { cart: given, ...rest } = over;
  const cart = await filledCart(given);
  const result = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: cart.version,
    email: `client-${++emails}@example.fr`,
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: "transfer",
    user: null,
    ...rest,
  });
  return result.ok ? "created" : result.reason;
}

async function stock() {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  return row!.stock;
}

describe("order creation rate limits", () => {
  it("refuses a third order from the same cart within the hour, in French, taking no stock", async () => {
    const cart = await createCart(db);
    expect(await order({ cart })).toBe("created");
    expect(await order({ cart })).toBe("created");
    const refused = await createOrder(db, {
      cartId: cart.id,
      expectedVersion: (await filledCart(cart)).version,
      email: "autre@example.fr",
      phone: "+33612345678",
      billingAddress: address,
      shippingAddress: address,
      paymentMethod: "transfer",
      user: null,
    });
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited", message: CREATE_ORDER_MESSAGES.rate_limited });
    expect(await stock()).toBe(98);
    expect(await db.select().from(orders)).toHaveLength(2);
  });

  it("limits an account across carts, and a guest's e-mail across carts", async () => {
    const user = await insertUser(db, "customer");
    const asUser = { user: { id: user.id, role: user.role, proStatus: null, net30Allowed: false } };
    expect([await order(asUser), await order(asUser), await order(asUser)]).toEqual(["created", "created", "rate_limited"]);
    const guest = { email: "Meme.Adresse@example.fr" };
    expect([await order(guest), await order({ email: "meme.adresse@example.fr" }), await order(guest)]).toEqual(["created", "created", "rate_limited"]);
  });

  it("limits a trusted client address across carts and e-mails; without an address that limit is off", async () => {
    const from = { clientAddress: "203.0.113.7" };
    expect([await order(from), await order(from), await order(from), await order(from)]).toEqual(["created", "created", "created", "rate_limited"]);
    expect(await order({ clientAddress: "198.51.100.1" })).toBe("created");
    for (let i = 0; i < 4; i++) expect(await order({ clientAddress: null })).toBe("created");
  });

  it("counts only orders created: refused attempts give their hit back", async () => {
    const cart = await createCart(db);
    await filledCart(cart);
    const stale = { cartId: cart.id, expectedVersion: "not-what-the-customer-saw", email: "j@example.fr", phone: "+33612345678", billingAddress: address, shippingAddress: address, paymentMethod: "transfer", user: null };
    for (let i = 0; i < 3; i++) expect(await createOrder(db, stale)).toMatchObject({ ok: false, reason: "stale_cart" });
    await db.delete(cartLines).where(eq(cartLines.cartId, cart.id));
    expect([await order({ cart }), await order({ cart })]).toEqual(["created", "created"]);
  });

  it("is lifted with ORDER_RATE_LIMIT=off (a load benchmark)", async () => {
    setEnvForTests({ ORDER_RATE_LIMIT: "off" });
    const cart = await createCart(db);
    for (let i = 0; i < 4; i++) expect(await order({ cart, email: "bench@example.fr" })).toBe("created");
  });
});
