import { randomUUID } from "node:crypto";
import { OfflineRefundForm } from "@/components/admin/offline-refund-form";
import { RefundPaymentForm } from "@/components/admin/refund-payment-form";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { adminPaymentMethodLabel } from "@/lib/payments/labels";
import { OFFLINE_REFUND_METHOD_LABELS, OFFLINE_REFUND_METHODS, offlineRefundablePayments } from "@/lib/payments/offline-refunds";
import { refundablePayments } from "@/lib/payments/refunds";
import { formatEur, formatEurInput } from "@/lib/shared/money";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const METHOD_OPTIONS = OFFLINE_REFUND_METHODS.map((value) => ({ value, label: OFFLINE_REFUND_METHOD_LABELS[value] }));

/**
 * The refund forms of an order: « Rembourser » through the provider for each card or PayPal
 * payment with money left to give back, and « Remboursement fait par la boutique » for each
 * transfer or cashed cheque; nothing when there is nothing to give back.
 */
export function RefundSlot({ detail, action, offlineAction }: { detail: AdminOrder; action: Action; offlineAction: Action }) {
  const refundable = refundablePayments(detail.payments, detail.events);
  const offline = offlineRefundablePayments(detail.payments);
  if (refundable.length === 0 && offline.length === 0) return null;
  return (
    <Card labelledBy="refunds-title">
      <h2 id="refunds-title" className="text-lg font-semibold">
        Remboursements
      </h2>
      <div className="mt-3 flex flex-col gap-6">
        {refundable.map(({ payment, refundableCents }) => (
          <RefundPaymentForm
            key={payment.id}
            paymentId={payment.id}
            paymentLabel={`${adminPaymentMethodLabel(payment.method, payment.provider)} ${payment.providerRef ?? ""}`.trim()}
            refundableLabel={formatEur(refundableCents)}
            defaultAmount={formatEurInput(refundableCents)}
            refundableCents={refundableCents}
            requestKey={randomUUID()}
            action={action}
          />
        ))}
        {offline.map(({ payment, refundableCents }) => (
          <OfflineRefundForm
            key={payment.id}
            paymentId={payment.id}
            paymentLabel={`${payment.method === "transfer" ? "Virement" : "Chèque n°"} ${payment.offlineReference ?? ""} de ${formatEur(payment.amountCents)}`.replace(/\s+/g, " ")}
            refundableLabel={formatEur(refundableCents)}
            defaultAmount={formatEurInput(refundableCents)}
            methods={METHOD_OPTIONS}
            requestKey={randomUUID()}
            action={offlineAction}
          />
        ))}
      </div>
    </Card>
  );
}
