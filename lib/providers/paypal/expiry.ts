/*
 * How long a PayPal order stays payable. PayPal's Orders v2 reference (see
 * /work/shared/specs/paypal.md, "Timing"): after creation the merchant has 3 hours by default to
 * send the payer to approval; after that, the payer has 3 hours to approve before the merchant
 * authorizes or captures. We capture on sight of an approval (fetch/webhook/onApprove), so what
 * matters is the first window: an order not approved 3 hours after its creation is dead.
 *
 * We only know when we asked PayPal to create it (our payment_start_requested / payment_started
 * events), not PayPal's own clock, hence a margin on each side:
 * - handing an open order back to the buyer: only while it has at least REUSE_MARGIN left,
 *   counted from our FIRST request (PayPal created it no earlier than that);
 * - giving up on an unapproved order (stop re-fetching it, close our attempt): only once it is
 *   past the window plus GIVE_UP_MARGIN, counted from our LAST successful start (PayPal created it
 *   no later than that).
 */

export const PAYPAL_APPROVAL_WINDOW_MS = 3 * 60 * 60 * 1000;
const REUSE_MARGIN_MS = 20 * 60 * 1000;
const GIVE_UP_MARGIN_MS = 15 * 60 * 1000;

/** Whether an open PayPal order first requested at `requestedAt` may still be handed to the buyer. Pure. */
export function paypalOrderReusable(requestedAt: Date, now: Date = new Date()): boolean {
  return now.getTime() < requestedAt.getTime() + PAYPAL_APPROVAL_WINDOW_MS - REUSE_MARGIN_MS;
}

/** Whether a PayPal order created (at the latest) at `startedAt` can no longer be approved. Pure. */
export function paypalOrderExpired(startedAt: Date, now: Date = new Date()): boolean {
  return now.getTime() >= startedAt.getTime() + PAYPAL_APPROVAL_WINDOW_MS + GIVE_UP_MARGIN_MS;
}
