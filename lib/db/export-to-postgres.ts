import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { acquireDirectoryLock } from "./pglite-lock";

/*
 * `npm run db:export -- --to postgres://…`: moves a shop that started on the embedded PGlite to
 * PostgreSQL, when it needs a second instance. In one go:
 *
 * 1. takes the PGlite directory's lock, so it refuses while the shop still runs on it (a copy of a
 *    database being written is not a copy), and brings the source to the code's migrations;
 * 2. refuses a target that holds any row of the shop (it would merge two shops); an empty
 *    database, or one only migrated, is fine; runs the migrations on it;
 * 3. copies every table of the shop's `public` schema, parents before children (foreign keys read
 *    from the catalogue, so tables added later are copied too), in one transaction, rows as JSON
 *    through json_populate_recordset so every type keeps its exact value; not the emulators'
 *    `sandbox` schema (their state is test data), not the demo accounts unless asked;
 * 4. sets every sequence to the source's value, so the next invoice or event id follows on;
 * 5. checks, table by table, the row count and the sum of every *_cents column on both sides.
 */

export type ExportOptions = {
  pgliteDir: string;
  targetUrl: string;
  migrationsFolder: string;
  /** Users not to copy (the demo accounts, whose password is public): rows that need them are left out, nullable references to them emptied. */
  excludeUserEmails?: readonly string[];
  log?: (line: string) => void;
};

export type TableReport = { table: string; rows: number; skipped: number; centsColumns: Record<string, string> };
export type ExportReport = { tables: TableReport[]; sequences: number; excludedUsers: number; ms: number };

export class ExportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportRefusedError";
  }
}

type ForeignKey = { table: string; column: string; refTable: string; nullable: boolean; name: string };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const BATCH = 500;

/**
 * Parents before children; the references a cycle forces to point forward are checked at the end of
 * the copy (see below).
 */
function dependencyOrder(tables: string[], fks: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter((t) => !fks.some((fk) => fk.table === t && fk.refTable !== t && pending.has(fk.refTable))).sort();
    // In a cycle (instalments → payments → payment_links → instalments), one member goes first —
    // the one with the fewest references still to copy — and the rest follow as they become ready.
    const pendingRefs = (t: string) => fks.filter((fk) => fk.table === t && fk.refTable !== t && pending.has(fk.refTable)).length;
    const next = ready.length ? ready : [[...pending].sort((a, b) => pendingRefs(a) - pendingRefs(b) || a.localeCompare(b))[0]!];
    for (const t of next) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

export async function exportPgliteToPostgres(options: ExportOptions): Promise<ExportReport> {
  const started = Date.now();
  const say = options.log ?? (() => {});
  const dir = path.resolve(options.pgliteDir);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new ExportRefusedError(`${dir} n'est pas une base PGlite (PG_VERSION introuvable) : indiquez le bon dossier avec --from.`);
  // Throws DirectoryLockedError (naming the process) while the shop runs on this directory.
  const release = acquireDirectoryLock(dir);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
  const { drizzle: drizzlePostgres } = await import("drizzle-orm/postgres-js");
  const { migrate: migratePostgres } = await import("drizzle-orm/postgres-js/migrator");
  // The migrations need pg_trgm (the orders' trigram index), which PGlite loads as an extension.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const source = new PGlite(dir, { extensions: { pg_trgm } });
  const target = postgres(options.targetUrl, { max: 1, onnotice: () => {} });
  try {
    await migratePglite(drizzlePglite(source), { migrationsFolder: options.migrationsFolder });
    const q = async <T>(text: string, params: unknown[] = []) => (await source.query<T>(text, params)).rows;

    const tables = (await q<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1")).map((r) => r.name);
    const fks = await q<ForeignKey>(`
      select c.conrelid::regclass::text as table, a.attname as column, c.confrelid::regclass::text as "refTable", not a.attnotnull as nullable, c.conname as name
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
    const order = dependencyOrder(tables, fks);

    // 2. The target: reachable, and holding no row of a shop.
    const targetTables = await target<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public'`;
    for (const { name } of targetTables) {
      const [row] = await target.unsafe<{ any: boolean }[]>(`select exists (select 1 from ${ident(name)}) as any`);
      if (row?.any) throw new ExportRefusedError(`La base cible n'est pas vide (table ${name}) : créez une base neuve (createdb) et recommencez. Rien n'a été écrit.`);
    }
    say(`Migrations sur la cible…`);
    await migratePostgres(drizzlePostgres(target), { migrationsFolder: options.migrationsFolder });

    // Users left out, and what that means for the rows that point at them.
    const excluded = options.excludeUserEmails?.length
      ? (await q<{ id: string }>("select id::text as id from users where lower(email) = any($1::text[])", [options.excludeUserEmails.map((e) => e.toLowerCase())])).map((r) => r.id)
      : [];
    const excludedSet = new Set(excluded);
    // Rows left out, by table: the excluded users, then every row that needs one of them (an
    // account of theirs, its invoices and payments…), table after table, parents first. A nullable
    // reference to an excluded user is emptied instead (their orders stay, as a guest's would).
    const skippedIds = new Map<string, Set<string>>([["users", excludedSet]]);

    const reports: TableReport[] = [];
    let sequences = 0;
    // A reference to a table copied later (a cycle, or a row pointing at a later row of its own
    // table) cannot hold row by row: such constraints are deferred to the commit for the copy only,
    // then made immediate again, which checks every row they cover before anything is kept.
    const position = new Map(order.map((t, i) => [t, i]));
    const forward = fks.filter((fk) => position.get(fk.refTable)! >= position.get(fk.table)!);
    await target.begin(async (tx) => {
      for (const fk of forward) await tx.unsafe(`alter table ${ident(fk.table)} alter constraint ${ident(fk.name)} deferrable initially deferred`);
      if (forward.length) await tx.unsafe("set constraints all deferred");
      for (const table of order) {
        const refs = fks.filter((fk) => fk.table === table && (skippedIds.get(fk.refTable)?.size ?? 0) > 0);
        const skippedHere = new Set<string>();
        let copied = 0;
        let skipped = 0;
        for (let offset = 0; ; offset += BATCH) {
          const rows = (await q<{ row: string }>(`select row_to_json(t)::text as row from ${ident(table)} t order by ctid limit ${BATCH} offset ${offset}`)).map((r) => r.row);
          if (!rows.length) break;
          let kept = rows;
          if (excludedSet.size && (table === "users" || refs.length)) {
            kept = [];
            for (const text of rows) {
              const row = JSON.parse(text) as Record<string, unknown>;
              const pointsAtSkipped = (fk: (typeof refs)[number]) => skippedIds.get(fk.refTable)!.has(String(row[fk.column]));
              const leaveOut =
                (table === "users" && excludedSet.has(String(row.id))) || refs.some((fk) => pointsAtSkipped(fk) && !(fk.refTable === "users" && fk.nullable));
              if (leaveOut) {
                skipped++;
                if (typeof row.id === "string" || typeof row.id === "number") skippedHere.add(String(row.id));
                continue;
              }
              for (const fk of refs) if (pointsAtSkipped(fk)) row[fk.column] = null;
              kept.push(JSON.stringify(row));
            }
          }
          if (kept.length) {
            // Generated columns (orders.search_text) are computed by the target: never inserted.
            const columns = await insertableColumns(tx, table);
            const list = columns.map(ident).join(", ");
            await tx.unsafe(`insert into ${ident(table)} (${list}) select ${list} from json_populate_recordset(null::${ident(table)}, $1::json)`, [`[${kept.join(",")}]`]);
          }
          copied += kept.length;
        }
        if (table !== "users" && skippedHere.size) skippedIds.set(table, skippedHere);
        reports.push({ table, rows: copied, skipped, centsColumns: {} });
        say(`  ${table} : ${copied} ligne${copied > 1 ? "s" : ""}${skipped ? ` (${skipped} laissée${skipped > 1 ? "s" : ""} : comptes de démonstration)` : ""}`);
      }

      await tx.unsafe("set constraints all immediate");
      for (const fk of forward) await tx.unsafe(`alter table ${ident(fk.table)} alter constraint ${ident(fk.name)} not deferrable`);

      // 4. Sequences: the next id on the target is the one the source would have given.
      const seqs = await q<{ seq: string }>(`
        select quote_ident(sequence_schema) || '.' || quote_ident(sequence_name) as seq from information_schema.sequences where sequence_schema = 'public'`);
      for (const { seq } of seqs) {
        const [state] = await q<{ last_value: string; is_called: boolean }>(`select last_value::text, is_called from ${seq}`);
        if (!state) continue;
        await tx.unsafe(`select setval($1::regclass, $2::bigint, $3)`, [seq, state.last_value, state.is_called]);
        sequences++;
      }
    });

    // 5. Verify on both sides: counts, and the sum of every column that holds money.
    for (const report of reports) {
      const columns = (
        await q<{ name: string }>(
          "select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name like '%\\_cents' order by 1",
          [report.table],
        )
      ).map((r) => r.name);
      const select = `select count(*)::text as n${columns.map((c) => `, coalesce(sum(${ident(c)}), 0)::text as ${ident(c)}`).join("")} from ${ident(report.table)}`;
      const [src] = await q<Record<string, string>>(select);
      const [dst] = await target.unsafe<Record<string, string>[]>(select);
      if (!src || !dst) throw new Error(`vérification impossible pour ${report.table}`);
      const expected = Number(src.n) - report.skipped;
      if (Number(dst.n) !== expected || report.rows !== expected) {
        throw new Error(`Vérification : ${report.table} a ${dst.n} lignes sur la cible, ${expected} attendues. Ne basculez pas la boutique ; signalez-le.`);
      }
      for (const c of columns) {
        if (!report.skipped && src[c] !== dst[c]) throw new Error(`Vérification : la somme de ${report.table}.${c} diffère (${src[c]} ≠ ${dst[c]}). Ne basculez pas la boutique ; signalez-le.`);
        report.centsColumns[c] = dst[c] ?? "0";
      }
    }
    return { tables: reports, sequences, excludedUsers: excluded.length, ms: Date.now() - started };
  } finally {
    await target.end();
    await source.close();
    release();
  }
}

const insertableByTable = new Map<string, string[]>();

/** A table's columns that accept a value (all but generated ones), in their order, read once. */
async function insertableColumns(tx: postgres.TransactionSql, table: string): Promise<string[]> {
  const known = insertableByTable.get(table);
  if (known) return known;
  const rows = await tx.unsafe<{ column_name: string }[]>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position",
    [table],
  );
  const columns = rows.map((r) => r.column_name);
  insertableByTable.set(table, columns);
  return columns;
}
