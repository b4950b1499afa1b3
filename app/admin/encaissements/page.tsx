import type { Metadata } from "next";
import Link from "next/link";
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

const th = "py-2 pr-3 text-left font-medium";
const td = "py-2 pr-3";

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
          <table className="w-full text-sm" data-testid="receivables-week">
            <thead>
              <tr className="border-b border-stone-200 text-stone-600">
                <th className={th}>Facture</th>
                <th className={th}>Échéance</th>
                <th className={`${th} text-right`}>Reste dû</th>
              </tr>
            </thead>
            <tbody>
              {view.dueThisWeek.map((i) => (
                <tr key={i.id} className="border-b border-stone-100">
                  <td className={td}>
                    <InvoiceLink invoice={i} />
                  </td>
                  <td className={td}>{formatIsoDateFr(i.dueDate)}</td>
                  <td className={`${td} text-right`}>
                    <Price cents={i.remainingCents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
              <table className="w-full text-sm" data-testid={`receivables-overdue-${b}`}>
                <thead>
                  <tr className="border-b border-stone-200 text-stone-600">
                    <th className={th}>Facture</th>
                    <th className={th}>Échéance</th>
                    <th className={th}>Retard</th>
                    <th className={`${th} text-right`}>Reste dû</th>
                  </tr>
                </thead>
                <tbody>
                  {view.overdue
                    .filter((i) => i.bucket === b)
                    .map((i) => (
                      <tr key={i.id} className="border-b border-stone-100" data-testid="receivables-overdue-row">
                        <td className={td}>
                          <InvoiceLink invoice={i} />
                        </td>
                        <td className={td}>{formatIsoDateFr(i.dueDate)}</td>
                        <td className={td}>
                          {i.daysLate} jour{i.daysLate > 1 ? "s" : ""}
                        </td>
                        <td className={`${td} text-right`}>
                          <Price cents={i.remainingCents} />
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
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
            <table className="w-full text-sm" data-testid="receivables-instalments">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th className={th}>Commande</th>
                  <th className={th}>Date</th>
                  <th className={th}>État</th>
                  <th className={`${th} text-right`}>Montant</th>
                </tr>
              </thead>
              <tbody>
                {view.instalmentsAwaited.map((l) => (
                  <tr key={l.id} className={`border-b border-stone-100 ${l.status === "received" && l.dueOn <= today ? "bg-amber-50" : ""}`}>
                    <td className={td}>
                      <Link href={`/admin/commandes/${encodeURIComponent(l.reference)}`} className="font-mono text-brand-700 underline underline-offset-4">
                        {l.reference}
                      </Link>{" "}
                      {l.position}/{l.count} {l.kind === "card" ? "(carte)" : "(chèque)"}
                    </td>
                    <td className={td}>{formatIsoDateFr(l.dueOn)}</td>
                    <td className={td}>{l.status === "received" && l.dueOn <= today ? "À déposer" : (INSTALMENT_STATUS[l.status] ?? l.status)}</td>
                    <td className={`${td} text-right`}>
                      <Price cents={l.amountCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>

        <Card labelledBy="clear-title">
          <h2 id="clear-title" className="mb-3 text-lg font-semibold">
            Chèques à encaisser
          </h2>
          {view.chequesToClear.length === 0 ? (
            <Empty>Aucun chèque déposé en attente d&apos;encaissement.</Empty>
          ) : (
            <table className="w-full text-sm" data-testid="receivables-cheques">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th className={th}>Commande</th>
                  <th className={th}>Déposé le</th>
                  <th className={th}>Chèque</th>
                  <th className={`${th} text-right`}>Montant</th>
                </tr>
              </thead>
              <tbody>
                {view.chequesToClear.map((l) => (
                  <tr key={l.id} className="border-b border-stone-100">
                    <td className={td}>
                      <Link href={`/admin/commandes/${encodeURIComponent(l.reference)}`} className="font-mono text-brand-700 underline underline-offset-4">
                        {l.reference}
                      </Link>{" "}
                      {l.position}/{l.count}
                    </td>
                    <td className={td}>{formatIsoDateFr(l.depositedOn ?? l.dueOn)}</td>
                    <td className={td}>{l.chequeNumber ? `n° ${l.chequeNumber}` : "—"}</td>
                    <td className={`${td} text-right`}>
                      <Price cents={l.amountCents} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
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
            <table className="w-full text-sm" data-testid="receivables-reminders-next">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th className={th}>Date</th>
                  <th className={th}>Facture</th>
                  <th className={th}>Niveau</th>
                </tr>
              </thead>
              <tbody>
                {view.remindersNext.map((r) => (
                  <tr key={`${r.invoiceId}-${r.level}`} className="border-b border-stone-100">
                    <td className={td}>{r.on === today ? "Prochain passage" : formatIsoDateFr(r.on)}</td>
                    <td className={td}>
                      <InvoiceLink invoice={r} /> <span className="text-stone-600">à {r.to}</span>
                    </td>
                    <td className={td}>{REMINDER_LEVEL_LABELS[r.level]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>

        <Card labelledBy="sent-title">
          <h2 id="sent-title" className="mb-3 text-lg font-semibold">
            Relances envoyées
          </h2>
          {view.remindersSent.length === 0 ? (
            <Empty>Aucune relance envoyée pour le moment.</Empty>
          ) : (
            <table className="w-full text-sm" data-testid="receivables-reminders-sent">
              <thead>
                <tr className="border-b border-stone-200 text-stone-600">
                  <th className={th}>Quand</th>
                  <th className={th}>Niveau</th>
                  <th className={th}>À qui</th>
                </tr>
              </thead>
              <tbody>
                {view.remindersSent.map((r) => (
                  <tr key={r.id} className="border-b border-stone-100">
                    <td className={td}>{formatDateTimeFr(r.createdAt)}</td>
                    <td className={td}>
                      {KIND_LABELS[r.kind]}
                      {r.number ? <span className="font-mono"> {r.number}</span> : null}
                      {r.daysLate !== null && r.daysLate > 0 ? <span className="text-stone-600"> ({r.daysLate} j de retard)</span> : null}
                    </td>
                    <td className={td}>{r.toAddress}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  );
}
