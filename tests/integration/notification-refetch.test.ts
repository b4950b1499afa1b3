import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";
import { manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder } from "@/tests/support/payplug-shop";

/*
 * A PayPlug notification is authenticated by re-fetching the payment, and that answer is what
 * reconcile applies: one GET to PayPlug per notification, not two (issue 14: every GET is a round
 * trip to PayPlug's API and a share of the merchant's quota; the HTTP benchmark measures it).
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
const gets: string[] = [];

beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/sandbox/payplug/")) {
      if (request.method === "GET") gets.push(path);
      return handlePayplugApiRequest(request, { publicBaseUrl: env.appUrl });
    }
    if (path === "/api/ipn/payplug" && request.method === "POST") return handlePaymentNotification("payplug", request);
    return new Response("not found", { status: 404 });
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetDatabase();
  await manualDeliveries();
});

describe("PayPlug notification re-fetch", () => {
  it("asks PayPlug once per notification, and applies what it answered", async () => {
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    if (!started.ok) throw new Error(started.message);
    const payplugId = payplugIdFromUrl(started.redirectUrl);
    await payOnHostedPage(payplugId);
    const body = JSON.stringify({ id: payplugId, object: "payment" });

    gets.length = 0;
    const response = await fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(await response.json()).toEqual({ outcome: "processed" });
    expect(gets).toEqual([`/sandbox/payplug/v1/payments/${payplugId}`]);
    expect((await readOrder(order.id)).status).toBe("paid");
  });
});
