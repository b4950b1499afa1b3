import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, findCartId, loadPricedCart, setCartLineQuantity } from "@/lib/cart/cart";
import { hashToken } from "@/lib/shared/tokens";
import type { Db } from "@/lib/db/client";
import { cartLines, carts, emailOutbox, orderEvents, orderLines, orders, payments, products } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { createOrder, type CreateOrderInput } from "@/lib/use-cases/place-order";
import { resetDatabase } from "@/tests/support/db";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

let db: Db;

async function product(slug: string, priceCents: number, stock: number) {
  const [row] = await db
    .insert(products)
    .values({ slug, name: `Produit ${slug}`, description: "…", priceCents, stock, vatRateBp: 2000 })
    .returning();
  return row!;
}

async function cartWith(lines: [string, number][]) {
  const cart = await createCart(db);
  for (const [productId, quantity] of lines) {
    const r = await addToCart(db, { token: cart.token, productId, quantity });
    expect(r).toEqual({ ok: true });
  }
  const priced = await loadPricedCart(db, cart.id);
  return { ...cart, version: priced.version, priced };
}

function input(cartId: string, version: string, over: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    cartId,
    expectedVersion: version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: "transfer",
    user: null,
    ...over,
  };
}

async function count(table: typeof orders | typeof payments | typeof orderEvents | typeof emailOutbox | typeof orderLines) {
  return (await db.select().from(table)).length;
}

async function stockOf(id: string) {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, id));
  return row!.stock;
}

beforeEach(async () => {
  db = await resetDatabase();
});

describe("cart", () => {
  it("creates a cart on first add, stores only the token's hash, and adds up quantities", async () => {
    const savon = await product("savon", 650, 5);
    const first = await addToCart(db, { token: null, productId: savon.id, quantity: 2 });
    expect(first.ok).toBe(true);
    const token = first.token!;
    const [cart] = await db.select().from(carts);
    expect(cart!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(cart)).not.toContain(token);
    expect(await addToCart(db, { token, productId: savon.id, quantity: 3 })).toEqual({ ok: true });
    const [line] = await db.select().from(cartLines);
    expect(line!.quantity).toBe(5);
  });

  it("refuses more than the stock, counting what is already in the cart", async () => {
    const savon = await product("savon", 650, 3);
    const { token } = await addToCart(db, { token: null, productId: savon.id, quantity: 2 });
    expect(await addToCart(db, { token: token!, productId: savon.id, quantity: 2 })).toEqual({
      ok: false,
      error: "Stock insuffisant : il en reste 3 et vous en avez déjà 2 dans votre panier.",
    });
    const cartId = (await findCartId(db, token))!;
    expect(await setCartLineQuantity(db, { cartId, productId: savon.id, quantity: 4 })).toMatchObject({ ok: false });
    expect(await setCartLineQuantity(db, { cartId, productId: savon.id, quantity: 3 })).toEqual({ ok: true });
  });

  it("refuses unknown or withdrawn products", async () => {
    const savon = await product("savon", 650, 3);
    await db.update(products).set({ active: false }).where(eq(products.id, savon.id));
    expect((await addToCart(db, { token: null, productId: savon.id, quantity: 1 })).ok).toBe(false);
    expect((await addToCart(db, { token: null, productId: "00000000-0000-4000-8000-000000000000", quantity: 1 })).ok).toBe(false);
    expect(await count(orders)).toBe(0);
  });

  it("prices the cart from the database with the shipping rule", async () => {
    const a = await product("a", 1290, 10);
    const cart = await cartWith([[a.id, 2]]);
    expect(cart.priced.totals).toMatchObject({ itemsCents: 2580, shippingCents: env.shipping.feeCents, totalCents: 2580 + env.shipping.feeCents });
  });
});

describe("createOrder", () => {
  it("creates order, lines, payment, event and e-mail in one go, decrements stock and empties the cart", async () => {
    const a = await product("a", 1290, 10);
    const b = await product("b", 650, 4);
    const cart = await cartWith([
      [a.id, 2],
      [b.id, 1],
    ]);
    const result = await createOrder(db, input(cart.id, cart.version));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const placed = result.order;
    expect(placed.reference).toMatch(/^CA-[A-Z0-9]{8}$/);
    expect(placed.orderPath).toBe(`/commandes/${placed.reference}?t=${placed.accessToken}`);

    const [order] = await db.select().from(orders);
    expect(order).toMatchObject({
      status: "awaiting_transfer",
      paymentMethod: "transfer",
      itemsCents: 3230,
      shippingCents: env.shipping.feeCents,
      totalCents: 3230 + env.shipping.feeCents,
      accessTokenHash: hashToken(placed.accessToken),
      email: "jeanne@example.fr",
      phone: "+33612345678",
    });
    expect(order!.vatCents).toBe(cart.priced.totals.vatCents);

    const lines = await db.select().from(orderLines).orderBy(orderLines.position);
    expect(lines.map((l) => [l.name, l.unitPriceCents, l.quantity, l.vatRateBp, l.lineTotalCents])).toEqual([
      ["Produit a", 1290, 2, 2000, 2580],
      ["Produit b", 650, 1, 2000, 650],
    ]);
    expect(await stockOf(a.id)).toBe(8);
    expect(await stockOf(b.id)).toBe(3);

    const [payment] = await db.select().from(payments);
    expect(payment).toMatchObject({ method: "transfer", status: "pending", amountCents: order!.totalCents, attempt: 1, orderId: order!.id });

    const events = await db.select().from(orderEvents);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "order_created", actorType: "customer", toStatus: "awaiting_transfer", paymentId: payment!.id });

    const [mail] = await db.select().from(emailOutbox);
    expect(mail).toMatchObject({ toAddress: "jeanne@example.fr", template: "order-confirmation", orderId: order!.id, status: "pending" });
    expect(mail!.text).toContain(placed.reference);
    expect(mail!.text).toContain("FR76 3000 6000 0112 3456 7890 189");
    expect(mail!.text).toContain(env.bank.bic);
    expect(mail!.text).toContain(`${env.appUrl}${placed.orderPath}`);
    expect(mail!.html).toContain("Référence à indiquer");

    expect(await db.select().from(cartLines)).toEqual([]);
  });

  it("sets awaiting_cheque and writes the cheque instructions", async () => {
    const a = await product("a", 5000, 10);
    const cart = await cartWith([[a.id, 1]]);
    const result = await createOrder(db, input(cart.id, cart.version, { paymentMethod: "cheque" }));
    expect(result.ok && result.order.status).toBe("awaiting_cheque");
    const [order] = await db.select().from(orders);
    expect(order).toMatchObject({ status: "awaiting_cheque", shippingCents: 0, totalCents: 5000 });
    const [mail] = await db.select().from(emailOutbox);
    expect(mail!.text).toContain(`à l'ordre de ${env.cheque.payee}`);
    expect(mail!.text).toContain("au dos du chèque");
    expect(mail!.text).toContain("50,00");
  });

  it("leaves an online method's order pending with a 'created' payment, and no e-mail before it is paid", async () => {
    const a = await product("a", 2000, 10);
    const cart = await cartWith([[a.id, 1]]);
    const result = await createOrder(db, input(cart.id, cart.version, { paymentMethod: "card" }));
    if (!result.ok) throw new Error(result.message);
    expect(result.order).toMatchObject({ method: "card", status: "pending_payment" });
    const [payment] = await db.select().from(payments);
    // The provider is set from the method, so the gateway can start the payment right after.
    expect(payment).toMatchObject({ method: "card", provider: "payplug", status: "created", attempt: 1, amountCents: 2000 + env.shipping.feeCents });
    expect(await count(emailOutbox)).toBe(0);
    expect(await stockOf(a.id)).toBe(9);
  });

  it("records the signed-in customer as owner and actor", async () => {
    const a = await product("a", 1000, 10);
    const cart = await cartWith([[a.id, 1]]);
    const { users } = await import("@/lib/db/schema");
    const [user] = await db.insert(users).values({ email: "claire@example.fr", passwordHash: "x", name: "Claire" }).returning();
    const result = await createOrder(db, input(cart.id, cart.version, { user: { id: user!.id, role: "customer", proStatus: null, net30Allowed: false } }));
    expect(result.ok).toBe(true);
    const [order] = await db.select().from(orders);
    expect(order!.userId).toBe(user!.id);
    const [event] = await db.select().from(orderEvents);
    expect(event!.actorId).toBe(user!.id);
  });

  it("detects a price change since the page was shown and creates nothing", async () => {
    const a = await product("a", 1290, 10);
    const cart = await cartWith([[a.id, 2]]);
    await db.update(products).set({ priceCents: 1390 }).where(eq(products.id, a.id));
    const result = await createOrder(db, input(cart.id, cart.version));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("stale_cart");
    expect(result.cart.totals.itemsCents).toBe(2780);
    expect(result.cart.version).not.toBe(cart.version);
    expect(await count(orders)).toBe(0);
    expect(await count(emailOutbox)).toBe(0);
    expect(await stockOf(a.id)).toBe(10);
    expect(await db.select().from(cartLines)).toHaveLength(1);

    // Confirming the new totals goes through.
    const again = await createOrder(db, input(cart.id, result.cart.version));
    expect(again.ok).toBe(true);
    const [order] = await db.select().from(orders);
    expect(order!.itemsCents).toBe(2780);
  });

  it("is all-or-nothing when stock runs out half-way", async () => {
    const a = await product("a", 1000, 10);
    const b = await product("b", 1000, 5);
    const cart = await cartWith([
      [a.id, 2],
      [b.id, 3],
    ]);
    // Another purchase takes most of b after the checkout page was shown.
    await db.update(products).set({ stock: 2 }).where(eq(products.id, b.id));
    const result = await createOrder(db, input(cart.id, cart.version));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("out_of_stock");
    expect(result.message).toContain("n'est plus disponible");
    expect(result.cart.lines.find((l) => l.productId === b.id)?.problem).toBe("insufficient_stock");
    // a was decremented first inside the transaction; the rollback restored it.
    expect(await stockOf(a.id)).toBe(10);
    expect(await stockOf(b.id)).toBe(2);
    for (const t of [orders, orderLines, payments, orderEvents, emailOutbox] as const) expect(await count(t)).toBe(0);
    expect(await db.select().from(cartLines)).toHaveLength(2);
  });

  it("rolls back when a concurrent purchase lands between pricing and the stock update", async () => {
    const a = await product("a", 1000, 3);
    const cart = await cartWith([[a.id, 3]]);
    const result = await createOrder(db, input(cart.id, cart.version), {
      beforeStockUpdate: async (tx) => {
        await tx.update(products).set({ stock: 1 }).where(eq(products.id, a.id));
      },
    });
    expect(result.ok ? "created" : result.reason).toBe("out_of_stock");
    expect(await stockOf(a.id)).toBe(3);
    expect(await count(orders)).toBe(0);
  });

  it("refuses an empty cart, an unknown method, and a second submit of the same cart", async () => {
    const a = await product("a", 1000, 10);
    const empty = await createCart(db);
    const r1 = await createOrder(db, input(empty.id, "whatever"));
    expect(r1.ok ? "created" : r1.reason).toBe("empty_cart");

    const cart = await cartWith([[a.id, 1]]);
    const r2 = await createOrder(db, input(cart.id, cart.version, { paymentMethod: "bitcoin" }));
    expect(r2.ok ? "created" : r2.reason).toBe("method_unavailable");

    const [first, second] = await Promise.all([createOrder(db, input(cart.id, cart.version)), createOrder(db, input(cart.id, cart.version))]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(await count(orders)).toBe(1);
    expect(await stockOf(a.id)).toBe(9);
  });

  it("retries the reference when it clashes with an existing order", async () => {
    const a = await product("a", 1000, 10);
    const first = await cartWith([[a.id, 1]]);
    const refs = ["CA-AAAAAAAA", "CA-AAAAAAAA", "CA-BBBBBBBB"];
    const next = () => refs.shift()!;
    expect((await createOrder(db, input(first.id, first.version), { newReference: next })).ok).toBe(true);
    const second = await cartWith([[a.id, 1]]);
    const result = await createOrder(db, input(second.id, second.version), { newReference: next });
    expect(result.ok && result.order.reference).toBe("CA-BBBBBBBB");
    expect(await count(orders)).toBe(2);
    expect(await count(orderLines)).toBe(2);
  });
});
