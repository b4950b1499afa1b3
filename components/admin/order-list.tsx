import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import type { AdminOrderRow } from "@/lib/orders/admin-queries";
import { ADMIN_ORDER_STATUS_LABELS, orderStatusTone } from "@/lib/orders/labels";
import { ADMIN_METHOD_LABELS } from "@/lib/payments/labels";
import { TEST_ORDER_MARK } from "@/lib/payments/test-mode";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

/** Who bought: the billing name, the company when there is one. */
function buyerName(row: AdminOrderRow): string {
  const a = row.billingAddress;
  const person = `${a.firstName} ${a.lastName}`.trim();
  return a.company ? `${a.company} (${person})` : person;
}

function Marks({ row, test }: { row: AdminOrderRow; test: boolean }) {
  return (
    <>
      {row.userRole === "pro" ? (
        <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-sky-900">Pro</span>
      ) : null}
      {test ? (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900" data-testid="admin-list-test-mark">
          {TEST_ORDER_MARK}
        </span>
      ) : null}
      {row.flag ? (
        <span className="ml-2 text-red-700" title={row.flag}>
          <span aria-hidden="true">⚑</span>
          <span className="sr-only">À vérifier : {row.flag}</span>
        </span>
      ) : null}
    </>
  );
}

/**
 * The orders of one page: a table from a tablet up, one card per order on a phone (status and
 * amounts stay visible there: they are what the admin came for).
 */
export function OrderList({ rows, testOrders }: { rows: AdminOrderRow[]; testOrders: ReadonlySet<string> }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block">
        <table className="w-full text-left text-sm" data-testid="admin-orders">
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2">Référence</th>
              <th scope="col" className="px-3 py-2">Date</th>
              <th scope="col" className="px-3 py-2">Client</th>
              <th scope="col" className="px-3 py-2">Paiement</th>
              <th scope="col" className="px-3 py-2">Statut</th>
              <th scope="col" className="px-3 py-2 text-right">Total</th>
              <th scope="col" className="px-3 py-2 text-right">Reçu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} className="border-t border-stone-200">
                <td className="px-3 py-2 font-mono whitespace-nowrap">
                  <Link href={`/admin/commandes/${o.reference}`} className="text-brand-700 underline-offset-4 hover:underline">
                    {o.reference}
                  </Link>
                  <Marks row={o} test={testOrders.has(o.id)} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{formatDateTimeFr(o.createdAt)}</td>
                <td className="px-3 py-2">
                  <span className="block">{buyerName(o)}</span>
                  <span className="block text-stone-500">{o.email}</span>
                </td>
                <td className="px-3 py-2">{ADMIN_METHOD_LABELS[o.paymentMethod]}</td>
                <td className="px-3 py-2">
                  <Badge tone={orderStatusTone(o.status)}>{ADMIN_ORDER_STATUS_LABELS[o.status]}</Badge>
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatEur(o.totalCents)}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatEur(o.paidCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden" data-testid="admin-order-cards" aria-label="Commandes">
        {rows.map((o) => (
          <li key={o.id} className="rounded-xl border border-stone-200 bg-white p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-mono">
                <Link href={`/admin/commandes/${o.reference}`} className="text-brand-700 underline underline-offset-4">
                  {o.reference}
                </Link>
                <Marks row={o} test={testOrders.has(o.id)} />
              </span>
              <Badge tone={orderStatusTone(o.status)}>{ADMIN_ORDER_STATUS_LABELS[o.status]}</Badge>
            </div>
            <p className="mt-1 text-sm">{buyerName(o)}</p>
            <p className="text-sm break-all text-stone-500">{o.email}</p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              <dt className="text-stone-500">Total</dt>
              <dd className="text-right tabular-nums">{formatEur(o.totalCents)}</dd>
              <dt className="text-stone-500">Reçu</dt>
              <dd className="text-right tabular-nums">{formatEur(o.paidCents)}</dd>
              <dt className="text-stone-500">Paiement</dt>
              <dd className="text-right">{ADMIN_METHOD_LABELS[o.paymentMethod]}</dd>
              <dt className="text-stone-500">Date</dt>
              <dd className="text-right">{formatDateTimeFr(o.createdAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
