import { requestIdFrom, withRequestId } from "@/lib/shared/request-context";
import { handlePaymentNotification } from "@/lib/use-cases/handle-notification";

export const dynamic = "force-dynamic";

/** PayPlug notifications (IPN): stored, re-fetched by id, reconciled — see lib/use-cases/handle-notification.ts. */
export async function POST(request: Request): Promise<Response> {
  return withRequestId(requestIdFrom(request.headers), () => handlePaymentNotification("payplug", request));
}
