import { handleCronRequest } from "@/lib/jobs/cron-handler";
import { requestIdFrom, withRequestId } from "@/lib/shared/request-context";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ job: string }> };

async function handle(request: Request, context: Context): Promise<Response> {
  const { job } = await context.params;
  return withRequestId(requestIdFrom(request.headers), () => handleCronRequest(request, job));
}

export { handle as GET, handle as POST };
