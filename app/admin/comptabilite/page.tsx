import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/session";
import { fecFileName } from "@/lib/billing/accounting-fec";
import { monthPeriod, parseAccountingPeriod, recentMonths, type AccountingPeriod } from "@/lib/billing/accounting-period";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { accountingCsvFileName } from "@/lib/use-cases/accounting-export";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Comptabilité" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

const ACCOUNT_ROWS = [
  ["customers", "Clients", "ACCOUNTING_CUSTOMERS_ACCOUNT"],
  ["goodsSales", "Ventes de marchandises (HT)", "ACCOUNTING_GOODS_SALES_ACCOUNT"],
  ["shippingSales", "Frais de port facturés (HT)", "ACCOUNTING_SHIPPING_SALES_ACCOUNT"],
  ["vatCollected", "TVA collectée", "ACCOUNTING_VAT_COLLECTED_ACCOUNT"],
  ["bank", "Banque (virements)", "ACCOUNTING_BANK_ACCOUNT"],
  ["chequesToDeposit", "Chèques à encaisser", "ACCOUNTING_CHEQUES_ACCOUNT"],
  ["payplug", "PayPlug (cartes)", "ACCOUNTING_PAYPLUG_ACCOUNT"],
  ["paypal", "PayPal", "ACCOUNTING_PAYPAL_ACCOUNT"],
  ["bankFees", "Frais bancaires (commissions PayPal)", "ACCOUNTING_BANK_FEES_ACCOUNT"],
] as const;

/**
 * The accounting export: pick a period (a month, or two days), then download its journal as CSV
 * or as a FEC file. The period is checked here, on the server, with its errors next to the
 * fields; the download links only ever carry a period that parsed.
 */
export default async function AccountingPage({ searchParams }: Props) {
  await requireRole("admin", "/admin/comptabilite");
  const raw = await searchParams;
  const months = recentMonths(todayInParis());
  const asked = { du: one(raw.du), au: one(raw.au), mois: one(raw.mois) };
  const nothingAsked = !asked.du && !asked.au && !asked.mois;
  // The month just ended by default: what a month end exports.
  const parsed = nothingAsked ? { period: monthPeriod(months[1]!.value)! } : parseAccountingPeriod(asked);
  const period: AccountingPeriod | null = "period" in parsed ? parsed.period : null;
  const error = "error" in parsed ? parsed : null;
  const query = period ? new URLSearchParams({ du: period.from, au: period.to }).toString() : "";
  const fecName = period ? fecFileName(env.merchant.siret, period.to) : null;
  const accounts = env.accounting.accounts;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Comptabilité</h1>
        <p className="mt-1 max-w-3xl text-stone-700">
          Le journal des ventes, des règlements reçus, des remboursements et des commissions PayPal d&apos;une période, à remettre au cabinet comptable : en CSV pour un tableur, ou au
          format FEC (fichier des écritures comptables) que les logiciels comptables importent.
        </p>
      </div>

      <Card labelledBy="period-title" className="flex flex-col gap-4">
        <h2 id="period-title" className="text-lg font-semibold">
          Période
        </h2>
        <nav aria-label="Mois récents">
          <ul className="flex flex-wrap gap-2">
            {months.map((m) => {
              const current = asked.mois === m.value || (nothingAsked && m.value === months[1]!.value);
              return (
                <li key={m.value}>
                  <Link
                    href={`/admin/comptabilite?mois=${m.value}`}
                    aria-current={current ? "true" : undefined}
                    className={buttonClasses(current ? "primary" : "secondary", "sm")}
                  >
                    {m.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <form method="get" action="/admin/comptabilite" className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label="Période par dates" noValidate>
          <TextField id="period-from" name="du" type="date" label="Du" required defaultValue={period?.from ?? asked.du ?? ""} error={error?.field === "du" ? error.error : undefined} />
          <TextField id="period-to" name="au" type="date" label="Au (inclus)" required defaultValue={period?.to ?? asked.au ?? ""} error={error?.field === "au" ? error.error : undefined} />
          <Button type="submit" variant="secondary">
            Choisir ces dates
          </Button>
        </form>
        {error?.field === "mois" ? <Alert tone="error">{error.error}</Alert> : null}
      </Card>

      {period ? (
        <Card labelledBy="download-title" className="flex flex-col gap-4">
          <h2 id="download-title" className="text-lg font-semibold" data-testid="accounting-period">
            Du {formatIsoDateFr(period.from)} au {formatIsoDateFr(period.to)}
          </h2>
          <p className="text-sm text-stone-600">Jours de Paris, bornes incluses. Les fichiers sont produits à la demande à partir des commandes, paiements, remboursements et avoirs enregistrés.</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <a href={`/admin/comptabilite/csv?${query}`} download={accountingCsvFileName(period)} className={buttonClasses("primary")} data-testid="accounting-csv">
              Télécharger le journal (CSV)
            </a>
            {fecName ? (
              <a href={`/admin/comptabilite/fec?${query}`} download={fecName} className={buttonClasses("secondary")} data-testid="accounting-fec">
                Télécharger le FEC ({fecName})
              </a>
            ) : null}
          </div>
          {fecName ? null : (
            <Alert tone="warning" title="FEC indisponible">
              Le FEC porte le SIREN de l&apos;entreprise dans son nom : renseignez MERCHANT_SIRET (14 chiffres) dans la configuration.
            </Alert>
          )}
        </Card>
      ) : null}

      <Card labelledBy="accounts-title" className="flex flex-col gap-3">
        <h2 id="accounts-title" className="text-lg font-semibold">
          Comptes utilisés
        </h2>
        <p className="text-sm text-stone-600">
          Comptes du plan comptable général, modifiables par les variables d&apos;environnement indiquées. Les professionnels ont leur compte auxiliaire client{" "}
          {env.accounting.proAuxiliary ? "(activé)" : "(désactivé : ACCOUNTING_PRO_AUXILIARY=false)"}.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-200 text-stone-600">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Usage
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  Compte
                </th>
                <th scope="col" className="py-2 font-medium">
                  Variable
                </th>
              </tr>
            </thead>
            <tbody>
              {ACCOUNT_ROWS.map(([key, label, variable]) => (
                <tr key={key} className="border-b border-stone-100">
                  <td className="py-2 pr-4">{label}</td>
                  <td className="py-2 pr-4 font-mono">{accounts[key]}</td>
                  <td className="py-2 font-mono text-xs text-stone-600">{variable}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
