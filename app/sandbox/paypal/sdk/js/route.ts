import { paypalSdkScript } from "@/lib/sandbox/paypal/sdk-script";
import { emulatorOff } from "../../../sandbox-guard";

/*
 * The stand-in for PayPal's browser SDK (https://www.paypal.com/sdk/js): what PayPalScriptProvider
 * loads when sdkBaseUrl points here. Plain JavaScript, the same for every query string.
 */

export const dynamic = "force-dynamic";

export function GET(): Response {
  return (
    emulatorOff("paypal") ??
    new Response(paypalSdkScript(), {
      status: 200,
      headers: { "content-type": "application/javascript; charset=utf-8", "cache-control": "no-cache", "x-content-type-options": "nosniff" },
    })
  );
}
