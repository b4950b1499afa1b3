import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { log } from "@/lib/shared/log";

export const dynamic = "force-dynamic";

/** 200 once migrations have run and the database answers; 503 otherwise (load balancers retry). */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log.error("health", "database check failed", error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
