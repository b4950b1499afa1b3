import "server-only";
import { getDb } from "@/lib/db/client";
import { isEmpty } from "@/lib/demo/demo-data";
import { seedDemoShop } from "@/lib/demo/seed-demo";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";

/** Everything a server process does once before serving. */
export async function startup(): Promise<void> {
  const db = await getDb();
  if (env.demoData && (await isEmpty(db))) {
    const seeded = await seedDemoShop(db);
    log.info("seed", "demo data created", { ...seeded, why: env.demoDataReason });
  }
  const { startBackgroundWorkers } = await import("@/lib/jobs/workers");
  startBackgroundWorkers();
}
