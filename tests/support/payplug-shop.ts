import { eq } from "drizzle-orm";
import { hashToken, newOrderReference, newToken } from "@/lib/shared/tokens";
import { getDb } from "@/lib/db/client";
import { orders, payments, type OrderStatus } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";
import { payplugClient } from "@/lib/providers/payplug/client";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { handlePayplugAdminRequest } from "@/lib/sandbox/payplug/admin";
import { cancelHostedPayment, loadHostedPage, submitHostedCard, submitHostedOtp } from "@/lib/sandbox/payplug/hosted-page";
import { deliverDuePayplugNotifications } from "@/lib/sandbox/payplug/notifications";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { startTestServer } from "./http-server";
import { resetDatabase } from "./db";

/*
 * The shop and the PayPlug emulator over real HTTP, as in the running app: /sandbox/payplug/* goes
 * to the emulator's handler, /api/ipn/payplug to the shop's. The shop's client reaches the
 * emulator through env.payplug.apiUrl (APP_URL + /sandbox/payplug in sandbox mode).
 */

export async function startPayplugShop() {
  const server = await startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    // The emulator's control surface, behind the shop's CRON_SECRET as in the app (payplugAdmin below).
    if (path === "/sandbox/payplug/admin") return handlePayplugAdminRequest(request, { controlSecret: env.cronSecret });
    if (path.startsWith("/sandbox/payplug/")) return handlePayplugApiRequest(request, { publicBaseUrl: env.appUrl });
    if (path === "/api/ipn/payplug" && request.method === "POST") return handlePaymentNotification("payplug", request);
    return new Response("not found", { status: 404 });
  });
  return server;
}

/**
 * The usual frame of a test file against the shop and the emulator: the server started once, the
 * database emptied and notifications made manual before each test. Returns the server's URL getter.
 */
export function payplugShopPerTest(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void; beforeEach: (fn: () => Promise<void>) => void }) {
  let server: Awaited<ReturnType<typeof startPayplugShop>> | undefined;
  hooks.beforeAll(async () => {
    server = await startPayplugShop();
  });
  hooks.afterAll(async () => {
    await server?.close();
  });
  hooks.beforeEach(async () => {
    await resetDatabase();
    await manualDeliveries();
  });
  return () => server!.url;
}

/** POST /sandbox/payplug/admin with the control secret: move the emulator's clock, make plan charges fail… */
export async function payplugAdmin(serverUrl: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const r = await fetch(`${serverUrl}/sandbox/payplug/admin`, { method: "POST", headers: { authorization: `Bearer ${env.cronSecret}` }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`admin ${String(body.action)}: ${r.status} ${await r.text()}`);
  return (await r.json()) as Record<string, unknown>;
}

/** Deterministic notifications: nothing is sent until the test calls deliver(). */
export async function manualDeliveries(): Promise<void> {
  await setPayplugSettings({ immediateDelivery: false, retryScheduleMs: [0, 0, 0] });
}

export async function deliver(): Promise<number[]> {
  const attempts = await deliverDuePayplugNotifications({ now: new Date(Date.now() + 1000) });
  return attempts.map((a) => a.status ?? 0);
}

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/** An order just placed with "Carte bancaire": pending_payment, first payment row "created". */
export async function placeCardOrder(opts: { totalCents?: number; status?: OrderStatus } = {}) {
  const db = await getDb();
  const total = opts.totalCents ?? 2590;
  const accessToken = newToken();
  const [order] = await db
    .insert(orders)
    .values({
      reference: newOrderReference(),
      email: "jeanne@example.fr",
      phone: "+33612345678",
      billingAddress: address,
      shippingAddress: address,
      status: opts.status ?? "pending_payment",
      paymentMethod: "card",
      itemsCents: total - 590,
      shippingCents: 590,
      totalCents: total,
      vatCents: 400,
      accessTokenHash: hashToken(accessToken),
    })
    .returning();
  const [payment] = await db
    .insert(payments)
    .values({ orderId: order!.id, method: "card", provider: "payplug", status: "created", amountCents: total, attempt: 1 })
    .returning();
  return { order: order!, payment: payment!, accessToken };
}

export async function readOrder(orderId: string) {
  const db = await getDb();
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  return order!;
}

export async function readPayment(paymentId: string) {
  const db = await getDb();
  const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
  return payment!;
}

export function payplugIdFromUrl(url: string): string {
  const id = /\/pay\/(pay_[A-Za-z0-9]+)/.exec(url)?.[1];
  if (!id) throw new Error(`not a hosted page URL: ${url}`);
  return id;
}

/** The customer on the emulator's hosted page: card, then the SMS code shown on the page. */
export async function payOnHostedPage(id: string, number = "4242 4242 4242 4242") {
  const afterCard = await submitHostedCard(id, { number, expiry: "12/34", cvc: "123", holder: "Jeanne Martin" });
  const view = await loadHostedPage(id, { defaultShopName: "Test" });
  if (view.status !== "open") return afterCard;
  if (view.step !== "otp" || !view.otpCode) throw new Error("expected the SMS step");
  return submitHostedOtp(id, view.otpCode);
}

export async function failOtpThreeTimes(id: string) {
  await submitHostedCard(id, { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123", holder: "Jeanne Martin" });
  let last = await submitHostedOtp(id, "000000x");
  last = await submitHostedOtp(id, "000000x");
  last = await submitHostedOtp(id, "000000x");
  return last;
}

export { cancelHostedPayment };

/**
 * A PayPlug payment the shop did not create (another integration of the same account), with the
 * metadata given: naming one of our payment ids or not.
 */
export async function createPayplugPaymentElsewhere(metadata: Record<string, string>) {
  const party = { first_name: "A", last_name: "B", email: "a@b.fr", address1: "x", postcode: "75001", city: "Paris", country: "FR", language: "fr" };
  const { data } = await payplugClient().payments.create({
    amount: 1000,
    currency: "EUR",
    billing: party,
    shipping: { ...party, delivery_type: "BILLING" },
    // The emulator only accepts the shop's own origin.
    hosted_payment: { return_url: `${env.appUrl}/other-site/return`, cancel_url: `${env.appUrl}/other-site/cancel` },
    notification_url: `${env.appUrl}/other-site/notify`,
    metadata,
  });
  return data;
}
