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

/**
 * Runs `work` while holding a database-wide lock of this name: on PostgreSQL a session advisory
 * lock on a reserved connection, so that several instances starting at once migrate and seed one
 * after the other; on PGlite (one process by construction) it just runs.
 */
type StartupLock = <T>(name: string, work: () => Promise<T>) => Promise<T>;

type Holder = { db: Db; close: () => Promise<void>; driver: "pglite" | "postgres"; lock: StartupLock };

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
    const lock: StartupLock = async (name, work) => {
      const reserved = await client.reserve();
      try {
        await reserved`select pg_advisory_lock(hashtext(${`caisse:${name}`}))`;
        return await work();
      } finally {
        await reserved`select pg_advisory_unlock(hashtext(${`caisse:${name}`}))`.catch(() => undefined);
        reserved.release();
      }
    };
    // Two instances starting on a fresh database would both create the same tables.
    await lock("migrations", () => migrate(db, { migrationsFolder }));
    log.info("db", `postgres ready, migrated in ${Date.now() - started} ms`);
    return { db: db as unknown as Db, close: () => client.end(), driver: "postgres", lock };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // The orders' trigram index (drizzle/0013) needs pg_trgm, which PGlite ships as a loadable extension.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const inMemory = env.pgliteDir === "memory://" || env.pgliteDir === ":memory:";
  let releaseLock = () => {};
  let client;
  if (inMemory) {
    client = new PGlite({ extensions: { pg_trgm } });
  } else {
    const dir = path.resolve(env.pgliteDir);
    fs.mkdirSync(dir, { recursive: true });
    // PGlite has no lock of its own: two processes on one directory silently lose writes.
    releaseLock = acquireDirectoryLock(dir);
    client = new PGlite(dir, { extensions: { pg_trgm } });
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
      lock: (_name, work) => work(),
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

/**
 * PostgreSQL's "try again" answers: 40P01 (deadlock detected: it aborted this transaction so the
 * other could go on) and 40001 (serialization failure). The transaction did nothing; running it
 * again is the documented remedy.
 */
const RETRYABLE_TRANSACTION_CODES = new Set(["40P01", "40001"]);

/** The SQLSTATE of a failed query, looked for through drizzle's wrapping (`cause`). */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Runs `work` in a transaction, and once more if PostgreSQL aborted it as a deadlock victim or a
 * serialization failure, instead of showing the customer a 500. Locks are taken in one order
 * (lockProductsById), so a deadlock should not happen; this is the safety net for one we missed.
 * Once only: a second abort is a bug to see, not to hide. `work` must do nothing outside the
 * database, since it may run twice.
 */
export async function withTransactionRetry<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    const code = sqlStateOf(error);
    if (!code || !RETRYABLE_TRANSACTION_CODES.has(code)) throw error;
    log.warn("db", "transaction aborted by the database, retrying once", { code });
    return db.transaction(work);
  }
}
