import { sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/lib/db/client";
import { dashboardBounds, dashboardQueries } from "@/lib/orders/dashboard";
import { resetDatabase } from "@/tests/support/db";

/*
 * The dashboard must cost the same at a million orders as at ten: each of its queries reads an
 * index range (today, this month, 30 days; the rare waiting and flagged orders), never the whole
 * of payments, orders or order events. As in order-list-plans.test.ts, the planner's choice is
 * read on enough rows, with fresh statistics, that a sequential scan would win if no index fitted.
 */

const ROWS = 30_000;
const NOW = new Date("2026-03-29T10:00:00Z");
let db: Db;

beforeAll(async () => {
  db = await resetDatabase();
  // Two years of orders, one every 35 minutes, nearly all settled long ago; the last month's are the few the dashboard reads.
  await db.execute(sql`
    insert into orders (reference, email, phone, billing_address, shipping_address, status, payment_method,
                        items_cents, shipping_cents, total_cents, vat_cents, access_token_hash, flag, created_at)
    select 'CA-' || lpad(g::text, 8, '0'), 'c' || g || '@exemple.fr', '+33600000000', '{}'::jsonb, '{}'::jsonb,
           case when g % 997 = 0 then 'awaiting_transfer' else (array['paid','paid','paid','cancelled','refunded'])[1 + g % 5] end,
           (array['card','card','paypal','transfer','cheque'])[1 + g % 5],
           1000 + g % 5000, 0, 1000 + g % 5000, 0, md5(g::text),
           case when g % 1000 = 0 then 'Montant différent' end,
           timestamptz '2024-03-29 00:00:00+00' + g * interval '35 minutes'
    from generate_series(1, ${ROWS}) g`);
  await db.execute(sql`
    insert into payments (order_id, method, status, amount_cents, failure_code, paid_at, created_at, updated_at)
    select id, payment_method, case when status = 'awaiting_transfer' then 'failed' else 'paid' end, total_cents,
           case when status = 'awaiting_transfer' then 'card_declined' end,
           case when status <> 'awaiting_transfer' then created_at end, created_at, created_at
    from orders`);
  await db.execute(sql`
    insert into order_events (order_id, actor_type, type, data, created_at)
    select id, 'system', (array['status_changed','payment_paid','payment_refund_recorded','email_sent'])[1 + (row_number() over ()) % 4], '{"amountCents": 100}'::jsonb, created_at
    from orders`);
  for (const table of ["orders", "payments", "order_events", "account_payments"]) await db.execute(sql.raw(`analyze ${table}`));
}, 120_000);

async function planOf(query: SQL): Promise<string> {
  const rows = rowsOf<Record<string, string>>(await db.execute(sql`explain ${query}`));
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

describe("the dashboard's plans at scale", () => {
  it.each([
    ["takings (payments and account payments by paid_at)", "takings", /payments_(paid_at|takings)_idx/],
    ["refunds of the month", "refunds", /order_events_refunds_idx/],
    ["refusals of the day", "refused", /payments_failed_idx/],
    ["orders waiting for money", "waiting", /orders_(waiting|status|status_created)_idx/],
    ["flagged orders", "flagged", /orders_flagged_idx/],
    ["flagged count", "flaggedCount", /orders_flagged_idx/],
  ] as const)("%s: an index, never a scan of the whole table", async (_name, key, index) => {
    const queries = dashboardQueries(await dashboardBounds(db, NOW));
    const plan = await planOf(queries[key]);
    expect(plan).toMatch(index);
    expect(plan).not.toMatch(/Seq Scan on (payments|orders|order_events)\b/);
  });
});
