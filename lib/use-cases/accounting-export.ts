import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "@/lib/db/client";
import type { PaymentMethod, PaymentProvider } from "@/lib/db/schema";
import { encodeLatin9, fecHeader, fecLines } from "@/lib/billing/accounting-fec";
import {
  entryNumberer,
  journalEntry,
  refundTreasury,
  saleReversalCents,
  type AccountingAccounts,
  type AccountingRow,
  type Auxiliary,
  type JournalEntry,
  type SoldLine,
  type Treasury,
} from "@/lib/billing/accounting-journal";
import type { AccountingPeriod } from "@/lib/billing/accounting-period";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { paypalFeeCentsOf } from "@/lib/providers/paypal/adapter";
import { log } from "@/lib/shared/log";
import { formatEurInput } from "@/lib/shared/money";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { csvField } from "@/lib/use-cases/export-orders-csv";

/*
 * The accounting journal of a period (Paris days, both ends included), as CSV or as a FEC file,
 * streamed: what happened is read from the records the shop already keeps, in batches of
 * ACCOUNTING_BATCH rows per source, merged in date order, turned into balanced entries by
 * lib/billing/accounting-journal.ts and written out as the reader pulls. Memory is a few batches,
 * whatever the month's size.
 *
 * Where each entry comes from:
 * - a sale: the first time an order became paid or on account (order_events, status_changed); a
 *   professional's invoiced order uses its invoice as the piece;
 * - money received: a payment of an order (payments.paid_at) or of a professional's invoices
 *   (account_payments.paid_at), on the account of its method; a PayPal capture's fee (its
 *   seller_receivable_breakdown.paypal_fee, in payments.provider_data) as bank fees;
 * - money given back: the refunds recorded on payments (order_events payment_refund_recorded): those
 *   the providers confirmed, from the provider's account, and those the shop made itself by transfer
 *   or cheque (data.offline, lib/use-cases/record-offline-refund.ts), from the bank; and for an order
 *   with no invoice the part of the sale it takes back (saleReversalCents: money
 *   received beyond the total is given back first); an invoiced order's sale is taken back by its
 *   credit notes (avoirs), on their issue day, with their own VAT per rate; a professional's
 *   account credit paid back by transfer or cheque (pro_account_events credit_refunded) leaves the bank.
 */

export const ACCOUNTING_BATCH = 500;

type Source = AsyncGenerator<{ key: string; row: AccountingRow }>;

/** The start of a Paris day as a timestamptz (the shop's days are Paris days). */
function parisDay(day: string, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::integer)::timestamp at time zone 'Europe/Paris')`;
}

const parisDate = (column: SQL) => sql<string>`to_char(${column} at time zone 'Europe/Paris', 'YYYY-MM-DD')`;
/** A timestamp as UTC text with microseconds: a keyset cursor that a JS Date would round. */
const utcText = (column: SQL) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const cursorAfter = (column: SQL, id: SQL, cursor: { at: string; id: string } | null, idType: "uuid" | "bigint") =>
  cursor ? sql`and (${column}, ${id}) > ((${cursor.at})::timestamp at time zone 'UTC', ${cursor.id}::${sql.raw(idType)})` : sql``;

/** Rows of a keyset-batched query until one batch comes back short. */
async function* batches<T extends { at: string; id: string }>(read: (cursor: { at: string; id: string } | null) => Promise<T[]>, size: number): AsyncGenerator<T[]> {
  let cursor: { at: string; id: string } | null = null;
  for (;;) {
    const rows = await read(cursor);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    const last = rows.at(-1)!;
    cursor = { at: last.at, id: last.id };
  }
}

type BuyerRow = {
  pro_account_id: string | null;
  company_name: string | null;
  siren: string | null;
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  reference: string;
  /** The order's invoice, if it has one: the piece of its sale and of the money paid for it. */
  invoice_number: string | null;
  invoice_date: string | null;
};

function auxiliaryOf(row: BuyerRow, proAuxiliary: boolean): Auxiliary | null {
  if (!proAuxiliary || !row.pro_account_id) return null;
  return { number: `C${row.siren ?? row.pro_account_id.replace(/-/g, "").slice(0, 8).toUpperCase()}`, label: row.company_name ?? "" };
}

function buyerName(row: BuyerRow): string {
  return row.company_name ?? row.company ?? (`${row.first_name ?? ""} ${row.last_name ?? ""}`.trim() || row.reference);
}

const BUYER_COLUMNS = sql`o.reference, o.billing_address->>'firstName' as first_name, o.billing_address->>'lastName' as last_name, o.billing_address->>'company' as company,
  pa.id::text as pro_account_id, pa.company_name, pa.siren, inv.number as invoice_number, inv.issue_date::text as invoice_date`;
const BUYER_JOIN = sql`left join pro_accounts pa on pa.user_id = o.user_id and pa.status = 'approved'
  left join invoices inv on inv.order_id = o.id and inv.kind = 'invoice'`;

/** What each order sold, VAT included, per line (shipping apart): the lines of a batch of orders. */
async function soldLinesOf(db: Executor, orders: readonly { order_id: string; shipping_cents: number; vat_exemption: string | null }[], shippingVatRateBp: number): Promise<Map<string, SoldLine[]>> {
  const out = new Map<string, SoldLine[]>();
  if (!orders.length) return out;
  const ids = orders.map((o) => o.order_id);
  const lines = rowsOf<{ order_id: string; line_total_cents: number; vat_rate_bp: number }>(
    await db.execute(sql`select order_id::text, line_total_cents, vat_rate_bp from order_lines where order_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) order by order_id, position`),
  );
  const exempt = new Map(orders.map((o) => [o.order_id, o.vat_exemption !== null]));
  for (const l of lines) {
    const rate = exempt.get(l.order_id) ? 0 : l.vat_rate_bp;
    out.set(l.order_id, [...(out.get(l.order_id) ?? []), { totalCents: l.line_total_cents, vatRateBp: rate, shipping: false }]);
  }
  for (const o of orders) {
    const list = out.get(o.order_id) ?? [];
    if (o.shipping_cents > 0) list.push({ totalCents: o.shipping_cents, vatRateBp: o.vat_exemption ? 0 : shippingVatRateBp, shipping: true });
    out.set(o.order_id, list);
  }
  return out;
}

type Context = { db: Executor; period: AccountingPeriod; proAuxiliary: boolean; shippingVatRateBp: number; batch: number };

/** Sales: the first time each order became paid or on account, inside the period. */
async function* sales(c: Context): Source {
  type Row = BuyerRow & { at: string; id: string; day: string; order_id: string; shipping_cents: number; vat_cents: number; vat_exemption: string | null };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`e.created_at`)} as at, e.id::text as id, ${parisDate(sql`e.created_at`)} as day, o.id::text as order_id,
          o.shipping_cents, o.vat_cents, o.vat_exemption, ${BUYER_COLUMNS}
        from order_events e
        join orders o on o.id = e.order_id
        ${BUYER_JOIN}
        where ((e.type = 'status_changed' and e.to_status in ('paid', 'on_account')) or e.type = 'payment_refund_recorded')
          and e.type = 'status_changed'
          and e.created_at >= ${parisDay(c.period.from)} and e.created_at < ${parisDay(c.period.to, 1)}
          and not exists (select 1 from order_events p where p.order_id = e.order_id and p.type = 'status_changed' and p.to_status in ('paid', 'on_account') and p.id < e.id)
          ${cursorAfter(sql`e.created_at`, sql`e.id`, cursor, "bigint")}
        order by e.created_at, e.id
        limit ${c.batch}`),
    );
  for await (const rows of batches(read, c.batch)) {
    const lines = await soldLinesOf(c.db, rows, c.shippingVatRateBp);
    for (const r of rows) {
      const piece = r.invoice_number ?? r.reference;
      yield {
        key: `${r.day}|${r.at}`,
        row: {
          kind: "sale",
          date: r.day,
          pieceRef: piece,
          pieceDate: r.invoice_date ?? r.day,
          label: `Vente ${piece} ${buyerName(r)}`,
          customer: auxiliaryOf(r, c.proAuxiliary),
          lines: lines.get(r.order_id) ?? [],
          vatCents: r.vat_exemption ? 0 : r.vat_cents,
        },
      };
    }
  }
}

/** The rows of a payments table (alias `p` or `ap`) paid inside the period, after the cursor, one batch in paid_at order. */
function paidInPeriod(alias: "p" | "ap", c: Context, cursor: { at: string; id: string } | null): SQL {
  const t = sql.raw(alias);
  return sql`where ${t}.paid_at is not null and ${t}.paid_at >= ${parisDay(c.period.from)} and ${t}.paid_at < ${parisDay(c.period.to, 1)}
    and ${t}.status in ('paid', 'partially_refunded', 'refunded')
    ${cursorAfter(sql`${t}.paid_at`, sql`${t}.id`, cursor, "uuid")}
    order by ${t}.paid_at, ${t}.id
    limit ${c.batch}`;
}

function treasuryOf(method: PaymentMethod | "credit", provider: PaymentProvider | null): Treasury | null {
  if (provider === "paypal") return "paypal";
  if (provider === "payplug") return "payplug";
  if (method === "transfer") return "transfer";
  if (method === "cheque") return "cheque";
  // Account credit applied, or a net-30 placeholder: no money moved.
  return null;
}

/** Money received for orders and for professionals' invoices, and PayPal's fee on each capture. */
async function* received(c: Context): Source {
  type Row = BuyerRow & { at: string; id: string; day: string; method: PaymentMethod; provider: PaymentProvider | null; amount_cents: number; provider_data: unknown; transaction_id: string | null; offline_reference: string | null };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`p.paid_at`)} as at, p.id::text as id, ${parisDate(sql`p.paid_at`)} as day, p.method, p.provider, p.amount_cents,
          p.provider_data, p.transaction_id, p.offline_reference, ${BUYER_COLUMNS}
        from payments p
        join orders o on o.id = p.order_id
        ${BUYER_JOIN}
        ${paidInPeriod("p", c, cursor)}`),
    );
  for await (const rows of batches(read, c.batch)) {
    for (const r of rows) {
      const treasury = treasuryOf(r.method, r.provider);
      if (!treasury) continue;
      const base = { date: r.day, pieceRef: r.invoice_number ?? r.reference, pieceDate: r.day, customer: auxiliaryOf(r, c.proAuxiliary) };
      const what = r.transaction_id ?? r.offline_reference;
      yield { key: `${r.day}|${r.at}`, row: { ...base, kind: "payment", treasury, amountCents: r.amount_cents, label: `Règlement ${r.reference} ${buyerName(r)}${what ? ` ${what}` : ""}` } };
      const fee = treasury === "paypal" ? paypalFeeCentsOf(r.provider_data) : 0;
      if (fee > 0) yield { key: `${r.day}|${r.at}`, row: { ...base, customer: null, kind: "fee", treasury: "paypal", amountCents: fee, label: `Frais PayPal ${r.reference}${what ? ` ${what}` : ""}` } };
    }
  }
}

/** Professionals' payments of their invoices (card through PayPlug, transfers, cheques). */
async function* accountReceived(c: Context): Source {
  type Row = { at: string; id: string; day: string; reference: string; method: "card" | "transfer" | "cheque" | "credit"; provider: PaymentProvider | null; amount_cents: number; pro_account_id: string; company_name: string; siren: string | null };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`ap.paid_at`)} as at, ap.id::text as id, ${parisDate(sql`ap.paid_at`)} as day, ap.reference, ap.method, ap.provider, ap.amount_cents,
          pa.id::text as pro_account_id, pa.company_name, pa.siren
        from account_payments ap
        join pro_accounts pa on pa.id = ap.pro_account_id
        ${paidInPeriod("ap", c, cursor)}`),
    );
  for await (const rows of batches(read, c.batch)) {
    for (const r of rows) {
      const treasury = treasuryOf(r.method === "card" ? "card" : r.method, r.provider);
      if (!treasury) continue;
      const buyer: BuyerRow = { ...r, first_name: null, last_name: null, company: null, invoice_number: null, invoice_date: null };
      yield {
        key: `${r.day}|${r.at}`,
        row: { kind: "payment", treasury, amountCents: r.amount_cents, date: r.day, pieceRef: r.reference, pieceDate: r.day, customer: auxiliaryOf(buyer, c.proAuxiliary), label: `Règlement ${r.reference} ${r.company_name}` },
      };
    }
  }
}

/** Refunds recorded on payments (a provider's, or the shop's own by transfer or cheque), and the part of the sale each takes back (orders without invoice). */
async function* refunds(c: Context): Source {
  type Row = BuyerRow & {
    at: string;
    id: string;
    day: string;
    order_id: string;
    method: PaymentMethod;
    provider: PaymentProvider | null;
    amount_cents: number;
    refunded_before_cents: number;
    paid_cents: number;
    total_cents: number;
    shipping_cents: number;
    vat_exemption: string | null;
    sold: boolean;
    made_by_shop: boolean;
    refund_reference: string | null;
  };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`e.created_at`)} as at, e.id::text as id, ${parisDate(sql`e.created_at`)} as day, o.id::text as order_id,
          p.method, p.provider, (e.data->>'amountCents')::int as amount_cents, coalesce(e.data->'offline' = 'true'::jsonb, false) as made_by_shop,
          e.data->>'reference' as refund_reference, o.paid_cents, o.total_cents, o.shipping_cents, o.vat_exemption,
          coalesce((select sum((b.data->>'amountCents')::int) from order_events b where b.order_id = e.order_id and b.type = 'payment_refund_recorded' and b.id < e.id), 0)::int as refunded_before_cents,
          exists (select 1 from order_events s where s.order_id = e.order_id and s.type = 'status_changed' and s.to_status in ('paid', 'on_account') and s.id < e.id) as sold,
          ${BUYER_COLUMNS}
        from order_events e
        join orders o on o.id = e.order_id
        left join payments p on p.id = e.payment_id
        ${BUYER_JOIN}
        where ((e.type = 'status_changed' and e.to_status in ('paid', 'on_account')) or e.type = 'payment_refund_recorded')
          and e.type = 'payment_refund_recorded'
          and e.created_at >= ${parisDay(c.period.from)} and e.created_at < ${parisDay(c.period.to, 1)}
          ${cursorAfter(sql`e.created_at`, sql`e.id`, cursor, "bigint")}
        order by e.created_at, e.id
        limit ${c.batch}`),
    );
  for await (const rows of batches(read, c.batch)) {
    // An invoiced sale is taken back by its credit notes, never by the refund itself.
    const reversing = rows.filter((r) => r.sold && !r.invoice_number);
    const lines = await soldLinesOf(c.db, reversing, c.shippingVatRateBp);
    for (const r of rows) {
      const key = `${r.day}|${r.at}`;
      const base = { date: r.day, pieceRef: r.invoice_number ?? r.reference, pieceDate: r.day, customer: auxiliaryOf(r, c.proAuxiliary) };
      if (r.sold && !r.invoice_number) {
        const amountCents = saleReversalCents({ refundCents: r.amount_cents, refundedBeforeCents: r.refunded_before_cents, paidCents: r.paid_cents, soldCents: r.total_cents });
        if (amountCents > 0) yield { key, row: { ...base, kind: "sale_reversal", amountCents, lines: lines.get(r.order_id) ?? [], label: `Remboursement ${r.reference} ${buyerName(r)} (vente annulée)` } };
      }
      const treasury = refundTreasury({ madeByShop: r.made_by_shop, paidThrough: treasuryOf(r.method ?? "card", r.provider) });
      if (!treasury) continue;
      const what = r.made_by_shop && r.refund_reference ? ` ${r.refund_reference}` : "";
      yield { key, row: { ...base, kind: "refund", treasury, amountCents: r.amount_cents, label: `Remboursement ${r.reference} ${buyerName(r)}${what}` } };
    }
  }
}

/** Credit notes (avoirs) issued in the period: the invoiced sale taken back, with their own VAT. */
async function* creditNotes(c: Context): Source {
  type Row = BuyerRow & { at: string; id: string; day: string; number: string; document: InvoiceDocument };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`i.created_at`)} as at, i.id::text as id, i.issue_date::text as day, i.number, i.document, ${BUYER_COLUMNS}
        from invoices i
        join orders o on o.id = i.order_id
        ${BUYER_JOIN}
        where i.kind = 'credit_note' and i.issue_date between ${c.period.from}::date and ${c.period.to}::date
          ${cursorAfter(sql`i.created_at`, sql`i.id`, cursor, "uuid")}
        order by i.created_at, i.id
        limit ${c.batch}`),
    );
  for await (const rows of batches(read, c.batch)) {
    for (const r of rows) {
      const vat = r.document.vat.map((v) => ({ vatRateBp: v.vatRateBp, netCents: Math.abs(v.netCents), vatCents: Math.abs(v.vatCents) }));
      yield { key: `${r.day}|${r.at}`, row: { kind: "credit_note", vat, date: r.day, pieceRef: r.number, pieceDate: r.day, customer: auxiliaryOf(r, c.proAuxiliary), label: `Avoir ${r.number} ${buyerName(r)}` } };
    }
  }
}

/**
 * A professional's account credit paid back by the shop (refundAccountCredit: a transfer or a
 * cheque the shop makes), on the day it was paid: out of the bank, to the customer's account.
 */
async function* creditRefunds(c: Context): Source {
  type Row = { at: string; id: string; day: string; amount_cents: number; reference: string; pro_account_id: string; company_name: string; siren: string | null };
  const read = async (cursor: { at: string; id: string } | null) =>
    rowsOf<Row>(
      await c.db.execute(sql`
        select ${utcText(sql`e.created_at`)} as at, e.id::text as id, e.data->>'paidOn' as day, (e.data->>'amountCents')::int as amount_cents, e.data->>'reference' as reference,
          pa.id::text as pro_account_id, pa.company_name, pa.siren
        from pro_account_events e
        join pro_accounts pa on pa.id = e.pro_account_id
        where e.type = 'credit_refunded' and e.data->>'paidOn' between ${c.period.from} and ${c.period.to}
          ${cursorAfter(sql`e.created_at`, sql`e.id`, cursor, "bigint")}
        order by e.created_at, e.id
        limit ${c.batch}`),
    );
  for await (const rows of batches(read, c.batch)) {
    for (const r of rows) {
      const buyer: BuyerRow = { ...r, first_name: null, last_name: null, company: null, invoice_number: null, invoice_date: null };
      yield {
        key: `${r.day}|${r.at}`,
        row: { kind: "refund", treasury: "transfer", amountCents: r.amount_cents, date: r.day, pieceRef: r.reference, pieceDate: r.day, customer: auxiliaryOf(buyer, c.proAuxiliary), label: `Remboursement d'avoir ${r.company_name}` },
      };
    }
  }
}

/** Several date-ordered sources as one, in date order (ties: the order the sources are given). */
async function* mergeByKey(sources: Source[]): Source {
  const heads = await Promise.all(sources.map((s) => s.next()));
  for (;;) {
    let best = -1;
    heads.forEach((h, i) => {
      if (h.done) return;
      if (best < 0 || h.value.key < (heads[best] as IteratorYieldResult<{ key: string }>).value.key) best = i;
    });
    if (best < 0) return;
    const head = heads[best] as IteratorYieldResult<{ key: string; row: AccountingRow }>;
    yield head.value;
    heads[best] = await sources[best]!.next();
  }
}

export type AccountingExportOptions = { accounts: AccountingAccounts; proAuxiliary: boolean; shippingVatRateBp: number; batch?: number };

/** The period's entries in date order, balanced, each with its number (consecutive per journal). */
export async function* accountingEntries(db: Executor, period: AccountingPeriod, options: AccountingExportOptions): AsyncGenerator<{ number: string; entry: JournalEntry }> {
  const c: Context = { db, period, proAuxiliary: options.proAuxiliary, shippingVatRateBp: options.shippingVatRateBp, batch: options.batch ?? ACCOUNTING_BATCH };
  const numberOf = entryNumberer(period.from);
  for await (const { row } of mergeByKey([sales(c), creditNotes(c), received(c), accountReceived(c), refunds(c), creditRefunds(c)])) {
    const entry = journalEntry(row, options.accounts);
    if (entry) yield { number: numberOf(entry.journal), entry };
  }
}

const CSV_HEADER = ["Journal", "Libellé journal", "N° écriture", "Date", "Compte", "Libellé compte", "Compte auxiliaire", "Libellé auxiliaire", "Pièce", "Date pièce", "Libellé", "Débit", "Crédit"];

/** One entry as CSV lines in French spreadsheet conventions (as the orders export: `;`, 12,50, 03/12/2026, CRLF). */
export function entryCsvLines(entry: JournalEntry, number: string): string {
  return entry.lines
    .map((l) => {
      const text = [entry.journal.code, entry.journal.label, number, formatIsoDateFr(entry.date), l.account, l.accountLabel, l.auxNumber, l.auxLabel, entry.pieceRef, formatIsoDateFr(entry.pieceDate), entry.label];
      return [...text.map(csvField), formatEurInput(l.debitCents), formatEurInput(l.creditCents)].join(";") + "\r\n";
    })
    .join("");
}

/** Pulls entries one batch of output at a time: a slow reader slows the queries, nothing piles up. */
function streamOf(head: Uint8Array, entries: AsyncGenerator<{ number: string; entry: JournalEntry }>, encode: (text: string) => Uint8Array, format: (entry: JournalEntry, number: string) => string): ReadableStream<Uint8Array> {
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(head);
        return;
      }
      let text = "";
      try {
        for (let i = 0; i < 200; i++) {
          const next = await entries.next();
          if (next.done) {
            if (text) controller.enqueue(encode(text));
            controller.close();
            return;
          }
          text += format(next.value.entry, next.value.number);
        }
      } catch (error) {
        // Headers are sent already: the download breaks off, and the log says why (a database
        // failure, or an entry that did not balance — a bug, never written to the file).
        log.error("accounting", "accounting export stopped", { error });
        throw error;
      }
      controller.enqueue(encode(text));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
}

/** The journal as CSV: UTF-8 with a byte-order mark (Excel), `;`, amounts 12,50, dates 03/12/2026. */
export function accountingCsvStream(db: Executor, period: AccountingPeriod, options: AccountingExportOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return streamOf(encoder.encode("\uFEFF" + CSV_HEADER.map(csvField).join(";") + "\r\n"), accountingEntries(db, period, options), (t) => encoder.encode(t), entryCsvLines);
}

/** The journal as a FEC file (lib/billing/accounting-fec.ts): ISO 8859-15, tab-separated. */
export function accountingFecStream(db: Executor, period: AccountingPeriod, options: AccountingExportOptions): ReadableStream<Uint8Array> {
  return streamOf(encodeLatin9(fecHeader()), accountingEntries(db, period, options), encodeLatin9, (entry, number) => fecLines(entry, number));
}

/** « journal-comptable-2026-11-01-au-2026-11-30.csv » */
export function accountingCsvFileName(period: AccountingPeriod): string {
  return `journal-comptable-${period.from}-au-${period.to}.csv`;
}
