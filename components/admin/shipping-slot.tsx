import { randomUUID } from "node:crypto";
import { ShipmentList, type ShipmentItem } from "@/components/shipping/shipment-list";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import { CARRIERS } from "@/lib/db/schema";
import { CARRIER_LABELS } from "@/lib/orders/carriers";
import type { Shippability } from "@/lib/orders/shippability";
import { ShipOrderForm } from "./ship-order-form";

const CARRIER_OPTIONS = CARRIERS.map((value) => ({ value, label: CARRIER_LABELS[value] }));

/**
 * The « Expédition » panel of the admin order page: the parcels sent, then the form for the next
 * one when the order's money allows it, or why it may not ship (the server checks it again).
 */
export function ShippingSlot({
  orderId,
  shipments,
  shipping,
  today,
  action,
}: {
  orderId: string;
  shipments: readonly ShipmentItem[];
  shipping: Shippability;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <Card labelledBy="shipping-title" className="flex flex-col gap-4">
      <h2 id="shipping-title" className="text-lg font-semibold">
        Expédition
      </h2>
      {shipments.length ? <ShipmentList shipments={shipments} testId="admin-shipments" /> : <p className="text-sm text-stone-600">Aucun colis parti.</p>}
      {shipping.ok ? (
        <>
          {shipping.note ? <p className="text-sm text-stone-600">{shipping.note}</p> : null}
          <ShipOrderForm orderId={orderId} today={today} carriers={CARRIER_OPTIONS} requestKey={randomUUID()} parcel={shipments.length + 1} action={action} />
        </>
      ) : (
        <p className="text-sm" data-testid="admin-ship-refusal">
          Pas d&apos;expédition possible : {shipping.reason}
        </p>
      )}
    </Card>
  );
}
