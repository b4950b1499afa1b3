import { handlePayplugAdminRequest } from "@/lib/sandbox/payplug/admin";
import { payplugSandboxOff } from "../sandbox-guard";

export const dynamic = "force-dynamic";

/** Test hooks of the PayPlug emulator: deliver due notifications, charge the next installment, expire a payment. */
export async function POST(request: Request): Promise<Response> {
  return payplugSandboxOff() ?? handlePayplugAdminRequest(request);
}
