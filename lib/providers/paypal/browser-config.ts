import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/shared/env";

/** What the PayPal buttons need in the browser: public values only (never the secret). */
export type PayPalButtonsConfig = {
  clientId: string;
  /** Where the browser SDK is loaded from: the emulator's stand-in in sandbox mode, null for PayPal's own. */
  sdkBaseUrl: string | null;
  /** This request's CSP nonce (proxy.ts), so the SDK <script> is allowed by the Content-Security-Policy. */
  nonce: string | null;
};

/** For a server component to pass down to <PayPalCheckoutButtons>. */
export async function paypalButtonsConfig(): Promise<PayPalButtonsConfig> {
  const nonce = (await headers()).get("x-nonce");
  return { clientId: env.paypal.clientId, sdkBaseUrl: env.paypal.sdkBaseUrl ?? null, nonce };
}
