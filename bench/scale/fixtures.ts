/*
 * What the scale benchmark searches for, read from the seeded database before any timing: real
 * references, e-mails, companies, invoice numbers and provider ids (each sample takes the next one,
 * so no answer is served twice from the same buffers in a row), a cursor deep in the list, the
 * professional accounts to open, and a period holding about the export's number of orders.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import type { OrderCursor } from "@/lib/orders/order-list-query";

export type Fixtures = {
  references: string[];
  emails: string[];
  companies: string[];
  invoiceNumbers: string[];
  payplugIds: string[];
  paypalCaptures: string[];
  proAccounts: string[];
  orderIds: string[];
  /** The list's position 80 % of the way down (newest first). */
  deepCursor: OrderCursor;
  /** A Paris day about two years back, a month 18 months back. */
  jumpDay: string;
  monthFrom: string;
  monthTo: string;
  /** The Paris day from which the list holds about `exportRows` orders (newest ones), or undefined: export everything. */
  exportFrom?: string;
  exportCount: number;
};

const SAMPLE = 200;

async function column(db: Db, query: ReturnType<typeof sql>): Promise<string[]> {
  return rowsOf<{ v: string }>(await db.execute(query)).map((r) => r.v);
}

export async function loadFixtures(db: Db, orders: number, exportRows: number): Promise<Fixtures> {
  // A block sample: a few thousand rows whatever the size, without reading the table.
  const percent = Math.min(100, (100 * 4000) / orders);
  const sample = rowsOf<{ id: string; reference: string; email: string; user_id: string | null }>(
    await db.execute(sql`select id, reference, email, user_id from orders tablesample system (${sql.raw(percent.toFixed(4))}) limit ${SAMPLE * 4}`),
  );
  const shuffled = sample.toSorted((a, b) => (a.id < b.id ? -1 : 1));
  const [deep] = rowsOf<{ key: string; id: string }>(
    await db.execute(sql`select created_at::text as key, id from orders order by created_at desc, id desc offset ${Math.floor(orders * 0.8)} limit 1`),
  );
  const [days] = rowsOf<{ jump: string; month_from: string; month_to: string }>(
    await db.execute(sql`select (now() at time zone 'Europe/Paris' - interval '2 years')::date::text as jump,
                                date_trunc('month', now() at time zone 'Europe/Paris' - interval '18 months')::date::text as month_from,
                                (date_trunc('month', now() at time zone 'Europe/Paris' - interval '17 months') - interval '1 day')::date::text as month_to`),
  );
  let exportFrom: string | undefined;
  let exportCount = orders;
  if (exportRows < orders) {
    const [from] = rowsOf<{ day: string }>(
      await db.execute(sql`select (created_at at time zone 'Europe/Paris')::date::text as day from orders order by created_at desc, id desc offset ${exportRows} limit 1`),
    );
    exportFrom = from!.day;
    const [n] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::integer as n from orders where created_at >= ((${exportFrom}::date)::timestamp at time zone 'Europe/Paris')`));
    exportCount = Number(n!.n);
  }
  return {
    references: shuffled.map((r) => r.reference).slice(0, SAMPLE),
    emails: shuffled.filter((r) => r.user_id).map((r) => r.email).slice(0, SAMPLE),
    orderIds: shuffled.map((r) => r.id).slice(0, SAMPLE),
    companies: await column(db, sql`select company_name as v from pro_accounts order by md5(id::text) limit ${SAMPLE}`),
    invoiceNumbers: await column(db, sql`select number as v from invoices tablesample system (${sql.raw(Math.min(100, (100 * 4000) / Math.max(1, orders / 10)).toFixed(4))}) limit ${SAMPLE}`),
    payplugIds: await column(db, sql`select provider_ref as v from payments tablesample system (${sql.raw(percent.toFixed(4))}) where provider = 'payplug' limit ${SAMPLE}`),
    paypalCaptures: await column(db, sql`select transaction_id as v from payments tablesample system (${sql.raw(percent.toFixed(4))}) where transaction_id is not null limit ${SAMPLE}`),
    proAccounts: await column(db, sql`select a.id::text as v from pro_accounts a where exists (select 1 from invoices i where i.pro_account_id = a.id) order by md5(a.id::text) limit ${SAMPLE}`),
    deepCursor: { key: deep!.key, id: deep!.id },
    jumpDay: days!.jump,
    monthFrom: days!.month_from,
    monthTo: days!.month_to,
    exportFrom,
    exportCount,
  };
}

/** Round-robin over a sample: each call the next value. */
export function cycle<T>(values: readonly T[], what: string): () => T {
  if (values.length === 0) throw new Error(`the seeded database has no ${what} to search for`);
  let i = 0;
  return () => values[i++ % values.length]!;
}
