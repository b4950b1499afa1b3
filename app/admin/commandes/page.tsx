import Link from "next/link";
import { OrderList } from "@/components/admin/order-list";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countOrdersByStatus, EXACT_COUNT_LIMIT, listOrdersForAdmin } from "@/lib/orders/admin-queries";
import { ADMIN_ORDER_STATUS_LABELS } from "@/lib/orders/labels";
import {
  BUYER_KIND_LABELS,
  BUYER_KINDS,
  encodeCursor,
  isFiltered,
  ORDER_SORT_LABELS,
  ORDER_SORTS,
  ORDERS_LIST_PATH,
  orderListParams,
  parseOrderListQuery,
  type OrderCursor,
} from "@/lib/orders/order-list-query";
import { ADMIN_METHOD_LABELS } from "@/lib/payments/labels";
import { ordersPaidInTestMode } from "@/lib/payments/test-mode";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { PAYMENT_METHODS } from "@/lib/db/schema";
import { formatEurInput } from "@/lib/shared/money";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const CONTROL = "rounded-lg border border-stone-300 bg-white px-3 py-2";
const countFormat = new Intl.NumberFormat("fr-FR");

export default async function AdminOrdersPage({ searchParams }: Props) {
  await requireRole("admin", "/admin/commandes");
  const { query, problems } = parseOrderListQuery(await searchParams);
  const db = await getDb();
  const [{ rows, previous, next }, counts] = await Promise.all([listOrdersForAdmin(db, query), countOrdersByStatus(db, query)]);
  const testOrders = await ordersPaidInTestMode(db, rows.map((o) => o.id));
  const base = orderListParams(query);
  const href = (change: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams(base);
    change(p);
    const s = p.toString();
    return s ? `${ORDERS_LIST_PATH}?${s}` : ORDERS_LIST_PATH;
  };
  const pageHref = (name: "apres" | "avant", cursor: OrderCursor) =>
    href((p) => p.set(name, encodeCursor(cursor)));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const anyEstimate = counts.some((c) => c.estimated);
  const shown = (n: number, estimated: boolean) => (estimated ? `environ ${countFormat.format(n)}` : countFormat.format(n));
  const dateSort = query.tri === "recent" || query.tri === "ancien";
  const exportHref = `/admin/commandes/export?${orderListParams(query).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Commandes</h1>
        <a href={exportHref} className="text-sm font-medium text-brand-700 underline underline-offset-4" data-testid="orders-export">
          Exporter en CSV (filtre actuel)
        </a>
      </div>
      <Card>
        <form method="get" action={ORDERS_LIST_PATH} className="flex flex-col gap-3" role="search" aria-label="Filtrer les commandes">
          {query.statut ? <input type="hidden" name="statut" value={query.statut} /> : null}
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex min-w-60 flex-1 flex-col gap-1">
              <label htmlFor="q" className="text-sm font-medium">
                Rechercher
              </label>
              <p id="q-hint" className="text-xs text-stone-500">
                Référence, e-mail, nom, société, n° de transaction, n° de facture
              </p>
              <input id="q" name="q" type="search" aria-describedby="q-hint" defaultValue={query.q ?? ""} placeholder="CA-…, client@exemple.fr, F-2026-000001" className={CONTROL} />
            </div>
            <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
              Rechercher
            </button>
            {isFiltered(query) ? (
              <ButtonLink href={ORDERS_LIST_PATH} variant="ghost">
                Effacer les filtres
              </ButtonLink>
            ) : null}
          </div>
          <details open={Boolean(query.moyen || query.client || query.signale || query.du || query.au || query.minCents !== undefined || query.maxCents !== undefined || query.tri !== "recent") || undefined}>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Plus de filtres et tri</summary>
            <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <div className="flex flex-col gap-1">
                <label htmlFor="moyen" className="text-sm font-medium">
                  Moyen de paiement
                </label>
                <select id="moyen" name="moyen" defaultValue={query.moyen ?? ""} className={CONTROL}>
                  <option value="">Tous</option>
                  {PAYMENT_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {ADMIN_METHOD_LABELS[m]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="client" className="text-sm font-medium">
                  Acheteur
                </label>
                <select id="client" name="client" defaultValue={query.client ?? ""} className={CONTROL}>
                  <option value="">Tous</option>
                  {BUYER_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {BUYER_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="du" className="text-sm font-medium">
                  Passée du
                </label>
                <input id="du" name="du" type="date" defaultValue={query.du ?? ""} className={CONTROL} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="au" className="text-sm font-medium">
                  au (inclus)
                </label>
                <input id="au" name="au" type="date" defaultValue={query.au ?? ""} className={CONTROL} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="min" className="text-sm font-medium">
                  Montant minimum (€)
                </label>
                <input id="min" name="min" inputMode="decimal" defaultValue={query.minCents !== undefined ? formatEurInput(query.minCents) : ""} placeholder="0,00" className={CONTROL} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="max" className="text-sm font-medium">
                  Montant maximum (€)
                </label>
                <input id="max" name="max" inputMode="decimal" defaultValue={query.maxCents !== undefined ? formatEurInput(query.maxCents) : ""} placeholder="1000,00" className={CONTROL} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="tri" className="text-sm font-medium">
                  Trier par
                </label>
                <select id="tri" name="tri" defaultValue={query.tri} className={CONTROL}>
                  {ORDER_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {ORDER_SORT_LABELS[s]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex items-end gap-2 pb-2">
                <input id="signale" name="signale" type="checkbox" value="1" defaultChecked={query.signale ?? false} className="h-5 w-5" />
                <label htmlFor="signale" className="text-sm font-medium">
                  Signalées seulement (à vérifier)
                </label>
              </div>
            </div>
          </details>
        </form>
      </Card>
      {problems.length ? (
        <Alert tone="warning" title="Une partie du filtre a été ignorée">
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <nav aria-label="Statuts" className="flex flex-wrap gap-2 text-sm" data-testid="status-counts">
        <StatusLink href={href((p) => p.delete("statut"))} current={!query.statut} label="Toutes" count={shown(total, anyEstimate)} />
        {counts.map((c) => (
          <StatusLink
            key={c.status}
            href={href((p) => p.set("statut", c.status))}
            current={query.statut === c.status}
            label={ADMIN_ORDER_STATUS_LABELS[c.status]}
            count={shown(c.count, c.estimated)}
          />
        ))}
      </nav>
      {anyEstimate ? <p className="text-xs text-stone-500">Au-delà de {countFormat.format(EXACT_COUNT_LIMIT)} commandes, les nombres sont des estimations.</p> : null}
      {dateSort ? (
        <form method="get" action={ORDERS_LIST_PATH} className="flex flex-wrap items-end gap-2 text-sm" aria-label="Aller à une date">
          {[...base.entries()].map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <div className="flex flex-col gap-1">
            <label htmlFor="date" className="font-medium">
              Aller au
            </label>
            <input id="date" name="date" type="date" defaultValue={query.date ?? ""} className={CONTROL} />
          </div>
          <button type="submit" className="min-h-10 rounded-lg border border-stone-300 bg-white px-3 font-medium hover:bg-stone-100">
            Afficher
          </button>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <Card>
          <p>Aucune commande ne correspond.</p>
        </Card>
      ) : (
        <OrderList rows={rows} testOrders={testOrders} />
      )}
      {previous || next ? (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
          {previous ? (
            <Link href={pageHref("avant", previous)} className="min-h-10 content-center font-medium text-brand-700 underline underline-offset-4" rel="prev">
              ← Précédentes
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={pageHref("apres", next)} className="min-h-10 content-center font-medium text-brand-700 underline underline-offset-4" rel="next">
              Suivantes →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function StatusLink({ href, current, label, count }: { href: string; current: boolean; label: string; count: string }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-9 items-center gap-1 rounded-full border px-3 ${current ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
    >
      {label} <span className="tabular-nums text-stone-500">({count})</span>
    </Link>
  );
}
