/*
 * The databases of the back-office scale benchmark: one per size, `<name>_<orders>` next to
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/caisse_bench → caisse_bench_1000000),
 * so that the 10k, 100k and 1M seeds stay cached side by side and a run at one size never
 * reseeds another. Only databases of that shape are ever created or dropped.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const DEFAULT_BENCH_URL = "postgres://postgres@127.0.0.1:5432/caisse_bench";

export function benchBaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL;
}

/** `caisse_bench` + 100000 → `caisse_bench_100000` (the name checked to be plain: it is quoted into DDL). */
export function scaleDatabaseUrl(baseUrl: string, orders: number): string {
  const url = new URL(baseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1)) || "caisse_bench"}_${orders}`;
  if (!/^[A-Za-z0-9_]{1,63}$/.test(name)) throw new Error(`unsupported database name for the benchmark: ${name}`);
  url.pathname = `/${name}`;
  return url.toString();
}

/** 100000, 100_000, 100k, 1m. */
export function parseOrdersCount(value: string | undefined): number {
  const text = (value ?? "").replace(/_/g, "").toLowerCase();
  const m = /^(\d+)(k|m)?$/.exec(text);
  if (!m) throw new Error(`not a number of orders: ${value ?? "(missing)"} (e.g. 100000, 100k, 1m)`);
  return Number(m[1]) * (m[2] === "k" ? 1000 : m[2] === "m" ? 1_000_000 : 1);
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

export async function withAdmin<T>(databaseUrl: string, body: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(maintenanceUrl(databaseUrl), { max: 1, onnotice: () => {} });
  try {
    return await body(admin);
  } finally {
    await admin.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withAdmin(url, async (admin) => (await admin`select 1 from pg_database where datname = ${name}`).length > 0);
}

export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdmin(url, async (admin) => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withAdmin(url, async (admin) => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  });
}

/** A fingerprint of the migrations (every SQL file of drizzle/, in order): a cached seed made under others gets them applied. */
export function migrationsHash(): string {
  const folder = path.join(process.cwd(), "drizzle");
  const hash = createHash("sha256");
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".sql")).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(folder, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

export async function applyMigrations(url: string): Promise<void> {
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: path.join(process.cwd(), "drizzle") });
  } finally {
    await client.end();
  }
}
