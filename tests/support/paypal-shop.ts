import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import { getDb } from "@/lib/db/client";
import { orderEvents, orders, payments, products, providerEvents } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { clearPayPalTokenCache } from "@/lib/providers/paypal/client";
import { clearCertificateCache } from "@/lib/providers/paypal/webhook-signature";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";
import { startPayPalCheckout } from "@/lib/use-cases/paypal-checkout";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { handlePaypalApiRequest } from "@/lib/sandbox/paypal/api";
import { deliverQueuedWebhooks, listPaypalDeliveries } from "@/lib/sandbox/paypal/webhooks";
import { updateSwitches } from "@/lib/sandbox/paypal/switches";
import { resetDatabase } from "./db";
import { startTestServer } from "./http-server";

/*
 * The shop and the PayPal emulator over real HTTP, as in the running app: /sandbox/paypal/* goes
 * to the emulator's handler, /api/webhooks/paypal to the shop's. The shop's client reaches the
 * emulator through env.paypal.apiUrl (APP_URL + /sandbox/paypal in sandbox mode), and the
 * emulator signs its webhooks with a certificate served from that same origin.
 */

export async function startPayPalShop() {
  return startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/sandbox/paypal/")) {
      return handlePaypalApiRequest(request, {
        webhookId: env.paypal.webhookId,
        webhookUrl: `${env.appUrl}/api/webhooks/paypal`,
        baseUrl: `${env.appUrl}/sandbox/paypal`,
      });
    }
    if (path === "/api/webhooks/paypal" && request.method === "POST") return handlePaymentNotification("paypal", request);
    return new Response("not found", { status: 404 });
  });
}

/**
 * The PayPal shop for a whole test file: started once; before each test an empty database, a new
 * emulator identity (new token, new certificate URL) and webhooks held until deliverWebhooks().
 */
export function setUpPayPalShop(): void {
  let server: Awaited<ReturnType<typeof startPayPalShop>>;
  beforeAll(async () => {
    server = await startPayPalShop();
  });
  afterAll(async () => {
    await settleBackgroundWork();
    await server.close();
  });
  beforeEach(resetPayPalShop);
}

export async function resetPayPalShop(): Promise<void> {
  await settleBackgroundWork();
  await resetDatabase();
  clearPayPalTokenCache();
  clearCertificateCache();
  await holdWebhooks();
}

/** POSTs a webhook to the shop as PayPal would (exact bytes, given headers); the HTTP status. */
export async function postPayPalWebhook(body: string, headers: Record<string, string>): Promise<number> {
  const r = await fetch(`${env.appUrl}/api/webhooks/paypal`, { method: "POST", headers, body });
  await r.body?.cancel();
  return r.status;
}

/** Deterministic webhooks: queued by the emulator, sent only when the test calls deliverWebhooks(). */
export async function holdWebhooks(): Promise<void> {
  await settleBackgroundWork();
  await updateSwitches(await getDb(), { holdWebhooks: true });
}

/** Sends what the emulator queued (in its order, or newest first with reorder), returns the HTTP statuses. */
export async function deliverWebhooks(opts: { reorder?: boolean } = {}): Promise<number[]> {
  const db = await getDb();
  await settleBackgroundWork();
  await updateSwitches(db, { holdWebhooks: false, reorderWebhooks: opts.reorder ?? false });
  const before = (await listPaypalDeliveries(db, 500)).filter((d) => d.deliveredAt).map((d) => d.id);
  await deliverQueuedWebhooks({ now: new Date(Date.now() + 1000) });
  await updateSwitches(db, { holdWebhooks: true, reorderWebhooks: false });
  await settleBackgroundWork();
  const rows = await listPaypalDeliveries(db, 500);
  return rows
    .filter((d) => d.lastStatus !== null && !before.includes(d.id))
    .sort((a, b) => a.id - b.id)
    .map((d) => d.lastStatus ?? 0);
}

/** The queued (not yet delivered) webhook deliveries: url, headers and exact body. */
export async function queuedWebhooks() {
  const rows = await listPaypalDeliveries(await getDb(), 500);
  return rows.filter((d) => !d.deliveredAt && !d.abandonedAt).sort((a, b) => a.id - b.id);
}

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/** A cart of one product, then the PayPal checkout's createOrder (our order + the PayPal order). */
export async function placePayPalOrder(opts: { priceCents?: number; quantity?: number } = {}) {
  const db = await getDb();
  const [product] = await db
    .insert(products)
    .values({ slug: `savon-${Math.random().toString(36).slice(2, 8)}`, name: "Savon à la lavande", description: "…", priceCents: opts.priceCents ?? 1250, stock: 50 })
    .returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: product!.id, quantity: opts.quantity ?? 2 });
  const priced = await loadPricedCart(db, cart.id);
  const started = await startPayPalCheckout({
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: address,
    shippingAddress: address,
    user: null,
  });
  if (!started.ok) throw new Error(`PayPal checkout failed: ${started.message}`);
  const [order] = await db.select().from(orders).where(eq(orders.reference, started.reference));
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, order!.id));
  return { ...started, order: order!, payment: payment!, totalCents: priced.totals.totalCents };
}

export async function readOrder(orderId: string) {
  const [order] = await (await getDb()).select().from(orders).where(eq(orders.id, orderId));
  return order!;
}

export async function readPayments(orderId: string) {
  const rows = await (await getDb()).select().from(payments).where(eq(payments.orderId, orderId));
  return rows.sort((a, b) => a.attempt - b.attempt);
}

export async function eventsOf(orderId: string, type?: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(orderEvents)
    .where(type ? and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type)) : eq(orderEvents.orderId, orderId));
  return rows;
}

export async function inbox() {
  return (await getDb()).select().from(providerEvents).where(eq(providerEvents.provider, "paypal"));
}
