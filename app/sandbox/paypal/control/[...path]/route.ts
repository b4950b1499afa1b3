import { handlePaypalControlRequest } from "@/lib/sandbox/paypal/control";
import { paypalSandboxOff } from "../../emulator-options";

/* The emulator's own switches and test controls (fault injection, settle a pending capture, …). */

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  return paypalSandboxOff() ?? handlePaypalControlRequest(request);
}

export { handle as GET, handle as POST };
