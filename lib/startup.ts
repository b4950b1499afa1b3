import "server-only";
import { getHolder } from "@/lib/db/client";
import { isEmpty } from "@/lib/demo/demo-data";
import { seedDemoShop } from "@/lib/demo/seed-demo";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";

/** Everything a server process does once before serving. */
export async function startup(): Promise<void> {
  const { db, lock } = await getHolder();
  if (env.demoData) {
    // Several instances starting at once: one seeds, the others then find the shop not empty.
    await lock("demo-seed", async () => {
      if (!(await isEmpty(db))) return;
      const seeded = await seedDemoShop(db);
      log.info("seed", "demo data created", { ...seeded, why: env.demoDataReason });
    });
  }
  const { startBackgroundWorkers } = await import("@/lib/jobs/workers");
  startBackgroundWorkers();
}
