import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import NotificationsPage from "@/app/admin/notifications/page";
import { replayNotificationAction } from "@/app/admin/notifications/replay-notification-action";
import { getDb } from "@/lib/db/client";
import { adminActions, orderEvents, providerEvents } from "@/lib/db/schema";
import { REPLAY_MESSAGES } from "@/lib/use-cases/replay-notification";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { setPayplugSettings } from "@/lib/sandbox/payplug/settings";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { submitForm } from "@/tests/support/form-actions";
import { manualDeliveries, payOnHostedPage, payplugIdFromUrl, placeCardOrder, readOrder, startPayplugShop } from "@/tests/support/payplug-shop";
import { renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * « Retraiter » on the notifications log, against the PayPlug emulator over real HTTP: a
 * notification whose re-fetch failed is processed again through the retry job's own path, applies
 * the payment once (a double click, a second replay, the job afterwards change nothing more), and
 * is recorded with the admin's name. The log shows the stored delivery with its secrets masked.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).mockedNextCache(original));

let server: Awaited<ReturnType<typeof startPayplugShop>>;

beforeAll(async () => {
  server = await startPayplugShop();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetDatabase();
  await manualDeliveries();
  session.userId = null;
});

/** A paid card payment whose notification could not be processed (PayPlug unreachable on re-fetch). */
async function failedNotificationOfPaidOrder() {
  const placed = await placeCardOrder();
  const started = await startOnlinePayment(placed.payment.id);
  if (!started.ok) throw new Error(started.message);
  const payplugId = payplugIdFromUrl(started.redirectUrl);
  await payOnHostedPage(payplugId);
  await setPayplugSettings({ api: { failNext: 10 } });
  const answer = await fetch(`${server.url}/api/ipn/payplug`, {
    method: "POST",
    headers: { "content-type": "application/json", "payplug-signature": "sk_live_SHOULDNOTSHOW1234" },
    body: JSON.stringify({ object: "payment", id: payplugId }),
  });
  expect(answer.status).toBe(503);
  await setPayplugSettings({ api: { failNext: 0 } });
  const db = await getDb();
  const [event] = await db.select().from(providerEvents);
  expect(event).toMatchObject({ outcome: "failed" });
  return { order: placed.order, event: event!, payplugId };
}

async function paidTransitions(orderId: string) {
  const db = await getDb();
  return (await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId))).filter((e) => e.type === "status_changed" && e.toStatus === "paid");
}

describe("« Retraiter »", () => {
  it("processes a failed notification once through the retry path, recorded with the admin's name; a double click and a second replay change nothing", async () => {
    const { order, event } = await failedNotificationOfPaidOrder();
    expect((await readOrder(order.id)).status).toBe("pending_payment");
    const db = await getDb();
    const admin = await insertUser(db, "admin");
    session.userId = admin.id;

    const fields = { eventId: String(event.id), requestKey: randomUUID(), confirm: "oui" };
    const [a, b] = await Promise.all([submitForm(replayNotificationAction, fields), submitForm(replayNotificationAction, fields)]);
    const answers = [a, b].map((r) => (r.status === "idle" ? "" : r.message));
    expect(answers).toContain(REPLAY_MESSAGES.processed);
    expect(answers.filter((m) => m !== REPLAY_MESSAGES.processed)).toHaveLength(1);
    expect((await readOrder(order.id)).status).toBe("paid");
    expect(await paidTransitions(order.id)).toHaveLength(1);
    const [after] = await db.select().from(providerEvents);
    expect(after).toMatchObject({ outcome: "processed", nextAttemptAt: null, error: null, attempts: 2 });
    expect(await db.select().from(adminActions)).toMatchObject([{ action: "notification_replayed", actorName: admin.name, target: `provider_event:${event.id}`, data: { outcome: "processed" } }]);

    expect(await submitForm(replayNotificationAction, { ...fields, requestKey: randomUUID() })).toMatchObject({ status: "error", message: REPLAY_MESSAGES.notFailed });
    expect(await paidTransitions(order.id)).toHaveLength(1);
  });

  it("the log lists it with its outcome and shows its headers and body with secrets masked", async () => {
    const { event, payplugId } = await failedNotificationOfPaidOrder();
    const db = await getDb();
    session.userId = (await insertUser(db, "admin")).id;
    const html = await renderPage(NotificationsPage, {}, { resultat: "failed" });
    expect(textOf(html, "admin-notifications")).toContain(payplugId);
    const detail = await renderPage(NotificationsPage, {}, { id: String(event.id) });
    expect(textOf(detail, "notification-outcome")).toBe("En échec");
    expect(textOf(detail, "notification-headers")).toContain("payplug-signature: ••••");
    expect(detail).not.toContain("SHOULDNOTSHOW");
    expect(textOf(detail, "notification-body")).toContain(payplugId);
    expect(detail).toContain('data-testid="notification-replay"');
    const processed = await renderPage(NotificationsPage, {}, { resultat: "processed" });
    expect(textOf(processed, "admin-notifications")).toBeNull();
  });
});
