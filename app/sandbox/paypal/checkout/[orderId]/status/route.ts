import { getDb } from "@/lib/db/client";
import { getApprovalStatus } from "@/lib/sandbox/paypal/approval";
import { emulatorOff } from "../../../../sandbox-guard";

/* What the SDK stand-in polls while the approval window is open (same origin, no secrets in it). */

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ orderId: string }> }): Promise<Response> {
  const off = emulatorOff("paypal");
  if (off) return off;
  const { orderId } = await ctx.params;
  const status = /^[A-Z0-9]{1,36}$/.test(orderId) ? await getApprovalStatus(await getDb(), orderId) : null;
  return Response.json(status ?? { error: "not_found" }, { status: status ? 200 : 404, headers: { "cache-control": "no-store" } });
}
