import type { EmailStatus, OrderStatus, PaymentMethod, PaymentStatus } from "@/lib/db/schema";

/**
 * Back-office wording (the admin's point of view, not the customer's): "Virement attendu", where
 * the customer reads "En attente de votre virement" (ORDER_STATUS_LABELS in lib/orders/transitions.ts).
 */
export const ADMIN_ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: "Paiement en cours",
  awaiting_transfer: "Virement attendu",
  awaiting_cheque: "Chèque attendu",
  payment_failed: "Paiement échoué",
  paid: "Payée",
  on_account: "Sur compte",
  cancelled: "Annulée",
  refunded: "Remboursée",
  partially_refunded: "Partiellement remboursée",
};

export const ADMIN_PAYMENT_STATUS_LABELS: Readonly<Record<PaymentStatus, string>> = {
  created: "Créé",
  pending: "En attente",
  paid: "Payé",
  failed: "Échoué",
  cancelled: "Annulé",
  refunded: "Remboursé",
  partially_refunded: "Partiellement remboursé",
};

export const ADMIN_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  card: "Carte",
  paypal: "PayPal",
  transfer: "Virement",
  cheque: "Chèque",
  net30: "30 jours",
};

export type Tone = "neutral" | "success" | "warning" | "error";

export function orderStatusTone(status: OrderStatus): Tone {
  if (status === "paid" || status === "on_account") return "success";
  if (status === "payment_failed" || status === "cancelled") return "error";
  if (status === "refunded" || status === "partially_refunded") return "neutral";
  return "warning";
}

export function emailStatusTone(status: EmailStatus): Tone {
  return status === "sent" ? "success" : status === "failed" ? "error" : "neutral";
}
