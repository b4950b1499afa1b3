import type { OrderStatus } from "@/lib/db/schema";

/** What a customer reads about their order. */
export const ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: "Paiement en cours",
  awaiting_transfer: "En attente de votre virement",
  awaiting_cheque: "En attente de votre chèque",
  awaiting_cheques: "En attente de vos chèques",
  payment_failed: "Paiement non abouti",
  paid: "Payée",
  on_account: "Sur compte (paiement à 30 jours)",
  cancelled: "Annulée",
  refunded: "Remboursée",
  partially_refunded: "Partiellement remboursée",
};

/**
 * The status in words, knowing an instalment plan: an order on account through one is not a
 * net-30 order — it reads « Payée en 3 fois — échéancier en cours » (card: the first part is paid)
 * or « 3 chèques reçus — échéancier en cours » (cheques: all held, deposited on their dates), for
 * the customer and the admin alike. A plan without `kind` is a card plan.
 */
export function orderStatusLabelWithPlan(status: OrderStatus, plan: { count: number; kind?: "card" | "cheques" } | null, labels: Readonly<Record<OrderStatus, string>> = ORDER_STATUS_LABELS): string {
  if (plan && status === "on_account") return plan.kind === "cheques" ? `${plan.count} chèques reçus — échéancier en cours` : `Payée en ${plan.count} fois — échéancier en cours`;
  return labels[status];
}

/**
 * Back-office wording (the admin's point of view, not the customer's): "Virement attendu", where
 * the customer reads "En attente de votre virement".
 */
export const ADMIN_ORDER_STATUS_LABELS: Readonly<Record<OrderStatus, string>> = {
  pending_payment: "Paiement en cours",
  awaiting_transfer: "Virement attendu",
  awaiting_cheque: "Chèque attendu",
  awaiting_cheques: "Chèques d'échéancier attendus",
  payment_failed: "Paiement échoué",
  paid: "Payée",
  on_account: "Sur compte",
  cancelled: "Annulée",
  refunded: "Remboursée",
  partially_refunded: "Partiellement remboursée",
};

export type Tone = "neutral" | "success" | "warning" | "error";

export function orderStatusTone(status: OrderStatus): Tone {
  if (status === "paid" || status === "on_account") return "success";
  if (status === "payment_failed" || status === "cancelled") return "error";
  if (status === "refunded" || status === "partially_refunded") return "neutral";
  return "warning";
}
