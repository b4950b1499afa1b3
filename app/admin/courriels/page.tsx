import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Badge } from "@/components/admin/badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { getOutboxMessage, listOutbox, mailStatusLabel } from "@/lib/mail/mailbox";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Courriels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const query = z.object({
  id: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export default async function MailboxPage({ searchParams }: Props) {
  await requireRole("admin", "/admin/courriels");
  const { id, page } = query.parse(await searchParams);
  const db = await getDb();
  const smtp = Boolean(env.smtpUrl);
  const [list, open] = await Promise.all([listOutbox(db, page ?? 1), id ? getOutboxMessage(db, id) : Promise.resolve(null)]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Courriels</h1>
      {smtp ? null : (
        <Alert tone="info" title="Aucun serveur SMTP configuré">
          Les courriels ne sont pas envoyés : ils restent dans la file d&apos;envoi et se lisent ici. Définissez SMTP_URL pour les envoyer (ceux en attente partiront alors).
        </Alert>
      )}
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
                      <Link href={`/admin/courriels?id=${m.id}`} className="text-brand-700 underline-offset-4 hover:underline" aria-current={m.id === id ? "true" : undefined}>
                        {m.subject}
                      </Link>
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
      {list.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {list.page > 1 ? <Link href={`/admin/courriels?page=${list.page - 1}`}>← Plus récents</Link> : null}
          <span>
            Page {list.page} sur {list.pageCount}
          </span>
          {list.page < list.pageCount ? <Link href={`/admin/courriels?page=${list.page + 1}`}>Plus anciens →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
