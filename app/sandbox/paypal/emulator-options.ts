import "server-only";
import { env } from "@/lib/env";
import type { PaypalApiOptions } from "@/lib/sandbox/paypal/api";

/** With real PayPal credentials the emulator does not exist: every /sandbox/paypal URL answers 404. */
export function paypalSandboxOff(): Response | null {
  return env.paypal.sandbox ? null : new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
}

/** What the emulator needs to know about the shop: its webhook endpoint and webhook id, and its public URL. */
export function paypalEmulatorOptions(): PaypalApiOptions {
  return {
    webhookId: env.paypal.webhookId,
    webhookUrl: `${env.appUrl}/api/webhooks/paypal`,
    baseUrl: `${env.appUrl}/sandbox/paypal`,
  };
}
