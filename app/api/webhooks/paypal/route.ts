import { requestIdFrom, withRequestId } from "@/lib/shared/request-context";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";

export const dynamic = "force-dynamic";
// Signature checks use node:crypto and node:zlib (CRC32): not the Edge runtime.
export const runtime = "nodejs";

/**
 * PayPal webhooks: raw body into the inbox first, signature verified (offline with the
 * certificate, or PayPal's API), then the PayPal order re-fetched and reconciled — see
 * lib/use-cases/handle-notification.ts and lib/providers/paypal/gateway.ts (verifyNotification).
 */
export async function POST(request: Request): Promise<Response> {
  return withRequestId(requestIdFrom(request.headers), () => handlePaymentNotification("paypal", request));
}
