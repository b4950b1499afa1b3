/**
 * Where the checkout goes once the PayPal window closed without a payment on the order the first
 * click created: the checkout itself (`/commande?paypal=…`), which now shows that order and its
 * payment choices with a word on what happened. A plain module, not a client one: the checkout
 * page (a server component) reads these values too.
 */
export const PAYPAL_OUTCOMES = ["annule", "refuse", "attente", "erreur"] as const;
export type PayPalOutcome = (typeof PAYPAL_OUTCOMES)[number];
export const PAYPAL_OUTCOME_PARAM = "paypal";
