import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { formatEur, formatEurInput } from "@/lib/shared/money";
import { chequesInHand } from "@/lib/payments/cheques-in-hand";
import type { OrderActionSet } from "@/lib/payments/order-next-step";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { ChequeDecisionForms } from "./cheque-decision-forms";
import type { FormState } from "@/lib/actions/form-state";
import { PaymentLinkSlot } from "./payment-link-slot";
import { RecordChequeForm } from "./record-cheque-form";
import { RecordTransferForm } from "./record-transfer-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type OrderActionHandlers = { recordTransfer: Action; recordCheque: Action; cashCheque: Action; bounceCheque: Action; sendPaymentLink: Action };

/**
 * The payment actions the order's next step offers (lib/payments/order-next-step.ts): record money
 * while it waits for it, decide on each cheque in hand, and (PayPlug helper) send a payment link.
 * Nothing when none is offered: the page's next-step line already says where the order stands.
 * The server checks all of it again.
 */
export function OrderActions({ detail, offered, actions, today }: { detail: AdminOrder; offered: OrderActionSet; actions: OrderActionHandlers; today: string }) {
  const { order } = detail;
  const inHand = chequesInHand(detail.payments, detail.outstandingCents);
  // Pre-fill only what is still expected: what is due, less the cheques already in hand.
  const expectedCents = inHand.stillExpectedCents;
  const defaultAmount = expectedCents > 0 ? formatEurInput(expectedCents) : "";
  if (!offered.recordMoney && !offered.decideCheques && !offered.sendPaymentLink) return null;
  return (
    <Card labelledBy="admin-actions-title" className="flex flex-col gap-6">
      <h2 id="admin-actions-title" className="text-lg font-semibold">
        Actions
      </h2>
      {offered.decideCheques
        ? inHand.cheques.map((p) => (
            <ChequeDecisionForms
              key={p.id}
              paymentId={p.id}
              label={`Chèque n° ${p.offlineReference ?? "?"} de ${formatEur(p.amountCents)}, reçu le ${formatIsoDateFr(p.receivedOn)}`}
              cashAction={actions.cashCheque}
              bounceAction={actions.bounceCheque}
            />
          ))
        : null}
      {offered.recordMoney ? (
        <>
          <RecordTransferForm orderId={order.id} defaultAmount={defaultAmount} today={today} action={actions.recordTransfer} />
          <hr className="border-stone-200" />
          <RecordChequeForm orderId={order.id} defaultAmount={defaultAmount} today={today} action={actions.recordCheque} />
        </>
      ) : null}
      {/* Payment link (PayPlug helper): see components/admin/payment-link-slot.tsx */}
      {offered.sendPaymentLink ? <PaymentLinkSlot order={order} action={actions.sendPaymentLink} /> : null}
    </Card>
  );
}
