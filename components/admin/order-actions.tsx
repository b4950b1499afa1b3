import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { formatEur, formatEurInput } from "@/lib/shared/money";
import { isUnpaid } from "@/lib/orders/transitions";
import { chequesInHand } from "@/lib/payments/cheques-in-hand";
import { acceptsNewMoney } from "@/lib/payments/offline-result";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { ChequeDecisionForms } from "./cheque-decision-forms";
import type { FormState } from "@/lib/actions/form-state";
import { PaymentLinkSlot } from "./payment-link-slot";
import { RecordChequeForm } from "./record-cheque-form";
import { RecordTransferForm } from "./record-transfer-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type OrderActionHandlers = { recordTransfer: Action; recordCheque: Action; cashCheque: Action; bounceCheque: Action; sendPaymentLink: Action };

/**
 * The actions that fit the order's state: record money while it waits for it, decide on each
 * cheque in hand, and (PayPlug helper) send a payment link. The server checks all of it again.
 */
export function OrderActions({ detail, actions, today }: { detail: AdminOrder; actions: OrderActionHandlers; today: string }) {
  const { order } = detail;
  const inHand = chequesInHand(detail.payments, detail.outstandingCents);
  const chequesHeld = inHand.cheques;
  // Cheques in hand that cover what is owed: nothing more to record or to ask the customer for
  // (they count once cashed; a bounced one reopens these actions).
  const canRecord = acceptsNewMoney(order.status) && !inHand.covered;
  // Pre-fill only what is still expected: what is due, less the cheques already in hand.
  const expectedCents = inHand.stillExpectedCents;
  const defaultAmount = expectedCents > 0 ? formatEurInput(expectedCents) : "";
  if (!canRecord && chequesHeld.length === 0 && !isUnpaid(order.status)) {
    return (
      <Card labelledBy="admin-actions-title">
        <h2 id="admin-actions-title" className="text-lg font-semibold">
          Actions
        </h2>
        {order.status === "paid" ? (
          <Alert tone="success" title="Payée : à préparer et expédier" className="mt-2">
            Le paiement est complet : la commande peut partir. Aucun paiement n&apos;est plus attendu.
          </Alert>
        ) : (
          <p className="mt-2 text-sm text-stone-600">Aucune action de paiement n&apos;est possible dans l&apos;état actuel de la commande.</p>
        )}
      </Card>
    );
  }
  return (
    <Card labelledBy="admin-actions-title" className="flex flex-col gap-6">
      <h2 id="admin-actions-title" className="text-lg font-semibold">
        Actions
      </h2>
      {chequesHeld.map((p) => (
        <ChequeDecisionForms
          key={p.id}
          paymentId={p.id}
          label={`Chèque n° ${p.offlineReference ?? "?"} de ${formatEur(p.amountCents)}, reçu le ${formatIsoDateFr(p.receivedOn)}`}
          cashAction={actions.cashCheque}
          bounceAction={actions.bounceCheque}
        />
      ))}
      {canRecord ? (
        <>
          <RecordTransferForm orderId={order.id} defaultAmount={defaultAmount} today={today} action={actions.recordTransfer} />
          <hr className="border-stone-200" />
          <RecordChequeForm orderId={order.id} defaultAmount={defaultAmount} today={today} action={actions.recordCheque} />
        </>
      ) : null}
      {/* Payment link (PayPlug helper): see components/admin/payment-link-slot.tsx */}
      {isUnpaid(order.status) && !inHand.covered ? <PaymentLinkSlot order={order} action={actions.sendPaymentLink} /> : null}
    </Card>
  );
}
