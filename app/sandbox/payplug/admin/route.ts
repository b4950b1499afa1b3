import { handlePayplugAdminRequest } from "@/lib/sandbox/payplug/admin";
import { emulatorControlOptions } from "../../emulator-options";
import { emulatorOff } from "../../sandbox-guard";

export const dynamic = "force-dynamic";

/** Test hooks of the PayPlug emulator (Authorization: Bearer $CRON_SECRET): deliver due notifications, charge the next installment, expire a payment. */
export async function POST(request: Request): Promise<Response> {
  return emulatorOff("payplug") ?? handlePayplugAdminRequest(request, emulatorControlOptions());
}
