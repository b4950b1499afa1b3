import type { OrderStatus } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";
import { ADMIN_ORDER_STATUS_LABELS } from "@/lib/orders/labels";
import { isOfflineRefundEvent } from "@/lib/payments/offline-refunds";
import { DISPUTE_OUTCOME_LABELS, DISPUTE_REASON_LABELS, DISPUTE_STATUS_LABELS, PAYMENT_METHOD_IN_SENTENCE, PROVIDER_NAMES } from "@/lib/payments/labels";
import { formatIsoDateFr } from "@/lib/shared/dates";

/*
 * The order timeline in French: one sentence per order_events row, in the merchant's words
 * ("Virement attendu", not the customer's "En attente de votre virement"). Known event types get
 * their own wording; anything else (a future provider event) still shows, with its type.
 *
 * Shape of a sentence: what happened, the attempt, who, then the reason; the provider's id, when
 * there is one, always comes last as " — réf. pay_…" so the eye finds it in the same place on every
 * line. Raw failure codes ("card_declined") are not printed: the reason already says it in French,
 * and the timeline is plain text (no muted detail to hold a code).
 */

export type TimelineEvent = {
  id: number;
  type: string;
  actorType: string;
  actorId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
};



/** A label for a key read from an event's stored data, which may be any string. */
function nameOf(labels: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

function statusLabel(status: string | null): string {
  if (!status) return "—";
  return ADMIN_ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
}

function cents(data: Record<string, unknown> | null, key: string): string | null {
  const v = data?.[key];
  return typeof v === "number" && Number.isSafeInteger(v) ? formatEur(v) : null;
}

function str(data: Record<string, unknown> | null, key: string): string | null {
  const v = data?.[key];
  return typeof v === "string" && v ? v : null;
}

function attemptOf(data: Record<string, unknown> | null): string {
  const n = data?.attempt;
  return typeof n === "number" ? `n° ${n} ` : "";
}

function providerOf(data: Record<string, unknown> | null): string | null {
  const p = str(data, "provider");
  return p ? (nameOf(PROVIDER_NAMES, p) ?? p) : null;
}

/** "2/3": which cheque of a schedule. */
function partOf(data: Record<string, unknown> | null): string {
  return typeof data?.position === "number" && typeof data.count === "number" ? `${data.position}/${data.count}` : "";
}

/** "(tentative n° 2) " */
function attemptOfPayment(data: Record<string, unknown> | null): string {
  return typeof data?.attempt === "number" ? `(tentative n° ${data.attempt}) ` : "";
}

/** " — réf. pay_5ktN…": the provider's id, always at the end of the sentence. */
function refOf(data: Record<string, unknown> | null): string {
  const ref = str(data, "providerRef");
  return ref ? ` — réf. ${ref}` : "";
}

/** " — réf. PP-D-27803": a dispute's id, where other events put the payment's. */
function disputeRefOf(data: Record<string, unknown> | null): string {
  const ref = str(data, "disputeId");
  return ref ? ` — réf. ${ref}` : "";
}

/** A reason inside a sentence: its own final full stop dropped ("…le paiement — réf. pay_x"). */
function clause(reason: string): string {
  return reason.trim().replace(/\.$/, "");
}

/** " : Votre banque a refusé le paiement" */
function reasonOf(reason: string | null): string {
  return reason?.trim() ? ` : ${clause(reason)}` : "";
}

/** Collapses the gaps left by empty parts; only ASCII spaces, so "12,50 €" keeps its no-break space. */
const squash = (s: string): string => s.replace(/ {2,}/g, " ").trim();

/** "par Alice Admin", "par le client", "par PayPlug", "automatiquement". */
export function describeActor(e: Pick<TimelineEvent, "actorType" | "actorId">, names: ReadonlyMap<string, string>): string {
  switch (e.actorType) {
    case "admin":
      return `par ${(e.actorId && names.get(e.actorId)) || "un administrateur"}`;
    case "customer":
      return "par le client";
    case "provider":
      return `par ${(e.actorId && nameOf(PROVIDER_NAMES, e.actorId)) || e.actorId || "le prestataire"}`;
    default:
      return "automatiquement";
  }
}

export function describeEvent(e: TimelineEvent, names: ReadonlyMap<string, string>): string {
  const by = describeActor(e, names);
  const amount = cents(e.data, "amountCents");
  switch (e.type) {
    case "order_created": {
      const method = str(e.data, "method");
      return `Commande créée ${by}${method ? ` (paiement par ${nameOf(PAYMENT_METHOD_IN_SENTENCE, method) ?? method})` : ""}`;
    }
    case "status_changed":
      // The reason is a sentence of its own and may hold parentheses ("Nouvelle tentative de
      // paiement (n° 2)"): set it off with a dash rather than wrapping it in more parentheses.
      return `Statut : ${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}${e.reason?.trim() ? ` — ${clause(e.reason)}` : ""}`;
    case "transfer_recorded": {
      const ref = str(e.data, "bankReference");
      const on = str(e.data, "receivedOn");
      return squash(`Virement reçu ${amount ?? ""}${on ? ` le ${formatIsoDateFr(on)}` : ""} ${by}${ref ? ` — réf. ${ref}` : ""}`);
    }
    case "cheque_received": {
      const n = str(e.data, "chequeNumber");
      const on = str(e.data, "receivedOn");
      return squash(`Chèque reçu ${amount ?? ""}${n ? ` (n° ${n})` : ""}${on ? ` le ${formatIsoDateFr(on)}` : ""} ${by}`);
    }
    case "cheque_cashed": {
      const n = str(e.data, "chequeNumber");
      return squash(`Chèque encaissé ${amount ?? ""}${n ? ` (n° ${n})` : ""} ${by}`);
    }
    case "cheque_bounced": {
      const n = str(e.data, "chequeNumber");
      return squash(`Chèque impayé ${amount ?? ""}${n ? ` (n° ${n})` : ""} signalé ${by}${reasonOf(e.reason)}`);
    }
    case "instalments_rescheduled": {
      const after = Array.isArray(e.data?.after) ? (e.data.after as { dueOn?: unknown; amountCents?: unknown }[]) : [];
      const parts = after.flatMap((p) => (typeof p.dueOn === "string" && typeof p.amountCents === "number" && Number.isSafeInteger(p.amountCents) ? [`${formatEur(p.amountCents)} le ${formatIsoDateFr(p.dueOn)}`] : []));
      return `Échéancier des chèques modifié ${by}${parts.length ? ` : ${parts.join(", ")}` : ""}`;
    }
    case "instalment_cheque_received": {
      const n = str(e.data, "chequeNumber");
      const on = str(e.data, "receivedOn");
      const from = [str(e.data, "drawer"), str(e.data, "bank")].filter(Boolean).join(", ");
      return squash(`Chèque ${partOf(e.data)} reçu ${amount ?? ""}${n ? ` (n° ${n}${from ? `, ${from}` : ""})` : ""}${on ? ` le ${formatIsoDateFr(on)}` : ""} ${by}`);
    }
    case "instalment_cheques_returned":
      return `Commande annulée avec des chèques de l'échéancier en main${reasonOf(e.reason)}`;
    case "instalment_cheque_cashed": {
      const n = str(e.data, "chequeNumber");
      return squash(`Chèque ${partOf(e.data)} encaissé ${amount ?? ""}${n ? ` (n° ${n})` : ""} ${by}`);
    }
    case "instalment_cheque_bounced": {
      const n = str(e.data, "chequeNumber");
      return squash(`Chèque ${partOf(e.data)} impayé ${amount ?? ""}${n ? ` (n° ${n})` : ""} signalé ${by}${reasonOf(e.reason)}`);
    }
    case "payment_start_requested":
      return squash(`Tentative ${attemptOf(e.data)}: création du paiement demandée ${providerOf(e.data) ? `à ${providerOf(e.data)}` : "au prestataire"}`);
    case "payment_started":
      return squash(`Tentative ${attemptOf(e.data)}: paiement créé chez ${providerOf(e.data) ?? "le prestataire"}${e.data?.live === false ? ", mode test" : ""}${refOf(e.data)}`);
    case "payment_start_failed":
      return `Le prestataire n'a pas pu créer le paiement${reasonOf(e.reason)}`;
    case "payment_attempt_created": {
      const method = str(e.data, "method");
      const viaLink = e.data?.viaPaymentLink ? ", depuis un lien de paiement" : "";
      return squash(`Nouvelle tentative ${attemptOf(e.data)}(${method ? (nameOf(PAYMENT_METHOD_IN_SENTENCE, method) ?? method) : "paiement en ligne"}${amount ? `, ${amount}` : ""}${viaLink}) ${by}`);
    }
    case "payment_paid":
      return squash(`Paiement accepté ${attemptOfPayment(e.data)}${by}${refOf(e.data)}`);
    case "payment_failed":
      return squash(`Paiement refusé ${attemptOfPayment(e.data)}${by}${reasonOf(e.reason)}${refOf(e.data)}`);
    case "payment_cancelled":
      return squash(`Paiement annulé ${attemptOfPayment(e.data)}${by}${reasonOf(e.reason)}${refOf(e.data)}`);
    case "payment_refunded":
    case "payment_partially_refunded":
      return squash(`Paiement remboursé${e.type === "payment_partially_refunded" ? " en partie" : ""} ${attemptOfPayment(e.data)}${by}${refOf(e.data)}`);
    case "payment_pending":
      return squash(`Paiement en attente de confirmation ${attemptOfPayment(e.data)}${by}${refOf(e.data)}`);
    case "payment_refund_recorded":
    case "offline_refund_recorded":
      // A provider's refund says nothing more; one the shop made itself says how and its reference.
      if (!isOfflineRefundEvent(e)) return squash(`Remboursement ${amount ?? ""} enregistré ${by}`);
      return str(e.data, "method") === "cheque"
        ? squash(`Remboursement ${amount ?? ""} par chèque n° ${str(e.data, "reference") ?? "?"} enregistré ${by}`)
        : squash(`Remboursement ${amount ?? ""} par virement enregistré ${by} — réf. ${str(e.data, "reference") ?? "?"}`);
    case "order_shipped":
      return squash(`${clause(e.reason ?? "Colis expédié")} — enregistré ${by}`);
    case "refund_requested":
      return squash(`Remboursement ${amount ?? ""} demandé ${providerOf(e.data) ? `à ${providerOf(e.data)} ` : ""}${by}`);
    case "refund_refused":
      return squash(`Remboursement ${amount ?? ""} refusé par le prestataire (demandé ${by})${reasonOf(e.reason)}`);
    case "refund_unconfirmed":
      return squash(`Remboursement ${amount ?? ""} sans réponse du prestataire (demandé ${by}) : en attente de sa confirmation`);
    case "payment_mismatch":
      return `⚠ Paiement non conforme, non pris en compte${reasonOf(e.reason)}. À vérifier${refOf(e.data)}`;
    case "payment_unexpected":
      return `⚠ Argent reçu alors que la commande n'en attendait pas${reasonOf(e.reason)}. À rembourser${refOf(e.data)}`;
    case "overpayment_flagged":
      return `⚠ Trop-perçu de ${cents(e.data, "excessCents") ?? "?"} : à rembourser`;
    case "overpayment_cleared":
      return "Trop-perçu remboursé : plus rien à rendre";
    case "payment_disputed": {
      const status = nameOf(DISPUTE_STATUS_LABELS, str(e.data, "status") ?? "") ?? "ouvert";
      const reason = nameOf(DISPUTE_REASON_LABELS, str(e.data, "disputeReason") ?? "");
      return squash(`⚠ Litige ${providerOf(e.data) ?? ""} ${status}${reason ? ` : ${reason}` : ""}${amount ? `, ${amount}` : ""}. À traiter depuis le tableau de bord du prestataire avant toute expédition${disputeRefOf(e.data)}`);
    }
    case "payment_dispute_resolved": {
      const outcome = nameOf(DISPUTE_OUTCOME_LABELS, str(e.data, "outcome") ?? "") ?? DISPUTE_OUTCOME_LABELS.unknown;
      return squash(`Litige ${providerOf(e.data) ?? ""} clos : ${outcome}${disputeRefOf(e.data)}`);
    }
    case "payment_link_created":
      return `Lien de paiement créé ${by}${str(e.data, "expiresAt") ? `, valable jusqu'au ${formatIsoDateFr(str(e.data, "expiresAt")!.slice(0, 10))}` : ""}`;
    case "payment_link_sent":
      return squash(`Lien de paiement envoyé à ${str(e.data, "sentTo") ?? "le client"} ${by}`);
    case "email_resent":
      return squash(`Courriel${str(e.data, "subject") ? ` « ${str(e.data, "subject")} »` : ""} renvoyé à ${str(e.data, "sentTo") ?? "le client"} ${by} (nouvelle copie)`);
    case "order_links_revoked": {
      const closed = e.data?.paymentLinksClosed;
      const links = typeof closed === "number" && closed > 0 ? ` (dont ${closed} lien${closed > 1 ? "s" : ""} de paiement)` : "";
      return `Liens envoyés au client révoqués${links} ${by} : ils n'ouvrent plus la commande`;
    }
    case "order_link_sent":
      return squash(`Nouveau lien de suivi envoyé à ${str(e.data, "sentTo") ?? "le client"} ${by}, l'ancien ayant expiré`);
    case "payment_reminder_sent": {
      const cancelAfter = str(e.data, "cancelAfter");
      return squash(`Rappel de paiement envoyé à ${str(e.data, "sentTo") ?? "le client"} ${by}${cancelAfter ? `, annulation prévue après le ${formatIsoDateFr(cancelAfter.slice(0, 10))}` : ""}`);
    }
    case "personal_data_erased":
      return "Données personnelles du client effacées (durée de conservation écoulée) : montants et lignes conservés";
    case "invoice_issued": {
      const due = str(e.data, "dueDate");
      return `Facture ${str(e.data, "number") ?? ""} émise${e.data?.mode === "on_account" ? " (paiement à 30 jours)" : " (acquittée)"}${cents(e.data, "totalCents") ? ` : ${cents(e.data, "totalCents")}` : ""}${due ? `, échéance le ${formatIsoDateFr(due)}` : ""}`;
    }
    case "credit_note_issued":
      return squash(`${e.reason ?? `Avoir ${str(e.data, "number") ?? ""} émis`} ${by}`);
    case "stock_restored": {
      const units = e.data?.units;
      return `Stock remis en vente${typeof units === "number" ? ` (${units} article${units > 1 ? "s" : ""})` : ""}`;
    }
    default: {
      const change = e.fromStatus || e.toStatus ? ` (${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)})` : "";
      return `Événement « ${e.type} »${change} ${by}${reasonOf(e.reason)}${refOf(e.data)}`;
    }
  }
}
