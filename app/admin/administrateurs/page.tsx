import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { Badge } from "@/components/admin/badge";
import { ConfirmedActionForm } from "@/components/admin/confirmed-action-form";
import { CreateAdminForm } from "@/components/admin/create-admin-form";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateFr, formatDateTimeFr } from "@/lib/shared/dates";
import { ADMIN_ACCOUNT_MESSAGES, INVITATION_TTL_HOURS, listAdminAccounts } from "@/lib/use-cases/admin-accounts";
import { createAdminAction } from "./create-admin-action";
import { setAdminDisabledAction } from "./set-admin-disabled-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Administrateurs" };

export default async function AdminAccountsPage() {
  const me = await requireRole("admin", "/admin/administrateurs");
  const db = await getDb();
  const accounts = await listAdminAccounts(db);
  const activeCount = accounts.filter((a) => !a.disabledAt).length;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Administrateurs</h1>
        <p className="mt-1 text-sm text-stone-600">
          Les comptes qui ont accès au back-office. Un compte désactivé ne peut plus se connecter et ses sessions sont fermées aussitôt ; il peut être réactivé. Le dernier
          administrateur actif ne peut pas être désactivé.
        </p>
      </div>
      <ul className="flex flex-col gap-3" data-testid="admin-accounts">
        {accounts.map((a) => {
          const self = a.id === me.id;
          const last = !a.disabledAt && activeCount <= 1;
          return (
            <li key={a.id}>
              <Card as="article" className="flex flex-col gap-3">
                <div className="flex flex-wrap items-center gap-3">
                  <h2 className="text-lg font-semibold">{a.name}</h2>
                  {a.disabledAt ? <Badge tone="error">Désactivé</Badge> : <Badge tone="success">Actif</Badge>}
                  {self ? <Badge>Vous</Badge> : null}
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-stone-600">E-mail</dt>
                  <dd className="break-all">{a.email}</dd>
                  <dt className="text-stone-600">Créé le</dt>
                  <dd>{formatDateFr(a.createdAt)}</dd>
                  <dt className="text-stone-600">Double authentification</dt>
                  <dd>{a.totpEnabledAt ? "activée" : "non activée"}</dd>
                  {a.disabledAt ? (
                    <>
                      <dt className="text-stone-600">Désactivé le</dt>
                      <dd>{formatDateTimeFr(a.disabledAt)}</dd>
                    </>
                  ) : null}
                </dl>
                {self ? (
                  <p className="text-sm text-stone-600">{ADMIN_ACCOUNT_MESSAGES.self}</p>
                ) : last ? (
                  <p className="text-sm text-stone-600">{ADMIN_ACCOUNT_MESSAGES.last}</p>
                ) : (
                  <ConfirmedActionForm
                    action={setAdminDisabledAction}
                    fields={{ userId: a.id, decision: a.disabledAt ? "reactiver" : "desactiver", requestKey: randomUUID() }}
                    confirmLabel={a.disabledAt ? `Je confirme : ${a.email} pourra de nouveau se connecter.` : `Je confirme : ${a.email} ne pourra plus se connecter et ses sessions seront fermées.`}
                    submitLabel={a.disabledAt ? "Réactiver" : "Désactiver"}
                    pendingLabel="Enregistrement…"
                    variant={a.disabledAt ? "secondary" : "danger"}
                    testId={`admin-account-${a.disabledAt ? "enable" : "disable"}`}
                  />
                )}
              </Card>
            </li>
          );
        })}
      </ul>
      <CreateAdminForm requestKey={randomUUID()} invitationHours={INVITATION_TTL_HOURS} action={createAdminAction} />
    </div>
  );
}
