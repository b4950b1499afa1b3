/*
 * npm run bench [-- --quick] [-- --only=orders,reconcile,notifications,money]
 *
 * Speed and memory of what matters to a payment module, each printed as median and p95 per
 * operation AND as a ratio to a baseline measured in the same run, on the same database, with
 * samples interleaved: the ratios mean something on any machine, the absolute times only on this
 * one. Tests never assert timings; this is where they live. See docs/benchmarks.md.
 *
 * Runs under `node --expose-gc --import tsx --import ./scripts/node-loader.ts` (the loader makes plain
 * Node import lib/ as Next and Vitest do; gc() makes the memory figures retained memory rather
 * than garbage waiting to be collected).
 * Database: in-memory PGlite, or `<name>_bench` next to DATABASE_URL (created, then dropped).
 */
import os from "node:os";
import { prepareBenchDatabase } from "./database";
import { hasGc, runMain, timingCells, type ResultRow } from "./harness";
import { formatBytes, parseArgs, renderTable } from "./stats";

const CASES = ["orders", "reconcile", "notifications", "money"] as const;
type CaseName = (typeof CASES)[number];

const HELP = `npm run bench -- [--quick] [--only=${CASES.join(",")}]
  --quick   about 15 seconds: a smoke run with few samples (figures are rough)
  --only    run some cases only (comma-separated)
Database: in-memory PGlite, or with DATABASE_URL a database <name>_bench of its own (created, then dropped).`;

function printGroup(rows: readonly ResultRow[]): void {
  const header = ["case", "n", "median", "p95", "ratio median", "ratio p95", "heap /1k ops", "RSS /1k ops", "mem n"];
  const body = rows.map((r) => [
    ...timingCells(r),
    r.memory ? formatBytes(r.memory.heapPer1k) : "—",
    r.memory ? formatBytes(r.memory.rssPer1k) : "—",
    r.memory ? String(r.memory.ops) : "—",
  ]);
  console.log(`\n${rows[0]?.group ?? ""}`);
  console.log(renderTable(header, body));
  for (const r of rows) if (r.note) console.log(`  · ${r.name}: ${r.note}`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const unknown = options.only.filter((c) => !(CASES as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`unknown case(s): ${unknown.join(", ")} (cases: ${CASES.join(", ")})`);
  const selected = CASES.filter((c) => options.only.length === 0 || options.only.includes(c));

  // The benchmark only ever talks to the emulators, whatever keys the shell holds.
  for (const key of ["PAYPLUG_SECRET_KEY", "PAYPLUG_API_URL", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_API_URL", "PAYMENT_MODE"]) delete process.env[key];
  process.env.LOG_LEVEL ??= "error";
  // Orders are rate-limited per customer e-mail, and the benchmark places hundreds with one. A
  // limit it never reaches, rather than "off": the counters' cost stays in the measure.
  process.env.ORDER_RATE_LIMIT ??= "1000000/hour";
  const database = await prepareBenchDatabase();

  // Imported only now: lib/shared/env.ts must see the environment prepared above.
  const { closeDb, getDb } = await import("@/lib/db/client");
  const { startBenchShop } = await import("./payplug-shop");
  const runners: Record<CaseName, () => Promise<{ run: (ctx: import("./cases/context").CaseContext) => Promise<ResultRow[]> }>> = {
    orders: async () => ({ run: (await import("./cases/orders")).benchOrders }),
    reconcile: async () => ({ run: (await import("./cases/reconcile")).benchReconcile }),
    notifications: async () => ({ run: (await import("./cases/notifications")).benchNotifications }),
    money: async () => ({ run: (await import("./cases/money")).benchMoney }),
  };

  const started = Date.now();
  let shop: ReturnType<typeof startBenchShop> | undefined;
  const cpus = os.cpus();
  console.log(`Caisse benchmarks${options.quick ? " (--quick: rough figures)" : ""}`);
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`database: ${database.label}; gc ${hasGc() ? "forced before memory snapshots" : "NOT exposed (run with --expose-gc): memory figures include garbage"}`);
  console.log("heap = still reachable after GC (a steady climb means a leak); RSS also counts allocator and WebAssembly pages: indicative only");
  try {
    const opened = Date.now();
    const db = await getDb();
    console.log(`  (database opened and migrated: ${((Date.now() - opened) / 1000).toFixed(1)} s)`);
    const ctx = { db, quick: options.quick, shop: () => (shop ??= startBenchShop()) };
    for (const name of selected) {
      const caseStarted = Date.now();
      const rows = await (await runners[name]()).run(ctx);
      const groups = [...new Set(rows.map((r) => r.group))];
      for (const group of groups) printGroup(rows.filter((r) => r.group === group));
      console.log(`  (${name}: ${((Date.now() - caseStarted) / 1000).toFixed(1)} s)`);
    }
  } finally {
    if (shop) await (await shop).close();
    await closeDb();
    await database.drop();
  }
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(1)} s. Ratios compare samples taken in turn in this run; absolute times are this machine's.`);
  return 0;
}

runMain(main);
