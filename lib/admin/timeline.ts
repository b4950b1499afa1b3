import type { OrderStatus } from "@/lib/db/schema";
import { formatEur } from "@/lib/money";
import { ORDER_STATUS_LABELS } from "@/lib/orders/transitions";
import { formatIsoDateFr } from "@/lib/dates";

/*
 * The order timeline in French: one sentence per order_events row. Known event types get their
 * own wording; anything else (a future provider event) still shows, with its type.
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

const PROVIDERS: Record<string, string> = { payplug: "PayPlug", paypal: "PayPal" };

const METHOD_LABELS: Record<string, string> = {
  card: "carte bancaire",
  paypal: "PayPal",
  transfer: "virement",
  cheque: "chèque",
  net30: "paiement à 30 jours",
};

function statusLabel(status: string | null): string {
  if (!status) return "—";
  return ORDER_STATUS_LABELS[status as OrderStatus] ?? status;
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
  return p ? (PROVIDERS[p] ?? p) : null;
}

/** "(tentative n° 2, pay_5ktN…)" */
function attemptRef(data: Record<string, unknown> | null): string {
  const parts = [typeof data?.attempt === "number" ? `tentative n° ${data.attempt}` : null, str(data, "providerRef")].filter(Boolean);
  return parts.length ? `(${parts.join(", ")}) ` : "";
}

function codeOf(data: Record<string, unknown> | null): string {
  const code = str(data, "failureCode");
  return code ? `[${code}] ` : "";
}

/** "par Alice Admin", "par le client", "par PayPlug", "automatiquement". */
export function describeActor(e: Pick<TimelineEvent, "actorType" | "actorId">, names: ReadonlyMap<string, string>): string {
  switch (e.actorType) {
    case "admin":
      return `par ${(e.actorId && names.get(e.actorId)) || "un administrateur"}`;
    case "customer":
      return "par le client";
    case "provider":
      return `par ${(e.actorId && PROVIDERS[e.actorId]) || e.actorId || "le prestataire"}`;
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
      return `Commande créée ${by}${method ? ` (paiement par ${METHOD_LABELS[method] ?? method})` : ""}`;
    }
    case "status_changed":
      return `Statut : ${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)}${e.reason ? ` (${e.reason})` : ""}`;
    case "transfer_recorded": {
      const ref = str(e.data, "bankReference");
      const on = str(e.data, "receivedOn");
      return `Virement reçu ${amount ?? ""}${ref ? ` (réf. ${ref})` : ""}${on ? ` le ${formatIsoDateFr(on)}` : ""} ${by}`.replace(/\s+/g, " ");
    }
    case "cheque_received": {
      const n = str(e.data, "chequeNumber");
      const on = str(e.data, "receivedOn");
      return `Chèque reçu ${amount ?? ""}${n ? ` (n° ${n})` : ""}${on ? ` le ${formatIsoDateFr(on)}` : ""} ${by}`.replace(/\s+/g, " ");
    }
    case "cheque_cashed": {
      const n = str(e.data, "chequeNumber");
      return `Chèque encaissé ${amount ?? ""}${n ? ` (n° ${n})` : ""} ${by}`.replace(/\s+/g, " ");
    }
    case "cheque_bounced": {
      const n = str(e.data, "chequeNumber");
      return `Chèque impayé ${amount ?? ""}${n ? ` (n° ${n})` : ""}${e.reason ? ` : ${e.reason}` : ""} — signalé ${by}`.replace(/\s+/g, " ");
    }
    case "payment_start_requested":
      return `Tentative ${attemptOf(e.data)}: création du paiement demandée ${providerOf(e.data) ? `à ${providerOf(e.data)}` : "au prestataire"}`.replace(/\s+/g, " ");
    case "payment_started": {
      const ref = str(e.data, "providerRef");
      return `Tentative ${attemptOf(e.data)}: paiement créé chez ${providerOf(e.data) ?? "le prestataire"}${ref ? ` (${ref})` : ""}${e.data?.live === false ? ", mode test" : ""}`.replace(/\s+/g, " ");
    }
    case "payment_start_failed":
      return `Le prestataire n'a pas pu créer le paiement${e.reason ? ` : ${e.reason}` : ""}`;
    case "payment_attempt_created": {
      const method = str(e.data, "method");
      const viaLink = e.data?.viaPaymentLink ? ", depuis un lien de paiement" : "";
      return `Nouvelle tentative ${attemptOf(e.data)}(${method ? (METHOD_LABELS[method] ?? method) : "paiement en ligne"}${amount ? `, ${amount}` : ""}${viaLink}) ${by}`.replace(/\s+/g, " ");
    }
    case "payment_paid":
      return `Paiement accepté ${attemptRef(e.data)}${by}`.replace(/\s+/g, " ");
    case "payment_failed":
      return `Paiement refusé ${attemptRef(e.data)}${e.reason ? `: ${e.reason} ` : ""}${codeOf(e.data)}${by}`.replace(/\s+/g, " ");
    case "payment_cancelled":
      return `Paiement annulé ${attemptRef(e.data)}${e.reason ? `: ${e.reason} ` : ""}${by}`.replace(/\s+/g, " ");
    case "payment_refunded":
    case "payment_partially_refunded":
      return `Paiement remboursé${e.type === "payment_partially_refunded" ? " en partie" : ""} ${attemptRef(e.data)}${by}`.replace(/\s+/g, " ");
    case "payment_pending":
      return `Paiement en attente de confirmation ${attemptRef(e.data)}${by}`.replace(/\s+/g, " ");
    case "payment_refund_recorded":
      return `Remboursement ${amount ?? ""} enregistré ${by}`.replace(/\s+/g, " ");
    case "payment_mismatch":
      return `⚠ Paiement non conforme, non pris en compte${e.reason ? ` : ${e.reason}` : ""} — à vérifier`;
    case "payment_unexpected":
      return `⚠ Argent reçu alors que la commande n'en attendait pas${e.reason ? ` : ${e.reason}` : ""} — à rembourser`;
    case "overpayment_flagged":
      return `⚠ Trop-perçu de ${cents(e.data, "excessCents") ?? "?"} : à rembourser`;
    case "overpayment_cleared":
      return "Trop-perçu remboursé : plus rien à rendre";
    case "payment_link_created":
      return `Lien de paiement créé ${by}${str(e.data, "expiresAt") ? `, valable jusqu'au ${formatIsoDateFr(str(e.data, "expiresAt")!.slice(0, 10))}` : ""}`;
    case "payment_link_sent":
      return `Lien de paiement envoyé à ${str(e.data, "sentTo") ?? "le client"} ${by}`.replace(/\s+/g, " ");
    case "stock_restored": {
      const units = e.data?.units;
      return `Stock remis en vente${typeof units === "number" ? ` (${units} article${units > 1 ? "s" : ""})` : ""}`;
    }
    default: {
      const change = e.fromStatus || e.toStatus ? ` (${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)})` : "";
      return `Événement « ${e.type} »${change}${e.reason ? ` : ${e.reason}` : ""} ${by}`;
    }
  }
}
