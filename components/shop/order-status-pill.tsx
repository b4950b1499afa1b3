import type { OrderStatus } from "@/lib/db/schema";
import { ORDER_STATUS_LABELS, orderStatusTone, type Tone } from "@/lib/orders/labels";

/** The shop's colours for each tone of an order's status (the tone itself: orderStatusTone, shared with the back-office). */
const TONE_CLASSES: Readonly<Record<Tone, string>> = {
  success: "bg-emerald-100 text-emerald-900",
  warning: "bg-amber-100 text-amber-900",
  error: "bg-red-100 text-red-900",
  neutral: "bg-stone-200 text-stone-800",
};

/** An order's status as its customer reads it ("Payée", "En attente de votre virement"…), coloured by its tone. */
export function OrderStatusPill({ status, label }: { status: OrderStatus; /** Words that say more than the status (« Payée en 3 fois — échéancier en cours »). */ label?: string }) {
  return (
    <span className={`inline-block rounded-full px-3 py-1 text-sm font-medium ${TONE_CLASSES[orderStatusTone(status)]}`} data-testid="order-status">
      {label ?? ORDER_STATUS_LABELS[status]}
    </span>
  );
}
