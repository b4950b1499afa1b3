import { beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { products, users } from "@/lib/db/schema";
import { findAccessibleOrder, findOrderDetailsForRequest } from "@/lib/orders/access";
import { createOrder, type PlacedOrder } from "@/lib/use-cases/place-order";
import { resetDatabase } from "@/tests/support/db";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

let db: Db;
let owner: { id: string; role: "customer" };
let other: { id: string; role: "customer" };
let admin: { id: string; role: "admin" };
let placed: PlacedOrder;

async function user(email: string, role: "customer" | "admin") {
  const [row] = await db.insert(users).values({ email, passwordHash: "x", name: email, role }).returning({ id: users.id });
  return row!.id;
}

beforeEach(async () => {
  db = await resetDatabase();
  owner = { id: await user("owner@example.fr", "customer"), role: "customer" };
  other = { id: await user("other@example.fr", "customer"), role: "customer" };
  admin = { id: await user("admin@example.fr", "admin"), role: "admin" };
  const [p] = await db.insert(products).values({ slug: "a", name: "A", description: "…", priceCents: 1000, stock: 5 }).returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: p!.id, quantity: 1 });
  const priced = await loadPricedCart(db, cart.id);
  const result = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "owner@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: "cheque",
    user: { ...owner, proStatus: null, net30Allowed: false },
  });
  if (!result.ok) throw new Error(result.message);
  placed = result.order;
});

describe("who may open an order: findAccessibleOrder, and the order page's findOrderDetailsForRequest", () => {
  it("opens with the link's token, for a guest", async () => {
    const found = await findOrderDetailsForRequest(db, placed.reference, placed.accessToken);
    expect(found?.order.reference).toBe(placed.reference);
    expect(found?.lines).toHaveLength(1);
    expect(found?.events.map((e) => e.type)).toEqual(["order_created"]);
    expect(found?.payments).toHaveLength(1);
    expect(found?.viewerIsOwner).toBe(false);
  });

  it("accepts a lower-case reference in the URL", async () => {
    expect(await findAccessibleOrder(db, placed.reference.toLowerCase(), { token: placed.accessToken, user: null })).not.toBeNull();
  });

  it.each([
    ["no token", undefined],
    ["a wrong token", "x".repeat(43)],
    ["an empty token", ""],
    ["a huge token", "a".repeat(5000)],
  ])("answers null (404) with %s", async (_name, token) => {
    expect(await findAccessibleOrder(db, placed.reference, { token, user: null })).toBeNull();
  });

  it("refuses another customer, even signed in", async () => {
    expect(await findAccessibleOrder(db, placed.reference, { token: null, user: other })).toBeNull();
  });

  it("opens for its signed-in owner without the token, and for an admin", async () => {
    expect((await findAccessibleOrder(db, placed.reference, { token: null, user: owner }))?.userId).toBe(owner.id);
    expect(await findAccessibleOrder(db, placed.reference, { token: null, user: admin })).not.toBeNull();
  });

  it("answers null for unknown or malformed references, token or not", async () => {
    expect(await findAccessibleOrder(db, "CA-ZZZZZZZZ", { token: placed.accessToken, user: null })).toBeNull();
    expect(await findAccessibleOrder(db, "'; drop table orders; --", { token: placed.accessToken, user: admin })).toBeNull();
  });
});
