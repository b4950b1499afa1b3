/*
 * npm run bench:http [-- --quick] [-- --only=notifications,orders] [-- --cpu-prof]
 *
 * Issue 14, points 1 and 3, on a production build against PostgreSQL: the production server
 * (`next start` of a build directory) on a fresh database of its own, in sandbox mode, loaded by
 * autocannon at 50 connections. Every figure is printed beside baselines measured in the same run,
 * interleaved: these machines are shared and noisy, so ratios and medians of rounds decide, never
 * one absolute figure. See docs/benchmarks.md ("HTTP benchmark").
 *
 *   notifications  rounds of: a trivial route handler, the floor route (one GET to the emulator +
 *                  one single-row UPDATE in a transaction), and distinct PayPlug notifications,
 *                  each payment notified 5 times; then, in the database, one transition per order.
 *   orders         placing an order by card up to the redirect URL (our time, without the
 *                  emulator's), and 100 customers rushing on the last 10 units.
 *   --cpu-prof     instead of the rounds: one notification run with the server under
 *                  `node --cpu-prof`, and where its CPU time went (self time by package, function).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareBenchDatabase } from "../database";
import { formatRatio, median, renderTable } from "../stats";
import { summarizeCpuProfile, type CpuProfile } from "./cpu-profile";
import { CONNECTIONS, load, type LoadResult } from "./load";
import { startServer, withPeak, type BenchServer } from "./server";

const SECTIONS = ["notifications", "orders"] as const;
const COPIES = 5;
const P99_TARGET_MS = 250;
const FLOOR_RATIO_TARGET = 0.7;
const OWN_TIME_TARGET_MS = 50;

type Options = { quick: boolean; cpuProf: boolean; only: string[]; port: number; distDir: string; rounds: number; keep: boolean };

const HELP = `npm run bench:http -- [--quick] [--only=${SECTIONS.join(",")}] [--cpu-prof] [--rounds=3] [--port=3710] [--dist=.next-bench] [--keep]
Needs DATABASE_URL (PostgreSQL): the run uses a database <name>_http_bench of its own, created and dropped (--keep: left for inspection).
Needs a production build in --dist (default .next-bench): NEXT_DIST_DIR=.next-bench node_modules/.bin/next build
  --quick     short runs, one round: a smoke test (rough figures)
  --cpu-prof  profile one notification run on the server instead of the rounds (writes the .cpuprofile and a summary)`;

function parseOptions(argv: readonly string[]): Options & { help: boolean } {
  const o = { quick: false, cpuProf: false, only: [] as string[], port: 3710, distDir: ".next-bench", rounds: 3, keep: false, help: false };
  for (const arg of argv) {
    const [key, value] = arg.split("=", 2) as [string, string | undefined];
    if (key === "--quick") o.quick = true;
    else if (key === "--cpu-prof") o.cpuProf = true;
    else if (key === "--keep") o.keep = true;
    else if (key === "--help" || key === "-h") o.help = true;
    else if (key === "--only" && value) o.only.push(...value.split(",").filter(Boolean));
    else if (key === "--port" && value) o.port = Number(value);
    else if (key === "--dist" && value) o.distDir = value;
    else if (key === "--rounds" && value) o.rounds = Number(value);
    else throw new Error(`unknown argument: ${arg} (try --help)`);
  }
  const unknown = o.only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(", ")} (sections: ${SECTIONS.join(", ")})`);
  if (o.quick) o.rounds = 1;
  return o;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ms` : "—");
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(0)} MiB` : "—");

type Kind = "trivial" | "floor" | "notifications";

async function notificationsSection(server: BenchServer, options: Options): Promise<void> {
  const { seedPaidPayments, countPaidTransitions, inboxOutcomes } = await import("./seed");
  const duration = options.quick ? 3 : 10;
  // Payments per round: each is notified COPIES times, so a round posts COPIES × this many.
  const perRound = options.quick ? 60 : 200;

  console.log(`\nSeeding (untimed): card orders paid at the emulator, ${perRound} per round…`);
  const seeded0 = Date.now();
  const warm = await seedPaidPayments(options.quick ? 20 : 60);
  console.log(`  ${warm.length} for the warm-up in ${((Date.now() - seeded0) / 1000).toFixed(1)} s`);
  const floorPool = [...warm];
  let floorIndex = 0;
  const floorNext = () => {
    const p = floorPool[floorIndex++ % floorPool.length]!;
    return { path: `/api/bench/floor?ref=${encodeURIComponent(p.payplugId)}&payment=${p.paymentId}` };
  };
  const notifyRun = async (set: { body: string }[]) => {
    let k = 0;
    return load({
      url: `${server.url}/api/ipn/payplug`,
      method: "POST",
      headers: { "content-type": "application/json" },
      amount: set.length * COPIES,
      // In turn through the set, COPIES times over: each payment's copies arrive a set apart.
      next: () => ({ path: "/api/ipn/payplug", body: set[k++ % set.length]!.body }),
    });
  };

  // Warm-up: the routes' modules loaded and compiled, pools opened. Not counted.
  await load({ url: `${server.url}/api/bench/trivial`, duration: 2 });
  await load({ url: `${server.url}/api/bench/floor`, duration: 2, next: floorNext });
  await notifyRun(warm);

  const results: Record<Kind, LoadResult[]> = { trivial: [], floor: [], notifications: [] };
  const peaks: number[] = [];
  const checks: string[] = [];
  let allGood = true;
  for (let round = 0; round < options.rounds; round++) {
    const set = await seedPaidPayments(perRound);
    floorPool.push(...set);
    const kinds: Kind[] = ["trivial", "floor", "notifications"];
    // The order rotates each round, so that no kind always runs first (or right after another).
    const order = kinds.map((_, i) => kinds[(i + round) % kinds.length]!);
    for (const kind of order) {
      if (kind === "trivial") results.trivial.push(await load({ url: `${server.url}/api/bench/trivial`, duration }));
      else if (kind === "floor") results.floor.push(await load({ url: `${server.url}/api/bench/floor`, duration, next: floorNext }));
      else {
        const { result, peak } = await withPeak(server.rss, () => notifyRun(set));
        results.notifications.push(result);
        peaks.push(peak);
        const check = await countPaidTransitions(set.map((p) => p.orderId));
        const ok = check.exactlyOne === set.length && result.non2xx === 0 && result.errors === 0;
        allGood &&= ok;
        checks.push(
          `round ${round + 1}: ${set.length} payments × ${COPIES} = ${result.requests} notifications, ${result.non2xx} non-2xx, ${result.errors} errors; ` +
            `orders with exactly one transition to paid: ${check.exactlyOne}/${check.orders} (none: ${check.none}, several: ${check.several}) ${ok ? "OK" : "FAILED"}`,
        );
      }
    }
    console.log(`  round ${round + 1}/${options.rounds} done`);
  }

  const med = (kind: Kind, f: (r: LoadResult) => number) => median(results[kind].map(f));
  const rows = (["trivial", "floor", "notifications"] as const).map((kind) => [
    kind === "trivial" ? "trivial route handler (baseline)" : kind === "floor" ? "floor: 1 GET to the emulator + 1-row UPDATE in a transaction" : `distinct PayPlug notifications (each ×${COPIES})`,
    results[kind].map((r) => r.rps.toFixed(0)).join(" / "),
    med(kind, (r) => r.rps).toFixed(0),
    ms(med(kind, (r) => r.p50)),
    ms(med(kind, (r) => r.p99)),
    String(results[kind].reduce((n, r) => n + r.non2xx, 0)),
    String(results[kind].reduce((n, r) => n + r.errors + r.timeouts, 0)),
  ]);
  console.log(`\n1. Notifications over HTTP — ${CONNECTIONS} connections, ${options.rounds} round(s) interleaved, medians of the rounds`);
  console.log(renderTable(["route", "req/s per round", "req/s (median)", "p50", "p99", "non-2xx", "errors"], rows));
  const perRoundRatio = (a: Kind, b: Kind) => results[a].map((r, i) => r.rps / (results[b][i]?.rps ?? Number.NaN));
  const floorRatio = median(perRoundRatio("notifications", "floor"));
  const trivialRatio = median(perRoundRatio("notifications", "trivial"));
  const p99 = med("notifications", (r) => r.p99);
  console.log(
    `  notifications / floor:   ${formatRatio(floorRatio)} (per round ${perRoundRatio("notifications", "floor").map(formatRatio).join(", ")}) — target ≥ ×${FLOOR_RATIO_TARGET}: ${floorRatio >= FLOOR_RATIO_TARGET ? "met" : "MISSED"}`,
  );
  console.log(`  notifications / trivial: ${formatRatio(trivialRatio)} (per round ${perRoundRatio("notifications", "trivial").map(formatRatio).join(", ")}); floor / trivial: ${formatRatio(median(perRoundRatio("floor", "trivial")))}`);
  console.log(`  notifications p99: ${ms(p99)} — target < ${P99_TARGET_MS} ms: ${p99 < P99_TARGET_MS ? "met" : "MISSED"}`);
  console.log(`  peak RSS of the server during the notification runs: ${peaks.map(mib).join(", ")}`);
  for (const c of checks) console.log(`  ${c}`);
  console.log(`  inbox rows by outcome (whole run, warm-up included): ${JSON.stringify(await inboxOutcomes())}`);
  if (!allGood) process.exitCode = 1;
}

async function ordersSection(options: Options): Promise<void> {
  const { benchPlaceOrder, benchRush } = await import("./orders");
  const figures = await benchPlaceOrder({ iterations: options.quick ? 10 : 60, warmup: options.quick ? 2 : 5 });
  console.log(`\n3. Placing an order by card, from the action's work to the redirect URL (in this process; emulator over HTTP on the server), n = ${figures.total.n}`);
  console.log(
    renderTable(
      ["part", "median", "p95", "max"],
      [
        ["total", ms(figures.total.median), ms(figures.total.p95), ms(figures.total.max)],
        ["emulator's HTTP calls (timed fetch)", ms(figures.provider.median), ms(figures.provider.p95), ms(figures.provider.max)],
        ["our own time (total − emulator)", ms(figures.own.median), ms(figures.own.p95), ms(figures.own.max)],
      ],
    ),
  );
  console.log(`  own time median ${ms(figures.own.median)} — target < ${OWN_TIME_TARGET_MS} ms: ${figures.own.median < OWN_TIME_TARGET_MS ? "met" : "MISSED"}`);

  const rush = await benchRush(100, 10);
  const ok = rush.thrown.length === 0 && rush.created === rush.units && rush.ordersInDatabase === rush.units && rush.finalStock === 0 && rush.lowestStockSeen >= 0 && rush.frenchMessage === rush.customers - rush.units;
  console.log(`\n3. Rush: ${rush.customers} customers confirm at once for the last ${rush.units} units (createOrder, PostgreSQL pool of 10; ORDER_RATE_LIMIT=off)`);
  console.log(`  ${ms(rush.wallMs)} for all; orders created ${rush.created} (in the database: ${rush.ordersInDatabase}); refused out of stock ${rush.outOfStock}, of which with the French message ${rush.frenchMessage}`);
  console.log(`  other refusals ${JSON.stringify(rush.otherRefusals)}; thrown (a 500 for the customer) ${rush.thrown.length}${rush.thrown.length ? `: ${rush.thrown.slice(0, 3).join(" | ")}` : ""}`);
  console.log(`  stock at the end ${rush.finalStock}, lowest seen during the rush ${rush.lowestStockSeen} — ${ok ? "OK" : "FAILED"}`);
  if (!ok) process.exitCode = 1;
}

async function profileSection(server: BenchServer, profileDir: string, options: Options): Promise<void> {
  const { seedPaidPayments } = await import("./seed");
  const warm = await seedPaidPayments(options.quick ? 20 : 60);
  const set = await seedPaidPayments(options.quick ? 60 : 300);
  const run = async (s: typeof set) => {
    let k = 0;
    return load({ url: `${server.url}/api/ipn/payplug`, method: "POST", headers: { "content-type": "application/json" }, amount: s.length * COPIES, next: () => ({ path: "/api/ipn/payplug", body: s[k++ % s.length]!.body }) });
  };
  await run(warm);
  // V8's profile clock and process.hrtime are both the system's monotonic clock on Linux.
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const result = await run(set);
  const toUs = Number(process.hrtime.bigint() / 1000n);
  await server.stop();
  const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile written in ${profileDir}`);
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
  let summary = summarizeCpuProfile(profile, { fromUs, toUs });
  const windowed = summary.totalMs > 0;
  if (!windowed) summary = summarizeCpuProfile(profile);
  const lines = [
    `CPU profile of one notification run (${result.requests} notifications, ${result.rps.toFixed(0)} req/s under the profiler, p99 ${ms(result.p99)}, ${result.non2xx} non-2xx)`,
    `${windowed ? "samples of the run only" : "whole profile (the run's window matched no sample)"}: ${summary.totalMs.toFixed(0)} ms of server CPU sampled (wall ${((toUs - fromUs) / 1000).toFixed(0)} ms)`,
    "",
    "Self time by package:",
    renderTable(["package", "self ms", "share"], summary.byPackage.filter((p) => p.share >= 0.005).map((p) => [p.name, p.selfMs.toFixed(0), `${(p.share * 100).toFixed(1)} %`])),
    "",
    "Top functions by self time:",
    renderTable(["function — package", "self ms", "share"], summary.byFunction.map((p) => [p.name, p.selfMs.toFixed(0), `${(p.share * 100).toFixed(1)} %`])),
  ];
  const out = path.join(profileDir, "summary.txt");
  fs.writeFileSync(out, `${lines.join("\n")}\n`);
  console.log(`\n${lines.join("\n")}\n\nProfile: ${path.join(profileDir, file)}\nSummary: ${out}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  if (!process.env.DATABASE_URL) throw new Error("bench:http runs on PostgreSQL: set DATABASE_URL (the run uses <name>_http_bench, created and dropped)");
  const selected = SECTIONS.filter((s) => options.only.length === 0 || options.only.includes(s));
  const url = `http://127.0.0.1:${options.port}`;
  for (const key of ["PAYPLUG_SECRET_KEY", "PAYPLUG_API_URL", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_API_URL", "PAYMENT_MODE", "PGLITE_DIR"]) delete process.env[key];
  const database = await prepareBenchDatabase("http_bench");
  // This process seeds with the shop's own code: same database, and the server's emulator as provider.
  Object.assign(process.env, { APP_URL: url, LOG_LEVEL: process.env.LOG_LEVEL ?? "error", ORDER_RATE_LIMIT: "off", ORDER_ADDRESS_RATE_LIMIT: "off" });

  const { closeDb, getDb } = await import("@/lib/db/client");
  const { silenceEmulatorNotifications } = await import("./seed");
  const cpus = os.cpus();
  const started = Date.now();
  console.log(`Caisse HTTP benchmark${options.quick ? " (--quick: rough figures)" : ""} — ${new Date().toISOString()}`);
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`database: ${database.label}; build: ${options.distDir}; autocannon ${CONNECTIONS} connections`);
  let server: BenchServer | undefined;
  const profileDir = options.cpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), "caisse-cpu-prof-")) : undefined;
  try {
    await getDb(); // migrations, before the server (which would run them too) starts
    await silenceEmulatorNotifications();
    server = await startServer({ port: options.port, distDir: options.distDir, databaseUrl: process.env.DATABASE_URL, cpuProfileDir: profileDir });
    console.log(`server: next start (pid ${server.pid}) at ${server.url}, sandbox providers (PayPlug emulator on the same server)`);
    console.log(`rate limits lifted by configuration for the run: ${Object.entries(server.settings).map(([k, v]) => `${k}=${v}`).join(", ")}`);
    if (profileDir) await profileSection(server, profileDir, options);
    else {
      if (selected.includes("notifications")) await notificationsSection(server, options);
      if (selected.includes("orders")) await ordersSection(options);
    }
  } finally {
    await server?.stop();
    await closeDb();
    if (options.keep) console.log(`database kept: ${process.env.DATABASE_URL}`);
    else await database.drop();
  }
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s. Absolute figures are this machine's; the ratios to the same-run baselines are what compare.`);
  return Number(process.exitCode ?? 0);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
