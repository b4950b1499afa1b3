import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { formatEur, formatEurInput } from "@/lib/shared/money";
import { isUnpaid } from "@/lib/orders/transitions";
import { isInstructionPlaceholder } from "@/lib/orders/ledger";
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
  const chequesInHand = detail.payments.filter((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p));
  const canRecord = acceptsNewMoney(order.status);
  // Pre-fill only what is still expected: what is due, less the cheques already in hand (they
  // count once cashed). Nothing when nothing is expected, so the same money is not typed twice.
  const expectedCents = Math.max(0, detail.outstandingCents - chequesInHand.reduce((sum, p) => sum + p.amountCents, 0));
  const defaultAmount = expectedCents > 0 ? formatEurInput(expectedCents) : "";
  if (!canRecord && chequesInHand.length === 0 && !isUnpaid(order.status)) {
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
      {chequesInHand.map((p) => (
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
      {isUnpaid(order.status) ? <PaymentLinkSlot order={order} action={actions.sendPaymentLink} /> : null}
    </Card>
  );
}
