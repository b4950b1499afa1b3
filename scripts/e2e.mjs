#!/usr/bin/env node
// npm run test:e2e — builds the production app, then runs the Playwright journeys against it in
// sandbox mode. Finds Chromium by itself; with DATABASE_URL set, runs on a fresh PostgreSQL
// database (<name>_e2e), otherwise on a fresh embedded PGlite directory.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { assertNoSecretsInBundle, BUILD_CANARIES } from "./bundle-secrets.mjs";
import { scanServerLogs } from "./log-secrets.mjs";
import { findChromium } from "./find-chromium.mjs";

const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const chromium = await findChromium();
console.log(`[e2e] Chromium: ${chromium.path} (${chromium.source})`);

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!process.argv.includes("--no-build")) {
  console.log(`[e2e] next build → ${distDir}`);
  run("node_modules/.bin/next", ["build"], { ...process.env, ...BUILD_CANARIES, NEXT_DIST_DIR: distDir, NODE_ENV: "production" });
}
// Whatever was built, by whom: nothing secret may be served to browsers.
const { scanned } = assertNoSecretsInBundle(distDir);
console.log(`[e2e] no secret name or value in ${scanned} browser files`);

const env = { ...process.env, PLAYWRIGHT_CHROMIUM_PATH: chromium.path, NEXT_DIST_DIR: distDir };
// Two servers (see playwright.config.ts), each on a fresh database of its own.
if (process.env.DATABASE_URL) {
  const base = new URL(process.env.DATABASE_URL);
  const maintenance = new URL(base);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  for (const [suffix, variable] of [["e2e", "E2E_DATABASE_URL"], ["e2e_short", "E2E_SHORT_DATABASE_URL"]]) {
    const name = `${base.pathname.slice(1) || "caisse"}_${suffix}`;
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    env[variable] = url.toString();
    console.log(`[e2e] PostgreSQL database ${name}`);
  }
  await sql.end();
} else {
  env.E2E_PGLITE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-e2e-"));
  env.E2E_SHORT_PGLITE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-e2e-short-"));
  console.log(`[e2e] PGlite ${env.E2E_PGLITE_DIR} and ${env.E2E_SHORT_PGLITE_DIR}`);
}

// The servers' logs go to files, scanned afterwards: no secret, card number or link token in them.
env.E2E_LOG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-e2e-logs-"));
console.log(`[e2e] server logs in ${env.E2E_LOG_DIR}`);

const extra = process.argv.slice(2).filter((a) => a !== "--no-build");
const printLogTails = () => {
  for (const { file, tail } of scanServerLogs(env.E2E_LOG_DIR).tails) console.log(`\n[e2e] last lines of ${file}:\n${tail}`);
};
const playwright = spawnSync("node_modules/.bin/playwright", ["test", ...extra], { stdio: "inherit", env });
if (playwright.status !== 0) {
  printLogTails();
  process.exit(playwright.status ?? 1);
}

// On PostgreSQL, a full run ends with two instances of the same build on one database behind a
// round-robin proxy (playwright.instances.config.ts).
if (process.env.DATABASE_URL && extra.length === 0) {
  const base = new URL(process.env.DATABASE_URL);
  const maintenance = new URL(base);
  maintenance.pathname = "/postgres";
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  const name = `${base.pathname.slice(1) || "caisse"}_e2e_instances`;
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  console.log(`[e2e] two instances on PostgreSQL database ${name}`);
  const instances = spawnSync("node_modules/.bin/playwright", ["test", "--config", "playwright.instances.config.ts"], {
    stdio: "inherit",
    env: { ...env, E2E_INSTANCES_DATABASE_URL: url.toString() },
  });
  if (instances.status !== 0) {
    printLogTails();
    process.exit(instances.status ?? 1);
  }
}

const logs = scanServerLogs(env.E2E_LOG_DIR);
if (logs.leaks.length) {
  console.error(`[e2e] secrets in the server logs:\n${logs.leaks.map((l) => `  ${l.file}: ${l.needle}`).join("\n")}`);
  process.exit(1);
}
console.log(`[e2e] no secret, card number or token in ${logs.lines} server log lines`);
