import { SendPaymentLinkForm } from "@/components/payments/send-payment-link-form";
import type { AdminOrder } from "@/lib/orders/admin-queries";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { env } from "@/lib/shared/env";
import type { FormState } from "@/lib/actions/form-state";

/** The "Envoyer un lien de paiement" action of the admin order page; the page passes its server action. */
export function PaymentLinkSlot({ order, action }: { order: AdminOrder["order"]; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  return <SendPaymentLinkForm orderId={order.id} email={order.email} validity={paymentLinkValidity(env.paymentLinkTtlDays)} action={action} />;
}
