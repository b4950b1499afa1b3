import "server-only";
import type { Executor } from "@/lib/db/client";
import { cursorOf, orderPageSelect, type AdminOrderRow } from "@/lib/orders/admin-queries";
import { ADMIN_ORDER_STATUS_LABELS } from "@/lib/orders/labels";
import type { OrderListQuery } from "@/lib/orders/order-list-query";
import { ADMIN_METHOD_LABELS } from "@/lib/payments/labels";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { formatEurInput } from "@/lib/shared/money";

/*
 * The orders list as a CSV file a French spreadsheet opens as is: `;` between fields (the comma
 * is the decimal mark), UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252
 * and « Société » comes out garbled), amounts as `12,50` with no currency sign so they stay
 * numbers, dates as `03/12/2026` (Paris) with the time in its own column, CRLF line ends.
 *
 * Streamed: the file is read in keyset batches of EXPORT_BATCH rows, one batch per pull of the
 * stream, so memory stays that of one batch whatever the size of the export, and a client that
 * reads slowly slows the queries instead of piling rows up in the server.
 */

export const EXPORT_BATCH = 500;

const BOM = "\uFEFF";
const HEADER = ["Référence", "Date", "Heure", "Client", "Société", "E-mail", "Acheteur", "Moyen de paiement", "Statut", "Total TTC", "dont TVA", "Reçu", "Remboursé", "À vérifier"];

/**
 * One field: quoted when it holds the separator, a quote or a line break; a text starting with
 * = + - @ (or a tab / carriage return) gets a leading apostrophe so that a spreadsheet shows it
 * instead of running it as a formula (a customer types their own name).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function buyerKind(row: AdminOrderRow): string {
  if (row.userRole === "pro") return "Professionnel";
  return row.userRole ? "Client" : "Invité";
}

/** One order as a CSV line (CRLF included). Amounts are cents, never negative here. */
export function orderCsvLine(row: AdminOrderRow): string {
  const [date = "", time = ""] = formatDateTimeFr(row.createdAt).split(" ");
  const a = row.billingAddress;
  const text = [row.reference, date, time, `${a.firstName} ${a.lastName}`.trim(), a.company ?? "", row.email, buyerKind(row), ADMIN_METHOD_LABELS[row.paymentMethod], ADMIN_ORDER_STATUS_LABELS[row.status]];
  const amounts = [row.totalCents, row.vatCents, row.paidCents, row.refundedCents].map(formatEurInput);
  return [...text.map(csvField), ...amounts, csvField(row.flag ?? "")].join(";") + "\r\n";
}

/** The whole filtered list (the page's position ignored), as a stream of UTF-8 bytes. */
export function ordersCsvStream(db: Executor, filter: OrderListQuery, batch = EXPORT_BATCH): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let query: OrderListQuery = { ...filter, apres: undefined, avant: undefined, date: undefined };
  let started = false;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + HEADER.map(csvField).join(";") + "\r\n"));
        return;
      }
      if (done) {
        controller.close();
        return;
      }
      const { select } = await orderPageSelect(db, query, batch);
      const rows = await select;
      if (rows.length < batch) done = true;
      const last = rows.at(-1);
      if (last) query = { ...query, apres: cursorOf(query, last) };
      if (rows.length) controller.enqueue(encoder.encode(rows.map(orderCsvLine).join("")));
      else controller.close();
    },
  });
}

/** « commandes-2026-12-03.csv » */
export function ordersCsvFileName(today: string): string {
  return `commandes-${today}.csv`;
}
