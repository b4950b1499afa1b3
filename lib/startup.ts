import "server-only";
import { getDb } from "@/lib/db/client";
import { isEmpty, seedDemoData } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/** Everything a server process does once before serving. */
export async function startup(): Promise<void> {
  const db = await getDb();
  if (env.demoData && (await isEmpty(db))) {
    const seeded = await seedDemoData(db);
    log.info("seed", "demo data created", seeded);
  }
  const { startBackgroundWorkers } = await import("@/lib/jobs/workers");
  startBackgroundWorkers();
}
