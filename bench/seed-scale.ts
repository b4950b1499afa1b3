/*
 * npm run bench:seed -- --orders 1000000
 *
 * Seeds the back-office scale benchmark's database for one size (bench/scale/seed.ts): with
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/caisse_bench), the database
 * `<name>_<orders>`, dropped and created, migrated, filled, vacuumed. Cached: a second run with the
 * same size, migrations and seed version finds the marker (table bench.seed) and does nothing.
 * `--drop` removes that size's database instead.
 */
import { benchBaseUrl, databaseName, dropDatabase, parseOrdersCount, scaleDatabaseUrl } from "./scale/database";
import { seedScale } from "./scale/seed";
import { runMain } from "./harness";

const HELP = `npm run bench:seed -- --orders <N> [--drop]
  --orders N  orders to seed (1 000 to 20 000 000; 10k, 100k, 1M: 10000, 100000, 1000000)
  --drop      drop that size's database instead
Database: <name>_<N> next to BENCH_DATABASE_URL (default ${"postgres://postgres@127.0.0.1:5432/caisse_bench"}).`;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  let orders: number | undefined;
  let drop = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--orders") orders = parseOrdersCount(argv[++i]);
    else if (arg.startsWith("--orders=")) orders = parseOrdersCount(arg.slice("--orders=".length));
    else if (arg === "--drop") drop = true;
    else throw new Error(`unknown argument: ${arg} (try --help)`);
  }
  if (orders === undefined) throw new Error("--orders is required (try --help)");
  const url = scaleDatabaseUrl(benchBaseUrl(), orders);
  if (drop) {
    await dropDatabase(url);
    console.log(`Base ${databaseName(url)} supprimée.`);
    return 0;
  }
  console.log(`Seeding ${orders.toLocaleString("en")} orders into ${databaseName(url)}…`);
  const result = await seedScale(url, orders, (line) => console.log(line));
  if (result.cached) console.log(`Already seeded (same size, migrations and seed version; it took ${result.seconds.toFixed(0)} s): nothing done.`);
  else console.log(`Seeded in ${result.seconds.toFixed(1)} s.`);
  console.log(Object.entries(result.rows).map(([t, n]) => `${t} ${n.toLocaleString("en")}`).join(", "));
  return 0;
}

runMain(main);
