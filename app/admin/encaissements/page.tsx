import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { AGEING_BUCKETS, AGEING_LABELS } from "@/lib/billing/payment-terms";
import { REMINDER_LEVEL_LABELS } from "@/lib/billing/reminders";
import { getDb } from "@/lib/db/client";
import type { ReminderKind } from "@/lib/db/schema";
import { formatDateTimeFr, formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import type { ReceivableInvoice } from "@/lib/use-cases/receivables";
import { receivablesView } from "@/lib/use-cases/receivables";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Encaissements" };

const KIND_LABELS: Readonly<Record<ReminderKind, string>> = { ...REMINDER_LEVEL_LABELS, cheques_to_deposit: "Chèques à déposer (administrateurs)" };

const INSTALMENT_STATUS: Readonly<Record<string, string>> = { expected: "Attendu", received: "Chèque reçu", deposited: "Déposé en banque" };

function OrderLink({ reference }: { reference: string }) {
  return (
    <Link href={`/admin/commandes/${encodeURIComponent(reference)}`} className="font-mono text-brand-700 underline underline-offset-4">
      {reference}
    </Link>
  );
}

function InvoiceLink({ invoice }: { invoice: Pick<ReceivableInvoice, "number" | "accountId" | "companyName"> }) {
  return invoice.accountId ? (
    <Link href={`/admin/professionnels/${invoice.accountId}`} className="text-brand-700 underline underline-offset-4">
      <span className="font-mono">{invoice.number}</span> · {invoice.companyName}
    </Link>
  ) : (
    <span>
      <span className="font-mono">{invoice.number}</span> · {invoice.companyName}
    </span>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-stone-600">{children}</p>;
}

/** Receivables: what is due, what is late, instalments and cheques, reminders sent and to come. */
export default async function AdminReceivablesPage() {
  await requireRole("admin", "/admin/encaissements");
  const today = todayInParis();
  const view = await receivablesView(await getDb(), today);
  // A received cheque whose deposit date has come: the one thing on this list to act on today.
  const toDeposit = (l: (typeof view.instalmentsAwaited)[number]) => l.status === "received" && l.dueOn <= today;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Encaissements</h1>

      <section aria-labelledby="ageing-title" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <h2 id="ageing-title" className="sr-only">
          Ce qui reste dû, par retard
        </h2>
        {AGEING_BUCKETS.map((b) => (
          <div key={b} className="rounded-lg border border-stone-200 bg-white p-3" data-testid={`receivables-bucket-${b}`}>
            <p className="text-sm text-stone-600">{AGEING_LABELS[b]}</p>
            <Price cents={view.ageing[b]} className={`text-lg font-semibold ${b !== "not_due" && view.ageing[b] > 0 ? "text-red-800" : ""}`} />
          </div>
        ))}
      </section>

      <Card labelledBy="week-title">
        <h2 id="week-title" className="mb-3 text-lg font-semibold">
          Échéances de la semaine
        </h2>
        {view.dueThisWeek.length === 0 ? (
          <Empty>Aucune facture n&apos;arrive à échéance dans les 7 jours.</Empty>
        ) : (
          <DataTable
            testId="receivables-week"
            rows={view.dueThisWeek}
            rowKey={(i) => i.id}
            columns={[
              { header: "Facture", cell: (i) => <InvoiceLink invoice={i} /> },
              { header: "Échéance", cell: (i) => formatIsoDateFr(i.dueDate) },
              { header: "Reste dû", numeric: true, cell: (i) => <Price cents={i.remainingCents} /> },
            ]}
          />
        )}
      </Card>

      <Card labelledBy="overdue-title">
        <h2 id="overdue-title" className="mb-3 text-lg font-semibold">
          Factures en retard
        </h2>
        {view.overdue.length === 0 ? (
          <Empty>Aucune facture en retard.</Empty>
        ) : (
          AGEING_BUCKETS.filter((b) => b !== "not_due" && view.overdue.some((i) => i.bucket === b)).map((b) => (
            <div key={b} className="mb-4">
              <h3 className="mb-1 font-medium">
                {AGEING_LABELS[b]} · <Price cents={view.ageing[b]} />
              </h3>
              <DataTable
                testId={`receivables-overdue-${b}`}
                rowTestId="receivables-overdue-row"
                rows={view.overdue.filter((i) => i.bucket === b)}
                rowKey={(i) => i.id}
                columns={[
                  { header: "Facture", cell: (i) => <InvoiceLink invoice={i} /> },
                  { header: "Échéance", cell: (i) => formatIsoDateFr(i.dueDate) },
                  { header: "Retard", cell: (i) => `${i.daysLate} jour${i.daysLate > 1 ? "s" : ""}` },
                  { header: "Reste dû", numeric: true, cell: (i) => <Price cents={i.remainingCents} /> },
                ]}
              />
            </div>
          ))
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card labelledBy="instalments-title">
          <h2 id="instalments-title" className="mb-3 text-lg font-semibold">
            Échéances attendues
          </h2>
          {view.instalmentsAwaited.length === 0 ? (
            <Empty>Aucune échéance en attente.</Empty>
          ) : (
            <DataTable
              testId="receivables-instalments"
              rows={view.instalmentsAwaited}
              rowKey={(l) => l.id}
              rowClassName={(l) => (toDeposit(l) ? "bg-amber-50" : "")}
              columns={[
                {
                  header: "Commande",
                  cell: (l) => (
                    <>
                      <OrderLink reference={l.reference} /> {l.position}/{l.count} {l.kind === "card" ? "(carte)" : "(chèque)"}
                    </>
                  ),
                },
                { header: "Date", cell: (l) => formatIsoDateFr(l.dueOn) },
                { header: "État", cell: (l) => (toDeposit(l) ? "À déposer" : (INSTALMENT_STATUS[l.status] ?? l.status)) },
                { header: "Montant", numeric: true, cell: (l) => <Price cents={l.amountCents} /> },
              ]}
            />
          )}
        </Card>

        <Card labelledBy="clear-title">
          <h2 id="clear-title" className="mb-3 text-lg font-semibold">
            Chèques à encaisser
          </h2>
          {view.chequesToClear.length === 0 ? (
            <Empty>Aucun chèque déposé en attente d&apos;encaissement.</Empty>
          ) : (
            <DataTable
              testId="receivables-cheques"
              rows={view.chequesToClear}
              rowKey={(l) => l.id}
              columns={[
                {
                  header: "Commande",
                  cell: (l) => (
                    <>
                      <OrderLink reference={l.reference} /> {l.position}/{l.count}
                    </>
                  ),
                },
                { header: "Déposé le", cell: (l) => formatIsoDateFr(l.depositedOn ?? l.dueOn) },
                { header: "Chèque", cell: (l) => (l.chequeNumber ? `n° ${l.chequeNumber}` : "—") },
                { header: "Montant", numeric: true, cell: (l) => <Price cents={l.amountCents} /> },
              ]}
            />
          )}
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card labelledBy="next-title">
          <h2 id="next-title" className="mb-3 text-lg font-semibold">
            Relances à venir (7 jours)
          </h2>
          {view.remindersNext.length === 0 ? (
            <Empty>Aucune relance prévue dans les 7 prochains jours.</Empty>
          ) : (
            <DataTable
              testId="receivables-reminders-next"
              rows={view.remindersNext}
              rowKey={(r) => `${r.invoiceId}-${r.level}`}
              columns={[
                { header: "Date", cell: (r) => (r.on === today ? "Prochain passage" : formatIsoDateFr(r.on)) },
                {
                  header: "Facture",
                  cell: (r) => (
                    <>
                      <InvoiceLink invoice={r} /> <span className="text-stone-600">à {r.to}</span>
                    </>
                  ),
                },
                { header: "Niveau", cell: (r) => REMINDER_LEVEL_LABELS[r.level] },
              ]}
            />
          )}
        </Card>

        <Card labelledBy="sent-title">
          <h2 id="sent-title" className="mb-3 text-lg font-semibold">
            Relances envoyées
          </h2>
          {view.remindersSent.length === 0 ? (
            <Empty>Aucune relance envoyée pour le moment.</Empty>
          ) : (
            <DataTable
              testId="receivables-reminders-sent"
              rows={view.remindersSent}
              rowKey={(r) => String(r.id)}
              columns={[
                { header: "Quand", cell: (r) => formatDateTimeFr(r.createdAt) },
                {
                  header: "Niveau",
                  cell: (r) => (
                    <>
                      {KIND_LABELS[r.kind]}
                      {r.number ? <span className="font-mono"> {r.number}</span> : null}
                      {r.daysLate !== null && r.daysLate > 0 ? <span className="text-stone-600"> ({r.daysLate} j de retard)</span> : null}
                    </>
                  ),
                },
                { header: "À qui", cell: (r) => r.toAddress },
              ]}
            />
          )}
        </Card>
      </div>
    </div>
  );
}
