// Runs in every test worker before its test files. Each worker gets its own database: an
// in-memory PGlite per test file by default, or — when DATABASE_URL points at PostgreSQL, as in
// CI — a database of its own on that server, created here (integration tests truncate it).
import postgres from "postgres";

Object.assign(process.env, { NODE_ENV: "test" });
process.env.LOG_LEVEL ??= "error";
process.env.APP_URL ??= "http://127.0.0.1:3999";

const base = process.env.DATABASE_URL;
if (base) {
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "caisse"}_w${process.env.VITEST_POOL_ID ?? "0"}`;
  const maintenance = new URL(base);
  maintenance.pathname = "/postgres";
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists.length === 0) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.PGLITE_DIR = "memory://";
}
