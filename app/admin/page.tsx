import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MethodSplitChart, TakingsPerDayChart } from "@/components/admin/dashboard-charts";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadDashboard, type MethodCents } from "@/lib/orders/dashboard";
import { ADMIN_ORDER_STATUS_LABELS } from "@/lib/orders/labels";
import { ORDERS_LIST_PATH, ordersListRedirect } from "@/lib/orders/order-list-query";
import { ADMIN_METHOD_LABELS } from "@/lib/payments/labels";
import { formatDateFr, formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tableau de bord" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = new Intl.NumberFormat("fr-FR");

/** The back-office's home: the money of today and of the month, what went wrong, what waits. */
export default async function DashboardPage({ searchParams }: Props) {
  await requireRole("admin", "/admin");
  // /admin was the orders list: its old links with a filter (?q=…, ?statut=…) land on the list.
  const moved = ordersListRedirect(await searchParams);
  if (moved) redirect(moved);
  const d = await loadDashboard(await getDb());
  const sum = (rows: readonly MethodCents[]) => rows.reduce((s, r) => s + r.cents, 0);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Tableau de bord</h1>
        <p className="text-sm text-stone-600">Aujourd&apos;hui : {formatIsoDateFr(d.today)} (heure de Paris)</p>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <TakingsCard title="Encaissé aujourd'hui" testId="takings-today" total={sum(d.takingsToday)} rows={d.takingsToday} />
        <TakingsCard title="Encaissé ce mois-ci" testId="takings-month" total={sum(d.takingsMonth)} rows={d.takingsMonth} />
        <Card labelledBy="refunds-title" className="flex flex-col gap-2">
          <h2 id="refunds-title" className="text-base font-semibold">
            Remboursé
          </h2>
          <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm">
            <dt>Aujourd&apos;hui ({count.format(d.refundsToday.count)})</dt>
            <dd className="text-right tabular-nums" data-testid="refunds-today">
              {formatEur(d.refundsToday.cents)}
            </dd>
            <dt>Ce mois-ci ({count.format(d.refundsMonth.count)})</dt>
            <dd className="text-right tabular-nums" data-testid="refunds-month">
              {formatEur(d.refundsMonth.cents)}
            </dd>
          </dl>
          <p className="text-xs text-stone-500">Remboursements confirmés par le prestataire ou enregistrés, à leur date.</p>
        </Card>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card labelledBy="refused-title" className="flex flex-col gap-2">
          <h2 id="refused-title" className="text-base font-semibold">
            Paiements refusés aujourd&apos;hui
          </h2>
          {d.refusedToday.length === 0 ? (
            <p className="text-sm text-stone-600" data-testid="refused-today">
              Aucun paiement refusé aujourd&apos;hui.
            </p>
          ) : (
            <table className="w-full text-left text-sm" data-testid="refused-today">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1">Motif</th>
                  <th scope="col" className="py-1">Moyen</th>
                  <th scope="col" className="py-1 text-right">Nombre</th>
                  <th scope="col" className="py-1 text-right">Montant</th>
                </tr>
              </thead>
              <tbody>
                {d.refusedToday.map((r) => (
                  <tr key={`${r.code}-${r.method}`} className="border-t border-stone-100">
                    <td className="py-1">{r.reason ?? "Motif non précisé par le prestataire"}</td>
                    <td className="py-1">{ADMIN_METHOD_LABELS[r.method]}</td>
                    <td className="py-1 text-right tabular-nums">{count.format(r.count)}</td>
                    <td className="py-1 text-right tabular-nums">{formatEur(r.cents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>

        <Card labelledBy="waiting-title" className="flex flex-col gap-2">
          <h2 id="waiting-title" className="text-base font-semibold">
            Commandes en attente d&apos;argent
          </h2>
          {d.waiting.length === 0 ? (
            <p className="text-sm text-stone-600" data-testid="waiting-money">
              Aucune commande n&apos;attend d&apos;argent.
            </p>
          ) : (
            <table className="w-full text-left text-sm" data-testid="waiting-money">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1">État</th>
                  <th scope="col" className="py-1 text-right">Commandes</th>
                  <th scope="col" className="py-1 text-right">Reste à recevoir</th>
                </tr>
              </thead>
              <tbody>
                {d.waiting.map((w) => (
                  <tr key={w.status} className="border-t border-stone-100">
                    <td className="py-1">
                      <Link href={`${ORDERS_LIST_PATH}?statut=${w.status}`} className="text-brand-700 underline-offset-4 hover:underline">
                        {ADMIN_ORDER_STATUS_LABELS[w.status]}
                      </Link>
                    </td>
                    <td className="py-1 text-right tabular-nums">{count.format(w.count)}</td>
                    <td className="py-1 text-right tabular-nums">{formatEur(w.dueCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t border-stone-300 font-semibold">
                  <th scope="row" className="py-1">
                    Total
                  </th>
                  <td className="py-1 text-right tabular-nums">{count.format(d.waiting.reduce((s, w) => s + w.count, 0))}</td>
                  <td className="py-1 text-right tabular-nums" data-testid="waiting-money-total">
                    {formatEur(d.waiting.reduce((s, w) => s + w.dueCents, 0))}
                  </td>
                </tr>
              </tfoot>
            </table>
          )}
        </Card>
      </div>

      <Card labelledBy="flagged-title" className="flex flex-col gap-2">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="flagged-title" className="text-base font-semibold">
            Commandes signalées, à vérifier : <span data-testid="flagged-count">{count.format(d.flagged.count)}</span>
          </h2>
          {d.flagged.count > 0 ? (
            <Link href={`${ORDERS_LIST_PATH}?signale=1`} className="text-sm font-medium text-brand-700 underline underline-offset-4">
              Toutes les commandes signalées
            </Link>
          ) : null}
        </div>
        <p className="text-xs text-stone-500">Montant non conforme, trop-perçu, argent reçu par une commande qui n&apos;en attendait plus.</p>
        {d.flagged.latest.length ? (
          <ul className="flex flex-col gap-2 text-sm" data-testid="flagged-orders">
            {d.flagged.latest.map((o) => (
              <li key={o.reference} className="border-t border-stone-100 pt-2">
                <Link href={`/admin/commandes/${o.reference}`} className="font-mono text-brand-700 underline-offset-4 hover:underline">
                  {o.reference}
                </Link>{" "}
                <span className="text-stone-600">
                  du {formatDateFr(o.createdAt)}, {formatEur(o.totalCents)}
                </span>
                <span className="block whitespace-pre-line text-amber-900">{o.flag}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card labelledBy="per-day-title" className="flex flex-col gap-2">
          <h2 id="per-day-title" className="text-base font-semibold">
            Encaissements des 30 derniers jours
          </h2>
          <TakingsPerDayChart id="per-day-chart" days={d.perDay} />
        </Card>
        <Card labelledBy="split-title" className="flex flex-col gap-2">
          <h2 id="split-title" className="text-base font-semibold">
            Répartition par moyen de paiement (ce mois-ci)
          </h2>
          <MethodSplitChart id="split-chart" caption="Encaissements du mois par moyen de paiement" parts={d.takingsMonth.map((m) => ({ label: ADMIN_METHOD_LABELS[m.method], cents: m.cents }))} />
        </Card>
      </div>
    </div>
  );
}

function TakingsCard({ title, testId, total, rows }: { title: string; testId: string; total: number; rows: readonly MethodCents[] }) {
  return (
    <Card labelledBy={`${testId}-title`} className="flex flex-col gap-2">
      <h2 id={`${testId}-title`} className="text-base font-semibold">
        {title}
      </h2>
      <p className="text-2xl font-semibold tabular-nums" data-testid={`${testId}-total`}>
        {formatEur(total)}
      </p>
      {rows.length ? (
        <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm" data-testid={testId}>
          {rows.map((r) => (
            <div key={r.method} className="contents">
              <dt>
                {ADMIN_METHOD_LABELS[r.method]} ({count.format(r.count)})
              </dt>
              <dd className="text-right tabular-nums" data-testid={`${testId}-${r.method}`}>
                {formatEur(r.cents)}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-sm text-stone-600">Rien d&apos;encaissé.</p>
      )}
    </Card>
  );
}
