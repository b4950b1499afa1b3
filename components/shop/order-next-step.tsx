import { Alert } from "@/components/ui/alert";
import { Price } from "@/components/ui/price";
import type { OrderRow } from "@/lib/orders/access";
import { moneyPosition } from "@/lib/orders/ledger";
import { chequeInstructions, transferInstructions } from "@/lib/payments/offline-instructions";
import { ChequeInstructionsCard, ChequeScheduleInstructions, TransferInstructionsCard } from "./offline-instructions";

/**
 * What the customer has to do (or can expect) now, from the order's status. The way to the online
 * payment's ticket (and to retry) is the order page's OrderPaymentLinks, next to this.
 */
export function OrderNextStep({
  order,
  cardPlan = null,
  chequePlan = null,
}: {
  order: OrderRow;
  /** Paid in several times by card: on account means "schedule running", not net-30. */
  cardPlan?: { count: number } | null;
  /** Paid in several cheques: on account means "every cheque held, each deposited on its date". */
  chequePlan?: { count: number; parts: readonly { status: string }[] } | null;
}) {
  // NET money: what the customer paid and did not get back.
  const { dueCents } = moneyPosition(order);
  const receivedCents = order.paidCents - order.refundedCents;
  const partial = receivedCents > 0 && dueCents > 0;
  const payment = { reference: order.reference, amountCents: dueCents };
  switch (order.status) {
    case "awaiting_transfer":
      return (
        <div className="flex flex-col gap-3">
          {partial ? <PartialNotice paid={receivedCents} due={dueCents} /> : null}
          <TransferInstructionsCard instructions={transferInstructions(payment)} />
        </div>
      );
    case "awaiting_cheque":
      return (
        <div className="flex flex-col gap-3">
          {partial ? <PartialNotice paid={receivedCents} due={dueCents} /> : null}
          <ChequeInstructionsCard instructions={chequeInstructions(payment)} />
        </div>
      );
    case "awaiting_cheques": {
      const held = chequePlan ? chequePlan.parts.filter((p) => p.status !== "expected").length : 0;
      return (
        <div className="flex flex-col gap-3">
          {chequePlan && held > 0 ? (
            <Alert tone="info" title={`${held} chèque${held > 1 ? "s" : ""} sur ${chequePlan.count} reçu${held > 1 ? "s" : ""}`}>
              Votre commande partira dès que nous aurons reçu les autres.
            </Alert>
          ) : null}
          <ChequeScheduleInstructions instructions={chequeInstructions(payment)} count={chequePlan?.count ?? 0} />
        </div>
      );
    }
    case "paid":
      return (
        <Alert tone="success" title="Paiement reçu, merci !">
          Votre paiement est complet : nous préparons votre commande et l&apos;expédions au plus vite.
        </Alert>
      );
    case "on_account":
      if (cardPlan)
        return (
          <Alert tone="success" title={`Payée en ${cardPlan.count} fois — échéancier en cours`}>
            Votre première échéance est réglée : nous préparons votre commande. Les échéances suivantes sont prélevées automatiquement sur votre carte aux dates ci-dessous.
          </Alert>
        );
      if (chequePlan)
        return (
          <Alert tone="success" title={`Vos ${chequePlan.count} chèques sont reçus, merci !`}>
            Nous préparons votre commande. Nous déposons chaque chèque à la date prévue dans l&apos;échéancier ci-dessous, pas avant.
          </Alert>
        );
      return (
        <Alert tone="success" title="Commande enregistrée, payable sur facture">
          Nous la préparons dès maintenant. Sa facture, avec sa date d&apos;échéance, est ci-dessous ; vous la réglez depuis votre espace pro (carte, virement ou chèque).
        </Alert>
      );
    case "pending_payment":
      // The status pill above already says "Paiement en cours": this says what it means.
      return (
        <Alert tone="info" title="Paiement pas encore confirmé">
          Si vous venez de payer, la confirmation arrive en général en quelques instants : nous vous l&apos;enverrons aussi par e-mail.
        </Alert>
      );
    case "payment_failed":
      return (
        <Alert tone="warning" title="Le paiement n'a pas abouti">
          Aucun montant n&apos;a été débité. Votre commande est conservée : vous pouvez la régler avec le moyen de paiement de votre choix.
        </Alert>
      );
    case "cancelled":
      return <Alert tone="info" title="Commande annulée">Cette commande a été annulée. Rien ne vous sera demandé.</Alert>;
    case "refunded":
    case "partially_refunded":
      return (
        <Alert tone="info" title="Remboursement">
          Nous vous avons remboursé <Price cents={order.refundedCents} />.
        </Alert>
      );
  }
}

function PartialNotice({ paid, due }: { paid: number; due: number }) {
  return (
    <Alert tone="warning" title="Paiement partiel reçu">
      Nous avons reçu <Price cents={paid} /> : il reste <Price cents={due} className="font-semibold" /> à régler.
    </Alert>
  );
}
