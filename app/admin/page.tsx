import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { ADMIN_ORDER_STATUS_LABELS, orderStatusTone } from "@/lib/orders/labels";
import { ADMIN_METHOD_LABELS } from "@/lib/payments/labels";
import { listOrdersForAdmin, orderListQuery } from "@/lib/orders/admin-queries";
import { ordersPaidInTestMode, TEST_ORDER_MARK } from "@/lib/payments/test-mode";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ORDER_STATUSES } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireRole("admin", "/admin");
  const raw = await searchParams;
  const query = orderListQuery.parse({ statut: raw.statut, q: raw.q, page: raw.page });
  const db = await getDb();
  const { rows, total, page, pageCount } = await listOrdersForAdmin(db, query);
  const testOrders = await ordersPaidInTestMode(db, rows.map((o) => o.id));
  const pageHref = (p: number) => {
    const params = new URLSearchParams();
    if (query.statut) params.set("statut", query.statut);
    if (query.q) params.set("q", query.q);
    if (p > 1) params.set("page", String(p));
    const s = params.toString();
    return s ? `/admin?${s}` : "/admin";
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Commandes</h1>
      <Card>
        <form method="get" action="/admin" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filtrer les commandes">
          <div className="flex flex-col gap-1">
            <label htmlFor="statut" className="text-sm font-medium">
              Statut
            </label>
            <select id="statut" name="statut" defaultValue={query.statut ?? ""} className="rounded-lg border border-stone-300 bg-white px-3 py-2">
              <option value="">Tous</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ADMIN_ORDER_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-60 flex-1 flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium">
              Référence ou e-mail
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="CA-… ou client@exemple.fr" className="rounded-lg border border-stone-300 bg-white px-3 py-2" />
          </div>
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Rechercher
          </button>
          {query.statut || query.q ? (
            <ButtonLink href="/admin" variant="ghost">
              Effacer
            </ButtonLink>
          ) : null}
        </form>
      </Card>
      <p className="text-sm text-stone-600" role="status">
        {total} commande{total > 1 ? "s" : ""}
      </p>
      {rows.length === 0 ? (
        <Card>
          <p>Aucune commande ne correspond.</p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
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
                    {testOrders.has(o.id) ? (
                      <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900" data-testid="admin-list-test-mark">
                        {TEST_ORDER_MARK}
                      </span>
                    ) : null}
                    {o.flag ? (
                      <span className="ml-2 text-red-700" title={o.flag}>
                        <span aria-hidden="true">⚑</span>
                        <span className="sr-only">À vérifier : {o.flag}</span>
                      </span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDateTimeFr(o.createdAt)}</td>
                  <td className="px-3 py-2">{o.email}</td>
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
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Précédentes</Link> : null}
          <span>
            Page {page} sur {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>Suivantes →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
