import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RemindersSentList } from "@/components/billing/reminders-sent-list";
import { InvoiceView } from "@/components/billing/invoice-view";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { remainingCents } from "@/lib/billing/invoice-status";
import { getDb } from "@/lib/db/client";
import { invoiceOfAccount } from "@/lib/use-cases/invoices";
import { sentReminders } from "@/lib/use-cases/invoice-reminders";
import { accountIdOfUser } from "@/lib/use-cases/pro-portal";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Facture" };

type Props = { params: Promise<{ number: string }> };

/** One invoice or credit note of the pro's own company; any other number is a 404. */
export default async function ProInvoicePage({ params }: Props) {
  const user = await requireRole("pro", "/pro");
  const { number } = await params;
  const db = await getDb();
  const accountId = await accountIdOfUser(db, user.id);
  const invoice = accountId ? await invoiceOfAccount(db, accountId, decodeURIComponent(number)) : null;
  if (!invoice) notFound();
  const reminders = await sentReminders(db, { invoiceId: invoice.id });
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-4 px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/pro" className="text-brand-700 underline underline-offset-4">
          ← Espace pro
        </Link>
        <a href={`/pro/factures/${encodeURIComponent(invoice.number)}/pdf`} className="rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Télécharger le PDF (Factur-X)
        </a>
      </div>
      <Card>
        <InvoiceView doc={invoice.document as InvoiceDocument} remainingCents={remainingCents(invoice)} />
      </Card>
      {reminders.length ? (
        <Card labelledBy="reminders-title">
          <h2 id="reminders-title" className="mb-2 text-lg font-semibold">
            Rappels reçus
          </h2>
          <RemindersSentList reminders={reminders} testId="pro-invoice-reminders" showNumber={false} />
        </Card>
      ) : null}
    </main>
  );
}
