import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { Badge } from "@/components/admin/badge";
import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { FilterSelect } from "@/components/admin/filter-select";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { PAYMENT_PROVIDERS } from "@/lib/db/schema";
import type { Tone } from "@/lib/orders/labels";
import { PROVIDER_NAMES } from "@/lib/payments/labels";
import { formatDateTimeFr } from "@/lib/shared/dates";
import {
  getNotification,
  listNotifications,
  NOTIFICATION_OUTCOME_LABELS,
  NOTIFICATION_OUTCOMES,
  notificationLogParams,
  notificationLogQuery,
  type NotificationLogOutcome,
} from "@/lib/use-cases/notification-log";
import { replayNotificationAction } from "./replay-notification-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Notifications des prestataires" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/admin/notifications";
const CONTROL = "rounded-lg border border-stone-300 bg-white px-3 py-2";
const OUTCOME_TONES: Readonly<Record<NotificationLogOutcome, Tone>> = { processed: "success", ignored: "neutral", failed: "error", rejected: "warning", not_ours: "neutral", pending: "warning" };

export default async function NotificationsPage({ searchParams }: Props) {
  await requireRole("admin", PATH);
  const query = notificationLogQuery.parse(await searchParams);
  const db = await getDb();
  const [list, open] = await Promise.all([listNotifications(db, query), query.id ? getNotification(db, query.id) : Promise.resolve(null)]);
  const base = notificationLogParams(query);
  const href = (change: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams(base);
    change(p);
    const s = p.toString();
    return s ? `${PATH}?${s}` : PATH;
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Notifications des prestataires</h1>
        <p className="mt-1 text-sm text-stone-600">
          Chaque notification reçue de PayPlug ou PayPal, telle qu&apos;elle est arrivée (secrets masqués), et ce que la boutique en a fait. Une notification en échec est reprise
          automatiquement ; « Retraiter » la reprend tout de suite, par le même chemin.
        </p>
      </div>
      <Card>
        <form method="get" action={PATH} className="flex flex-wrap items-end gap-3" role="search" aria-label="Filtrer les notifications">
          <FilterSelect name="fournisseur" label="Prestataire" value={query.fournisseur} options={PAYMENT_PROVIDERS.map((p) => ({ value: p, label: PROVIDER_NAMES[p] }))} />
          <FilterSelect name="resultat" label="Résultat" value={query.resultat} options={NOTIFICATION_OUTCOMES.map((o) => ({ value: o, label: NOTIFICATION_OUTCOME_LABELS[o] }))} />
          <div className="flex min-w-60 flex-1 flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium">
              Identifiant
            </label>
            <p id="q-hint" className="text-xs text-stone-500">
              Identifiant exact : paiement (pay_…, commande PayPal), événement (WH-…), ressource
            </p>
            <input id="q" name="q" type="search" aria-describedby="q-hint" defaultValue={query.q ?? ""} className={CONTROL} />
          </div>
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Filtrer
          </button>
        </form>
      </Card>
      {query.id && !open ? <Alert tone="warning">Cette notification n&apos;existe pas (ou plus).</Alert> : null}
      {open ? (
        <Card labelledBy="notification-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="notification-title" className="text-lg font-semibold">
              Notification n° {open.id} — {PROVIDER_NAMES[open.provider]}
            </h2>
            <Badge tone={OUTCOME_TONES[open.outcome]} testId="notification-outcome">
              {NOTIFICATION_OUTCOME_LABELS[open.outcome]}
            </Badge>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">Événement</dt>
            <dd className="font-mono break-all">{open.eventKey}</dd>
            <dt className="text-stone-600">Ressource</dt>
            <dd className="font-mono break-all">{open.providerRef ?? open.resourceId ?? "—"}</dd>
            <dt className="text-stone-600">Reçue le</dt>
            <dd>{formatDateTimeFr(open.receivedAt)}</dd>
            <dt className="text-stone-600">Traitée le</dt>
            <dd>{open.processedAt ? formatDateTimeFr(open.processedAt) : "—"}</dd>
            <dt className="text-stone-600">Authentifiée</dt>
            <dd>{open.verified === null ? "—" : open.verified ? "oui" : "non"}</dd>
            <dt className="text-stone-600">Réceptions / essais</dt>
            <dd>
              {open.deliveries} / {open.attempts}
              {open.nextAttemptAt ? ` — prochain essai le ${formatDateTimeFr(open.nextAttemptAt)}` : ""}
            </dd>
            {open.error ? (
              <>
                <dt className="text-stone-600">Erreur</dt>
                <dd className="text-red-700" data-testid="notification-error">
                  {open.error}
                </dd>
              </>
            ) : null}
          </dl>
          {open.outcome === "failed" ? (
            <ConfirmedActionForm
              action={replayNotificationAction}
              fields={{ eventId: String(open.id), requestKey: randomUUID() }}
              confirmLabel="Je confirme : retraiter cette notification maintenant (le paiement est relu chez le prestataire)."
              submitLabel="Retraiter"
              pendingLabel="Retraitement…"
              testId="notification-replay"
            />
          ) : null}
          {open.replays.length ? (
            <div>
              <h3 className="text-sm font-semibold">Retraitements demandés</h3>
              <ul className="mt-1 text-sm text-stone-700" data-testid="notification-replays">
                {open.replays.map((r) => (
                  <li key={r.id}>
                    {formatDateTimeFr(r.createdAt)} par {r.actorName}
                    {typeof r.data?.outcome === "string" ? ` : ${NOTIFICATION_OUTCOME_LABELS[r.data.outcome as NotificationLogOutcome] ?? r.data.outcome}` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <details>
            <summary className="cursor-pointer text-sm font-medium">En-têtes (secrets masqués)</summary>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-100 p-3 text-xs whitespace-pre-wrap" data-testid="notification-headers">
              {Object.entries(open.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join("\n")}
            </pre>
          </details>
          <details open>
            <summary className="cursor-pointer text-sm font-medium">Corps reçu (secrets masqués)</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-stone-100 p-3 text-xs whitespace-pre-wrap" data-testid="notification-body">
              {open.body}
            </pre>
          </details>
        </Card>
      ) : null}
      {list.rows.length === 0 ? (
        <Card>
          <p>Aucune notification ne correspond.</p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="admin-notifications">
            <caption className="sr-only">Notifications reçues, les plus récentes d&apos;abord</caption>
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2">Reçue le</th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">Prestataire</th>
                <th scope="col" className="px-3 py-2">Ressource</th>
                <th scope="col" className="px-3 py-2">Résultat</th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">Traitée le</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((n) => (
                <tr key={n.id} className={`border-t border-stone-200 ${n.id === query.id ? "bg-brand-50" : ""}`}>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <Link
                      href={href((p) => {
                        // Opening a row keeps the page it is on.
                        if (query.apres) p.set("apres", String(query.apres));
                        else if (query.avant) p.set("avant", String(query.avant));
                        p.set("id", String(n.id));
                      })} className="text-brand-700 underline-offset-4 hover:underline" aria-current={n.id === query.id ? "true" : undefined}>
                      {formatDateTimeFr(n.receivedAt)}
                    </Link>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{PROVIDER_NAMES[n.provider]}</td>
                  <td className="px-3 py-2 font-mono text-xs break-all">{n.providerRef ?? n.resourceId ?? n.eventKey}</td>
                  <td className="px-3 py-2">
                    <Badge tone={OUTCOME_TONES[n.outcome]}>{NOTIFICATION_OUTCOME_LABELS[n.outcome]}</Badge>
                    {n.error ? <span className="mt-1 block text-xs text-red-700">{n.error}</span> : null}
                  </td>
                  <td className="hidden px-3 py-2 whitespace-nowrap md:table-cell">{n.processedAt ? formatDateTimeFr(n.processedAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <KeysetPager
        previousHref={list.previous !== null ? href((p) => p.set("avant", String(list.previous))) : null}
        nextHref={list.next !== null ? href((p) => p.set("apres", String(list.next))) : null}
        newer="Plus récentes"
        older="Plus anciennes"
      />
    </div>
  );
}
