/*
 * Untimed setup of the HTTP benchmark, done in this process with the shop's own code on the
 * benchmark database: card orders whose PayPlug payment is created at the server's emulator (over
 * HTTP, as checkout does) and paid there (card + SMS step), while our side still says "pending":
 * exactly what a notification then has to apply.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/lib/db/client";
import { orderEvents } from "@/lib/db/schema";
import { payplugClient } from "@/lib/providers/payplug/client";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { payOnHostedPage, payplugIdFromUrl, placeCardOrder } from "@/tests/support/payplug-shop";

export type PaidPayment = { orderId: string; paymentId: string; payplugId: string; body: string };

/**
 * The emulator must not notify the shop by itself during the run: the benchmark is the only
 * sender. Its deliveries job runs in the server every 2 s, so notifications are also delayed a day.
 */
export async function silenceEmulatorNotifications(): Promise<void> {
  await setPayplugSettings({ immediateDelivery: false, notifications: { delayMs: 86_400_000 } });
}

async function paidPayment(): Promise<PaidPayment> {
  const { order, payment } = await placeCardOrder();
  const started = await startOnlinePayment(payment.id);
  if (!started.ok) throw new Error(`startOnlinePayment failed: ${started.message}`);
  const payplugId = payplugIdFromUrl(started.redirectUrl);
  await payOnHostedPage(payplugId);
  // What PayPlug POSTs: the payment object itself (specs/payplug.md §9).
  const body = JSON.stringify((await payplugClient().payments.retrieve(payplugId)).data);
  return { orderId: order.id, paymentId: payment.id, payplugId, body };
}

/** `count` payments paid at the emulator, `concurrency` made at a time. */
export async function seedPaidPayments(count: number, concurrency = 6): Promise<PaidPayment[]> {
  const out: PaidPayment[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      out.push(await paidPayment());
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return out;
}

export type TransitionCheck = { orders: number; exactlyOne: number; none: number; several: number };

/** How many transitions to "paid" each order got (order_events, status_changed → paid). */
export async function countPaidTransitions(orderIds: readonly string[]): Promise<TransitionCheck> {
  const db = await getDb();
  const counts = new Map(orderIds.map((id) => [id, 0]));
  for (let i = 0; i < orderIds.length; i += 1000) {
    const slice = orderIds.slice(i, i + 1000);
    const rows = await db
      .select({ orderId: orderEvents.orderId, n: sql<number>`count(*)::int` })
      .from(orderEvents)
      .where(and(inArray(orderEvents.orderId, slice), eq(orderEvents.type, "status_changed"), eq(orderEvents.toStatus, "paid")))
      .groupBy(orderEvents.orderId);
    for (const r of rows) counts.set(r.orderId, r.n);
  }
  const values = [...counts.values()];
  return { orders: values.length, exactlyOne: values.filter((n) => n === 1).length, none: values.filter((n) => n === 0).length, several: values.filter((n) => n > 1).length };
}

/** The inbox outcomes of the notifications of these PayPlug payments (processed, duplicate…). */
export async function inboxOutcomes(): Promise<Record<string, number>> {
  const db = await getDb();
  const rows = rowsOf<{ outcome: string | null; n: number }>(
    await db.execute(sql`select outcome, count(*)::int as n from provider_events where provider = 'payplug' group by outcome`),
  );
  return Object.fromEntries(rows.map((r) => [r.outcome ?? "(none)", r.n]));
}
