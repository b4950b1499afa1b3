import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { pickReceiptPayment, receiptResult, RECEIPT_RESULT_LABELS } from "@/lib/payments/receipt";

type PaymentLike = Parameters<typeof pickReceiptPayment>[0][number];

/**
 * For the order page: the way to the payment ticket (and to try again after a failure) when the
 * order was paid online. Renders nothing for offline methods. Usage, in the order page:
 *   <OrderPaymentLinks reference={order.reference} token={t} payments={payments} />
 */
export function OrderPaymentLinks({ reference, token, payments, retryable = true }: { reference: string; token: string | null; payments: PaymentLike[]; retryable?: boolean }) {
  const payment = pickReceiptPayment(payments);
  if (!payment) return null;
  const result = receiptResult(payment.status);
  // After a switch to transfer or cheque, the old ticket is only a record: nothing to retry there.
  const failed = retryable && (result === "refused" || result === "cancelled");
  const q = token ? `?t=${encodeURIComponent(token)}` : "";
  const base = `/commandes/${encodeURIComponent(reference)}`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Link className={buttonClasses(failed ? "primary" : "secondary")} href={`${base}/recu${q}`} data-testid="order-receipt-link">
        {failed ? "Voir le ticket et réessayer le paiement" : "Voir le ticket de paiement"}
      </Link>
      <span className="text-sm text-stone-600">{RECEIPT_RESULT_LABELS[result]}</span>
    </div>
  );
}
