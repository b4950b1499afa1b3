/*
 * The benchmark's database: an in-memory PGlite by default; with DATABASE_URL, a database of its
 * own on that server, `<name>_bench`, created fresh at the start and dropped at the end. No other
 * database is ever written to or dropped.
 *
 * Must run before anything reads lib/shared/env.ts (run.ts imports the cases only afterwards).
 */
import postgres from "postgres";
import { benchDatabaseName } from "./stats";

export type BenchDatabase = { label: string; driver: "pglite" | "postgres"; drop: () => Promise<void> };

function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

async function withAdmin<T>(databaseUrl: string, body: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(maintenanceUrl(databaseUrl), { max: 1, onnotice: () => {} });
  try {
    return await body(admin);
  } finally {
    await admin.end();
  }
}

export async function prepareBenchDatabase(suffix = "bench"): Promise<BenchDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    process.env.PGLITE_DIR = "memory://";
    return { label: "PGlite (in memory, WebAssembly, one connection)", driver: "pglite", drop: async () => {} };
  }
  const name = benchDatabaseName(base, suffix);
  // The name is checked to be [A-Za-z0-9_] only, so quoting it is enough.
  const version = await withAdmin(base, async (admin) => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const [row] = await admin<{ server_version: string }[]>`show server_version`;
    return row?.server_version ?? "?";
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    label: `PostgreSQL ${version} (database ${name}, postgres.js pool of 10)`,
    driver: "postgres",
    drop: () =>
      withAdmin(base, async (admin) => {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      }),
  };
}
