import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { Badge } from "@/components/admin/badge";
import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { getOutboxMessage, listOutbox, mailStatusLabel } from "@/lib/mail/mailbox";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { EMAIL_STATUSES, type EmailStatus } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { adminActionsOn } from "@/lib/use-cases/admin-actions";
import { resendRefusal } from "@/lib/use-cases/resend-email";
import { resendEmailAction } from "./resend-email-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courriels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/admin/courriels";
const position = z.coerce.number().int().positive().optional().catch(undefined);
const query = z.object({
  id: position,
  statut: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  apres: position,
  avant: position,
});
const STATUS_FILTERS: readonly { value: EmailStatus | undefined; label: string }[] = [
  { value: undefined, label: "Tous" },
  { value: "pending", label: "En attente" },
  { value: "sent", label: "Envoyés" },
  { value: "failed", label: "En échec" },
];

export default async function MailboxPage({ searchParams }: Props) {
  await requireRole("admin", PATH);
  const { id, statut, apres, avant } = query.parse(await searchParams);
  const db = await getDb();
  const smtp = Boolean(env.smtpUrl);
  const [list, open] = await Promise.all([listOutbox(db, { status: statut, apres, avant }), id ? getOutboxMessage(db, id) : Promise.resolve(null)]);
  const refusal = open ? resendRefusal(open, smtp) : null;
  const resends = open ? await adminActionsOn(db, `email:${open.id}`) : [];
  const href = (params: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ statut, ...params })) if (v !== undefined) p.set(k, String(v));
    const s = p.toString();
    return s ? `${PATH}?${s}` : PATH;
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Courriels</h1>
      {smtp ? null : (
        <Alert tone="info" title="Aucun serveur SMTP configuré">
          Les courriels ne sont pas envoyés : ils restent dans la file d&apos;envoi et se lisent ici. Définissez SMTP_URL pour les envoyer (ceux en attente partiront alors).
        </Alert>
      )}
      <nav aria-label="Statut des courriels" className="flex flex-wrap gap-2 text-sm" data-testid="mailbox-filters">
        {STATUS_FILTERS.map((f) => (
          <Link
            key={f.label}
            href={href({ statut: f.value })}
            aria-current={statut === f.value ? "page" : undefined}
            className={`inline-flex min-h-9 items-center rounded-full border px-3 ${statut === f.value ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {id && !open ? <Alert tone="warning">Ce courriel n&apos;existe pas.</Alert> : null}
      {open ? (
        <Card labelledBy="mail-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="mail-title" className="text-lg font-semibold">
              {open.subject}
            </h2>
            <Badge tone={mailStatusLabel(open.status, smtp).tone}>{mailStatusLabel(open.status, smtp).label}</Badge>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">À</dt>
            <dd>{open.toAddress}</dd>
            <dt className="text-stone-600">Créé le</dt>
            <dd>{formatDateTimeFr(open.createdAt)}</dd>
            {open.sentAt ? (
              <>
                <dt className="text-stone-600">Envoyé le</dt>
                <dd>{formatDateTimeFr(open.sentAt)}</dd>
              </>
            ) : null}
            {open.resentFromId ? (
              <>
                <dt className="text-stone-600">Copie de</dt>
                <dd>
                  <Link href={href({ id: open.resentFromId })} className="text-brand-700 underline underline-offset-4">
                    courriel n° {open.resentFromId}
                  </Link>
                </dd>
              </>
            ) : null}
            {open.lastError ? (
              <>
                <dt className="text-stone-600">Dernière erreur</dt>
                <dd className="text-red-700">
                  {open.lastError} ({open.attempts} tentative{open.attempts > 1 ? "s" : ""})
                </dd>
              </>
            ) : null}
          </dl>
          {open.bodyRedactedAt ? (
            <p className="text-sm text-stone-600" data-testid="mail-redacted">
              Copie conservée sans les liens personnels : ils ont été masqués ([masqué]) après l&apos;envoi. Le client a reçu les siens.
            </p>
          ) : null}
          {refusal ? (
            <p className="text-sm text-stone-700" data-testid="mail-resend-refused">
              {refusal}
            </p>
          ) : (
            <ConfirmedActionForm
              action={resendEmailAction}
              fields={{ emailId: String(open.id), requestKey: randomUUID() }}
              confirmLabel={`Je confirme : envoyer une nouvelle copie à ${open.toAddress}.`}
              submitLabel="Renvoyer"
              pendingLabel="Envoi…"
              variant="secondary"
              testId="mail-resend"
            />
          )}
          {resends.length ? (
            <ul className="text-sm text-stone-700" data-testid="mail-resends">
              {resends.map((r) => (
                <li key={r.id}>
                  Renvoyé le {formatDateTimeFr(r.createdAt)} par {r.actorName}
                </li>
              ))}
            </ul>
          ) : null}
          {/* The stored HTML is shown inside a sandbox with no permissions at all: no scripts, no
              forms, no same-origin access, whatever the message contains. */}
          <iframe title={`Aperçu : ${open.subject}`} sandbox="" srcDoc={open.html} className="h-[32rem] w-full rounded-lg border border-stone-200 bg-white" data-testid="mail-preview" />
          <details>
            <summary className="cursor-pointer text-sm font-medium">Version texte</summary>
            <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-100 p-3 text-sm whitespace-pre-wrap">{open.text}</pre>
          </details>
        </Card>
      ) : null}
      {list.rows.length === 0 ? (
        <Card>
          <p>Aucun courriel pour l&apos;instant.</p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="admin-mailbox">
            <thead className="bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">Date</th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">À</th>
                <th scope="col" className="px-3 py-2">Objet</th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">Statut</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((m) => {
                const status = mailStatusLabel(m.status, smtp);
                return (
                  <tr key={m.id} className={`border-t border-stone-200 ${m.id === id ? "bg-brand-50" : ""}`}>
                    <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">{formatDateTimeFr(m.createdAt)}</td>
                    <td className="hidden px-3 py-2 sm:table-cell">{m.toAddress}</td>
                    {/* On a phone the date, address and status go under the subject: one column, read top to bottom. */}
                    <td className="px-3 py-2">
                      <Link href={href({ id: m.id, apres, avant })} className="text-brand-700 underline-offset-4 hover:underline" aria-current={m.id === id ? "true" : undefined}>
                        {m.subject}
                      </Link>
                      {m.resentFromId ? <span className="ml-1 text-xs text-stone-600">(copie renvoyée)</span> : null}
                      <span className="mt-0.5 block text-xs break-all text-stone-600 sm:hidden">
                        {formatDateTimeFr(m.createdAt)} · À {m.toAddress}
                      </span>
                      <span className="mt-1 block sm:hidden">
                        <Badge tone={status.tone}>{status.label}</Badge>
                      </span>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <KeysetPager
        previousHref={list.previous !== null ? href({ avant: list.previous }) : null}
        nextHref={list.next !== null ? href({ apres: list.next }) : null}
        newer="Plus récents"
        older="Plus anciens"
      />
    </div>
  );
}
