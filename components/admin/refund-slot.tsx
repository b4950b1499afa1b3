import { randomUUID } from "node:crypto";
import { RefundPaymentForm } from "@/components/admin/refund-payment-form";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { adminPaymentMethodLabel } from "@/lib/payments/labels";
import { refundablePayments } from "@/lib/payments/refunds";
import { formatEur, formatEurInput } from "@/lib/shared/money";

/** The « Rembourser » forms of an order: one per card or PayPal payment with money left to give back; nothing otherwise. */
export function RefundSlot({ detail, action }: { detail: AdminOrder; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const refundable = refundablePayments(detail.payments, detail.events);
  if (refundable.length === 0) return null;
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
      </div>
    </Card>
  );
}
