/*
 * npm run db:seed: creates the demo catalogue and demo accounts (idempotent), only with
 * DEMO_DATA=true or on a local development database (lib/shared/env.ts, demoDataDecision): a real
 * shop never gets the demo accounts. Says on stdout what it did and why; exits 1 when it refused.
 * Runs under `node --import tsx --import ./scripts/node-loader.ts` so lib/ imports as under Next.
 */
import { closeDb, getDb } from "@/lib/db/client";
import { seedDemoShopIfAllowed } from "@/lib/demo/seed-demo";

async function main(): Promise<number> {
  try {
    const outcome = await seedDemoShopIfAllowed(getDb);
    for (const line of outcome.lines) console.log(line);
    return outcome.seeded ? 0 : 1;
  } finally {
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
