import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { describe, expect, it } from "vitest";
import { getDb, rowsOf, type Db } from "@/lib/db/client";
import { DirectoryLockedError } from "@/lib/db/pglite-lock";
import { exportPgliteToPostgres, ExportRefusedError } from "@/lib/db/export-to-postgres";
import { emailOutbox, orderEvents, orders, users } from "@/lib/db/schema";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-data";
import { seedDemoShop } from "@/lib/demo/seed-demo";
import { env } from "@/lib/shared/env";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { insertUser } from "@/tests/support/admin-fixtures";
import { placeOrderOfTwo } from "@/tests/support/checkout";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, NET30_TERMS, placeProOrder } from "@/tests/support/pro-fixtures";

/*
 * npm run db:export: a shop seeded on a PGlite directory (demo catalogue and accounts, a paid
 * order, a transfer order with its events and e-mails) is copied into this worker's PostgreSQL
 * database, emptied first; then the shop goes on working there. Needs PostgreSQL (DATABASE_URL),
 * as in CI's PostgreSQL run.
 */

const migrationsFolder = path.join(process.cwd(), "drizzle");

async function seededPgliteDirectory() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "caisse-export-"));
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzle(client) as unknown as Db;
  await migrate(drizzle(client), { migrationsFolder });
  await seedDemoShop(db);
  await placeOrderOfTwo(db, "transfer");
  await placeOrderOfTwo(db, "cheque");
  // A pro's order in 3 cheques: instalments are in a cycle of references (→ payments → payment_links →).
  const pro = await approvedPro(db, await insertUser(db, "admin", "admin-export@example.fr"));
  const terms = await updateProTerms(db, (await db.select().from(users).where(eq(users.email, "admin-export@example.fr")))[0]!, pro.accountId, { ...NET30_TERMS, chequeInstalmentsAllowed: true });
  if (!terms.ok) throw new Error(terms.message);
  await placeProOrder(db, pro.user.id, "cheque", [{ priceCents: 1200_00, vatRateBp: 2000, quantity: 1 }], { instalments: 3 });
  const count = async (table: string) => rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const counts = { instalments: await count("instalments"), orders: await count("orders"), order_events: await count("order_events"), email_outbox: await count("email_outbox"), users: await count("users"), products: await count("products") };
  const [paid] = rowsOf<{ s: number }>(await db.execute(sql`select coalesce(sum(paid_cents), 0)::int as s from orders`));
  await client.close();
  return { dir, counts, paidCents: paid!.s };
}

describe.skipIf(!env.databaseUrl)("npm run db:export (PGlite → PostgreSQL)", () => {
  it("copies the shop with counts, totals and sequences, leaves the demo accounts, refuses a second copy, and the shop goes on on the target", async () => {
    const { dir, counts, paidCents } = await seededPgliteDirectory();
    await resetDatabase();
    const report = await exportPgliteToPostgres({ pgliteDir: dir, targetUrl: env.databaseUrl!, migrationsFolder, excludeUserEmails: Object.values(DEMO_ACCOUNTS) });

    const byTable = Object.fromEntries(report.tables.map((t) => [t.table, t]));
    expect(byTable.orders).toMatchObject({ rows: counts.orders, skipped: 0 });
    expect(byTable.order_events!.rows).toBe(counts.order_events);
    expect(byTable.email_outbox!.rows).toBe(counts.email_outbox);
    expect(byTable.products!.rows).toBe(counts.products);
    expect(byTable.instalments!.rows).toBe(counts.instalments);
    expect(counts.instalments).toBe(3);
    expect(byTable.users).toMatchObject({ rows: counts.users - 3, skipped: 3 });
    expect(report.excludedUsers).toBe(3);
    expect(byTable.orders!.centsColumns.paid_cents).toBe(String(paidCents));
    expect(report.tables.map((t) => t.table)).not.toContain("objects");

    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.admin))).toEqual([]);
    // The demo pro's paid order stays (accounts: 10 years), no longer tied to an account that was not
    // copied; only the order in cheques, of a pro who was copied, keeps its customer.
    expect((await db.select({ userId: orders.userId }).from(orders)).filter((o) => o.userId !== null)).toHaveLength(1);
    // The constraints deferred for the copy are back to immediate.
    expect(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from pg_constraint where condeferrable`))[0]!.n).toBe(0);

    // A second copy into the same database would merge two shops: refused, nothing written.
    await expect(exportPgliteToPostgres({ pgliteDir: dir, targetUrl: env.databaseUrl!, migrationsFolder })).rejects.toThrow(ExportRefusedError);

    // The shop goes on: a new order and a transfer recorded, their rows numbered after the copied ones.
    const lastEventId = (await db.select({ id: orderEvents.id }).from(orderEvents)).reduce((m, r) => Math.max(m, r.id), 0);
    const placed = await placeOrderOfTwo(db, "transfer");
    const admin = await insertUser(db, "admin");
    const recorded = await recordTransfer(db, { id: admin.id, role: "admin" }, { orderId: placed.orderId, amountCents: 2500 + 590, bankReference: "VIR-APRES-EXPORT", receivedOn: "2026-12-04" });
    expect(recorded.ok).toBe(true);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
    expect(order!.status).toBe("paid");
    const newEvents = await db.select({ id: orderEvents.id }).from(orderEvents).where(eq(orderEvents.orderId, placed.orderId));
    expect(newEvents.length).toBeGreaterThan(0);
    expect(newEvents.every((e) => e.id > lastEventId)).toBe(true);
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, placed.orderId))).length).toBeGreaterThan(0);
  });

  it("refuses while the shop still runs on the directory", async () => {
    const { dir } = await seededPgliteDirectory();
    await resetDatabase();
    // The lock file of a live process (here the test runner's parent): what a running shop leaves.
    await writeFile(path.join(path.dirname(dir), `${path.basename(dir)}.lock`), String(process.ppid));
    await expect(exportPgliteToPostgres({ pgliteDir: dir, targetUrl: env.databaseUrl!, migrationsFolder })).rejects.toThrow(DirectoryLockedError);
    const [row] = rowsOf<{ n: number }>(await (await getDb()).execute(sql`select count(*)::int as n from products`));
    expect(row!.n).toBe(0);
  });

  it("refuses a directory that is not a PGlite database", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "caisse-not-pglite-"));
    await expect(exportPgliteToPostgres({ pgliteDir: dir, targetUrl: env.databaseUrl!, migrationsFolder })).rejects.toThrow(/PG_VERSION introuvable/);
  });
});
