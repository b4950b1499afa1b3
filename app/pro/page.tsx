import type { Metadata } from "next";
import Link from "next/link";
import { ProFigure, ProPaymentsList } from "@/components/pro/account-parts";
import { AgeingChart } from "@/components/pro/ageing-chart";
import { ShipmentList } from "@/components/shipping/shipment-list";
import { PayInvoicesForm } from "@/components/pro/pay-invoices-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { INVOICE_STATUS_LABELS } from "@/lib/billing/invoice-status";
import { INVOICE_STATUS_TONES } from "@/lib/billing/labels";
import { getDb } from "@/lib/db/client";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { newToken } from "@/lib/shared/tokens";
import { accountIdOfUser, accountView } from "@/lib/use-cases/pro-portal";
import { runningCardPlansOfUser } from "@/lib/use-cases/card-instalment-plans";
import { InstalmentSchedule } from "@/components/orders/instalment-schedule";
import { ChequeScheduleInstructions } from "@/components/shop/offline-instructions";
import { orderStatusLabelWithPlan } from "@/lib/orders/labels";
import { chequeInstructions, transferInstructions } from "@/lib/payments/offline-instructions";
import { bouncedChequesToSettle, runningChequePlansOfUser } from "@/lib/use-cases/instalment-cheques";
import { notFound } from "next/navigation";
import { payInvoicesAction } from "./pay-invoices-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Espace pro" };

/** First day of the current year: the statement's default period starts there. */
const startOfYear = (day: string) => `${day.slice(0, 4)}-01-01`;

export default async function ProPortalPage() {
  const user = await requireRole("pro", "/pro");
  const db = await getDb();
  const accountId = await accountIdOfUser(db, user.id);
  if (!accountId) notFound();
  const view = (await accountView(db, accountId))!;
  const { account } = view;
  const today = todayInParis();
  const payable = view.invoices.filter((i) => i.kind === "invoice" && i.remainingCents > 0);
  const [cardPlans, chequePlans, bounced] = await Promise.all([runningCardPlansOfUser(user.id), runningChequePlansOfUser(db, user.id), bouncedChequesToSettle(db, accountId)]);

  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Espace pro</h1>
        <p className="text-stone-700">{account.companyName}</p>
      </div>
      {account.onHold ? (
        <Alert tone="warning" title="Paiement à 30 jours suspendu">
          {account.holdReason ?? "Contactez-nous."} Vos commandes restent possibles en paiement à la commande ; réglez ci-dessous ce qui est dû.
        </Alert>
      ) : null}

      {bounced.length ? <BouncedChequesBanner bounced={bounced} /> : null}

      <section aria-labelledby="summary-title" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <h2 id="summary-title" className="sr-only">
          Situation du compte
        </h2>
        <ProFigure label="Solde dû" cents={view.balanceCents} testId="pro-balance" />
        <ProFigure label="Dont en retard" cents={view.ageing.overdueCents} danger={view.ageing.overdueCents > 0} testId="pro-overdue" />
        <ProFigure label={`Encours autorisé : ${formatEur(account.creditLimitCents)}`} cents={view.roomCents} sub="disponible" testId="pro-room" />
        <ProFigure label="Avoir sur le compte" cents={account.creditCents} sub={account.creditCents > 0 ? "imputé sur votre prochaine facture" : undefined} testId="pro-credit" />
      </section>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card labelledBy="pay-title">
          <h2 id="pay-title" className="mb-3 text-lg font-semibold">
            Factures à régler
          </h2>
          {payable.length === 0 ? (
            <p className="text-stone-600">Aucune facture à régler. Merci !</p>
          ) : (
            <PayInvoicesForm
              invoices={payable.map((i) => ({ id: i.id, number: i.number, dueDate: i.dueDate, remainingCents: i.remainingCents, overdue: i.status === "overdue" }))}
              requestKey={newToken(16)}
              action={payInvoicesAction}
            />
          )}
        </Card>
        <div className="flex flex-col gap-6">
          <Card labelledBy="ageing-title">
            <h2 id="ageing-title" className="mb-3 text-lg font-semibold">
              Ancienneté des sommes dues
            </h2>
            <AgeingChart ageing={view.ageing} />
          </Card>
          <Card labelledBy="terms-title">
            <h2 id="terms-title" className="mb-2 text-lg font-semibold">
              Vos conditions
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-stone-600">Délai</dt>
              <dd>{view.termsLabel}</dd>
              <dt className="text-stone-600">Encours</dt>
              <dd>
                <Price cents={account.creditLimitCents} />
              </dd>
              <dt className="text-stone-600">Statut</dt>
              <dd>{account.onHold ? "Suspendu" : "Actif"}</dd>
            </dl>
          </Card>
          <Card labelledBy="statement-title">
            <h2 id="statement-title" className="mb-2 text-lg font-semibold">
              Relevé de compte
            </h2>
            <form action="/pro/releve" method="get" className="flex flex-col gap-3 text-sm">
              <div className="grid grid-cols-2 gap-2">
                <label className="flex flex-col gap-1">
                  Du
                  <input type="date" name="du" defaultValue={startOfYear(today)} required className="rounded-lg border border-stone-300 px-2 py-2" />
                </label>
                <label className="flex flex-col gap-1">
                  Au
                  <input type="date" name="au" defaultValue={today} required className="rounded-lg border border-stone-300 px-2 py-2" />
                </label>
              </div>
              <button type="submit" className="rounded-lg border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50">
                Télécharger le relevé (PDF)
              </button>
            </form>
          </Card>
        </div>
      </div>

      <Card labelledBy="invoices-title">
        <h2 id="invoices-title" className="mb-3 text-lg font-semibold">
          Factures et avoirs
        </h2>
        {view.invoices.length === 0 ? (
          <p className="text-stone-600">Aucune facture pour le moment.</p>
        ) : (
          <>
          {/* On a phone, one card per invoice; from sm up, the table. */}
          <ul className="flex flex-col gap-2 text-sm sm:hidden">
            {view.invoices.map((i) => (
              <li key={i.id} className="rounded-lg border border-stone-200 p-3">
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={`/pro/factures/${encodeURIComponent(i.number)}`} className="font-mono text-brand-700 underline underline-offset-4">
                    {i.number}
                  </Link>
                  {i.kind === "credit_note" ? (
                    <span className="rounded-full bg-sky-100 px-2 py-0.5 text-sky-900">Avoir</span>
                  ) : (
                    <span className={`rounded-full px-2 py-0.5 ${INVOICE_STATUS_TONES[i.status]}`}>{INVOICE_STATUS_LABELS[i.status]}</span>
                  )}
                </div>
                <p className="mt-1 text-stone-600">
                  {formatIsoDateFr(i.issueDate)}
                  {i.dueDate ? ` · échéance ${formatIsoDateFr(i.dueDate)}` : ""}
                </p>
                <p className="mt-1 flex justify-between gap-2">
                  <span>
                    <Price cents={i.kind === "credit_note" ? -i.totalCents : i.totalCents} /> TTC
                  </span>
                  {i.remainingCents > 0 ? (
                    <span>
                      reste <Price cents={i.remainingCents} className="font-semibold" />
                    </span>
                  ) : null}
                </p>
                <a href={`/pro/factures/${encodeURIComponent(i.number)}/pdf`} className="mt-1 inline-block text-brand-700 underline underline-offset-4">
                  Télécharger le PDF<span className="sr-only"> {i.number}</span>
                </a>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto sm:block">
            <table className="w-full text-sm" data-testid="pro-invoices">
              <thead>
                <tr className="border-b border-stone-200 text-left text-stone-600">
                  <th className="py-2 pr-3 font-medium">N°</th>
                  <th className="py-2 pr-3 font-medium">Date</th>
                  <th className="py-2 pr-3 font-medium">Échéance</th>
                  <th className="py-2 pr-3 text-right font-medium">Montant TTC</th>
                  <th className="py-2 pr-3 text-right font-medium">Reste dû</th>
                  <th className="py-2 pr-3 font-medium">Statut</th>
                  <th className="py-2 font-medium">PDF</th>
                </tr>
              </thead>
              <tbody>
                {view.invoices.map((i) => (
                  <tr key={i.id} className="border-b border-stone-100">
                    <td className="whitespace-nowrap py-2 pr-3 font-mono">
                      <Link href={`/pro/factures/${encodeURIComponent(i.number)}`} className="text-brand-700 underline underline-offset-4">
                        {i.number}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{formatIsoDateFr(i.issueDate)}</td>
                    <td className="py-2 pr-3">{i.dueDate ? formatIsoDateFr(i.dueDate) : "—"}</td>
                    <td className="py-2 pr-3 text-right">
                      <Price cents={i.kind === "credit_note" ? -i.totalCents : i.totalCents} />
                    </td>
                    <td className="py-2 pr-3 text-right">
                      <Price cents={i.remainingCents} />
                    </td>
                    <td className="py-2 pr-3">
                      {i.kind === "credit_note" ? (
                        <span className="rounded-full bg-sky-100 px-2 py-0.5 text-sky-900">Avoir</span>
                      ) : (
                        <span className={`rounded-full px-2 py-0.5 ${INVOICE_STATUS_TONES[i.status]}`}>{INVOICE_STATUS_LABELS[i.status]}</span>
                      )}
                    </td>
                    <td className="py-2">
                      <a href={`/pro/factures/${encodeURIComponent(i.number)}/pdf`} className="text-brand-700 underline underline-offset-4">
                        Télécharger<span className="sr-only"> {i.number}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          </>
        )}
      </Card>

      {view.shipments.length ? (
        <Card labelledBy="pro-shipments-title">
          <h2 id="pro-shipments-title" className="mb-3 text-lg font-semibold">
            Colis expédiés
          </h2>
          <ul className="flex flex-col gap-3" data-testid="pro-shipments">
            {view.shipments.map((s) => (
              <li key={s.id}>
                <p className="text-sm font-medium">
                  Commande <span className="font-mono">{s.orderReference}</span>
                </p>
                <ShipmentList shipments={[s]} testId={`pro-shipment-${s.orderReference}`} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {cardPlans.length ? (
        <Card labelledBy="card-plans-title">
          <h2 id="card-plans-title" className="mb-3 text-lg font-semibold">
            Paiements en plusieurs fois par carte
          </h2>
          <div className="flex flex-col gap-4">
            {cardPlans.map(({ reference, plan }) => (
              <div key={reference}>
                <p className="mb-1 text-sm text-stone-600">Commande {reference}</p>
                <InstalmentSchedule plan={plan} headingId={`plan-${reference}`} />
              </div>
            ))}
          </div>
        </Card>
      ) : null}

      {chequePlans.length ? (
        <Card labelledBy="cheque-plans-title">
          <h2 id="cheque-plans-title" className="mb-3 text-lg font-semibold">
            Paiements en plusieurs chèques
          </h2>
          <div className="flex flex-col gap-6" data-testid="pro-cheque-plans">
            {chequePlans.map(({ reference, status, plan }) => (
              <div key={reference} className="flex flex-col gap-3" data-testid={`pro-cheque-plan-${reference}`}>
                <p className="text-sm text-stone-600">
                  Commande <span className="font-mono">{reference}</span> · {orderStatusLabelWithPlan(status, plan)}
                </p>
                <InstalmentSchedule plan={plan} headingId={`cheque-plan-${reference}`} note="Nous déposons chaque chèque à sa date, pas avant." />
                {status === "awaiting_cheques" ? <ChequeScheduleInstructions instructions={chequeInstructions({ reference, amountCents: plan.totalCents })} count={plan.count} title="Comment nous envoyer vos chèques" /> : null}
              </div>
            ))}
          </div>
        </Card>
      ) : null}

      <Card labelledBy="payments-title">
        <h2 id="payments-title" className="mb-3 text-lg font-semibold">
          Règlements
        </h2>
        <ProPaymentsList payments={view.payments} testId="pro-payments" />
      </Card>
    </main>
  );
}

/**
 * A cheque of a schedule came back unpaid: what is owed (amount, order, cheque), the two ways to
 * settle it — by card through « Factures à régler » above (that invoice, that amount), or by
 * transfer with the order's reference — and that the account stays on hold until then.
 */
function BouncedChequesBanner({ bounced }: { bounced: Awaited<ReturnType<typeof bouncedChequesToSettle>> }) {
  const totalCents = bounced.reduce((s, b) => s + b.amountCents, 0);
  const bank = transferInstructions({ reference: bounced[0]!.orderReference, amountCents: totalCents });
  return (
    <div data-testid="pro-bounced-cheques">
      <Alert tone="error" title={`Chèque impayé : ${formatEur(totalCents)} à régler`}>
        <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
          {bounced.map((b) => (
            <li key={b.id}>
              Le chèque {b.position}/{b.count}
              {b.chequeNumber ? ` (n° ${b.chequeNumber})` : ""} de <strong>{formatEur(b.amountCents)}</strong> de la commande <span className="font-mono">{b.orderReference}</span> nous est revenu impayé
              {b.settledOn ? ` le ${formatIsoDateFr(b.settledOn)}` : ""}.
              {b.invoiceNumber ? (
                <>
                  {" "}
                  Payez-le par carte dans « Factures à régler » ci-dessous : cochez la facture <span className="font-mono">{b.invoiceNumber}</span> et indiquez {formatEur(b.amountCents)}.
                </>
              ) : null}{" "}
              Ou par virement de {formatEur(b.amountCents)} à {bank.holder}, IBAN <span className="font-mono whitespace-nowrap">{bank.ibanDisplay}</span>, BIC <span className="font-mono">{bank.bic}</span>, avec la référence{" "}
              <span className="font-mono">{b.orderReference}</span>.
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Votre compte est suspendu pour le paiement à 30 jours et en plusieurs fois jusqu&apos;au règlement ; vous pouvez toujours commander en payant à la commande.
        </p>
      </Alert>
    </div>
  );
}
