import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notFoundResponse } from "@/lib/documents/pdf-response";
import { parseOrderListQuery } from "@/lib/orders/order-list-query";
import { ordersCsvFileName, ordersCsvStream } from "@/lib/use-cases/export-orders-csv";
import { todayInParis } from "@/lib/shared/dates";

export const dynamic = "force-dynamic";

/** The orders of the list's current filter as CSV (French conventions), streamed; 404 to anyone but an admin. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "admin" || adminMustEnrolSecondFactor(user)) return notFoundResponse();
  const { query } = parseOrderListQuery(Object.fromEntries(new URL(request.url).searchParams));
  return new Response(ordersCsvStream(await getDb(), query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ordersCsvFileName(todayInParis())}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
