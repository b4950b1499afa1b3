/*
 * The shop and the PayPlug emulator over real HTTP on loopback, wired exactly as the integration
 * tests wire them (tests/support/payplug-shop.ts): /sandbox/payplug/* → the emulator,
 * /api/ipn/payplug → the shop's notification pipeline. Notifications are never sent by the
 * emulator on its own during a run (immediateDelivery off): the benchmark posts them itself.
 */
import { env } from "@/lib/shared/env";
import { payplugClient } from "@/lib/providers/payplug/client";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, startPayplugShop } from "@/tests/support/payplug-shop";

export type BenchShop = {
  url: string;
  close: () => Promise<void>;
  /** A card order whose PayPlug payment is paid on the emulator; our side still says "pending". */
  paidOnProvider: () => Promise<{ orderId: string; paymentId: string; payplugId: string }>;
  /** The same, then reconciled once: our side says "paid" (what a duplicate notification finds). */
  paidAndReconciled: () => Promise<{ orderId: string; paymentId: string; payplugId: string }>;
  /** The IPN body PayPlug would send for a payment (the full payment object). */
  notificationBody: (payplugId: string) => Promise<string>;
  /** One bare GET of the payment on the emulator, with the shop's key: the provider round trip. */
  rawGet: (payplugId: string) => Promise<void>;
};

export async function startBenchShop(): Promise<BenchShop> {
  const server = await startPayplugShop();
  await manualDeliveries();

  const paidOnProvider = async () => {
    const { order, payment } = await placeCardOrder();
    const started = await startOnlinePayment(payment.id);
    if (!started.ok) throw new Error(`startOnlinePayment failed: ${started.message}`);
    const payplugId = payplugIdFromUrl(started.redirectUrl);
    await payOnHostedPage(payplugId);
    return { orderId: order.id, paymentId: payment.id, payplugId };
  };

  return {
    url: server.url,
    close: server.close,
    paidOnProvider,
    paidAndReconciled: async () => {
      const paid = await paidOnProvider();
      const result = await reconcilePayment("payplug", paid.payplugId, { source: "test" });
      if (result.outcome !== "updated" || result.status !== "paid") throw new Error(`setup reconcile: ${JSON.stringify(result)}`);
      return paid;
    },
    notificationBody: async (payplugId) => JSON.stringify((await payplugClient().payments.retrieve(payplugId)).data),
    rawGet: async (payplugId) => {
      const response = await fetch(`${env.payplug.apiUrl}/v1/payments/${encodeURIComponent(payplugId)}`, {
        headers: { Authorization: `Bearer ${env.payplug.secretKey}`, "PayPlug-Version": env.payplug.apiVersion, Accept: "application/json" },
        cache: "no-store",
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`emulator GET answered ${response.status}`);
    },
  };
}
