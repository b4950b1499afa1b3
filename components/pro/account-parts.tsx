import { Price } from "@/components/ui/price";
import { ACCOUNT_PAYMENT_METHOD_LABELS } from "@/lib/billing/labels";
import { formatIsoDateFr } from "@/lib/shared/dates";
import type { PortalPayment } from "@/lib/use-cases/pro-portal";

/*
 * Pieces of a professional account's page that read the same wherever the account is shown (the
 * back-office's pro page and the portal /pro): one figure, the payments received.
 */

export function ProFigure({ label, cents, sub, danger, testId }: { label: string; cents: number; sub?: string; danger?: boolean; testId: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-stone-600">{label}</p>
      <p className={`mt-1 text-2xl font-semibold ${danger ? "text-red-700" : ""}`}>
        <Price cents={cents} testId={testId} />
      </p>
      {sub ? <p className="text-xs text-stone-500">{sub}</p> : null}
    </div>
  );
}

/** Each payment: its reference, day, means (with the bank reference or cheque number), the invoices it paid, its amount. */
export function ProPaymentsList({ payments, testId }: { payments: readonly PortalPayment[]; testId: string }) {
  if (payments.length === 0) return <p className="text-sm text-stone-600">Aucun règlement enregistré.</p>;
  return (
    <ul className="divide-y divide-stone-100 text-sm" data-testid={testId}>
      {payments.map((p) => (
        <li key={p.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
          <span className="font-mono">{p.reference}</span>
          <span>{formatIsoDateFr(p.on)}</span>
          <span>
            {ACCOUNT_PAYMENT_METHOD_LABELS[p.method]}
            {p.offlineReference ? ` ${p.offlineReference}` : ""}
            {p.status === "pending" ? " (en cours)" : ""}
          </span>
          <span className="text-stone-600">{p.invoices.map((x) => x.number).join(", ") || "gardé en avoir"}</span>
          <Price cents={p.amountCents} className="ml-auto" />
        </li>
      ))}
    </ul>
  );
}
