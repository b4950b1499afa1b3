/*
 * Issue 14, point 3: placing an order by card, from the checkout action's work to the redirect URL,
 * with the server's PayPlug emulator as provider; and a rush of customers on the last units.
 *
 * In this process, not through the server action over HTTP: an action is reached with Next's
 * private protocol (an action id taken from the build's manifest, a multipart body, an RSC
 * answer), which the benchmark would have to imitate and follow from one Next version to the next.
 * In-process, the same functions the action calls run against the same PostgreSQL database, and
 * the emulator's share is timed exactly, by timing every fetch() the PayPlug client makes to it
 * (over HTTP to the production server). Left out: the action's form parsing and zod (microseconds),
 * the session cookie read, revalidatePath and Next's rendering of the redirect.
 */
import { eq, sql } from "drizzle-orm";
import { addToCart, createCart, findCartId, loadPricedCart } from "@/lib/cart/cart";
import { getDb, type Db } from "@/lib/db/client";
import { orders, products } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { nextStepAfterOrder } from "@/lib/use-cases/after-order";
import { CREATE_ORDER_MESSAGES, createOrder, type CreateOrderInput, type CreateOrderResult } from "@/lib/use-cases/place-order";
import { summarize, type Summary } from "../stats";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/** Milliseconds spent in fetch() calls to the PayPlug API (the emulator) since the last reset. */
let providerMs = 0;
let fetchHooked = false;

/** Times the PayPlug client's HTTP calls: every fetch to env.payplug.apiUrl, whole (until its body is read). */
function hookProviderFetch(): void {
  if (fetchHooked) return;
  fetchHooked = true;
  const original = globalThis.fetch;
  const prefix = env.payplug.apiUrl;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(prefix)) return original(input, init);
    const started = performance.now();
    const response = await original(input, init);
    // The client reads the whole body (json()); buffering it here keeps its read inside the timing.
    const body = await response.arrayBuffer();
    providerMs += performance.now() - started;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

async function benchProduct(db: Db, stock: number, slug: string): Promise<string> {
  const [row] = await db
    .insert(products)
    .values({ slug, name: `Produit du banc d'essai (${slug})`, description: "Banc d'essai", priceCents: 2490, vatRateBp: 2000, stock })
    .returning({ id: products.id });
  return row!.id;
}

async function cartWith(db: Db, productId: string, quantity: number) {
  const cart = await createCart(db);
  const added = await addToCart(db, { token: cart.token, productId, quantity });
  if (!added.ok) throw new Error(added.error);
  return { token: cart.token, version: (await loadPricedCart(db, cart.id)).version };
}

function orderInput(cartId: string, version: string, email: string): CreateOrderInput {
  return { cartId, expectedVersion: version, email, phone: "+33612345678", billingAddress: address, shippingAddress: address, paymentMethod: "card", user: null };
}

export type PlaceOrderFigures = { total: Summary; provider: Summary; own: Summary; providerCalls: number };

/** `iterations` orders by card, one after the other, after `warmup` untimed ones. */
export async function benchPlaceOrder(options: { iterations: number; warmup: number }): Promise<PlaceOrderFigures> {
  hookProviderFetch();
  const db = await getDb();
  const productId = await benchProduct(db, 1_000_000, `bench-http-order-${Date.now()}`);
  const total: number[] = [];
  const provider: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    const { token, version } = await cartWith(db, productId, 2);
    providerMs = 0;
    const started = performance.now();
    // What placeOrderAction does once the form is valid: the cart of the cookie, the order, the next step.
    const cartId = await findCartId(db, token);
    const result = await createOrder(db, orderInput(cartId!, version, `client${i}@example.fr`));
    if (!result.ok) throw new Error(`createOrder: ${result.reason}`);
    const redirectUrl = await nextStepAfterOrder(result.order);
    const elapsed = performance.now() - started;
    if (!redirectUrl.includes("/sandbox/payplug/pay/")) throw new Error(`expected the emulator's hosted page, got ${redirectUrl}`);
    if (i < options.warmup) continue;
    total.push(elapsed);
    provider.push(providerMs);
    own.push(elapsed - providerMs);
  }
  return { total: summarize(total), provider: summarize(provider), own: summarize(own), providerCalls: 1 };
}

export type RushFigures = {
  customers: number;
  units: number;
  wallMs: number;
  created: number;
  outOfStock: number;
  frenchMessage: number;
  otherRefusals: Record<string, number>;
  thrown: string[];
  finalStock: number;
  lowestStockSeen: number;
  ordersInDatabase: number;
};

/**
 * `customers` guests, each with the product in their cart, confirm at the same moment; `units`
 * are left. Every refusal must be "out_of_stock" with the customer's French message; nothing
 * may throw (an action that throws is a 500); the stock ends at 0, never below.
 */
export async function benchRush(customers: number, units: number): Promise<RushFigures> {
  const db = await getDb();
  const productId = await benchProduct(db, units, `bench-http-rush-${Date.now()}`);
  const carts: { cartId: string; version: string }[] = [];
  for (let i = 0; i < customers; i++) {
    const { token, version } = await cartWith(db, productId, 1);
    carts.push({ cartId: (await findCartId(db, token))!, version });
  }
  // The stock, read over and over while the rush runs: it must never be seen below zero.
  let lowest = units;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const [row] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
      lowest = Math.min(lowest, row!.stock);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  const started = performance.now();
  const settled = await Promise.allSettled(carts.map((c, i) => createOrder(db, orderInput(c.cartId, c.version, `rush${i}@example.fr`))));
  const wallMs = performance.now() - started;
  watching = false;
  await watcher;

  const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const refusals = results.filter((r): r is Extract<CreateOrderResult, { ok: false }> => !r.ok);
  const otherRefusals: Record<string, number> = {};
  for (const r of refusals) if (r.reason !== "out_of_stock") otherRefusals[r.reason] = (otherRefusals[r.reason] ?? 0) + 1;
  const [stock] = await db.select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  const [count] = await db
    .select({ n: sql<number>`count(distinct ${orders.id})::int` })
    .from(orders)
    .where(sql`exists (select 1 from order_lines l where l.order_id = ${orders.id} and l.product_id = ${productId})`);
  return {
    customers,
    units,
    wallMs,
    created: results.filter((r) => r.ok).length,
    outOfStock: refusals.filter((r) => r.reason === "out_of_stock").length,
    frenchMessage: refusals.filter((r) => r.message === CREATE_ORDER_MESSAGES.out_of_stock).length,
    otherRefusals,
    thrown: settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason instanceof Error ? s.reason.message : s.reason)] : [])),
    finalStock: stock!.stock,
    lowestStockSeen: Math.min(lowest, stock!.stock),
    ordersInDatabase: count!.n,
  };
}
