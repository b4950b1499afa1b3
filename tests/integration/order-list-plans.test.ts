import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/lib/db/client";
import { countOrdersByStatus, EXACT_COUNT_LIMIT, listOrdersForAdmin, orderPageSelect, PAGE_SIZE } from "@/lib/orders/admin-queries";
import { parseOrderListQuery } from "@/lib/orders/order-list-query";
import { resetDatabase } from "@/tests/support/db";
import { insertUser } from "@/tests/support/admin-fixtures";

/*
 * The back-office list must stay fast at a million orders: every page is one index range scan,
 * never a scan of the whole table. Timings would only measure this machine, so the test reads the
 * planner's choice instead, on enough rows (with fresh statistics) that a sequential scan would
 * be the planner's pick if no index fitted. Runs on PGlite and on PostgreSQL alike.
 */

const ROWS = 30_000;
let db: Db;

beforeAll(async () => {
  db = await resetDatabase();
  const pro = await insertUser(db, "pro");
  await db.execute(sql`
    insert into orders (reference, user_id, email, phone, billing_address, shipping_address, status, payment_method,
                        items_cents, shipping_cents, total_cents, vat_cents, access_token_hash, flag, created_at)
    select 'CA-' || lpad(g::text, 8, '0'),
           case when g % 500 = 0 then ${pro.id}::uuid end,
           'client' || g || '@exemple.fr', '+33600000000',
           jsonb_build_object('firstName', 'Prénom' || g, 'lastName', 'Nom' || (g % 977), 'line1', '1 rue', 'postalCode', '75001', 'city', 'Paris', 'country', 'FR'),
           jsonb_build_object('firstName', 'Prénom' || g, 'lastName', 'Nom' || (g % 977), 'line1', '1 rue', 'postalCode', '75001', 'city', 'Paris', 'country', 'FR'),
           case when g % 1000 = 7 then 'awaiting_cheque'
                else (array['paid','paid','paid','awaiting_transfer','cancelled','payment_failed'])[1 + g % 6] end,
           case when g % 1000 = 7 then 'cheque' else (array['card','card','paypal','transfer'])[1 + g % 4] end,
           1000 + (g * 7919) % 50000, 0, 1000 + (g * 7919) % 50000, 0, md5(g::text),
           case when g % 1000 = 0 then 'Montant différent' end,
           timestamptz '2024-01-01 00:00:00+00' + g * interval '37 minutes'
    from generate_series(1, ${ROWS}) g`);
  await db.execute(sql`analyze orders`);
  await db.execute(sql`analyze users`);
}, 120_000);

async function plan(raw: Record<string, string>): Promise<string> {
  const { query } = parseOrderListQuery(raw);
  const { select } = await orderPageSelect(db, query, PAGE_SIZE + 1);
  const rows = rowsOf<Record<string, string>>(await db.execute(sql`explain ${select}`));
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

describe("the orders list's plans at scale", () => {
  const first = (tri: string) => ({ tri });
  // Rare values (one order in a thousand) are where a filter needs an index of its own: reading
  // the date index until 50 match would mean reading 50 000 rows.
  it.each([
    ["the first page, newest first", first("recent"), "orders_created_idx"],
    ["the first page, oldest first", first("ancien"), "orders_created_idx"],
    ["by amount", first("montant-desc"), "orders_total_idx"],
    // A rare status: either status index, whichever the planner finds cheaper for so few rows.
    ["one status", { statut: "awaiting_cheque" }, /orders_status(_created)?_idx/],
    ["one method", { moyen: "cheque" }, "orders_method_created_idx"],
    ["flagged only", { signale: "1" }, "orders_flagged_idx"],
    ["a period", { du: "2024-06-01", au: "2024-06-30" }, "orders_created_idx"],
    ["an amount range, by amount", { min: "100", max: "101", tri: "montant-asc" }, "orders_total_idx"],
    ["a piece of a name", { q: "Nom976" }, "orders_search_trgm_idx"],
    ["a piece of an e-mail", { q: "client12345@" }, "orders_search_trgm_idx"],
    ["a jump to a day", { date: "2024-09-15" }, "orders_created_idx"],
  ])("%s uses an index, never a scan of every order", async (_what, raw, index) => {
    const text = await plan(raw);
    expect(text).not.toMatch(/Seq Scan on orders/);
    expect(text, text).toMatch(index);
  });

  it("a page deep in the list is a range scan from its cursor, not an offset", async () => {
    const { query } = parseOrderListQuery({});
    let page = await listOrdersForAdmin(db, query);
    for (let i = 0; i < 3; i++) page = await listOrdersForAdmin(db, { ...query, apres: page.next! });
    const { select } = await orderPageSelect(db, { ...query, apres: page.next! }, PAGE_SIZE + 1);
    const text = rowsOf<Record<string, string>>(await db.execute(sql`explain ${select}`))
      .map((r) => Object.values(r)[0])
      .join("\n");
    expect(text).toMatch(/Index Cond: \(ROW\((orders\.)?created_at, (orders\.)?id\) < ROW\(/);
    expect(text, text).not.toMatch(/Seq Scan on orders|Offset/);
  });

  it("counts a status exactly up to the limit and estimates above it, saying so", async () => {
    const counts = await countOrdersByStatus(db, parseOrderListQuery({}).query);
    const paid = counts.find((c) => c.status === "paid")!;
    expect(paid.estimated).toBe(true);
    expect(paid.count).toBeGreaterThan(EXACT_COUNT_LIMIT);
    // Half the seeded orders are paid: the planner's estimate is near it.
    expect(Math.abs(paid.count - ROWS / 2)).toBeLessThan(ROWS / 10);
    expect(counts.find((c) => c.status === "awaiting_cheque")).toEqual({ status: "awaiting_cheque", count: ROWS / 1000, estimated: false });
  });
});
