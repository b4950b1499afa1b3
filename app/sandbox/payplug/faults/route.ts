import { handlePayplugFaultsRequest } from "@/lib/sandbox/payplug/admin";
import { emulatorControlOptions } from "../../emulator-options";
import { emulatorOff } from "../../sandbox-guard";

export const dynamic = "force-dynamic";

/** Fault injection switches of the PayPlug emulator (Authorization: Bearer $CRON_SECRET; see docs/sandbox.md). */
async function handle(request: Request): Promise<Response> {
  return emulatorOff("payplug") ?? handlePayplugFaultsRequest(request, emulatorControlOptions());
}

export { handle as GET, handle as POST, handle as DELETE };
