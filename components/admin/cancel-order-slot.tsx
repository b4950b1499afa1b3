import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { isCancellable } from "@/lib/orders/transitions";
import { formatEur } from "@/lib/shared/money";
import { CancelOrderForm } from "./cancel-order-form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The "Annuler la commande" panel of the admin order page: only for unpaid orders holding no
 * received cheque, and orders still waiting for their instalment cheques (the server checks the
 * status again). The page passes its server action, as for the other admin forms: components
 * never import from app/.
 */
export function CancelOrderSlot({
  order,
  action,
  chequesHeld = 0,
  planChequesToReturn = [],
}: {
  order: AdminOrder["order"];
  action: Action;
  chequesHeld?: number;
  /** Instalment cheques received for an order still waiting for the others: cancelling sends them back. */
  planChequesToReturn?: readonly { position: number; chequeNumber: string | null; amountCents: number }[];
}) {
  // A cheque in hand is the customer's money: decide on it (cash or bounced) before cancelling.
  if (!isCancellable(order.status) || chequesHeld > 0) return null;
  const notice = planChequesToReturn.length
    ? `Chèques de l'échéancier déjà reçus, à renvoyer au client si vous annulez : ${planChequesToReturn.map((c) => `chèque ${c.position} n° ${c.chequeNumber ?? "?"} (${formatEur(c.amountCents)})`).join(", ")}.`
    : undefined;
  return (
    <Card labelledBy="admin-cancel-title">
      <h2 id="admin-cancel-title" className="sr-only">
        Annulation
      </h2>
      <CancelOrderForm orderId={order.id} action={action} notice={notice} />
    </Card>
  );
}
