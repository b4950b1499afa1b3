/*
 * npm run db:export -- --to postgres://caisse:…@db.example.fr:5432/caisse [--from .data/pglite] [--with-demo-accounts]
 *
 * Copies the shop from its embedded PGlite directory (PGLITE_DIR by default) to an empty
 * PostgreSQL database: migrations, every table of the shop, sequences; then checks row counts and
 * money totals on both sides (lib/db/export-to-postgres.ts). Stop the shop first: the command
 * refuses while a server holds the directory. Then set DATABASE_URL and start the shop again.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-data";
import { exportPgliteToPostgres } from "@/lib/db/export-to-postgres";
import { env } from "@/lib/shared/env";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" }, "with-demo-accounts": { type: "boolean", default: false } } });
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
    console.error("Usage : npm run db:export -- --to postgres://utilisateur:motdepasse@hôte:5432/base [--from dossier-pglite] [--with-demo-accounts]");
    return 2;
  }
  const from = values.from ?? env.pgliteDir;
  const shown = new URL(values.to);
  shown.password = shown.password ? "****" : "";
  console.log(`Copie de ${path.resolve(from)} vers ${shown.toString()}`);
  const report = await exportPgliteToPostgres({
    pgliteDir: from,
    targetUrl: values.to,
    migrationsFolder: path.join(process.cwd(), "drizzle"),
    excludeUserEmails: values["with-demo-accounts"] ? [] : Object.values(DEMO_ACCOUNTS),
    log: (line) => console.log(line),
  });
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`Vérifié : ${report.tables.length} tables, ${rows} lignes, ${report.sequences} séquences, sommes des montants identiques, en ${(report.ms / 1000).toFixed(1)} s.`);
  for (const t of report.tables) for (const [column, sum] of Object.entries(t.centsColumns)) console.log(`  ${t.table}.${column} : ${sum}`);
  if (report.excludedUsers) console.log(`${report.excludedUsers} compte(s) de démonstration laissé(s) de côté (--with-demo-accounts pour les copier).`);
  console.log("Ensuite : définissez DATABASE_URL avec cette adresse et redémarrez la boutique.");
  return 0;
}

runCli(main);
