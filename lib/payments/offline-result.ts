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
