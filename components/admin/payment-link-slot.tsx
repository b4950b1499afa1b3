import { SendPaymentLinkForm } from "@/components/payments/send-payment-link-form";
import { sendPaymentLinkAction } from "@/app/admin/commandes/[reference]/send-payment-link-action";
import type { AdminOrder } from "@/lib/admin/orders";
import { env } from "@/lib/env";

/** The "Envoyer un lien de paiement" action of the admin order page (PayPlug helper's form). */
export function PaymentLinkSlot({ order }: { order: AdminOrder["order"] }) {
  return <SendPaymentLinkForm orderId={order.id} email={order.email} ttlDays={env.paymentLinkTtlDays} action={sendPaymentLinkAction} />;
}
