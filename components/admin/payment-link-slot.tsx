import type { AdminOrder } from "@/lib/admin/orders";

/**
 * SPOT FOR THE PAYPLUG HELPER: the "Envoyer un lien de paiement" action of the admin order page.
 * Replace this body with the payment-link form (its server action under
 * app/admin/commandes/[reference]/); OrderActions already renders it for unpaid orders.
 */
export function PaymentLinkSlot(_props: { order: AdminOrder["order"] }) {
  return null;
}
