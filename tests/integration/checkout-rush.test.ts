import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { cartLines, emailOutbox, orderLines, orders, payments, products } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { CREATE_ORDER_MESSAGES, createOrder } from "@/lib/use-cases/place-order";
import { resetDatabase } from "@/tests/support/db";

/*
 * A sale-day rush (issue 14, point 3): many customers confirm at the same moment for the last
 * units of a product. Exactly as many orders as units, the stock at zero and never below, every
 * other customer refused with the French out-of-stock message, nothing thrown (a 500), nothing
 * half-written. On PostgreSQL the race is forced: a transaction holds the product's row lock while
 * the checkouts start and queue behind it (seen in pg_stat_activity), then lets go, so they all
 * contend at once. PGlite has one connection: the same checkouts run one after another there,
 * which still checks the outcome. `npm run bench:http` runs the 100-customer version and times it.
 */

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };
const CUSTOMERS = 24;
const UNITS = 5;

let db: Db;

beforeEach(async () => {
  db = await resetDatabase();
});

async function lastUnits(stock: number) {
  const [row] = await db.insert(products).values({ slug: "coffret-noel", name: "Coffret de Noël", description: "…", priceCents: 3990, stock, vatRateBp: 2000 }).returning();
  return row!.id;
}

async function customerCart(productId: string) {
  const cart = await createCart(db);
  expect(await addToCart(db, { token: cart.token, productId, quantity: 1 })).toEqual({ ok: true });
  return { id: cart.id, version: (await loadPricedCart(db, cart.id)).version };
}

function confirm(cart: { id: string; version: string }, i: number) {
  return createOrder(db, {
    cartId: cart.id,
    expectedVersion: cart.version,
    email: `client${i}@example.fr`,
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    // Both kinds: card (no e-mail yet) and transfer (its instructions e-mailed in the transaction).
    paymentMethod: i % 2 === 0 ? "card" : "transfer",
    user: null,
  });
}

/** Holds the product's row lock until the checkouts wait behind it (PostgreSQL), then lets go. */
async function rushBehindLock(productId: string, start: () => Promise<unknown>[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from products where id = ${productId} for update`);
    locked();
    await released;
  });
  await isLocked;
  const running = start();
  // The checkouts fill the shop's pool (some wait for the lock, the rest for a connection): the
  // watch needs a connection of its own.
  const watch = postgres(env.databaseUrl!, { max: 1, onnotice: () => {} });
  try {
    for (let tries = 0; ; tries++) {
      const [row] = await watch<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      if ((row?.n ?? 0) >= 3) break;
      if (tries > 500) throw new Error("the checkouts never queued behind the lock");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    release();
    await watch.end();
  }
  await holder;
  return running;
}

describe("checkout rush on the last units", () => {
  it(`${CUSTOMERS} customers for ${UNITS} units: ${UNITS} orders, stock 0, every other one told in French, nothing thrown`, async () => {
    const productId = await lastUnits(UNITS);
    const carts: { id: string; version: string }[] = [];
    for (let i = 0; i < CUSTOMERS; i++) carts.push(await customerCart(productId));

    const start = () => carts.map((cart, i) => confirm(cart, i));
    const running = env.databaseUrl ? await rushBehindLock(productId, start) : start();
    const settled = await Promise.allSettled(running as ReturnType<typeof confirm>[]);

    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const refused = results.flatMap((r) => (r.ok ? [] : [{ reason: r.reason, message: r.message }]));
    expect(results.filter((r) => r.ok)).toHaveLength(UNITS);
    expect(refused).toEqual(Array.from({ length: CUSTOMERS - UNITS }, () => ({ reason: "out_of_stock", message: CREATE_ORDER_MESSAGES.out_of_stock })));

    const [product] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
    expect(product!.stock).toBe(0);
    expect(await db.select().from(orders)).toHaveLength(UNITS);
    expect(await db.select().from(payments)).toHaveLength(UNITS);
    const lines = await db.select({ quantity: orderLines.quantity }).from(orderLines);
    expect(lines.reduce((n, l) => n + l.quantity, 0)).toBe(UNITS);
    // Only the transfer orders that went through were e-mailed; the losers' carts are left as they were.
    const transfers = (await db.select({ method: orders.paymentMethod }).from(orders)).filter((o) => o.method === "transfer").length;
    expect(await db.select().from(emailOutbox)).toHaveLength(transfers);
    expect(await db.select().from(cartLines)).toHaveLength(CUSTOMERS - UNITS);
  });
});
