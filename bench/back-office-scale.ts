/*
 * npm run bench:scale [-- --orders 10k,100k,1m] [--quick] [--only list,counts,pros,dashboard,export,plans]
 *
 * The back-office at scale on PostgreSQL (issue 14 point 4, issue 11 point 1): for each size, the
 * database `<name>_<orders>` next to BENCH_DATABASE_URL is seeded once (bench/scale/seed.ts,
 * cached), then the back-office's own read functions are timed against it, interleaved with two
 * baselines measured in the same run (a `select 1` round trip and an order read by primary key):
 *
 * - the orders list (listOrdersForAdmin, what /admin/commandes runs): first page for each sort, a
 *   deep page (keyset after a cursor 80 % down), the page before it, a jump to a day, every single
 *   filter, and the search by reference, e-mail, name, company, invoice number and provider id;
 * - the counts per status (countOrdersByStatus: exact up to 10 000, then the planner's estimate);
 * - a professional's account (accountView: balance, ageing, invoices, payments) and the ageing of
 *   every account (listProAccountsForAdmin, /admin/professionnels);
 * - the dashboard (loadDashboard, /admin);
 * - the CSV export (ordersCsvStream) of 100 000 orders, read to the end, with the heap and RSS
 *   sampled at every chunk: the peak must not grow with the number of rows;
 * - the plans: EXPLAIN (FORMAT JSON) of every list query, its nodes printed, and a check that
 *   orders is read through an index, never by a sequential scan.
 *
 * Figures are medians and p95 of many samples; the ratio to the same-run baseline is what to
 * compare across machines. See docs/benchmarks.md.
 */
import os from "node:os";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { benchBaseUrl, databaseName, parseOrdersCount, scaleDatabaseUrl } from "./scale/database";
import { seedScale } from "./scale/seed";
import { cycle, loadFixtures, type Fixtures } from "./scale/fixtures";
import { describePlan, planNodes, scanVerdict } from "./scale/plans";
import { rowsAgainstBaseline, runMain, settledMemory, timeInterleaved, timingCells, type ResultRow, type Subject } from "./harness";
import { formatBytes, formatDuration, formatRatio, renderTable } from "./stats";

const GROUPS = ["list", "counts", "pros", "dashboard", "export", "plans"] as const;
type Group = (typeof GROUPS)[number];

const HELP = `npm run bench:scale -- [--orders 10k,100k,1m] [--quick] [--only ${GROUPS.join(",")}] [--export-rows 100000]
  --orders       sizes to run, each seeded once into <name>_<N> (cached); default 10k,100k
  --quick        few samples (rough figures)
  --only         some groups only
  --export-rows  orders in the CSV export (default 100 000, or every order when fewer)
Database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/caisse_bench), one database per size.`;

type Options = { sizes: number[]; quick: boolean; only: Group[]; exportRows: number };

function parseOptions(argv: readonly string[]): Options | null {
  const o: Options = { sizes: [], quick: false, only: [], exportRows: 100_000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (name === "--help" || name === "-h") return null;
    else if (name === "--quick") o.quick = true;
    else if (name === "--orders") o.sizes.push(...value().split(",").filter(Boolean).map(parseOrdersCount));
    else if (name === "--export-rows") o.exportRows = parseOrdersCount(value());
    else if (name === "--only") {
      for (const g of value().split(",").filter(Boolean)) {
        if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`unknown group: ${g} (groups: ${GROUPS.join(", ")})`);
        o.only.push(g as Group);
      }
    } else throw new Error(`unknown argument: ${arg} (try --help)`);
  }
  if (o.sizes.length === 0) o.sizes = [10_000, 100_000];
  return o;
}

/** The targets of issue 14 point 4, on p95, for this 2-core machine class. */
const TARGETS: { group: string; match: RegExp; ms: number }[] = [
  { group: "list", match: /^list|^search/, ms: 50 },
  { group: "pros", match: /^one account/, ms: 20 },
  { group: "pros", match: /^all-pros ageing/, ms: 500 },
  { group: "dashboard", match: /^dashboard/, ms: 200 },
];

function targetOf(group: string, name: string): number | undefined {
  return TARGETS.find((t) => t.group === group && t.match.test(name))?.ms;
}

type Printed = ResultRow & { target?: number };

function printGroup(title: string, group: string, rows: readonly ResultRow[], selectOne: ResultRow | undefined): Printed[] {
  const printed = rows.map((r) => ({ ...r, target: targetOf(group, r.name) }));
  const header = ["case", "n", "median", "p95", "× PK lookup (median)", "× PK lookup (p95)", "× select 1 (p95)", "target p95", ""];
  const body = printed.map((r) => [
    ...timingCells(r),
    selectOne ? formatRatio(r.summary.p95 / selectOne.summary.p95) : "—",
    r.target ? `< ${r.target} ms` : "",
    r.target ? (r.summary.p95 < r.target ? "ok" : "MISSED") : "",
  ]);
  console.log(`\n${title}`);
  console.log(renderTable(header, body));
  return printed;
}

type Bench = { db: import("@/lib/db/client").Db; fixtures: Fixtures; orders: number; iterations: number; warmup: number };

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(HELP);
    return 0;
  }
  process.env.LOG_LEVEL ??= "error";
  const selected = (g: Group) => options.only.length === 0 || options.only.includes(g);
  const cpus = os.cpus();
  console.log(`Caisse back-office at scale${options.quick ? " (--quick: rough figures)" : ""}`);
  console.log(`node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const growth = new Map<string, Map<number, Printed>>();
  const started = Date.now();

  for (const orders of options.sizes) {
    const url = scaleDatabaseUrl(benchBaseUrl(), orders);
    console.log(`\n=== ${orders.toLocaleString("en")} orders (database ${databaseName(url)}) ===`);
    const seedStarted = Date.now();
    const seeded = await seedScale(url, orders, (line) => console.log(line));
    console.log(seeded.cached ? `  seed cached (it took ${seeded.seconds.toFixed(0)} s)` : `  seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
    console.log(`  ${Object.entries(seeded.rows).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", ")}`);

    // The app's own pool size and driver (lib/db/client.ts), on the benchmark's database.
    const client = postgres(url, { max: 10, onnotice: () => {} });
    const { schema } = await import("@/lib/db/client");
    const db = drizzle(client, { schema }) as unknown as import("@/lib/db/client").Db;
    try {
      const [version] = rowsOfAny(await db.execute(sql`select current_setting('server_version') as v`));
      console.log(`  PostgreSQL ${typeof version?.v === "string" ? version.v : "?"}, postgres.js pool of 10, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
      const fixtures = await loadFixtures(db, orders, Math.min(options.exportRows, orders));
      const bench: Bench = { db, fixtures, orders, iterations: options.quick ? 8 : 30, warmup: options.quick ? 2 : 3 };
      const record = (rows: Printed[]) => {
        for (const r of rows) {
          const key = `${r.group} · ${r.name}`;
          if (!growth.has(key)) growth.set(key, new Map());
          growth.get(key)!.set(orders, r);
        }
      };
      for (const group of GROUPS) {
        if (!selected(group)) continue;
        const t = Date.now();
        if (group === "plans") await printPlans(bench);
        else if (group === "export") await benchExport(bench);
        else record(await timeGroup(bench, group));
        console.log(`  (${group}: ${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
    } finally {
      await client.end();
    }
  }
  if (options.sizes.length > 1) printGrowth(growth, options.sizes);
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(1)} s. Absolute times are this machine's (2 shared cores: noisy); ratios compare samples taken in turn in this run.`);
  return 0;
}

function rowsOfAny(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows?: Record<string, unknown>[] }).rows ?? []);
}

/** The two baselines every group starts with: an order by primary key (the ratios' base), then `select 1`. */
function baselines(b: Bench): Subject[] {
  const nextId = cycle(b.fixtures.orderIds, "order");
  return [
    { name: "baseline: one order by primary key", prepare: () => { const id = nextId(); return () => b.db.execute(sql`select * from orders where id = ${id}`); } },
    { name: "baseline: select 1", prepare: () => () => b.db.execute(sql`select 1`) },
  ];
}

async function subjectsOf(b: Bench, group: Exclude<Group, "plans" | "export">): Promise<Subject[]> {
  const { listOrdersForAdmin, countOrdersByStatus } = await import("@/lib/orders/admin-queries");
  const { parseOrderListQuery, encodeCursor } = await import("@/lib/orders/order-list-query");
  const q = (raw: Record<string, string>) => parseOrderListQuery(raw).query;
  const f = b.fixtures;
  if (group === "list" || group === "counts") {
    const run = group === "list" ? (raw: Record<string, string>) => listOrdersForAdmin(b.db, q(raw)) : (raw: Record<string, string>) => countOrdersByStatus(b.db, q(raw));
    const fixed = (name: string, raw: Record<string, string>): Subject => ({ name, prepare: () => () => run(raw) });
    const varying = (name: string, values: () => Record<string, string>): Subject => ({ name, prepare: () => { const raw = values(); return () => run(raw); } });
    const ref = cycle(f.references, "reference");
    const email = cycle(f.emails, "customer e-mail");
    const company = cycle(f.companies, "company");
    const invoice = cycle(f.invoiceNumbers, "invoice");
    const payplug = cycle(f.payplugIds, "PayPlug id");
    const paypal = cycle(f.paypalCaptures, "PayPal capture");
    const lastName = cycle(["dupont", "fontaine", "lefèvre", "guérin", "martin", "rivière", "klein", "jacquet"], "name");
    const searches = [
      varying("search: a whole reference", () => ({ q: ref() })),
      varying("search: 5 symbols of a reference", () => ({ q: ref().slice(4, 9) })),
      varying("search: a customer's e-mail", () => ({ q: email() })),
      varying("search: a last name (~1 order in 120)", () => ({ q: lastName() })),
      varying("search: a company", () => ({ q: company() })),
      varying("search: an invoice number", () => ({ q: invoice() })),
      varying("search: a PayPlug payment id", () => ({ q: payplug() })),
      varying("search: a PayPal capture id", () => ({ q: paypal() })),
    ];
    const deep = encodeCursor(f.deepCursor);
    if (group === "counts") {
      return [
        fixed("counts: no filter", {}),
        fixed("counts: method cheque", { moyen: "cheque" }),
        fixed("counts: a month", { du: f.monthFrom, au: f.monthTo }),
        fixed("counts: professionals", { client: "pro" }),
        varying("counts: search a customer's e-mail", () => ({ q: email() })),
        varying("counts: search a last name", () => ({ q: lastName() })),
      ];
    }
    return [
      fixed("list: first page, newest first", {}),
      fixed("list: first page, oldest first", { tri: "ancien" }),
      fixed("list: first page, by amount", { tri: "montant-desc" }),
      fixed("list: deep page (cursor 80 % down)", { apres: deep }),
      fixed("list: page before the deep one", { avant: deep }),
      fixed("list: jump to a day 2 years back", { date: f.jumpDay }),
      fixed("list: status paid (common)", { statut: "paid" }),
      fixed("list: status awaiting cheque (rare)", { statut: "awaiting_cheque" }),
      fixed("list: status on account", { statut: "on_account" }),
      fixed("list: method cheque", { moyen: "cheque" }),
      fixed("list: a month 18 months back", { du: f.monthFrom, au: f.monthTo }),
      fixed("list: amount 100–120 €", { min: "100", max: "120" }),
      fixed("list: amount 2 000 € and more", { min: "2000" }),
      fixed("list: guests", { client: "invite" }),
      fixed("list: customers with an account", { client: "client" }),
      fixed("list: professionals", { client: "pro" }),
      fixed("list: flagged", { signale: "1" }),
      ...searches,
    ];
  }
  if (group === "pros") {
    const { accountView, listProAccountsForAdmin } = await import("@/lib/use-cases/pro-portal");
    const account = cycle(f.proAccounts, "professional account");
    return [
      { name: "one account: balance, ageing, invoices, payments", prepare: () => { const id = account(); return () => accountView(b.db, id); } },
      { name: "all-pros ageing (/admin/professionnels)", prepare: () => () => listProAccountsForAdmin(b.db, "tous") },
    ];
  }
  const { loadDashboard } = await import("@/lib/orders/dashboard");
  return [{ name: "dashboard (/admin)", prepare: () => () => loadDashboard(b.db) }];
}

const TITLES: Record<Exclude<Group, "plans" | "export">, string> = {
  list: "Orders list: one page (50 + 1 rows), listOrdersForAdmin",
  counts: "Counts per status (exact up to 10 000, else estimated), countOrdersByStatus",
  pros: "Professionals",
  dashboard: "Dashboard",
};

async function timeGroup(b: Bench, group: Exclude<Group, "plans" | "export">): Promise<Printed[]> {
  const subjects = [...baselines(b), ...(await subjectsOf(b, group))];
  // Slow subjects get fewer samples, so that one bad query does not hold the run for minutes.
  const iterations = group === "list" ? b.iterations : Math.max(8, Math.round(b.iterations / 2));
  const measured = await timeInterleaved(subjects, { iterations, warmup: b.warmup });
  const rows = rowsAgainstBaseline(group, measured, new Map());
  return printGroup(TITLES[group], group, rows, rows.find((r) => r.name === "baseline: select 1"));
}

async function printPlans(b: Bench): Promise<void> {
  const { orderPageSelect, PAGE_SIZE } = await import("@/lib/orders/admin-queries");
  const { parseOrderListQuery } = await import("@/lib/orders/order-list-query");
  const f = b.fixtures;
  const { encodeCursor } = await import("@/lib/orders/order-list-query");
  const deep = encodeCursor(f.deepCursor);
  const cases: [string, Record<string, string>][] = [
    ["first page, newest first", {}],
    ["first page, oldest first", { tri: "ancien" }],
    ["first page, by amount", { tri: "montant-desc" }],
    ["deep page", { apres: deep }],
    ["page before the deep one", { avant: deep }],
    ["jump to a day", { date: f.jumpDay }],
    ["status paid", { statut: "paid" }],
    ["status awaiting cheque", { statut: "awaiting_cheque" }],
    ["status on account", { statut: "on_account" }],
    ["method cheque", { moyen: "cheque" }],
    ["a month", { du: f.monthFrom, au: f.monthTo }],
    ["amount 100–120 €", { min: "100", max: "120" }],
    ["amount ≥ 2 000 €", { min: "2000" }],
    ["guests", { client: "invite" }],
    ["customers", { client: "client" }],
    ["professionals", { client: "pro" }],
    ["flagged", { signale: "1" }],
    ["search reference", { q: f.references[0]! }],
    ["search reference piece", { q: f.references[1]!.slice(4, 9) }],
    ["search e-mail", { q: f.emails[0]! }],
    ["search last name", { q: "dupont" }],
    ["search company", { q: f.companies[0]! }],
    ["search invoice number", { q: f.invoiceNumbers[0]! }],
    ["search PayPlug id", { q: f.payplugIds[0]! }],
    ["search PayPal capture", { q: f.paypalCaptures[0]! }],
  ];
  const body: string[][] = [];
  let failures = 0;
  for (const [name, raw] of cases) {
    const { select } = await orderPageSelect(b.db, parseOrderListQuery(raw).query, PAGE_SIZE + 1);
    const [row] = rowsOfAny(await b.db.execute(sql`explain (format json) ${select}`));
    const nodes = planNodes(Object.values(row ?? {})[0]);
    const verdict = scanVerdict(nodes, "orders");
    if (!verdict.ok) failures++;
    body.push([name, verdict.ok ? "index" : `NO: ${verdict.why}`, describePlan(nodes)]);
  }
  console.log("\nPlans of the list queries (EXPLAIN (FORMAT JSON), nodes outermost first)");
  console.log(renderTable(["case", "orders read by", "plan nodes"], body));
  console.log(failures ? `  ${failures} list quer${failures > 1 ? "ies read" : "y reads"} orders without an index` : "  every list query reads orders through an index, no Seq Scan on orders");
}

async function benchExport(b: Bench): Promise<void> {
  const { ordersCsvStream } = await import("@/lib/use-cases/export-orders-csv");
  const { parseOrderListQuery } = await import("@/lib/orders/order-list-query");
  const f = b.fixtures;
  const runs: { label: string; raw: Record<string, string>; expected: number }[] = [];
  if (f.exportFrom) runs.push({ label: `export since ${f.exportFrom}`, raw: { du: f.exportFrom }, expected: f.exportCount });
  else runs.push({ label: "export of every order", raw: {}, expected: b.orders });
  // A tenth of it, to show that the peak does not grow with the rows.
  const tenthFrom = await tenthDay(b);
  runs.unshift({ label: `export since ${tenthFrom.day} (about a tenth)`, raw: { du: tenthFrom.day }, expected: tenthFrom.count });
  const body: string[][] = [];
  for (const run of runs) {
    const stream = ordersCsvStream(b.db, parseOrderListQuery(run.raw).query);
    const before = await settledMemory();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    let bytes = 0;
    let lines = 0;
    const t = Date.now();
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) lines++;
      const m = process.memoryUsage();
      if (m.rss > peakRss) peakRss = m.rss;
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    }
    const seconds = (Date.now() - t) / 1000;
    const after = await settledMemory();
    const rows = lines - 1;
    body.push([
      run.label,
      rows.toLocaleString("en") + (rows === run.expected ? "" : ` (expected ${run.expected})`),
      `${(bytes / 1024 / 1024).toFixed(1)} MiB`,
      `${seconds.toFixed(2)} s`,
      `${Math.round(rows / seconds).toLocaleString("en")}/s`,
      formatBytes(peakHeap - before.heapUsed),
      formatBytes(peakRss - before.rss),
      formatBytes(after.heapUsed - before.heapUsed),
    ]);
  }
  console.log("\nCSV export, streamed (ordersCsvStream, keyset batches of 500), memory sampled at every chunk");
  console.log(renderTable(["export", "rows", "size", "time", "rows/s", "heap peak − start", "RSS peak − start", "heap after − before"], body));
}

async function tenthDay(b: Bench): Promise<{ day: string; count: number }> {
  const n = Math.max(1, Math.floor(b.fixtures.exportCount / 10));
  const [row] = rowsOfAny(await b.db.execute(sql`select (created_at at time zone 'Europe/Paris')::date::text as day from orders order by created_at desc, id desc offset ${n} limit 1`));
  const day = String(row!.day);
  const [count] = rowsOfAny(await b.db.execute(sql`select count(*)::integer as n from orders where created_at >= ((${day}::date)::timestamp at time zone 'Europe/Paris')`));
  return { day, count: Number(count!.n) };
}

function printGrowth(growth: Map<string, Map<number, Printed>>, sizes: number[]): void {
  const header = ["case", ...sizes.flatMap((n) => [`p95 @${short(n)}`, `×PK @${short(n)}`])];
  const body = [...growth.entries()]
    .filter(([key]) => !key.includes("baseline: select 1"))
    .map(([key, bySize]) => [key, ...sizes.flatMap((n) => { const r = bySize.get(n); return r ? [formatDuration(r.summary.p95), r.isBaseline ? "1" : formatRatio(r.ratioP95)] : ["—", "—"]; })]);
  console.log("\nHow each figure grows with the number of orders (p95, and p95 / same-run primary-key lookup p95)");
  console.log(renderTable(header, body));
}

function short(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);
}

runMain(main);
