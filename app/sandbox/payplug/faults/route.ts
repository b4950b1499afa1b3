import { handlePayplugFaultsRequest } from "@/lib/sandbox/payplug/admin";
import { payplugSandboxOff } from "../sandbox-guard";

export const dynamic = "force-dynamic";

/** Fault injection switches of the PayPlug emulator (see docs/sandbox.md). */
async function handle(request: Request): Promise<Response> {
  return payplugSandboxOff() ?? handlePayplugFaultsRequest(request);
}

export { handle as GET, handle as POST, handle as DELETE };
