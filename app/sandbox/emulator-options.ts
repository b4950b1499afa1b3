import "server-only";
import { env } from "@/lib/shared/env";
import type { ControlOptions } from "@/lib/sandbox/control-auth";
import type { PayplugApiOptions } from "@/lib/sandbox/payplug/api";
import type { PaypalApiOptions } from "@/lib/sandbox/paypal/api";
import type { PaypalControlOptions } from "@/lib/sandbox/paypal/control";

/*
 * What the emulators need to know about the shop they serve, from its configuration (lib/sandbox
 * reads none): its public URL (the only origin they notify and redirect to), its PayPal webhook
 * endpoint and id, and the secret of their control endpoints (CRON_SECRET).
 */

export function payplugEmulatorOptions(): PayplugApiOptions {
  return { publicBaseUrl: env.appUrl };
}

export function paypalEmulatorOptions(): PaypalApiOptions {
  return {
    webhookId: env.paypal.webhookId,
    webhookUrl: `${env.appUrl}/api/webhooks/paypal`,
    baseUrl: `${env.appUrl}/sandbox/paypal`,
    shopUrl: env.appUrl,
  };
}

export function emulatorControlOptions(): ControlOptions & PaypalControlOptions {
  return { controlSecret: env.cronSecret, shopUrl: env.appUrl };
}
