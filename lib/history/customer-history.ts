import type { OrderStatus, PaymentMethod } from "@/lib/db/schema";
import { formatDateFr, formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { PAYMENT_METHOD_IN_SENTENCE } from "@/lib/payments/labels";

/**
 * The order history as the customer reads it: what matters to them, in their words (order placed,
 * payment refused by the bank, payment accepted, cheque received…), repeated attempts merged into
 * one line, no staff names. Technical states (a status moved back to "paiement en cours" for a
 * retry, an attempt closed because another replaced it, provider calls) are left to the
 * back-office's complete timeline.
 */

export type HistoryEvent = {
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
  paymentId?: string | null;
};

/** How each payment was made, for the lines that name it ("Paiement PayPal refusé"). */
export type HistoryPayment = { id: string; method: PaymentMethod };

export type HistoryLine = { at: Date; text: string };

const amountOf = (data: Record<string, unknown> | null): string => {
  const a = data?.amountCents;
  return typeof a === "number" && Number.isSafeInteger(a) ? ` : ${formatEur(a)}` : "";
};

/** "2/3": which cheque of a schedule. */
const partOf = (data: Record<string, unknown> | null): string => (typeof data?.position === "number" && typeof data.count === "number" ? `${data.position}/${data.count}` : "");

const methodOf = (value: unknown): PaymentMethod | null => (typeof value === "string" && value in PAYMENT_METHOD_IN_SENTENCE ? (value as PaymentMethod) : null);

/** Status moves a customer cares about; the others (back to "paiement en cours", "paiement échoué") repeat a payment line. */
const STATUS_LINES: Partial<Record<OrderStatus, string>> = {
  paid: "Commande payée : nous la préparons",
  cancelled: "Commande annulée",
  refunded: "Commande remboursée",
  partially_refunded: "Commande remboursée en partie",
};

/** Attempts the shop closed itself because the customer started another or chose another method. */
const SILENT_CLOSINGS = new Set(["superseded", "not_started"]);

/** One line of the customer's history, or null for events the customer does not need to see. */
export function describeEventForCustomer(e: HistoryEvent, method: PaymentMethod | null = null): string | null {
  const onlineName = method === "paypal" ? "Paiement PayPal" : method === "card" ? "Paiement par carte" : "Paiement en ligne";
  switch (e.type) {
    case "order_created": {
      const m = methodOf(e.data?.method);
      return m ? `Commande passée (paiement par ${PAYMENT_METHOD_IN_SENTENCE[m]})` : "Commande passée";
    }
    case "payment_method_changed": {
      const m = methodOf(e.data?.to);
      return m ? `Paiement par ${PAYMENT_METHOD_IN_SENTENCE[m]} choisi` : null;
    }
    case "status_changed":
      return e.toStatus && e.toStatus in STATUS_LINES ? STATUS_LINES[e.toStatus as OrderStatus]! : null;
    case "transfer_recorded":
      return `Virement reçu${amountOf(e.data)}`;
    case "cheque_received":
      return `Chèque reçu${amountOf(e.data)}`;
    case "cheque_cashed":
      return `Chèque encaissé${amountOf(e.data)}`;
    case "cheque_bounced":
      return `Chèque rejeté par la banque${amountOf(e.data)}`;
    case "instalments_rescheduled":
      return "Échéancier de vos chèques modifié (envoyé par e-mail)";
    case "instalment_cheque_received":
      return `Chèque ${partOf(e.data)} reçu${amountOf(e.data)}`;
    case "instalment_cheques_returned":
      return "Commande annulée : les chèques reçus vous sont renvoyés, sans avoir été déposés";
    case "instalment_cheque_cashed":
      return `Chèque ${partOf(e.data)} encaissé${amountOf(e.data)}`;
    case "instalment_cheque_bounced":
      return `Chèque ${partOf(e.data)} rejeté par la banque${amountOf(e.data)}`;
    // reconcilePayment records `payment_<new status>` for each move of an online attempt.
    case "payment_paid":
      return `${onlineName} accepté`;
    case "payment_failed":
      return method === "paypal" ? "Paiement PayPal refusé" : "Paiement refusé par la banque";
    case "payment_cancelled": {
      const code = typeof e.data?.failureCode === "string" ? e.data.failureCode : null;
      if (code && SILENT_CLOSINGS.has(code)) return null;
      return code === "expired" ? `${onlineName} abandonné (délai dépassé)` : `${onlineName} annulé`;
    }
    case "payment_link_sent":
      return "Lien de paiement envoyé par e-mail";
    case "order_links_revoked":
      return "Anciens liens de la commande désactivés par notre service client";
    case "order_link_sent":
      return "Nouveau lien de suivi envoyé par e-mail";
    case "order_shipped": {
      const on = typeof e.data?.shippedOn === "string" ? formatIsoDateFr(e.data.shippedOn) : null;
      const carrier = typeof e.data?.carrierName === "string" ? e.data.carrierName : null;
      return `Colis expédié${on ? ` le ${on}` : ""}${carrier ? ` par ${carrier}` : ""}`;
    }
    case "offline_refund_recorded":
    case "payment_refund_recorded":
      return `Remboursement${amountOf(e.data)}`;
    case "withdrawal_requested":
      return typeof e.data?.refundDueBy === "string" ? `Rétractation enregistrée : remboursement au plus tard le ${formatDateFr(new Date(e.data.refundDueBy))}` : "Rétractation enregistrée";
    default:
      return null;
  }
}

/**
 * The lines of the customer's history, oldest first. The same line repeated in a row (three
 * refusals of the bank while the customer tried again) becomes one line saying how many times,
 * dated at the last.
 */
export function customerTimeline(events: readonly HistoryEvent[], payments: readonly HistoryPayment[] = []): HistoryLine[] {
  const methods = new Map(payments.map((p) => [p.id, p.method]));
  const lines: (HistoryLine & { count: number })[] = [];
  for (const e of events) {
    const text = describeEventForCustomer(e, e.paymentId ? (methods.get(e.paymentId) ?? null) : null);
    if (!text) continue;
    const last = lines.at(-1);
    if (last && last.text === text) {
      last.count++;
      last.at = e.createdAt;
    } else lines.push({ at: e.createdAt, text, count: 1 });
  }
  return lines.map(({ at, text, count }) => ({ at, text: count > 1 ? `${text} (${count} tentatives)` : text }));
}
