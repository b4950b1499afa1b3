/*
 * When an unpaid card or PayPal order is cancelled for lack of payment: once STALE_ONLINE_ORDER_HOURS
 * (48 by default) pass without activity on it. The one statement of that rule, read by the job
 * that cancels (cancel-stale-orders.ts), by the link the shop sends by itself after a failure
 * (it expires exactly then: payment-links.ts) and so by the e-mail and the link page that say
 * that date. A link a person sent (an admin, the customer) is activity while it is valid, so it
 * may keep the order longer, up to its own expiry. Pure, unit-tested.
 */

const HOUR_MS = 60 * 60 * 1000;

/** The moment the order is cancelled if nothing happens after `lastActivityAt`. */
export function unpaidOrderDeadline(lastActivityAt: Date, staleHours: number): Date {
  return new Date(lastActivityAt.getTime() + staleHours * HOUR_MS);
}

/** For the job at `now`: orders with no activity since this instant are due for cancellation. */
export function staleSince(now: Date, staleHours: number): Date {
  return new Date(now.getTime() - staleHours * HOUR_MS);
}
