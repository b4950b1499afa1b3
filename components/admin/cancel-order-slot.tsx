import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { isUnpaid } from "@/lib/orders/transitions";
import { CancelOrderForm } from "./cancel-order-form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The "Annuler la commande" panel of the admin order page: only for unpaid orders holding no
 * received cheque (the server checks the status again). The page passes its server action, as for the other admin forms: components
 * never import from app/.
 */
export function CancelOrderSlot({ order, action, chequesHeld = 0 }: { order: AdminOrder["order"]; action: Action; chequesHeld?: number }) {
  // A cheque in hand is the customer's money: decide on it (cash or bounced) before cancelling.
  if (!isUnpaid(order.status) || chequesHeld > 0) return null;
  return (
    <Card labelledBy="admin-cancel-title">
      <h2 id="admin-cancel-title" className="sr-only">
        Annulation
      </h2>
      <CancelOrderForm orderId={order.id} action={action} />
    </Card>
  );
}
