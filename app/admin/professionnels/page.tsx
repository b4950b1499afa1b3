import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { AGEING_BUCKETS, AGEING_LABELS } from "@/lib/billing/payment-terms";
import { getDb } from "@/lib/db/client";
import { formatDateFr } from "@/lib/shared/dates";
import { listProAccountsForAdmin, PRO_LIST_FILTERS, type ProListFilter, type ProListRow } from "@/lib/use-cases/pro-portal";
import { companyIds, FILTER_LABELS, proStatusLabel } from "./pro-labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Professionnels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (filter: ProListFilter) => (filter === "tous" ? "/admin/professionnels" : `/admin/professionnels?filtre=${filter}`);

export default async function AdminProfessionalsPage({ searchParams }: Props) {
  await requireRole("admin", "/admin/professionnels");
  const raw = (await searchParams).filtre;
  const filter: ProListFilter = PRO_LIST_FILTERS.find((f) => f === raw) ?? "tous";
  const list = await listProAccountsForAdmin(await getDb(), filter);
  const pending = list.counts["a-valider"];

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Professionnels</h1>
      {pending > 0 && filter !== "a-valider" ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900">
          <Link href={href("a-valider")} className="font-semibold underline underline-offset-4">
            Professionnels à valider : {pending}
          </Link>{" "}
          — la plus ancienne demande est en tête de liste.
        </p>
      ) : null}

      <nav aria-label="Filtrer les professionnels" className="flex flex-wrap gap-2">
        {PRO_LIST_FILTERS.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === filter ? "page" : undefined}
            className={`inline-flex min-h-10 items-center gap-2 rounded-full border px-3 text-sm focus-visible:outline-2 focus-visible:outline-brand-600 ${f === filter ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
          >
            {f === "a-valider" ? "Professionnels à valider" : FILTER_LABELS[f]}
            <span className={`rounded-full px-1.5 text-xs font-semibold ${f === filter ? "bg-white/20" : f === "a-valider" && pending > 0 ? "bg-amber-200 text-amber-950" : "bg-stone-100"}`}>{list.counts[f]}</span>
          </Link>
        ))}
      </nav>

      <section aria-labelledby="pro-list-title" className="flex flex-col gap-3">
        <h2 id="pro-list-title" className="sr-only">
          {FILTER_LABELS[filter]} : {list.rows.length} compte{list.rows.length > 1 ? "s" : ""}
        </h2>
        {list.rows.length === 0 ? (
          <Card>
            <p>Aucun compte professionnel dans cette liste.</p>
          </Card>
        ) : (
          <>
            {/* Phone: one card per account. */}
            <ul className="flex flex-col gap-3 md:hidden" data-testid="admin-pro-cards">
              {list.rows.map((r) => (
                <li key={r.id}>
                  <ProCard row={r} />
                </li>
              ))}
            </ul>
            <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block">
              <table className="w-full text-left text-sm" data-testid="admin-pros">
                <thead className="bg-stone-100 text-stone-700">
                  <tr>
                    <th scope="col" className="px-3 py-2">Entreprise</th>
                    <th scope="col" className="px-3 py-2">Identifiants</th>
                    <th scope="col" className="px-3 py-2">Contact</th>
                    <th scope="col" className="px-3 py-2">Depuis</th>
                    <th scope="col" className="px-3 py-2">Statut</th>
                    <th scope="col" className="px-3 py-2 text-right">Solde dû</th>
                    <th scope="col" className="px-3 py-2 text-right">En retard</th>
                    <th scope="col" className="px-3 py-2 text-right">Avoir</th>
                    <th scope="col" className="px-3 py-2 text-right">Encours autorisé</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((r) => {
                    const status = proStatusLabel(r);
                    return (
                      <tr key={r.id} className="border-t border-stone-200 align-top">
                        <td className="px-3 py-2">
                          <Link href={`/admin/professionnels/${r.id}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                            {r.companyName}
                          </Link>
                          <span className="block text-stone-600">{r.country}</span>
                        </td>
                        <td className="px-3 py-2 font-mono text-xs">{companyIds(r)}</td>
                        <td className="px-3 py-2">
                          {r.contactName}
                          <span className="block text-stone-600">{r.contactEmail}</span>
                        </td>
                        <td className="px-3 py-2 whitespace-nowrap">{formatDateFr(r.createdAt)}</td>
                        <td className="px-3 py-2">
                          <Badge tone={status.tone}>{status.label}</Badge>
                        </td>
                        <td className="px-3 py-2 text-right">
                          <Price cents={r.balanceCents} />
                        </td>
                        <td className={`px-3 py-2 text-right ${r.overdueCents > 0 ? "font-semibold text-red-700" : ""}`}>
                          <Price cents={r.overdueCents} />
                        </td>
                        <td className="px-3 py-2 text-right">
                          <Price cents={r.creditCents} />
                        </td>
                        <td className="px-3 py-2 text-right">
                          <Price cents={r.creditLimitCents} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <Card labelledBy="ageing-title">
        <h2 id="ageing-title" className="text-lg font-semibold">
          Ancienneté des sommes dues, tous professionnels
        </h2>
        {list.ageing.rows.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">Aucune facture ouverte.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-sm" data-testid="admin-pro-ageing">
              <caption className="sr-only">Montants dus par compte et par retard, en euros TTC</caption>
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 text-left">Entreprise</th>
                  {AGEING_BUCKETS.map((b) => (
                    <th key={b} scope="col" className="py-1 pr-3 text-right">
                      {AGEING_LABELS[b]}
                    </th>
                  ))}
                  <th scope="col" className="py-1 text-right">Total dû</th>
                </tr>
              </thead>
              <tbody>
                {list.ageing.rows.map((r) => (
                  <tr key={r.id} className="border-t border-stone-100">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      <Link href={`/admin/professionnels/${r.id}`} className="text-brand-700 underline-offset-4 hover:underline">
                        {r.companyName}
                      </Link>
                    </th>
                    {AGEING_BUCKETS.map((b) => (
                      <td key={b} className={`py-1 pr-3 text-right ${b !== "not_due" && r.ageing[b] > 0 ? "text-red-700" : ""}`}>
                        <Price cents={r.ageing[b]} />
                      </td>
                    ))}
                    <td className="py-1 text-right font-medium">
                      <Price cents={r.ageing.totalCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-stone-300 font-semibold">
                  <th scope="row" className="py-1 pr-3 text-left">
                    Total
                  </th>
                  {AGEING_BUCKETS.map((b) => (
                    <td key={b} className="py-1 pr-3 text-right">
                      <Price cents={list.ageing.total[b]} testId={`admin-pro-ageing-total-${b}`} />
                    </td>
                  ))}
                  <td className="py-1 text-right">
                    <Price cents={list.ageing.total.totalCents} testId="admin-pro-ageing-total" />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}

function ProCard({ row }: { row: ProListRow }) {
  const status = proStatusLabel(row);
  return (
    <Card as="article" className="flex flex-col gap-2 text-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link href={`/admin/professionnels/${row.id}`} className="text-base font-semibold text-brand-700 underline-offset-4 hover:underline">
          {row.companyName}
        </Link>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="text-stone-600">
        {row.country} · <span className="font-mono text-xs">{companyIds(row)}</span>
      </p>
      <p>
        {row.contactName} · {row.contactEmail}
      </p>
      <p className="text-stone-600">Depuis le {formatDateFr(row.createdAt)}</p>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1">
        <dt className="text-stone-600">Solde dû</dt>
        <dd className="text-right">
          <Price cents={row.balanceCents} />
        </dd>
        <dt className="text-stone-600">En retard</dt>
        <dd className={`text-right ${row.overdueCents > 0 ? "font-semibold text-red-700" : ""}`}>
          <Price cents={row.overdueCents} />
        </dd>
        <dt className="text-stone-600">Avoir</dt>
        <dd className="text-right">
          <Price cents={row.creditCents} />
        </dd>
        <dt className="text-stone-600">Encours autorisé</dt>
        <dd className="text-right">
          <Price cents={row.creditLimitCents} />
        </dd>
      </dl>
    </Card>
  );
}
