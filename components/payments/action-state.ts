/** What the customer-facing payment actions (retry, new link, pay with a link) return to useActionState. */
export type PaymentActionState = { status: "idle" } | { status: "error"; message: string } | { status: "success"; message: string };

export const PAYMENT_ACTION_IDLE: PaymentActionState = { status: "idle" };
