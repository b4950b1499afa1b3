import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { payplugEmulatorOptions } from "../../../emulator-options";
import { emulatorOff } from "../../../sandbox-guard";

export const dynamic = "force-dynamic";

/** The emulated api.payplug.com/v1 (sandbox mode only). payment_url points at this shop's own host. */
async function handle(request: Request): Promise<Response> {
  return emulatorOff("payplug") ?? handlePayplugApiRequest(request, payplugEmulatorOptions());
}

export { handle as GET, handle as POST, handle as PATCH, handle as PUT, handle as DELETE };
