import "server-only";
import type { PaymentProvider } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import type { PaymentMode } from "@/lib/shared/provider-hosts";
import { paypalGateway } from "@/lib/providers/paypal/gateway";
import { payplugGateway } from "@/lib/providers/payplug/gateway";
import type { PaymentGateway } from "@/lib/providers/types";

/** The only place that maps a provider name to its gateway. */

const DEFAULTS: Record<PaymentProvider, () => PaymentGateway> = {
  payplug: payplugGateway,
  paypal: paypalGateway,
};
const GATEWAYS: Partial<Record<PaymentProvider, () => PaymentGateway>> = { ...DEFAULTS };

export function findGateway(provider: PaymentProvider): PaymentGateway | null {
  return GATEWAYS[provider]?.() ?? null;
}

export function getGatewayOrThrow(provider: PaymentProvider): PaymentGateway {
  const gateway = findGateway(provider);
  if (!gateway) throw new Error(`No gateway registered for ${provider}`);
  return gateway;
}

/** Test hook: serve a provider with another gateway (a stub), or restore the default with null. */
export function overrideGatewayForTests(provider: PaymentProvider, factory: (() => PaymentGateway) | null): void {
  GATEWAYS[provider] = factory ?? DEFAULTS[provider];
}

/**
 * Whether the shop takes real money through this provider ("live") or not ("test": a PayPlug
 * sk_test_ key, PayPal's sandbox, or the built-in emulator). A payment the provider reports as
 * test while this says live — or the reverse — must not be trusted, and an order paid in test
 * mode must not ship. Decided once, at start-up, by lib/shared/env.ts.
 */
export function providerMode(provider: PaymentProvider): PaymentMode {
  return env[provider].mode;
}
