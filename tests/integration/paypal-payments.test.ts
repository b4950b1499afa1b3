import { createSign, generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { loadReceipt } from "@/lib/payments/receipt";
import { checkPaymentOnReturn } from "@/lib/use-cases/check-payment-on-return";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { GatewayError } from "@/lib/providers/errors";
import { overrideGatewayForTests } from "@/lib/providers/registry";
import { retryOrderPayment, retryPaymentAsCustomer } from "@/lib/use-cases/retry-payment";
import { DECLINE_EVENT } from "@/lib/use-cases/capture-paypal-approval";
import { capturePayPalApproval, startPayPalForOrder } from "@/lib/use-cases/paypal-checkout";
import { paypalClient } from "@/lib/providers/paypal/client";
import { createPayPalGateway, paypalGateway } from "@/lib/providers/paypal/gateway";
import { expectedSignedString, readTransmissionHeaders, verifyWithApi } from "@/lib/providers/paypal/webhook-signature";
import { buildSelfSignedCertificate } from "@/lib/sandbox/paypal/certificate";
import { approveWithGuestCard, approveWithPaypalAccount, cancelApproval, guestCardSchema } from "@/lib/sandbox/paypal/approval";
import { settlePendingCapture } from "@/lib/sandbox/paypal/payments";
import { updateSwitches } from "@/lib/sandbox/paypal/switches";
import {
  deliverWebhooks,
  eventsOf,
  inbox,
  placePayPalOrder,
  queuedWebhooks,
  readOrder,
  readPayments,
  setUpPayPalShop,
} from "@/tests/support/paypal-shop";

setUpPayPalShop();

const buyer = (email = "acheteur@sandbox.caisse.fr") => ({ email, password: "sandbox" });
const card = (number: string) => guestCardSchema.parse({ email: "invite@example.fr", name: "Jean Invité", number, expiry: "12/39", cvc: "123" });

async function capture(placed: Awaited<ReturnType<typeof placePayPalOrder>>) {
  return capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId });
}

async function emails(orderId: string, template: string) {
  const rows = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
  return rows.filter((r) => r.template === template);
}

async function postWebhook(body: string, headers: Record<string, string>): Promise<number> {
  const r = await fetch(`${env.appUrl}/api/webhooks/paypal`, { method: "POST", headers, body });
  await r.body?.cancel();
  return r.status;
}

describe("PayPal checkout over HTTP to the emulator", () => {
  it("creates the PayPal order from OUR ids and amount", async () => {
    const placed = await placePayPalOrder({ priceCents: 1250, quantity: 2 });
    expect(placed.payment).toMatchObject({ provider: "paypal", providerRef: placed.paypalOrderId, status: "pending", amountCents: placed.totalCents });
    const { data } = await paypalClient().orders.get(placed.paypalOrderId);
    expect(data.purchase_units?.[0]).toMatchObject({
      custom_id: placed.payment.id,
      invoice_id: placed.reference,
      amount: { currency_code: "EUR", value: (placed.totalCents / 100).toFixed(2) },
    });
    expect(data.status).toBe("CREATED");
  });

  it("create → approve → capture → webhooks: paid once, receipt with PayPal transaction id and payer e-mail", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    const result = await capture(placed);
    expect(result).toMatchObject({ status: "paid", receiptPath: expect.stringMatching(new RegExp(`^/commandes/${placed.reference}/recu\\?t=`)) as unknown });
    expect((await readOrder(placed.order.id)).status).toBe("paid");

    // APPROVED + CAPTURE.COMPLETED arrive after the fact: acknowledged, nothing moves twice.
    expect(await deliverWebhooks()).toEqual([200, 200]);
    const [payment] = await readPayments(placed.order.id);
    expect(payment).toMatchObject({ status: "paid", payerEmail: "acheteur@sandbox.caisse.fr", cardBrand: null });
    expect(payment!.transactionId).toMatch(/^[A-Z0-9]+$/);
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
    expect(await emails(placed.order.id, "order-confirmation-paid")).toHaveLength(1);

    const receipt = await loadReceipt(placed.order.id);
    expect(receipt).toMatchObject({ result: "accepted", methodLabel: "PayPal", transactionId: payment!.transactionId, payerEmail: "acheteur@sandbox.caisse.fr", card: null });
    const rows = await inbox();
    expect(rows.every((r) => r.verified && (r.outcome === "processed" || r.outcome === "ignored"))).toBe(true);
  });

  it("a guest pays by card through PayPal: the receipt shows the card, not a PayPal e-mail", async () => {
    const placed = await placePayPalOrder();
    await approveWithGuestCard(placed.paypalOrderId, card("4242424242424242"));
    expect(await capture(placed)).toMatchObject({ status: "paid" });
    const receipt = await loadReceipt(placed.order.id);
    expect(receipt).toMatchObject({ result: "accepted", card: "Visa •••• 4242", payerEmail: null });
  });

  it("the webhook arrives before our capture response: the webhook captures, the browser's capture replays it", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    // The buyer's browser is slow: CHECKOUT.ORDER.APPROVED comes first and captures (its own
    // PAYMENT.CAPTURE.COMPLETED follows at once), then the browser's onApprove arrives.
    const statuses = await deliverWebhooks();
    expect(statuses.length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    await deliverWebhooks();
    expect(await capture(placed)).toMatchObject({ status: "paid" });
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
    expect(await emails(placed.order.id, "order-confirmation-paid")).toHaveLength(1);
  });

  it("the browser never comes back: CHECKOUT.ORDER.APPROVED alone gets the order paid", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    await deliverWebhooks();
    await deliverWebhooks();
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    expect((await readPayments(placed.order.id))[0]!.status).toBe("paid");
  });

  it("duplicated and out-of-order webhooks change the state once", async () => {
    const placed = await placePayPalOrder();
    await updateSwitches(await getDb(), { duplicateWebhooks: 2 });
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    await paypalClient().orders.capture(placed.paypalOrderId, { requestId: `caisse-capture-${placed.payment.id}` });
    // 2 events × 3 copies, newest first: CAPTURE.COMPLETED before ORDER.APPROVED.
    const statuses = await deliverWebhooks({ reorder: true });
    expect(statuses).toHaveLength(6);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
    expect(await emails(placed.order.id, "order-confirmation-paid")).toHaveLength(1);
    const rows = await inbox();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.deliveries).sort()).toEqual([3, 3]);
  });

  describe("forged webhooks are stored, refused with 400, and change nothing", () => {
    async function capturedButNotReconciled() {
      const placed = await placePayPalOrder();
      await approveWithPaypalAccount(placed.paypalOrderId, buyer());
      // PayPal captured (e.g. from another tab) but the shop has not heard yet.
      await paypalClient().orders.capture(placed.paypalOrderId, { requestId: `caisse-capture-${placed.payment.id}` });
      const queued = await queuedWebhooks();
      const completed = queued.find((d) => d.body.includes('"PAYMENT.CAPTURE.COMPLETED"'))!;
      return { placed, delivery: completed };
    }

    async function expectUnchanged(placed: Awaited<ReturnType<typeof placePayPalOrder>>) {
      expect((await readOrder(placed.order.id)).status).toBe("pending_payment");
      expect((await readPayments(placed.order.id))[0]!.status).toBe("pending");
    }

    it("bad signature", async () => {
      const { placed, delivery } = await capturedButNotReconciled();
      const sig = Buffer.from(delivery.headers["paypal-transmission-sig"]!, "base64");
      sig[10] = sig[10]! ^ 0xff;
      expect(await postWebhook(delivery.body, { ...delivery.headers, "paypal-transmission-sig": sig.toString("base64") })).toBe(400);
      await expectUnchanged(placed);
      const [row] = await inbox();
      expect(row).toMatchObject({ verified: false, outcome: "rejected", rawBody: delivery.body });
      expect(row!.error).toContain("bad_signature");
    });

    it("body changed by one byte", async () => {
      const { placed, delivery } = await capturedButNotReconciled();
      const forged = delivery.body.replace('"event_version":"1.0"', '"event_version":"1.1"');
      expect(forged).not.toBe(delivery.body);
      expect(forged.length).toBe(delivery.body.length);
      expect(await postWebhook(forged, delivery.headers)).toBe(400);
      await expectUnchanged(placed);
    });

    it("a changed body reusing the id of an event already processed is stored apart and refused, not taken for a redelivery", async () => {
      const { placed, delivery } = await capturedButNotReconciled();
      expect(await postWebhook(delivery.body, delivery.headers)).toBe(200);
      expect((await readOrder(placed.order.id)).status).toBe("paid");
      const forged = delivery.body.replace('"event_version":"1.0"', '"event_version":"1.1"');
      expect(await postWebhook(forged, delivery.headers)).toBe(400);
      // A true redelivery (same bytes) is still a duplicate.
      expect(await postWebhook(delivery.body, delivery.headers)).toBe(200);
      const rows = await inbox();
      expect(rows.find((r) => r.rawBody === forged)).toMatchObject({ verified: false, outcome: "rejected" });
      expect(rows.find((r) => r.rawBody === delivery.body)).toMatchObject({ outcome: "processed", deliveries: 2 });
    });

    it("missing signature headers", async () => {
      const { placed, delivery } = await capturedButNotReconciled();
      const headers: Record<string, string> = { ...delivery.headers };
      delete headers["paypal-transmission-sig"];
      expect(await postWebhook(delivery.body, headers)).toBe(400);
      await expectUnchanged(placed);
    });

    it("a valid signature with a certificate on a foreign host (never fetched)", async () => {
      const { placed, delivery } = await capturedButNotReconciled();
      // The attacker signs with their own key and serves their own certificate.
      const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
      const certificatePem = buildSelfSignedCertificate({ privateKeyPem, commonName: "api.paypal.com", notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 86_400_000) });
      let fetched = 0;
      const attacker = http.createServer((_req, res) => {
        fetched++;
        res.writeHead(200, { "content-type": "application/x-pem-file" });
        res.end(certificatePem);
      });
      await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
      try {
        const transmissionId = "forged-1";
        const transmissionTime = new Date().toISOString();
        const signature = createSign("RSA-SHA256")
          .update(expectedSignedString({ transmissionId, transmissionTime }, env.paypal.webhookId, delivery.body))
          .sign(privateKeyPem, "base64");
        const certUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/sandbox/paypal/v1/notifications/certs/CERT-evil`;
        const headers = {
          ...delivery.headers,
          "paypal-transmission-id": transmissionId,
          "paypal-transmission-time": transmissionTime,
          "paypal-transmission-sig": signature,
          "paypal-cert-url": certUrl,
        };
        expect(await postWebhook(delivery.body, headers)).toBe(400);
        expect(await postWebhook(delivery.body, { ...headers, "paypal-cert-url": "https://api.paypal.com.evil.example/cert" })).toBe(400);
        expect(fetched).toBe(0);
      } finally {
        await new Promise<void>((resolve) => attacker.close(() => resolve()));
      }
      await expectUnchanged(placed);
      // The genuine delivery is still accepted afterwards (same event id, verified this time).
      expect(await deliverWebhooks()).toEqual([200, 200]);
      expect((await readOrder(placed.order.id)).status).toBe("paid");
    });
  });

  it("an event for a PayPal order that is not ours is acknowledged and changes nothing", async () => {
    const mine = await placePayPalOrder();
    // An order created with our client id but not by the shop, claiming our payment id.
    const { data } = await paypalClient().orders.create(
      { intent: "CAPTURE", purchase_units: [{ reference_id: "x", custom_id: mine.payment.id, invoice_id: "FOREIGN-1", amount: { currency_code: "EUR", value: "0.50" } }] },
      { requestId: "foreign-order-1" },
    );
    await approveWithPaypalAccount(data.id, buyer());
    expect(await deliverWebhooks()).toEqual([200]);
    const { data: after } = await paypalClient().orders.get(data.id);
    expect(after.status).toBe("APPROVED"); // never captured by the shop
    expect((await readOrder(mine.order.id)).status).toBe("pending_payment");
  });

  it("declined instrument, then the buyer picks another source on the same order and pays", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer("refus@sandbox.caisse.fr"));
    const first = await capture(placed);
    expect(first).toMatchObject({ status: "declined", message: expect.stringContaining("refusé") as unknown });
    expect((await readOrder(placed.order.id)).status).toBe("pending_payment");
    expect(await eventsOf(placed.order.id, DECLINE_EVENT)).toHaveLength(1);
    // The APPROVED webhook of the first approval: tried once more, declined again, nothing paid.
    expect(await deliverWebhooks()).toEqual([200]);
    expect((await readOrder(placed.order.id)).status).toBe("pending_payment");

    // actions.restart(): the buyer approves the same order with a working account.
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    expect(await capture(placed)).toMatchObject({ status: "paid" });
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    expect(await readPayments(placed.order.id)).toHaveLength(1);
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
  });

  it("pending capture, then completed by PayPal (webhook)", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer("attente@sandbox.caisse.fr"));
    expect(await capture(placed)).toMatchObject({ status: "pending", message: expect.stringContaining("en attente de confirmation") as unknown });
    expect(await deliverWebhooks()).toEqual([200, 200]);
    expect((await readPayments(placed.order.id))[0]!.status).toBe("pending");
    expect((await loadReceipt(placed.order.id))?.result).toBe("pending");

    const captureId = (await readPayments(placed.order.id))[0]!.transactionId!;
    expect(await settlePendingCapture(captureId, "COMPLETED")).toBe(true);
    expect(await deliverWebhooks()).toEqual([200]);
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
  });

  it("pending capture, then denied: the payment fails and the order can be paid again", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer("litige@sandbox.caisse.fr"));
    expect(await capture(placed)).toMatchObject({ status: "pending" });
    await deliverWebhooks();
    const captureId = (await readPayments(placed.order.id))[0]!.transactionId!;
    await settlePendingCapture(captureId, "DENIED");
    expect(await deliverWebhooks()).toEqual([200]);
    const [payment] = await readPayments(placed.order.id);
    expect(payment).toMatchObject({ status: "failed", failureCode: "declined" });
    expect((await readOrder(placed.order.id)).status).toBe("payment_failed");
    const receipt = await loadReceipt(placed.order.id);
    expect(receipt).toMatchObject({ result: "refused", canRetry: true });

    // Paying again from the checkout buttons: a new attempt and a new PayPal order.
    const again = await startPayPalForOrder({ reference: placed.reference, token: placed.token });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.paypalOrderId).not.toBe(placed.paypalOrderId);
    await approveWithPaypalAccount(again.paypalOrderId, buyer());
    expect(await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: again.paypalOrderId })).toMatchObject({ status: "paid" });
    const attempts = await readPayments(placed.order.id);
    expect(attempts.map((p) => [p.attempt, p.status])).toEqual([
      [1, "failed"],
      [2, "paid"],
    ]);
    const { data } = await paypalClient().orders.get(again.paypalOrderId);
    expect(data.purchase_units?.[0]?.invoice_id).toBe(`${placed.reference}-2`);
  });

  it("a refund webhook after an admin refund is not recorded twice", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    await capture(placed);
    await deliverWebhooks();
    // The admin refunds 10,00 € (then the shop reconciles, as the admin flow does).
    const refund = await paypalGateway().refund(placed.paypalOrderId, 1000, `admin-${placed.payment.id}-1`);
    expect(refund).toMatchObject({ amountCents: 1000, status: "completed" });
    // A double click on "Rembourser": the same key replays, no second refund.
    expect(await paypalGateway().refund(placed.paypalOrderId, 1000, `admin-${placed.payment.id}-1`)).toMatchObject({ refundRef: refund.refundRef });
    await reconcilePayment("paypal", placed.paypalOrderId, { source: "admin" });
    expect(await deliverWebhooks()).toEqual([200]);
    const [payment] = await readPayments(placed.order.id);
    expect(payment).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(await eventsOf(placed.order.id, "payment_refund_recorded")).toHaveLength(1);
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
  });

  it("cancelling leaves the order payable: the next click reuses the same PayPal order", async () => {
    const placed = await placePayPalOrder();
    await cancelApproval(placed.paypalOrderId);
    const again = await startPayPalForOrder({ reference: placed.reference, token: placed.token });
    expect(again).toMatchObject({ ok: true, paypalOrderId: placed.paypalOrderId });
    await approveWithGuestCard(placed.paypalOrderId, card("4242424242424242"));
    expect(await capture(placed)).toMatchObject({ status: "paid" });
  });

  it("retry and payment-link path: redirect to PayPal's approval page, the return page captures", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer("litige@sandbox.caisse.fr"));
    await capture(placed);
    await settlePendingCapture((await readPayments(placed.order.id))[0]!.transactionId!, "DENIED");
    await deliverWebhooks();
    await deliverWebhooks();
    expect((await readOrder(placed.order.id)).status).toBe("payment_failed");

    const retried = await retryOrderPayment({ orderId: placed.order.id, actor: { type: "customer" }, method: "paypal", provider: "paypal" });
    expect(retried.ok).toBe(true);
    if (!retried.ok) return;
    expect(new URL(retried.redirectUrl).pathname).toBe(`/sandbox/paypal/checkout/${retried.providerRef}`);
    const { data } = await paypalClient().orders.get(retried.providerRef);
    expect(data.status).toBe("CREATED");
    await approveWithPaypalAccount(retried.providerRef, buyer());
    // Back on /commandes/…/retour: reconcile → the approved order is captured.
    const back = await checkPaymentOnReturn(placed.order.id);
    expect(back.state).toBe("final");
    expect((await readOrder(placed.order.id)).status).toBe("paid");
  });

  it("the receipt's retry on a PayPal order pays through PayPal again (the method choice lives in lib)", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer("litige@sandbox.caisse.fr"));
    await capture(placed);
    await settlePendingCapture((await readPayments(placed.order.id))[0]!.transactionId!, "DENIED");
    await deliverWebhooks();
    await deliverWebhooks();
    const retried = await retryPaymentAsCustomer({ order: await readOrder(placed.order.id), userId: null });
    expect(retried.ok).toBe(true);
    if (!retried.ok) return;
    expect(new URL(retried.redirectUrl).pathname).toBe(`/sandbox/paypal/checkout/${retried.providerRef}`);
    expect((await readPayments(placed.order.id)).map((p) => [p.attempt, p.method, p.provider])).toEqual([
      [1, "paypal", "paypal"],
      [2, "paypal", "paypal"],
    ]);
  });

  it("a webhook that would fail the same way again is answered 200 and kept as failed for a replay; a retryable one stays 503", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    try {
      overrideGatewayForTests("paypal", () => ({ ...createPayPalGateway(), retrieve: () => Promise.reject(new GatewayError("provider_rejected", "injected", { provider: "paypal", status: 422 })) }));
      // PayPal would resend a 422 for three days: acknowledged instead, the inbox row says what failed.
      const statuses = await deliverWebhooks();
      expect(statuses.length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((status) => status === 200)).toBe(true);
      const rows = await inbox();
      expect(rows).toHaveLength(statuses.length);
      for (const r of rows) {
        expect(r).toMatchObject({ verified: null, outcome: "failed" });
        expect(r.error).toMatch(/^provider_refuses_request: /);
      }
      const row = rows[0];

      overrideGatewayForTests("paypal", () => ({ ...createPayPalGateway(), retrieve: () => Promise.reject(new GatewayError("provider_unavailable", "injected", { provider: "paypal", status: 503 })) }));
      const again = await fetch(`${env.appUrl}/api/webhooks/paypal`, { method: "POST", headers: row!.headers, body: row!.rawBody });
      expect(again.status).toBe(503);
      expect(await again.json()).toEqual({ outcome: "failed", failure: "provider_unreachable" });
    } finally {
      overrideGatewayForTests("paypal", null);
    }
    expect((await readOrder(placed.order.id)).status).toBe("pending_payment");
  });

  it("a genuine delivery resent by hand is verified and applied", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    const [delivery] = await queuedWebhooks();
    expect(await postWebhook(delivery!.body, delivery!.headers)).toBe(200);
    expect((await readOrder(placed.order.id)).status).toBe("paid");
    expect(await postWebhook(delivery!.body, delivery!.headers)).toBe(200);
    expect(await eventsOf(placed.order.id, "payment_paid")).toHaveLength(1);
  });

  it("the verify-webhook-signature API path (PAYPAL_WEBHOOK_VERIFICATION=api, or fallback) agrees with offline verification", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer());
    const [delivery] = await queuedWebhooks();
    const headers = readTransmissionHeaders(new Headers(delivery!.headers))!;
    const opts = { webhookId: env.paypal.webhookId, client: paypalClient() };
    expect(await verifyWithApi(headers, delivery!.body, opts)).toEqual({ ok: true, method: "api" });
    const tampered = delivery!.body.replace('"event_version":"1.0"', '"event_version":"1.1"');
    expect(await verifyWithApi(headers, tampered, opts)).toMatchObject({ ok: false, reason: "bad_signature" });
    expect(await verifyWithApi(headers, delivery!.body, { ...opts, webhookId: "WH-OTHER" })).toMatchObject({ ok: false, reason: "bad_signature" });
  });
});
