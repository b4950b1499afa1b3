import type { OrderStatus } from "@/lib/db/schema";

/**
 * The order state machine: every allowed move, and only these. Anything else is refused by
 * transitionOrder() and the caller's transaction rolls back.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  // An unpaid order can switch method (payment link, retry with another method) or be cancelled.
  // A card instalment plan whose first part is paid puts the order on account (shippable) until
  // the last part is paid.
  pending_payment: ["paid", "payment_failed", "cancelled", "awaiting_transfer", "awaiting_cheque", "on_account"],
  awaiting_transfer: ["paid", "cancelled", "pending_payment", "awaiting_cheque"],
  awaiting_cheque: ["paid", "cancelled", "pending_payment", "awaiting_transfer"],
  // Instalment cheques: once every cheque is held the order is on account (invoiced, shippable),
  // and it is paid when the last cheque clears.
  awaiting_cheques: ["on_account", "paid", "cancelled"],
  // A failure is not a dead end: retry, another method, or a late success of an earlier attempt.
  payment_failed: ["pending_payment", "paid", "awaiting_transfer", "awaiting_cheque", "cancelled", "on_account"],
  paid: ["refunded", "partially_refunded"],
  on_account: ["paid", "cancelled"],
  cancelled: [],
  refunded: [],
  partially_refunded: ["refunded", "partially_refunded"],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export const UNPAID_STATUSES: readonly OrderStatus[] = ["pending_payment", "awaiting_transfer", "awaiting_cheque", "payment_failed"];

export function isUnpaid(status: OrderStatus): boolean {
  return UNPAID_STATUSES.includes(status);
}

/**
 * What an admin (or the shop's deadlines) may cancel: an unpaid order, and an order still waiting
 * for its instalment cheques (nothing shipped, nothing invoiced yet; cheques already received are
 * sent back to the customer, lib/use-cases/cancel-order.ts).
 */
export function isCancellable(status: OrderStatus): boolean {
  return isUnpaid(status) || status === "awaiting_cheques";
}
