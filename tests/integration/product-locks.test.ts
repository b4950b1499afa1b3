import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import { rowsOf, withTransactionRetry, type Db } from "@/lib/db/client";
import { products } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { cancelUnpaidOrder } from "@/lib/use-cases/cancel-order";
import { createOrder } from "@/lib/use-cases/place-order";
import { resetDatabase } from "@/tests/support/db";

/*
 * Product row locks (issue 12, hole 8). Two transactions that lock the same products in opposite
 * orders wait for each other, and PostgreSQL aborts one (40P01): a customer's checkout answered
 * with a 500. Every path now locks products by ascending id (lockProductsById), and a transaction
 * aborted as a deadlock victim is run once more (withTransactionRetry).
 *
 * The races are forced, not hoped for: two "holder" transactions keep both products locked while
 * the paths under test start and queue behind them (seen in pg_stat_activity), then let go. A path
 * that locks in its own order (cart order, order-line order) then deadlocks every time.
 *
 * PGlite has a single connection: nothing there runs concurrently, so these tests need PostgreSQL
 * (DATABASE_URL) and are skipped on PGlite.
 */

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

let db: Db;

beforeEach(async () => {
  db = await resetDatabase();
});

/** Two products with 10 in stock, `lo` having the smaller id. */
async function twoProducts() {
  const rows = await db
    .insert(products)
    .values([
      { slug: "savon-lavande", name: "Savon lavande", description: "…", priceCents: 650, stock: 10 },
      { slug: "bougie-miel", name: "Bougie au miel", description: "…", priceCents: 1250, stock: 10 },
    ])
    .returning({ id: products.id });
  const [lo, hi] = rows.map((r) => r.id).sort();
  return { lo: lo!, hi: hi! };
}

/** A cart holding one of each product, added in this order (the order the old code locked them in). */
async function cartInOrder(productIds: string[]) {
  const cart = await createCart(db);
  for (const productId of productIds) expect(await addToCart(db, { token: cart.token, productId, quantity: 1 })).toEqual({ ok: true });
  return { id: cart.id, version: (await loadPricedCart(db, cart.id)).version };
}

function checkout(cart: { id: string; version: string }) {
  return createOrder(db, {
    cartId: cart.id,
    expectedVersion: cart.version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: "transfer",
    user: null,
  });
}

/** A transaction holding a product's row lock until released. */
async function holdLock(productId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from products where id = ${productId} for update`);
    locked();
    await released;
  });
  await isLocked;
  return { release, done };
}

/** Waits until `n` sessions of this database are blocked on a lock. */
async function sessionsWaitingForLocks(n: number) {
  for (let tries = 0; tries < 500; tries++) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
    );
    if ((row?.n ?? 0) >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never saw ${n} sessions waiting for a lock`);
}

/** Starts each path once the previous one is queued behind the holders, then lets the holders go. */
async function raceBehindHolders(ids: { lo: string; hi: string }, paths: (() => Promise<{ ok: boolean }>)[]) {
  const holders = [await holdLock(ids.lo), await holdLock(ids.hi)];
  const running: Promise<{ ok: boolean }>[] = [];
  for (const path of paths) {
    running.push(path());
    await sessionsWaitingForLocks(running.length);
  }
  for (const holder of holders) holder.release();
  await Promise.all(holders.map((h) => h.done));
  return Promise.allSettled(running);
}

async function stockOf(id: string) {
  const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, id));
  return row!.stock;
}

describe.skipIf(!env.databaseUrl)("product locks (PostgreSQL only, skipped on PGlite)", () => {
  it("two checkouts of the same products added in opposite order both succeed (used to deadlock: 40P01)", async () => {
    const ids = await twoProducts();
    const first = await cartInOrder([ids.lo, ids.hi]);
    const second = await cartInOrder([ids.hi, ids.lo]);

    const results = await raceBehindHolders(ids, [() => checkout(first), () => checkout(second)]);

    expect(results.map((r) => (r.status === "fulfilled" ? r.value.ok : String(r.reason)))).toEqual([true, true]);
    expect([await stockOf(ids.lo), await stockOf(ids.hi)]).toEqual([8, 8]);
  });

  it("a cancellation and a checkout taking the same products in opposite order both succeed (used to deadlock: 40P01)", async () => {
    const ids = await twoProducts();
    // The order's lines are [hi, lo]: the old cancellation gave the stock back in that order.
    const placed = await checkout(await cartInOrder([ids.hi, ids.lo]));
    if (!placed.ok) throw new Error(placed.message);
    const cart = await cartInOrder([ids.lo, ids.hi]);

    const cancel = () =>
      cancelUnpaidOrder({ orderId: placed.order.orderId, actor: { type: "admin", id: null }, reason: "Annulée par un administrateur", customerWhy: "à votre demande" });
    const results = await raceBehindHolders(ids, [cancel, () => checkout(cart)]);

    expect(results.map((r) => (r.status === "fulfilled" ? r.value.ok : String(r.reason)))).toEqual([true, true]);
    // 10 − 1 (first order) + 1 (cancelled) − 1 (second order).
    expect([await stockOf(ids.lo), await stockOf(ids.hi)]).toEqual([9, 9]);
  });

  it("a transaction PostgreSQL aborts as a deadlock victim is run once more and succeeds", async () => {
    const ids = await twoProducts();
    // Each transaction locks one product, waits until the other has locked its own, then asks for
    // the other's: a real deadlock. The victim's second run finds the gates open and goes through.
    const gate = () => {
      let open!: () => void;
      return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
    };
    const gates = { lo: gate(), hi: gate() };
    const runs = { lo: 0, hi: 0 };
    const crossLock = (mine: "lo" | "hi", theirs: "lo" | "hi") =>
      withTransactionRetry(db, async (tx) => {
        runs[mine] += 1;
        await tx.execute(sql`update products set stock = stock - 1 where id = ${ids[mine]}`);
        gates[mine].open();
        await gates[theirs].opened;
        await tx.execute(sql`update products set stock = stock - 1 where id = ${ids[theirs]}`);
      });

    const results = await Promise.allSettled([crossLock("lo", "hi"), crossLock("hi", "lo")]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(runs.lo + runs.hi).toBe(3);
    expect([await stockOf(ids.lo), await stockOf(ids.hi)]).toEqual([8, 8]);
  });
});
