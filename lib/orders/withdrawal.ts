import type { OrderStatus, UserRole } from "@/lib/db/schema";

/*
 * The consumer's right of withdrawal from a distance sale: 14 days from receiving the goods
 * (Code de la consommation L221-18), and since 19 June 2026 a withdrawal function on the shop
 * itself (Directive (EU) 2023/2673). Not for professionals (L221-3 aside, B2B sales have none).
 * The refund is due within 14 days of the request (L221-24; the merchant may wait for the goods).
 *
 * The shop does not record deliveries yet, so the period's end cannot be computed from the day
 * the goods arrived. Until it does, the button is offered for OFFER_DAYS after the order: 14 days
 * after the latest lawful delivery (30 days after the order without an agreed date, L216-1). This
 * errs towards the customer; the pages state the rule ("14 jours après réception"), not a date.
 * Pure, unit-tested.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
export const WITHDRAWAL_DAYS = 14;
const LATEST_DELIVERY_DAYS = 30;
export const OFFER_DAYS = LATEST_DELIVERY_DAYS + WITHDRAWAL_DAYS;

/** Orders whose customer may have goods to send back: paid (or partly refunded, or on account). */
const WITHDRAWABLE: readonly OrderStatus[] = ["paid", "partially_refunded"];

export type WithdrawalRefusal = "professional" | "not_withdrawable" | "too_late" | "already";

export const WITHDRAWAL_MESSAGES: Record<WithdrawalRefusal, string> = {
  professional: "Le droit de rétractation est réservé aux particuliers : pour un retour, contactez-nous.",
  not_withdrawable: "Cette commande n'est pas payée ou a déjà été annulée ou remboursée : il n'y a rien à rétracter.",
  too_late: "Le délai de rétractation de cette commande est passé. Pour un retour, contactez-nous.",
  already: "Vous vous êtes déjà rétracté de cette commande : nous traitons votre demande.",
};

export function withdrawalEligibility(input: {
  order: { status: OrderStatus; createdAt: Date };
  /** The account the order belongs to; null for a guest (a consumer). */
  accountRole: UserRole | null;
  alreadyRequested: boolean;
  now?: Date;
}): { ok: true } | { ok: false; reason: WithdrawalRefusal; message: string } {
  const refuse = (reason: WithdrawalRefusal) => ({ ok: false as const, reason, message: WITHDRAWAL_MESSAGES[reason] });
  if (input.accountRole === "pro") return refuse("professional");
  if (input.alreadyRequested) return refuse("already");
  if (!WITHDRAWABLE.includes(input.order.status)) return refuse("not_withdrawable");
  const now = input.now ?? new Date();
  if (now.getTime() > input.order.createdAt.getTime() + OFFER_DAYS * DAY_MS) return refuse("too_late");
  return { ok: true };
}

/** The day the refund is due by: 14 days after the request (L221-24). */
export function withdrawalRefundDueBy(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + WITHDRAWAL_DAYS * DAY_MS);
}
