import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Badge } from "@/components/admin/badge";
import { ProFigure, ProPaymentsList } from "@/components/pro/account-parts";
import { RemindersSentList } from "@/components/billing/reminders-sent-list";
import { ProCreditNoteForm } from "@/components/admin/pro-credit-note-form";
import { ProHoldForm } from "@/components/admin/pro-hold-form";
import { ProPaymentForm } from "@/components/admin/pro-payment-form";
import { ProRefundCreditForm } from "@/components/admin/pro-refund-credit-form";
import { refundCreditAction } from "./refund-credit-action";
import { ProRejectForm } from "@/components/admin/pro-reject-form";
import { ProTermsForm } from "@/components/admin/pro-terms-form";
import { AgeingChart } from "@/components/pro/ageing-chart";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { INVOICE_STATUS_LABELS } from "@/lib/billing/invoice-status";
import { INVOICE_STATUS_TONES } from "@/lib/billing/labels";
import { getDb } from "@/lib/db/client";
import { formatDateFr, formatDateTimeFr, formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEurInput } from "@/lib/shared/money";
import { postalAddressLines } from "@/lib/shared/postal-address";
import { newToken } from "@/lib/shared/tokens";
import { creditableInvoicesOfAccount } from "@/lib/use-cases/credit-notes";
import { accountView } from "@/lib/use-cases/pro-portal";
import { sentReminders } from "@/lib/use-cases/invoice-reminders";
import { issueCreditNoteAction } from "../issue-credit-note-action";
import { companyIds, describeProEvent, proEventActor, proStatusLabel } from "../pro-labels";
import { TERMS_HINTS } from "../pro-forms";
import { approveAction } from "./approve-action";
import { recordPaymentAction } from "./record-payment-action";
import { rejectAction } from "./reject-action";
import { setHoldAction } from "./set-hold-action";
import { updateTermsAction } from "./update-terms-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compte professionnel" };

type Props = { params: Promise<{ id: string }> };

const startOfYear = (day: string) => `${day.slice(0, 4)}-01-01`;

export default async function AdminProfessionalPage({ params }: Props) {
  const { id } = await params;
  await requireRole("admin", `/admin/professionnels/${id}`);
  // Anything but an account's id is a 404, before the database sees it.
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const view = await accountView(db, id);
  if (!view) notFound();
  const { account } = view;
  const today = todayInParis();
  const status = proStatusLabel(account);
  const creditable = await creditableInvoicesOfAccount(db, account.id);
  const reminders = await sentReminders(db, { accountId: account.id });
  const correctedBy = new Map([...creditable.values()].flatMap((i) => i.creditNotes.map((n) => [n.number, i.number] as const)));
  const open = view.invoices
    .filter((i) => i.kind === "invoice" && i.remainingCents > 0)
    .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.number.localeCompare(b.number))
    .map((i) => ({ id: i.id, number: i.number, dueDate: i.dueDate, remainingCents: i.remainingCents, overdue: i.status === "overdue" }));
  const toCredit = [...creditable.values()].filter((i) => i.creditableCents > 0).reverse();
  const terms = { termsKind: account.termsKind, termsDays: account.termsDays, creditLimit: formatEurInput(account.creditLimitCents), chequeInstalments: account.chequeInstalmentsAllowed };

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/professionnels" className="text-brand-700 underline-offset-4 hover:underline">
          ← Tous les professionnels
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{account.companyName}</h1>
        <Badge tone={status.tone} testId="admin-pro-status">
          {status.label}
        </Badge>
      </div>
      {account.onHold ? <Alert tone="warning" title="Paiement à 30 jours suspendu">{account.holdReason ?? ""}</Alert> : null}
      {account.status === "rejected" ? <Alert tone="info" title={`Demande refusée${account.decidedAt ? ` le ${formatDateFr(account.decidedAt)}` : ""}`}>{account.rejectionReason ?? ""}</Alert> : null}

      {account.status === "approved" ? (
        <section aria-labelledby="figures-title" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <h2 id="figures-title" className="sr-only">
            Situation du compte
          </h2>
          <ProFigure label="Solde dû" cents={view.balanceCents} testId="admin-pro-balance" />
          <ProFigure label="Dont en retard" cents={view.ageing.overdueCents} danger={view.ageing.overdueCents > 0} testId="admin-pro-overdue" />
          <ProFigure label="Avoir sur le compte" cents={account.creditCents} testId="admin-pro-credit" />
          <ProFigure label="Encours disponible" cents={view.roomCents} sub={`sur ${formatEurInput(account.creditLimitCents)} € autorisés`} testId="admin-pro-room" />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card labelledBy="identity-title">
          <h2 id="identity-title" className="text-lg font-semibold">
            Entreprise
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">Raison sociale</dt>
            <dd>{account.companyName}</dd>
            <dt className="text-stone-600">Pays</dt>
            <dd>{account.country}</dd>
            {account.siret ? (
              <>
                <dt className="text-stone-600">SIRET</dt>
                <dd className="font-mono">{account.siret}</dd>
                <dt className="text-stone-600">SIREN</dt>
                <dd className="font-mono">{account.siren ?? "—"}</dd>
              </>
            ) : null}
            <dt className="text-stone-600">N° de TVA</dt>
            <dd className="font-mono">{account.vatNumber ?? "—"}</dd>
            {account.registrationNumber ? (
              <>
                <dt className="text-stone-600">N° d&apos;immatriculation</dt>
                <dd className="font-mono">{account.registrationNumber}</dd>
              </>
            ) : null}
            <dt className="text-stone-600">Facturation</dt>
            <dd>
              {postalAddressLines(account.billingAddress).map((line, n) => (
                <span key={n} className="block">
                  {line}
                </span>
              ))}
            </dd>
            <dt className="text-stone-600">Contact</dt>
            <dd>{account.contactName}</dd>
            <dt className="text-stone-600">E-mail</dt>
            <dd>
              <a href={`mailto:${account.contactEmail}`} className="underline-offset-4 hover:underline">
                {account.contactEmail}
              </a>
            </dd>
            <dt className="text-stone-600">Téléphone</dt>
            <dd>
              <a href={`tel:${account.phone}`} className="underline-offset-4 hover:underline">
                {account.phone}
              </a>
            </dd>
            <dt className="text-stone-600">Demande du</dt>
            <dd>{formatDateTimeFr(account.createdAt)}</dd>
          </dl>
          <p className="mt-3 text-xs text-stone-500">{companyIds(account)}</p>
        </Card>

        {account.status === "approved" ? (
          <Card labelledBy="ageing-title">
            <h2 id="ageing-title" className="mb-3 text-lg font-semibold">
              Ancienneté des sommes dues
            </h2>
            <AgeingChart ageing={view.ageing} />
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-stone-600">Délai</dt>
              <dd data-testid="admin-pro-terms">{view.termsLabel}</dd>
              <dt className="text-stone-600">Chèques en plusieurs fois</dt>
              <dd>{account.chequeInstalmentsAllowed ? "Autorisés" : "Non"}</dd>
            </dl>
          </Card>
        ) : null}
      </div>

      {account.status === "pending" ? (
        <Card labelledBy="decision-title" className="flex flex-col gap-6">
          <h2 id="decision-title" className="text-lg font-semibold">
            Décision
          </h2>
          <ProTermsForm accountId={account.id} initial={terms} mode="approve" hints={TERMS_HINTS} action={approveAction} />
          <hr className="border-stone-200" />
          <ProRejectForm accountId={account.id} action={rejectAction} />
        </Card>
      ) : null}

      {account.status === "approved" ? (
        <Card labelledBy="terms-title" className="flex flex-col gap-4">
          <h2 id="terms-title" className="text-lg font-semibold">
            Conditions et suspension
          </h2>
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="cursor-pointer font-medium">Modifier les conditions ({view.termsLabel})</summary>
            <div className="mt-3">
              <ProTermsForm accountId={account.id} initial={terms} mode="update" hints={TERMS_HINTS} action={updateTermsAction} />
            </div>
          </details>
          <details className="rounded-lg border border-stone-200 p-3" open={account.onHold}>
            <summary className="cursor-pointer font-medium">{account.onHold ? "Rétablir le paiement à 30 jours" : "Suspendre le paiement à 30 jours"}</summary>
            <div className="mt-3">
              <ProHoldForm accountId={account.id} onHold={account.onHold} action={setHoldAction} />
            </div>
          </details>
        </Card>
      ) : null}

      {account.status === "approved" ? (
        <Card labelledBy="money-in-title" className="flex flex-col gap-4">
          <h2 id="money-in-title" className="text-lg font-semibold">
            Règlements et avoirs
          </h2>
          <details className="rounded-lg border border-stone-200 p-3" open={open.length > 0}>
            <summary className="cursor-pointer font-medium">Enregistrer un virement ou un chèque</summary>
            <div className="mt-3">
              <ProPaymentForm accountId={account.id} invoices={open} today={today} action={recordPaymentAction} />
            </div>
          </details>
          {toCredit.length > 0 ? (
            <details className="rounded-lg border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Émettre un avoir</summary>
              <div className="mt-3">
                <ProCreditNoteForm invoices={toCredit} hasProAccount requestKey={newToken(16)} action={issueCreditNoteAction} />
              </div>
            </details>
          ) : null}
          {account.creditCents > 0 ? (
            <details className="rounded-lg border border-stone-200 p-3">
              <summary className="cursor-pointer font-medium">Rembourser l&apos;avoir</summary>
              <div className="mt-3">
                <ProRefundCreditForm accountId={account.id} creditCents={account.creditCents} today={today} action={refundCreditAction} />
              </div>
            </details>
          ) : null}
          <form action={`/admin/professionnels/${account.id}/releve`} method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Relevé de compte">
            <label className="flex flex-col gap-1">
              Relevé du
              <input type="date" name="du" defaultValue={startOfYear(today)} required className="rounded-lg border border-stone-300 px-2 py-2" />
            </label>
            <label className="flex flex-col gap-1">
              au
              <input type="date" name="au" defaultValue={today} required className="rounded-lg border border-stone-300 px-2 py-2" />
            </label>
            <button type="submit" className="min-h-10 rounded-lg border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
              Relevé de compte (PDF)
            </button>
          </form>
        </Card>
      ) : null}

      <Card labelledBy="invoices-title">
        <h2 id="invoices-title" className="mb-3 text-lg font-semibold">
          Factures et avoirs
        </h2>
        {view.invoices.length === 0 ? (
          <p className="text-sm text-stone-600">Aucune facture.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="admin-pro-invoices">
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">N°</th>
                  <th scope="col" className="py-1 pr-3">Date</th>
                  <th scope="col" className="py-1 pr-3">Échéance</th>
                  <th scope="col" className="py-1 pr-3 text-right">TTC</th>
                  <th scope="col" className="py-1 pr-3 text-right">Reste dû</th>
                  <th scope="col" className="py-1">Statut</th>
                </tr>
              </thead>
              <tbody>
                {view.invoices.map((i) => (
                  <tr key={i.id} className="border-t border-stone-100">
                    <td className="py-1 pr-3 font-mono whitespace-nowrap">
                      <a href={`/admin/factures/${encodeURIComponent(i.number)}/pdf`} className="text-brand-700 underline-offset-4 hover:underline">
                        {i.number}
                        <span className="sr-only"> (PDF)</span>
                      </a>
                    </td>
                    <td className="py-1 pr-3 whitespace-nowrap">{formatIsoDateFr(i.issueDate)}</td>
                    <td className="py-1 pr-3 whitespace-nowrap">{i.kind === "invoice" ? formatIsoDateFr(i.dueDate) : "—"}</td>
                    <td className="py-1 pr-3 text-right">
                      <Price cents={i.kind === "credit_note" ? -i.totalCents : i.totalCents} />
                    </td>
                    <td className="py-1 pr-3 text-right">
                      <Price cents={i.remainingCents} />
                    </td>
                    <td className="py-1">
                      {i.kind === "credit_note" ? (
                        <span className="rounded-full bg-sky-100 px-2 py-0.5 text-sky-900">Avoir sur {correctedBy.get(i.number) ?? "—"}</span>
                      ) : (
                        <span className={`rounded-full px-2 py-0.5 ${INVOICE_STATUS_TONES[i.status]}`}>{INVOICE_STATUS_LABELS[i.status]}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card labelledBy="payments-title">
        <h2 id="payments-title" className="mb-3 text-lg font-semibold">
          Règlements reçus
        </h2>
        <ProPaymentsList payments={view.payments} testId="admin-pro-payments" />
      </Card>

      <Card labelledBy="reminders-title">
        <h2 id="reminders-title" className="mb-3 text-lg font-semibold">
          Rappels et relances envoyés
        </h2>
        <RemindersSentList reminders={reminders} testId="admin-pro-reminders" />
      </Card>

      <Card labelledBy="history-title">
        <h2 id="history-title" className="text-lg font-semibold">
          Historique du compte
        </h2>
        <ol className="mt-3 flex flex-col gap-2 text-sm" data-testid="admin-pro-history">
          {view.events.map((e) => (
            <li key={e.id} className="flex flex-col gap-0.5 border-l-2 border-brand-100 pl-3 sm:flex-row sm:gap-3">
              <time dateTime={e.createdAt.toISOString()} className="shrink-0 text-stone-500 tabular-nums">
                {formatDateTimeFr(e.createdAt)}
              </time>
              <span>
                {describeProEvent(e)} <span className="text-stone-600">— {proEventActor(e)}</span>
              </span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
