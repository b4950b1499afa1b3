import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { payplugEmulatorOptions } from "../../emulator-options";
import { emulatorOff } from "../../sandbox-guard";

export const dynamic = "force-dynamic";

/** PayPlug's unauthenticated health check, GET /test. */
export async function GET(request: Request): Promise<Response> {
  return emulatorOff("payplug") ?? handlePayplugApiRequest(request, payplugEmulatorOptions());
}
