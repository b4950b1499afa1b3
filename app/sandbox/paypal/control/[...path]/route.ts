import { handlePaypalControlRequest } from "@/lib/sandbox/paypal/control";
import { emulatorControlOptions } from "../../../emulator-options";
import { emulatorOff } from "../../../sandbox-guard";

/* The emulator's own switches and test controls (fault injection, settle a pending capture, …), behind Authorization: Bearer $CRON_SECRET. */

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  return emulatorOff("paypal") ?? handlePaypalControlRequest(request, emulatorControlOptions());
}

export { handle as GET, handle as POST };
