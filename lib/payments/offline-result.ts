import type { orders, OrderStatus } from "@/lib/db/schema";
import { moneyPosition } from "@/lib/orders/ledger";
import { isUnpaid } from "@/lib/orders/transitions";
import { formatEur } from "@/lib/shared/money";

/** Expected refusals of the back-office payment actions: a closed set, each with its French text. */
export const OFFLINE_ERROR_MESSAGES = {
  forbidden: "Action réservée aux administrateurs.",
  order_not_found: "Commande introuvable.",
  order_state: "Cette action n'est pas possible dans l'état actuel de la commande.",
  already_paid: "La commande est déjà payée.",
  duplicate_transfer: "Un virement avec cette référence bancaire est déjà enregistré pour cette commande.",
  duplicate_cheque: "Un chèque avec ce numéro est déjà enregistré pour cette commande.",
  payment_not_found: "Paiement introuvable.",
  payment_state: "Ce chèque a déjà été traité (encaissé ou impayé).",
} as const;

export type OfflineErrorCode = keyof typeof OFFLINE_ERROR_MESSAGES;

export type OfflineSummary = {
  orderId: string;
  reference: string;
  status: string;
  totalCents: number;
  paidCents: number;
  /** What is still missing (0 when covered). */
  outstandingCents: number;
  /** Received beyond the total (0 when not overpaid). */
  overpaidCents: number;
  paymentId: string;
  /** True when this action moved the order to "paid". */
  becamePaid: boolean;
};

export type OfflineResult = { ok: true; summary: OfflineSummary } | { ok: false; code: OfflineErrorCode; message: string };

export function refuse(code: OfflineErrorCode): { ok: false; code: OfflineErrorCode; message: string } {
  return { ok: false, code, message: OFFLINE_ERROR_MESSAGES[code] };
}

/** Thrown inside a transaction to roll it back and come out as a refusal. */
export class OfflineRefusal extends Error {
  constructor(public readonly code: OfflineErrorCode) {
    super(OFFLINE_ERROR_MESSAGES[code]);
    this.name = "OfflineRefusal";
  }
}

/** States in which new money (a transfer, a cheque) may be recorded against an order. */
export function acceptsNewMoney(status: OrderStatus): boolean {
  return isUnpaid(status) || status === "on_account";
}

/** What an admin reads after a back-office action, from NET money (moneyPosition). */
export function summarise(
  order: Pick<typeof orders.$inferSelect, "id" | "reference" | "status" | "totalCents" | "paidCents" | "refundedCents">,
  paymentId: string,
  becamePaid: boolean,
): OfflineSummary {
  const { dueCents, excessCents } = moneyPosition(order);
  return {
    orderId: order.id,
    reference: order.reference,
    status: order.status,
    totalCents: order.totalCents,
    paidCents: order.paidCents,
    outstandingCents: dueCents,
    overpaidCents: excessCents,
    paymentId,
    becamePaid,
  };
}

/** The sentence after a successful back-office payment action. */
export function describeSummary(what: string, s: OfflineSummary): string {
  if (s.status === "paid") {
    return `${what} La commande est payée${s.overpaidCents > 0 ? ` (trop-perçu : ${formatEur(s.overpaidCents)})` : ""}.`;
  }
  return `${what} Reste à recevoir : ${formatEur(s.outstandingCents)}.`;
}
