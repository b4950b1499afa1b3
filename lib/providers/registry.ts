import "server-only";
import type { PaymentProvider } from "@/lib/db/schema";
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
