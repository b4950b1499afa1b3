import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handlePaypalApiRequest } from "@/lib/sandbox/paypal/api";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { clearPayPalTokenCache, paypalClient } from "@/lib/providers/paypal/client";
import { PAYPAL_WEBHOOK_EVENTS } from "@/lib/providers/paypal/gateway";
import { payplugClient } from "@/lib/providers/payplug/client";
import { isGatewayError } from "@/lib/providers/errors";
import { env } from "@/lib/shared/env";
import { checkPayPlugKey } from "@/lib/use-cases/check-payplug-key";
import { registerPayPalWebhook } from "@/lib/use-cases/register-paypal-webhook";
import { resetDatabase } from "@/tests/support/db";
import { startTestServer } from "@/tests/support/http-server";

/*
 * npm run paypal:webhook and npm run payplug:check against the emulators over real HTTP: the
 * emulated REST surfaces (POST/GET/PATCH /v1/notifications/webhooks, GET /v1/payments) behave as
 * the providers document, and the commands use them as they would the real ones.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer(async (request) => {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/sandbox/paypal/")) return handlePaypalApiRequest(request, { webhookId: env.paypal.webhookId, webhookUrl: `${env.appUrl}/api/webhooks/paypal` });
    if (path.startsWith("/sandbox/payplug/")) return handlePayplugApiRequest(request, { publicBaseUrl: env.appUrl });
    return new Response("not found", { status: 404 });
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  await resetDatabase();
  clearPayPalTokenCache();
});

const HOOK_URL = "https://boutique.example.fr/api/webhooks/paypal";

describe("npm run paypal:webhook", () => {
  it("creates the webhook for every event the shop handles, then finds it unchanged", async () => {
    const first = await registerPayPalWebhook(paypalClient(), HOOK_URL);
    expect(first).toMatchObject({ action: "created", url: HOOK_URL });
    expect(first.id).toMatch(/^[A-Z0-9]{17}$/);
    const { data } = await paypalClient().webhooks.list();
    expect(data.webhooks).toHaveLength(1);
    expect(data.webhooks[0]!.event_types.map((t) => t.name).sort()).toEqual([...PAYPAL_WEBHOOK_EVENTS].sort());
    expect(await registerPayPalWebhook(paypalClient(), HOOK_URL)).toMatchObject({ action: "unchanged", id: first.id });
  });

  it("adds the missing event types to a webhook registered by hand, keeping its id", async () => {
    const { data: manual } = await paypalClient().webhooks.create({ url: HOOK_URL, event_types: [{ name: "PAYMENT.CAPTURE.COMPLETED" }, { name: "BILLING.SUBSCRIPTION.CREATED" }] });
    const result = await registerPayPalWebhook(paypalClient(), HOOK_URL);
    expect(result).toMatchObject({ action: "updated", id: manual.id });
    const { data } = await paypalClient().webhooks.list();
    const names = data.webhooks[0]!.event_types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([...PAYPAL_WEBHOOK_EVENTS, "BILLING.SUBSCRIPTION.CREATED"]));
  });

  it("the emulator refuses a second webhook on the same URL, and a URL that is not https", async () => {
    await registerPayPalWebhook(paypalClient(), HOOK_URL);
    for (const url of [HOOK_URL, "http://boutique.example.fr/api/webhooks/paypal"]) {
      const error = await paypalClient()
        .webhooks.create({ url, event_types: [{ name: "PAYMENT.CAPTURE.COMPLETED" }] })
        .catch((e: unknown) => e);
      expect(isGatewayError(error) && error.details.status).toBe(400);
    }
  });

  it("the command prints the id to put in PAYPAL_WEBHOOK_ID", async () => {
    // The child inherits this worker's environment: APP_URL points at the emulator served above.
    const { stdout } = await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/paypal-webhook.ts", "--url", HOOK_URL], { timeout: 60_000 });
    const id = /^PAYPAL_WEBHOOK_ID=([A-Z0-9]{17})$/m.exec(stdout)?.[1];
    expect(stdout).toContain("Webhook créé chez l'émulateur PayPal");
    const { data } = await paypalClient().webhooks.list();
    expect(data.webhooks.map((w) => w.id)).toEqual([id]);
  });
});

describe("npm run payplug:check", () => {
  it.each([
    ["sk_test_abcdefgh1234", "test"],
    ["sk_live_abcdefgh1234", "live"],
  ] as const)("says %s opens PayPlug's %s store", async (key, mode) => {
    expect(await checkPayPlugKey(payplugClient({ secretKey: key }), key)).toEqual({ ok: true, mode });
  });

  it("says what to do with a key PayPlug refuses", async () => {
    const result = await checkPayPlugKey(payplugClient({ secretKey: "sk_test_x", maxRetries: 0 }), "sk_test_x");
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("PayPlug refuse cette clé") as unknown });
  });
});
