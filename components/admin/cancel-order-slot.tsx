import { cancelOrderAction } from "@/app/admin/commandes/[reference]/cancel-order-action";
import { Card } from "@/components/ui/card";
import type { AdminOrder } from "@/lib/admin/orders";
import { isUnpaid } from "@/lib/orders/transitions";
import { CancelOrderForm } from "./cancel-order-form";

/** The "Annuler la commande" panel of the admin order page: only for unpaid orders (the server checks again). */
export function CancelOrderSlot({ order }: { order: AdminOrder["order"] }) {
  if (!isUnpaid(order.status)) return null;
  return (
    <Card labelledBy="admin-cancel-title">
      <h2 id="admin-cancel-title" className="sr-only">
        Annulation
      </h2>
      <CancelOrderForm orderId={order.id} action={cancelOrderAction} />
    </Card>
  );
}
