import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BankLines } from "@/components/admin/bank-lines";
import { BankStatementImportForm } from "@/components/admin/bank-statement-import-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { FORMAT_LABELS, type StatementFormat } from "@/lib/bank/statement";
import { MAX_STATEMENT_BYTES } from "@/lib/bank/read-statement";
import { getDb } from "@/lib/db/client";
import { formatDateTimeFr, formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { getStatementImport, listExpectedTransfers, listOpenBankLines, listStatementImports } from "@/lib/use-cases/bank-statements";
import { confirmMatchAction } from "./confirm-match-action";
import { importStatementAction } from "./import-statement-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Banque" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const query = z.object({ releve: z.uuid().optional().catch(undefined) });

const formatLabel = (format: string) => FORMAT_LABELS[format as StatementFormat] ?? format;
const days = (n: number) => (n <= 1 ? `${n} jour` : `${n} jours`);

export default async function BankPage({ searchParams }: Props) {
  await requireRole("admin", "/admin/banque");
  const { releve } = query.parse(await searchParams);
  const db = await getDb();
  const [expected, imports, opened, openLines] = await Promise.all([
    listExpectedTransfers(db),
    listStatementImports(db),
    releve ? getStatementImport(db, releve) : Promise.resolve(null),
    releve ? Promise.resolve([]) : listOpenBankLines(db),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Banque</h1>
      <Card className="flex flex-col gap-3">
        <BankStatementImportForm maxBytes={MAX_STATEMENT_BYTES} action={importStatementAction} />
        <p className="text-sm text-stone-600">
          Importer ne change rien aux commandes : chaque virement n&apos;est enregistré que lorsque vous confirmez son rapprochement. Un relevé déjà importé, ou qui en chevauche un autre, n&apos;ajoute rien deux fois.
        </p>
      </Card>

      {releve && !opened ? <Alert tone="warning">Ce relevé n&apos;existe pas.</Alert> : null}
      {opened ? (
        <Card labelledBy="releve-title" className="flex flex-col gap-3">
          <h2 id="releve-title" className="text-lg font-semibold">
            Relevé importé : {opened.statement.fileName}
          </h2>
          <p className="text-sm text-stone-700" data-testid="bank-import-summary">
            {formatLabel(opened.statement.format)} · {opened.statement.lineCount} opération{opened.statement.lineCount > 1 ? "s" : ""} du {formatIsoDateFr(opened.statement.firstBookedOn)} au{" "}
            {formatIsoDateFr(opened.statement.lastBookedOn)} · {opened.statement.newLineCount} nouvelle{opened.statement.newLineCount > 1 ? "s" : ""},{" "}
            {opened.lines.filter((l) => l.alreadyKnown).length} déjà importée{opened.lines.filter((l) => l.alreadyKnown).length > 1 ? "s" : ""} · importé le {formatDateTimeFr(opened.statement.createdAt)}
            {opened.statement.importedByName ? ` par ${opened.statement.importedByName}` : ""}
          </p>
          <BankLines lines={opened.lines} confirmAction={confirmMatchAction} showKnown />
          <p>
            <Link href="/admin/banque" className="text-sm text-brand-700 underline">
              Toutes les lignes à rapprocher
            </Link>
          </p>
        </Card>
      ) : (
        <Card labelledBy="lignes-title" className="flex flex-col gap-3">
          <h2 id="lignes-title" className="text-lg font-semibold">
            Crédits à rapprocher
          </h2>
          <BankLines lines={openLines} confirmAction={confirmMatchAction} />
        </Card>
      )}

      <Card labelledBy="attendus-title" className="flex flex-col gap-3">
        <h2 id="attendus-title" className="text-lg font-semibold">
          Virements attendus
        </h2>
        <h3 className="text-base font-semibold">Commandes en attente de virement</h3>
        {expected.orders.length === 0 ? (
          <p className="text-sm text-stone-600">Aucune commande n&apos;attend de virement.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100" data-testid="expected-orders">
            {expected.orders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2 text-sm">
                <Link href={`/admin/commandes/${o.reference}`} className="font-mono font-medium text-brand-700 underline">
                  {o.reference}
                </Link>
                <span>{o.customer}</span>
                <span className="tabular-nums">reste {formatEur(o.dueCents)}</span>
                <span className="text-stone-600">depuis {days(o.ageDays)}</span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="text-base font-semibold">Factures professionnelles ouvertes</h3>
        {expected.invoices.length === 0 ? (
          <p className="text-sm text-stone-600">Aucune facture ouverte.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100" data-testid="expected-invoices">
            {expected.invoices.map((i) => (
              <li key={i.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2 text-sm">
                <Link href={`/admin/factures/${encodeURIComponent(i.number)}`} className="font-mono font-medium text-brand-700 underline">
                  {i.number}
                </Link>
                <Link href={`/admin/professionnels/${i.accountId}`} className="underline">
                  {i.company}
                </Link>
                <span className="tabular-nums">reste {formatEur(i.dueCents)}</span>
                <span className={i.daysLate > 0 ? "text-red-700" : "text-stone-600"}>
                  échéance {formatIsoDateFr(i.dueDate)}
                  {i.daysLate > 0 ? `, en retard de ${days(i.daysLate)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card labelledBy="imports-title" className="flex flex-col gap-3">
        <h2 id="imports-title" className="text-lg font-semibold">
          Derniers relevés importés
        </h2>
        {imports.length === 0 ? (
          <p className="text-sm text-stone-600">Aucun relevé importé.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100">
            {imports.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-4 py-2 text-sm">
                <Link href={`/admin/banque?releve=${s.id}`} className="font-medium text-brand-700 underline">
                  {s.fileName}
                </Link>
                <span>{formatLabel(s.format)}</span>
                <span>
                  {s.lineCount} opérations, {s.newLineCount} nouvelles
                </span>
                <span className="text-stone-600">
                  {formatDateTimeFr(s.createdAt)}
                  {s.importedByName ? ` · ${s.importedByName}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
