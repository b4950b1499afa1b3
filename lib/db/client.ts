import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import * as shopSchema from "./schema";
import * as sandboxSchema from "@/lib/db/sandbox-schema";
import { acquireDirectoryLock } from "./pglite-lock";

export const schema = { ...shopSchema, ...sandboxSchema };
type Schema = typeof schema;

/** The database, whichever driver is behind it (PGlite or postgres.js): same schema, same queries. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

type Holder = { db: Db; close: () => Promise<void>; driver: "pglite" | "postgres" };

// Next bundles instrumentation, route handlers and server components as separate module graphs:
// a module-level singleton would open PGlite twice in one process. globalThis is shared.
const globalKey = Symbol.for("caisse.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Holder> };
const g = globalThis as GlobalWithDb;

async function open(): Promise<Holder> {
  const started = Date.now();
  const migrationsFolder = path.join(process.cwd(), "drizzle");
  if (env.databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(env.databaseUrl, { max: 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    log.info("db", `postgres ready, migrated in ${Date.now() - started} ms`);
    return { db: db as unknown as Db, close: () => client.end(), driver: "postgres" };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const inMemory = env.pgliteDir === "memory://" || env.pgliteDir === ":memory:";
  let releaseLock = () => {};
  let client;
  if (inMemory) {
    client = new PGlite();
  } else {
    const dir = path.resolve(env.pgliteDir);
    fs.mkdirSync(dir, { recursive: true });
    // PGlite has no lock of its own: two processes on one directory silently lose writes.
    releaseLock = acquireDirectoryLock(dir);
    client = new PGlite(dir);
  }
  try {
    await client.waitReady;
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    log.info("db", `pglite ${inMemory ? "in memory" : env.pgliteDir} ready, migrated in ${Date.now() - started} ms`);
    return {
      db: db as unknown as Db,
      close: async () => {
        await client.close();
        releaseLock();
      },
      driver: "pglite",
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/** The database, opened and migrated on first use. A failed open is forgotten so the next call retries. */
export function getDb(): Promise<Db> {
  return getHolder().then((h) => h.db);
}

export function getHolder(): Promise<Holder> {
  if (!g[globalKey]) {
    g[globalKey] = open().catch((error: unknown) => {
      g[globalKey] = undefined;
      throw error;
    });
  }
  return g[globalKey];
}

export async function closeDb(): Promise<void> {
  const pending = g[globalKey];
  g[globalKey] = undefined;
  if (pending) await (await pending).close();
}

/** Rows of a raw `db.execute()` result: PGlite returns `{ rows }`, postgres.js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
