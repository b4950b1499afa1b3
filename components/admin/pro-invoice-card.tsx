import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import type { CreditableInvoice } from "@/lib/use-cases/credit-notes";
import { ProCreditNoteForm } from "./pro-credit-note-form";

/** An order's invoice on its back-office page: the PDF, its credit notes, and « Émettre un avoir ». */
export function ProInvoiceCard({ invoice, requestKey, action }: { invoice: CreditableInvoice; requestKey: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const pdf = (number: string) => `/admin/factures/${encodeURIComponent(number)}/pdf`;
  return (
    <Card labelledBy="invoice-title" className="flex flex-col gap-3">
      <h2 id="invoice-title" className="text-lg font-semibold">
        Facture
      </h2>
      <ul className="flex flex-col gap-1 text-sm" data-testid="admin-order-invoices">
        <li>
          <a href={pdf(invoice.number)} className="font-mono text-brand-700 underline-offset-4 hover:underline">
            {invoice.number}
          </a>{" "}
          · {formatEur(invoice.totalCents)} TTC{invoice.remainingCents > 0 ? ` · reste dû ${formatEur(invoice.remainingCents)}` : ""}
        </li>
        {invoice.creditNotes.map((n) => (
          <li key={n.number}>
            <a href={pdf(n.number)} className="font-mono text-brand-700 underline-offset-4 hover:underline">
              {n.number}
            </a>{" "}
            · avoir de {formatEur(n.totalCents)} du {formatIsoDateFr(n.issueDate)}
          </li>
        ))}
      </ul>
      {invoice.creditableCents > 0 ? (
        <details className="rounded-lg border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium">Émettre un avoir</summary>
          <div className="mt-3">
            <ProCreditNoteForm invoices={[invoice]} hasProAccount={invoice.proAccountId !== null} requestKey={requestKey} action={action} />
          </div>
        </details>
      ) : (
        <p className="text-sm text-stone-600">Cette facture est entièrement annulée par des avoirs.</p>
      )}
    </Card>
  );
}
