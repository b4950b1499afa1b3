import { handlePaypalApiRequest } from "@/lib/sandbox/paypal/api";
import { paypalEmulatorOptions } from "../../../emulator-options";
import { emulatorOff } from "../../../sandbox-guard";

/* The PayPal emulator's REST API: the same paths as below https://api-m.paypal.com (sandbox mode only). */

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  return emulatorOff("paypal") ?? handlePaypalApiRequest(request, paypalEmulatorOptions());
}

export { handle as GET, handle as POST, handle as PATCH, handle as PUT, handle as DELETE };
