import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "@/lib/db/client";

/** Empties every table of the shop and of the emulators (between tests sharing a database). */
export async function resetDatabase(): Promise<Db> {
  const db = await getDb();
  const result = await db.execute(sql`
    select quote_ident(schemaname) || '.' || quote_ident(tablename) as name
    from pg_tables where schemaname in ('public', 'sandbox')`);
  const names = rowsOf<{ name: string }>(result).map((r) => r.name);
  if (names.length) await db.execute(sql.raw(`truncate ${names.join(", ")} restart identity cascade`));
  return db;
}
