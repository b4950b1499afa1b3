import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orders, payments, type OrderStatus, type PaymentMethod, type PaymentProvider, type PaymentStatus } from "@/lib/db/schema";
import { isInstructionPlaceholder, moneyPosition } from "@/lib/orders/ledger";
import { isUnpaid } from "@/lib/orders/transitions";
import { captureClaimActive, isOpenStatus } from "@/lib/payments/attempt-status";
import { availablePaymentMethods, findPaymentMethod, type MethodContext, type PaymentMethodDefinition } from "@/lib/payments/methods";

/*
 * Payability: the ONE rule deciding whether an order may start a new online (card or PayPal)
 * attempt, whoever asks: the receipt's "Réessayer le paiement", the PayPal buttons on an existing
 * order and a secure payment link all reach it through startNewAttempt
 * (lib/use-cases/retry-payment.ts), and the PayPal buttons also ask it before reusing an open
 * PayPal order (lib/use-cases/paypal-checkout.ts).
 *
 * - Only an unpaid order, and only what is still due: money recorded that covers the total
 *   (transfers, cashed cheques, an earlier attempt) leaves nothing to pay.
 * - Never while a cheque is in hand and not cashed yet: it may well clear, and the customer would
 *   pay twice. The admin cashes it or records it as bounced first.
 * - An order waiting for a transfer or a cheque pays online only through a payment link (an admin,
 *   or the shop, deliberately offered it) or when the customer deliberately picks another method
 *   among its payment choices; the receipt's retry button is for online orders.
 * - Only an online method of the checkout registry, with its own provider, while it is offered.
 */

/**
 * Who is asking for the new attempt: the receipt's retry (the order's own way to pay), a payment
 * link, or the customer choosing a method among the order's payment choices ("Payer autrement").
 */
export type AttemptChannel = "customer_retry" | "payment_link" | "customer_switch";

export const PAYABILITY_MESSAGES = {
  not_payable: "Cette commande n'est plus en attente de paiement.",
  covered: "Les paiements déjà reçus couvrent cette commande : il n'y a plus rien à régler.",
  cheque_in_hand:
    "Nous avons reçu un chèque pour cette commande et il est en cours d'encaissement : aucun autre paiement ne vous est demandé. Pour payer autrement, contactez-nous.",
  offline_order:
    "Cette commande se règle par virement ou par chèque : suivez les instructions reçues avec la commande. Pour payer en ligne, demandez-nous un lien de paiement.",
  method_unavailable: "Ce moyen de paiement n'est pas disponible pour cette commande. Choisissez-en un autre.",
} as const;

export type PayabilityRefusal = keyof typeof PAYABILITY_MESSAGES;

type Refused = { ok: false; reason: PayabilityRefusal; message: string };
export type Payability = { ok: true; dueCents: number } | Refused;

type PayabilityOrder = { status: OrderStatus; totalCents: number; paidCents: number; refundedCents: number };
type PayabilityPayment = { method: PaymentMethod; status: string; recordedBy: string | null; offlineReference: string | null };
type PayabilityUser = MethodContext["user"];

export const refusePayability = (reason: PayabilityRefusal): Refused => ({ ok: false, reason, message: PAYABILITY_MESSAGES[reason] });

/** Whether this order may start a new online attempt with this method, and for how much. Pure, unit-tested. */
export function onlinePayability(input: {
  order: PayabilityOrder;
  payments: readonly PayabilityPayment[];
  method: PaymentMethod;
  provider: PaymentProvider;
  channel: AttemptChannel;
  /** The signed-in customer, for the methods that depend on who pays (net-30); null: a guest. */
  user?: PayabilityUser;
}): Payability {
  const due = dueUnlessHeld(input.order, input.payments);
  if (!due.ok) return due;
  const { order } = input;
  if ((order.status === "awaiting_transfer" || order.status === "awaiting_cheque") && input.channel === "customer_retry") return refusePayability("offline_order");
  const method = findPaymentMethod(input.method);
  if (!method || method.kind !== "online" || method.provider !== input.provider || !method.isAvailable({ user: input.user ?? null, totalCents: due.dueCents })) {
    return refusePayability("method_unavailable");
  }
  return due;
}

/**
 * Whether the customer may switch this order to an offline method (transfer, cheque: the
 * instructions are shown and e-mailed at once), and for how much. Same money rules as online:
 * only an unpaid order, only what is still due, never while a cheque is in hand. Pure, unit-tested.
 */
export function offlineSwitchPayability(input: { order: PayabilityOrder; payments: readonly PayabilityPayment[]; method: PaymentMethod; user?: PayabilityUser }): Payability {
  const due = dueUnlessHeld(input.order, input.payments);
  if (!due.ok) return due;
  const method = findPaymentMethod(input.method);
  if (!method || !switchable(method) || method.kind !== "offline" || !method.isAvailable({ user: input.user ?? null, totalCents: due.dueCents })) return refusePayability("method_unavailable");
  return due;
}

/**
 * A method an existing order can switch to: an online one (a new attempt with its provider), or
 * an offline one whose instructions the customer follows (transfer, cheque). Net-30 is not: it
 * invoices the order on account, which only the checkout of an approved professional does.
 */
function switchable(method: PaymentMethodDefinition): boolean {
  return method.kind === "online" || method.id === "transfer" || method.id === "cheque";
}

/** What is still due on an unpaid order, unless nothing is, or a cheque in hand may cover it. */
function dueUnlessHeld(order: PayabilityOrder, rows: readonly PayabilityPayment[]): Payability {
  if (!isUnpaid(order.status)) return refusePayability("not_payable");
  const { dueCents } = moneyPosition(order);
  if (dueCents <= 0) return refusePayability("covered");
  if (rows.some((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p))) return refusePayability("cheque_in_hand");
  return { ok: true, dueCents };
}

/** onlinePayability for an order as it is in the database now. */
export async function checkOnlinePayability(
  db: Executor,
  input: { orderId: string; method: PaymentMethod; provider: PaymentProvider; channel: AttemptChannel },
): Promise<Payability> {
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId));
  if (!order) return refusePayability("not_payable");
  const rows = await db.select().from(payments).where(eq(payments.orderId, order.id));
  return onlinePayability({ order, payments: rows, method: input.method, provider: input.provider, channel: input.channel });
}

/**
 * The way the customer's own "Réessayer le paiement" pays: as before, so a PayPal order is retried
 * through PayPal (the redirect flow), anything else by card through PayPlug. Pure, unit-tested.
 */
export function customerRetryMethod(order: { paymentMethod: PaymentMethod }): { method: PaymentMethod; provider: PaymentProvider } {
  return order.paymentMethod === "paypal" ? { method: "paypal", provider: "paypal" } : { method: "card", provider: "payplug" };
}


/**
 * What the customer may do about paying this order now, for every page that offers it (the
 * checkout once the cart became this order, the order page, the receipt): choose among the
 * methods they may use, wait (a payment is being verified: nothing else is offered, so nothing is
 * paid twice), or nothing (paid, cancelled, covered, a cheque in hand). Pure, unit-tested; the
 * use cases check it all again under the order's lock.
 */
export type PaymentChoices =
  | { state: "choose"; dueCents: number; methods: PaymentMethodDefinition[]; awaitingOffline: PaymentMethod | null }
  | { state: "verifying" }
  | { state: "none"; reason: PayabilityRefusal; message: string };

export function paymentChoices(input: {
  order: PayabilityOrder & { paymentMethod: PaymentMethod };
  payments: readonly (PayabilityPayment & { provider: PaymentProvider | null; transactionId: string | null; captureClaimedAt: Date | null })[];
  user?: PayabilityUser;
}): PaymentChoices {
  const { order } = input;
  const moving = input.payments.some((p) => p.provider !== null && isOpenStatus(p.status as PaymentStatus) && (p.transactionId !== null || captureClaimActive(p.captureClaimedAt)));
  if (moving && isUnpaid(order.status)) return { state: "verifying" };
  const due = dueUnlessHeld(order, input.payments);
  if (!due.ok) return { state: "none", reason: due.reason, message: due.message };
  const awaitingOffline = order.status === "awaiting_transfer" || order.status === "awaiting_cheque" ? order.paymentMethod : null;
  const methods = availablePaymentMethods({ user: input.user ?? null, totalCents: due.dueCents }).filter((m) => switchable(m) && m.id !== awaitingOffline);
  return { state: "choose", dueCents: due.dueCents, methods, awaitingOffline };
}

/** paymentChoices for an order as it is in the database now. */
export async function loadPaymentChoices(db: Executor, order: typeof orders.$inferSelect, user?: PayabilityUser): Promise<PaymentChoices> {
  const rows = await db.select().from(payments).where(eq(payments.orderId, order.id));
  return paymentChoices({ order, payments: rows, user });
}
