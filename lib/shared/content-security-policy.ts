import { PAYPAL_HOSTS, type PaymentMode } from "./provider-hosts";

/**
 * The Content-Security-Policy of the shop's pages and of its machine endpoints (proxy.ts sets
 * them). PayPal's browser SDK and the providers' hosted pages are the only third parties, and only
 * those of the shop's mode are named: a live shop lists PayPal's live site and PayPlug's live
 * hosted page, a test shop their sandbox ones, and a shop on the emulators none (the emulators are
 * the shop's own origin, 'self').
 */

export type CspPayments = {
  /** Hosts of PayPlug's hosted card page for this configuration (PAYPLUG_HOSTED_PAGE_HOSTS or its default). */
  payplugHostedPageHosts: readonly string[];
  paypal: { enabled: boolean; sandbox: boolean; mode: PaymentMode };
};

/** JSON and machine endpoints render nothing: nothing may load, run or frame from them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** A host[:port] as PAYPLUG_HOSTED_PAGE_HOSTS lists them; anything else cannot go into a CSP. */
const HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

/**
 * Where PayPal's SDK loads scripts, frames, images and calls from: the mode's site, plus the
 * wildcards PayPal's own CSP advice gives (*.paypal.com, *.paypalobjects.com), because the SDK
 * uses subdomains PayPal does not list. A CSP wildcard cannot leave out www.sandbox.paypal.com;
 * where a buyer is sent and what is trusted (form-action here, the approval redirect check, the
 * webhook certificate hosts) name exact hosts of the mode instead.
 */
function paypalSdkSources(paypal: CspPayments["paypal"]): string[] {
  if (!paypal.enabled || paypal.sandbox) return [];
  return [...PAYPAL_HOSTS[paypal.mode].checkout.map((h) => `https://${h}`), "https://*.paypal.com", "https://*.paypalobjects.com"];
}

/**
 * form-action: the shop itself, PayPlug's hosted card pages (https) and PayPal's approval page. A
 * form posting to a server action that redirects to the hosted page is subject to it. With the
 * emulators the hosted page and the approval window are the shop's own host, already 'self'.
 */
function formActionSources(appUrl: string, payments: CspPayments): string[] {
  const own = new URL(appUrl).host;
  const payplug = payments.payplugHostedPageHosts.filter((h) => h !== own && HOST.test(h)).map((h) => `https://${h}`);
  const { paypal } = payments;
  const approval = paypal.enabled && !paypal.sandbox ? PAYPAL_HOSTS[paypal.mode].checkout.map((h) => `https://${h}`) : [];
  return ["'self'", ...new Set([...payplug, ...approval])];
}

/** The pages' policy, with this request's nonce (Next applies it to its own scripts). */
export function pageContentSecurityPolicy(input: { nonce: string; dev: boolean; appUrl: string; payments: CspPayments }): string {
  const paypal = paypalSdkSources(input.payments.paypal).map((s) => ` ${s}`).join("");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${input.nonce}' 'strict-dynamic'${input.dev ? " 'unsafe-eval'" : ""}${paypal}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:${paypal}`,
    "font-src 'self'",
    `connect-src 'self'${paypal}${input.dev ? " ws: wss:" : ""}`,
    `frame-src 'self'${paypal}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formActionSources(input.appUrl, input.payments).join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}
