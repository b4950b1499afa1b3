import type { OrderStatus, PaymentMethod } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";
import { paymentMethodLabel } from "@/lib/payments/labels";
import { ORDER_STATUS_LABELS } from "@/lib/orders/labels";

/**
 * The order history as the customer reads it: plain French, no staff names, and internal
 * bookkeeping events (mismatches, retries of a provider call) left out. The back-office has its
 * own, complete timeline.
 */

export type HistoryEvent = {
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
};

const amountOf = (data: Record<string, unknown> | null): string => {
  const a = data?.amountCents;
  return typeof a === "number" && Number.isSafeInteger(a) ? ` : ${formatEur(a)}` : "";
};

const statusLabel = (s: string | null): string | null => (s && s in ORDER_STATUS_LABELS ? ORDER_STATUS_LABELS[s as OrderStatus] : null);

const HIDDEN = new Set(["payment_mismatch", "payment_unexpected", "payment_start_requested", "payment_start_failed", "payment_link_created"]);

/** One line of the customer's history, or null for events the customer does not need to see. */
export function describeEventForCustomer(e: HistoryEvent): string | null {
  if (HIDDEN.has(e.type)) return null;
  switch (e.type) {
    case "order_created": {
      const method = typeof e.data?.method === "string" ? e.data.method : null;
      return method ? `Commande passée (paiement par ${paymentMethodLabel(method as PaymentMethod).toLowerCase()})` : "Commande passée";
    }
    case "status_changed": {
      const to = statusLabel(e.toStatus);
      return to ? `Statut : ${to}` : null;
    }
    case "transfer_recorded":
      return `Virement reçu${amountOf(e.data)}`;
    case "cheque_received":
      return `Chèque reçu${amountOf(e.data)}`;
    case "cheque_cashed":
      return `Chèque encaissé${amountOf(e.data)}`;
    case "cheque_bounced":
      return `Chèque impayé${amountOf(e.data)}`;
    case "payment_started":
    case "payment_attempt_created":
      return "Paiement en ligne commencé";
    // reconcilePayment records `payment_<new status>` for each move of an online attempt.
    case "payment_paid":
      return "Paiement en ligne accepté";
    case "payment_failed":
      return "Paiement en ligne refusé";
    case "payment_cancelled":
      return "Paiement en ligne annulé";
    case "payment_link_sent":
      return "Lien de paiement envoyé par e-mail";
    case "order_links_revoked":
      return "Anciens liens de la commande désactivés par notre service client";
    case "order_link_sent":
      return "Nouveau lien de suivi envoyé par e-mail";
    case "payment_refund_recorded":
      return `Remboursement${amountOf(e.data)}`;
    default: {
      const to = statusLabel(e.toStatus);
      return to ? `Statut : ${to}` : null;
    }
  }
}
