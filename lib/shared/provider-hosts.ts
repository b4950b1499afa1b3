/**
 * The payment providers' hosts, by the store they lead to. A live shop must trust only the live
 * hosts: a sandbox host in a live allow-list lets a test payment (no money) or a sandbox
 * certificate pass for a real one. A test shop (PayPlug sk_test_ key, PayPal's sandbox) trusts only
 * the test hosts; our own emulators live on the shop's origin, which callers add themselves.
 *
 * Pure data, shared by the configuration (lib/shared/env.ts), the providers' adapters and the
 * Content-Security-Policy (lib/shared/content-security-policy.ts), so the lists exist once.
 */

/** Whether a provider takes real money ("live") or runs on test credentials or our emulator ("test"). */
export type PaymentMode = "live" | "test";

export const PAYPAL_HOSTS = {
  live: {
    /** REST API: api-m is today's name; api.paypal.com still appears in webhook cert_url values (specs §1.1). */
    api: ["api-m.paypal.com", "api.paypal.com"],
    /** Where the buyer approves a payment (redirect flow) and where the browser SDK comes from. */
    checkout: ["www.paypal.com"],
  },
  test: {
    api: ["api-m.sandbox.paypal.com", "api.sandbox.paypal.com"],
    checkout: ["www.sandbox.paypal.com"],
  },
} as const satisfies Record<PaymentMode, { api: readonly string[]; checkout: readonly string[] }>;

export const PAYPLUG_HOSTS = {
  live: {
    /** One API for both stores: the key (sk_live_ / sk_test_) picks the store (specs payplug §1). */
    api: ["api.payplug.com"],
    hostedPages: ["secure.payplug.com"],
  },
  test: {
    api: ["api.payplug.com"],
    // Test payments are served on secure.payplug.com too (/pay/test/…); PayPlug's modules use the
    // QA host in test mode (specs payplug §12).
    hostedPages: ["secure.payplug.com", "secure-qa.payplug.com"],
  },
} as const satisfies Record<PaymentMode, { api: readonly string[]; hostedPages: readonly string[] }>;

/** Whether a base URL is PayPal's live REST API (https, no port, one of the live hosts). */
export function isLivePayPalApiUrl(apiUrl: string): boolean {
  return isHttpsOn(apiUrl, PAYPAL_HOSTS.live.api);
}

/** Whether a base URL is PayPlug's API (https, no port). */
export function isPayPlugApiUrl(apiUrl: string): boolean {
  return isHttpsOn(apiUrl, PAYPLUG_HOSTS.live.api);
}

function isHttpsOn(url: string, hosts: readonly string[]): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === "https:" && parsed.port === "" && hosts.includes(parsed.hostname);
}
