import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { AutoRefresh } from "@/components/payments/auto-refresh";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { requireRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { accountPayments, invoiceAllocations, invoices } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { accountIdOfUser } from "@/lib/use-cases/pro-portal";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Règlement de factures" };

type Props = { params: Promise<{ id: string }> };

/**
 * Where PayPlug sends the pro back after paying invoices. What the page says comes from PayPlug's
 * API (reconcilePayment), never from the return URL; a notification may have said it already.
 */
export default async function InvoicePaymentReturnPage({ params }: Props) {
  const user = await requireRole("pro", "/pro");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const accountId = await accountIdOfUser(db, user.id);
  const read = async () => (await db.select().from(accountPayments).where(and(eq(accountPayments.id, id), eq(accountPayments.proAccountId, accountId ?? "")))).at(0);
  let payment = accountId ? await read() : undefined;
  if (!payment) notFound();
  if ((payment.status === "pending" || payment.status === "created") && payment.provider && payment.providerRef) {
    try {
      await reconcilePayment(payment.provider, payment.providerRef, { source: "return" });
      payment = (await read())!;
    } catch (error) {
      log.warn("invoices", "return page could not ask the provider yet", { reference: payment.reference, error });
    }
  }
  const paidInvoices = await db
    .select({ number: invoices.number, amountCents: invoiceAllocations.amountCents })
    .from(invoiceAllocations)
    .innerJoin(invoices, eq(invoices.id, invoiceAllocations.invoiceId))
    .where(and(eq(invoiceAllocations.accountPaymentId, payment.id), eq(invoiceAllocations.applied, true)));

  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Règlement {payment.reference}</h1>
      <Card>
        {payment.status === "paid" ? (
          <>
            <Alert tone="success" title="Règlement reçu, merci" live>
              Nous avons reçu <Price cents={payment.amountCents} />
              {payment.cardLast4 ? ` (carte •••• ${payment.cardLast4})` : ""}. Vous recevez un reçu par e-mail pour chaque facture soldée.
            </Alert>
            <ul className="mt-4 text-sm" data-testid="paid-invoices">
              {paidInvoices.map((i) => (
                <li key={i.number} className="flex justify-between gap-4 py-1">
                  <span className="font-mono">{i.number}</span>
                  <Price cents={i.amountCents} />
                </li>
              ))}
            </ul>
          </>
        ) : payment.status === "failed" || payment.status === "cancelled" ? (
          <Alert tone="error" title="Le paiement n'a pas abouti" live>
            {payment.failureMessage ?? "Le paiement a été annulé ou refusé."} Aucune somme n&apos;a été prélevée ; vos factures restent à régler.
          </Alert>
        ) : (
          <>
            <Alert tone="info" title="Paiement en cours de confirmation" live>
              PayPlug confirme votre paiement : cette page se met à jour toute seule.
            </Alert>
            <AutoRefresh />
          </>
        )}
        <Link href="/pro" className="mt-4 inline-block text-brand-700 underline underline-offset-4">
          Retour à mon espace pro
        </Link>
      </Card>
    </main>
  );
}
