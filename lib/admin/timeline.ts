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
    default: {
      const change = e.fromStatus || e.toStatus ? ` (${statusLabel(e.fromStatus)} → ${statusLabel(e.toStatus)})` : "";
      return `Événement « ${e.type} »${change}${e.reason ? ` : ${e.reason}` : ""} ${by}`;
    }
  }
}
