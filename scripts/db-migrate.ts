/*
 * npm run db:migrate: applies the migrations in drizzle/ to DATABASE_URL (PostgreSQL) or to the
 * PGlite directory (PGLITE_DIR). The app also migrates on start; this is for deploy pipelines.
 * Runs under `node --conditions=react-server --import tsx` so `server-only` resolves outside Next.
 */
import { closeDb, getHolder } from "@/lib/db/client";

async function main() {
  const holder = await getHolder(); // opening the database runs the migrations
  console.log(`Migrations appliquées (${holder.driver}).`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
