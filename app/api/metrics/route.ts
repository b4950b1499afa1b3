import { getDb } from "@/lib/db/client";
import { metricsResponse } from "@/lib/operations/metrics";
import { env } from "@/lib/shared/env";

export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint, `Authorization: Bearer $METRICS_TOKEN` (lib/operations/metrics.ts). */
export function GET(request: Request): Promise<Response> {
  return metricsResponse(request, env.metricsToken, getDb);
}
