import { env } from "@/lib/env";
import { handlePayplugApiRequest } from "@/lib/sandbox/payplug/api";
import { payplugSandboxOff } from "../sandbox-guard";

export const dynamic = "force-dynamic";

/** PayPlug's unauthenticated health check, GET /test. */
export async function GET(request: Request): Promise<Response> {
  return payplugSandboxOff() ?? handlePayplugApiRequest(request, { publicBaseUrl: env.appUrl });
}
