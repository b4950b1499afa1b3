import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";
import { GatewayError } from "@/lib/providers/errors";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { paypalClient } from "@/lib/providers/paypal/client";
import { createPayPalGateway } from "@/lib/providers/paypal/gateway";
import { capturePayPalApproval } from "@/lib/use-cases/paypal-checkout";
import { settleBackgroundWork } from "@/lib/sandbox/background";
import { approveWithPaypalAccount } from "@/lib/sandbox/paypal/approval";
import { openDispute, resolveDispute, updateDispute } from "@/lib/sandbox/paypal/disputes";
import {
  deliverWebhooks,
  eventsOf,
  inbox,
  placePayPalOrder,
  postPayPalWebhook,
  queuedWebhooks,
  readOrder,
  readPayments,
  resetPayPalShop,
  setUpPayPalShop,
} from "@/tests/support/paypal-shop";

/*
 * PayPal disputes (CUSTOMER.DISPUTE.*) over real HTTP: the emulator opens and resolves a case on
 * a capture and sends its signed webhooks; the shop records it on the order before any money
 * moves (event, flag line, admin alert), once per dispute and status.
 */

setUpPayPalShop();

const DISPUTED = "payment_disputed";
const RESOLVED = "payment_dispute_resolved";

/** A PayPal order of the shop, paid, its webhooks delivered: the capture id a buyer may dispute. */
async function paidOrder() {
  const placed = await placePayPalOrder({ priceCents: 1250, quantity: 2 });
  await approveWithPaypalAccount(placed.paypalOrderId, { email: "acheteur@sandbox.caisse.fr", password: "sandbox" });
  expect(await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId })).toMatchObject({ status: "paid" });
  await deliverWebhooks();
  const [payment] = await readPayments(placed.order.id);
  return { ...placed, captureId: payment!.transactionId! };
}

async function adminAlerts(orderId: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, "admin-alert")));
  return rows;
}

/** Delivers the queued webhooks while PayPal's Disputes API answers GET /v1/customer/disputes/{id} with `error`. */
async function deliverWithDisputeReadFailing(error: GatewayError): Promise<number[]> {
  try {
    overrideGatewayForTests("paypal", () => createPayPalGateway(() => ({ ...paypalClient(), disputes: { get: () => Promise.reject(error) } })));
    return await deliverWebhooks();
  } finally {
    overrideGatewayForTests("paypal", null);
  }
}

async function allDisputeEvents() {
  const db = await getDb();
  return [...(await db.select().from(orderEvents).where(eq(orderEvents.type, DISPUTED))), ...(await db.select().from(orderEvents).where(eq(orderEvents.type, RESOLVED)))];
}

describe("PayPal disputes", () => {
  it("a dispute opened on a paid order: one event, the order flagged, one admin alert — and no money moved", async () => {
    const paid = await paidOrder();
    const opened = await openDispute(paid.captureId, { reason: "MERCHANDISE_OR_SERVICE_NOT_RECEIVED" });
    const disputeId = String(opened.dispute_id);
    expect(await deliverWebhooks()).toEqual([200]);

    const [event] = await eventsOf(paid.order.id, DISPUTED);
    expect(event).toMatchObject({
      actorType: "provider",
      actorId: "paypal",
      paymentId: paid.payment.id,
      data: { disputeId, captureId: paid.captureId, status: "open", disputeReason: "not_received", amountCents: paid.totalCents, currency: "EUR", outcome: null },
    });
    const order = await readOrder(paid.order.id);
    expect(order.flag).toBe(
      `Litige PayPal ${disputeId} ouvert : article ou service non reçu — ${formatEur(paid.totalCents)}. Répondre depuis le tableau de bord PayPal avant toute expédition.`,
    );
    expect(order).toMatchObject({ status: "paid", paidCents: paid.totalCents, refundedCents: 0 });
    const alerts = await adminAlerts(paid.order.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toContain(`Litige PayPal ${disputeId}`);
    expect((await inbox()).filter((r) => r.rawBody.includes(disputeId))).toEqual([
      expect.objectContaining({ outcome: "processed", verified: true, providerRef: disputeId }),
    ]);
  });

  it("the same webhook delivered twice, and another event with the same status: one event, one alert", async () => {
    const paid = await paidOrder();
    const opened = await openDispute(paid.captureId, {});
    const [delivery] = await queuedWebhooks();
    expect(await deliverWebhooks()).toEqual([200]);
    expect(await postPayPalWebhook(delivery!.body, delivery!.headers)).toBe(200);
    // A new event (its own id) reporting the same status is not a second dispute step either.
    await updateDispute(String(opened.dispute_id), { status: "OPEN" });
    expect(await deliverWebhooks()).toEqual([200]);

    expect(await eventsOf(paid.order.id, DISPUTED)).toHaveLength(1);
    expect(await adminAlerts(paid.order.id)).toHaveLength(1);
    expect((await readOrder(paid.order.id)).flag!.split("\n")).toHaveLength(1);
  });

  it("a new status is a new event and alert; resolved: another event and a closing line, the open line kept", async () => {
    const paid = await paidOrder();
    // Each event delivered before the next step: the shop reads the dispute's current status.
    const disputeId = String((await openDispute(paid.captureId, { reason: "UNAUTHORISED" })).dispute_id);
    expect(await deliverWebhooks()).toEqual([200]);
    await updateDispute(disputeId, { status: "WAITING_FOR_SELLER_RESPONSE" });
    expect(await deliverWebhooks()).toEqual([200]);
    await resolveDispute(disputeId, { outcome: "RESOLVED_SELLER_FAVOUR" });
    expect(await deliverWebhooks()).toEqual([200]);

    const steps = (await eventsOf(paid.order.id, DISPUTED)).sort((a, b) => a.id - b.id);
    expect(steps.map((e) => e.data?.status)).toEqual(["open", "waiting_for_seller"]);
    expect(steps[1]!.reason).toBe(`Litige PayPal ${disputeId} en attente de votre réponse : paiement non autorisé par le titulaire du compte — ${formatEur(paid.totalCents)}.`);
    const [resolved] = await eventsOf(paid.order.id, RESOLVED);
    expect(resolved).toMatchObject({ data: { disputeId, status: "resolved", outcome: "seller_favour" } });
    const lines = (await readOrder(paid.order.id)).flag!.split("\n");
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^Litige PayPal ${disputeId} ouvert : paiement non autorisé`)), `Litige PayPal ${disputeId} clos : tranché en faveur de la boutique.`]);
    expect(await adminAlerts(paid.order.id)).toHaveLength(3);
    expect((await readOrder(paid.order.id)).status).toBe("paid");
  });

  it("lost by the shop: the dispute closes, and the money PayPal takes back arrives as a reversal recorded by reconcile", async () => {
    const paid = await paidOrder();
    const disputeId = String((await openDispute(paid.captureId, {})).dispute_id);
    await resolveDispute(disputeId, { outcome: "RESOLVED_BUYER_FAVOUR" });
    // CREATED read late shows the case resolved already: only its closing is recorded.
    expect(await deliverWebhooks()).toEqual([200, 200, 200]);
    expect(await eventsOf(paid.order.id, DISPUTED)).toHaveLength(0);
    expect(await eventsOf(paid.order.id, RESOLVED)).toEqual([expect.objectContaining({ data: expect.objectContaining({ outcome: "buyer_favour" }) as unknown })]);
    expect(await eventsOf(paid.order.id, "external_refund_detected")).toHaveLength(1);
    expect(await readOrder(paid.order.id)).toMatchObject({ status: "refunded", refundedCents: paid.totalCents });
  });

  it("the dispute is read from PayPal's API when it allows it, from the signed event when the API refuses for good", async () => {
    const paid = await paidOrder();
    const disputeId = String((await openDispute(paid.captureId, {})).dispute_id);
    // The CREATED event is delivered late, after the case moved on: the API's status wins.
    await updateDispute(disputeId, { status: "UNDER_REVIEW" });
    const [created] = await queuedWebhooks();
    expect(await postPayPalWebhook(created!.body, created!.headers)).toBe(200);
    expect((await eventsOf(paid.order.id, DISPUTED)).map((e) => e.data?.status)).toEqual(["under_review"]);

    // An app without the Disputes feature: 403 on the read, the signed body (OPEN) is used.
    await resetPayPalShop();
    const other = await paidOrder();
    await openDispute(other.captureId, {});
    expect(await deliverWithDisputeReadFailing(new GatewayError("not_allowed", "NOT_AUTHORIZED", { provider: "paypal", status: 403 }))).toEqual([200]);
    expect((await eventsOf(other.order.id, DISPUTED)).map((e) => e.data?.status)).toEqual(["open"]);
  });

  it("PayPal unreachable for the read: 503, kept for a retry like any other notification, nothing recorded yet", async () => {
    const paid = await paidOrder();
    await openDispute(paid.captureId, {});
    expect(await deliverWithDisputeReadFailing(new GatewayError("provider_unavailable", "injected", { provider: "paypal", status: 503 }))).toEqual([503]);
    expect(await eventsOf(paid.order.id, DISPUTED)).toHaveLength(0);
    const failed = (await inbox()).filter((r) => r.outcome === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.nextAttemptAt).not.toBeNull();
    expect(failed[0]!.error).toMatch(/^provider_unreachable: /);
  });

  it("a forged dispute webhook (bad signature) records nothing", async () => {
    const paid = await paidOrder();
    await openDispute(paid.captureId, {});
    const [genuine] = await queuedWebhooks();
    const forged = JSON.parse(genuine!.body) as { id: string; resource: { dispute_id: string } };
    forged.id = "WH-FORGED0000000000-FORGED0000000000";
    forged.resource.dispute_id = "PP-D-666";
    expect(await postPayPalWebhook(JSON.stringify(forged), genuine!.headers)).toBe(400);
    const tampered = { ...genuine!.headers, "paypal-transmission-sig": Buffer.from("not a signature").toString("base64") };
    expect(await postPayPalWebhook(genuine!.body, tampered)).toBe(400);

    expect(await allDisputeEvents()).toHaveLength(0);
    expect((await readOrder(paid.order.id)).flag).toBeNull();
    expect(await adminAlerts(paid.order.id)).toHaveLength(0);
    expect((await inbox()).filter((r) => r.outcome === "rejected")).toHaveLength(2);
  });

  it("a dispute on a capture that is not ours is acknowledged and ignored", async () => {
    const mine = await paidOrder();
    // A payment made with our credentials but not by the shop.
    const client = paypalClient();
    const { data } = await client.orders.create(
      { intent: "CAPTURE", purchase_units: [{ reference_id: "x", custom_id: "foreign", invoice_id: "FOREIGN-1", amount: { currency_code: "EUR", value: "9.00" } }] },
      { requestId: "foreign-dispute-1" },
    );
    await approveWithPaypalAccount(data.id, { email: "acheteur@sandbox.caisse.fr", password: "sandbox" });
    const captured = await client.orders.capture(data.id, { requestId: "foreign-dispute-capture-1" });
    const foreignCapture = captured.data.purchase_units![0]!.payments!.captures![0]!.id;
    await settleBackgroundWork();
    const before = (await queuedWebhooks()).length;
    await openDispute(foreignCapture, {});
    const statuses = await deliverWebhooks();
    expect(statuses.length).toBe(before + 1);
    expect(statuses.every((s) => s === 200)).toBe(true);

    expect(await allDisputeEvents()).toHaveLength(0);
    expect((await readOrder(mine.order.id)).flag).toBeNull();
    const row = (await inbox()).find((r) => r.rawBody.includes("CUSTOMER.DISPUTE.CREATED"));
    expect(row).toMatchObject({ outcome: "ignored", verified: true, error: "dispute on no capture of ours" });
  });
});
