import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orders, payments, type OrderStatus, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { isInstructionPlaceholder, moneyPosition } from "@/lib/orders/ledger";
import { isUnpaid } from "@/lib/orders/transitions";
import { findPaymentMethod } from "@/lib/payments/methods";

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
 *   or the shop, deliberately offered it); the customer's own retry button is for online orders.
 * - Only an online method of the checkout registry, with its own provider, while it is offered.
 */

/** Who is asking for the new attempt. */
export type AttemptChannel = "customer_retry" | "payment_link";

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

export const refusePayability = (reason: PayabilityRefusal): Refused => ({ ok: false, reason, message: PAYABILITY_MESSAGES[reason] });

/** Whether this order may start a new online attempt with this method, and for how much. Pure, unit-tested. */
export function onlinePayability(input: {
  order: PayabilityOrder;
  payments: readonly PayabilityPayment[];
  method: PaymentMethod;
  provider: PaymentProvider;
  channel: AttemptChannel;
}): Payability {
  const { order } = input;
  if (!isUnpaid(order.status)) return refusePayability("not_payable");
  const { dueCents } = moneyPosition(order);
  if (dueCents <= 0) return refusePayability("covered");
  if (input.payments.some((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p))) return refusePayability("cheque_in_hand");
  if ((order.status === "awaiting_transfer" || order.status === "awaiting_cheque") && input.channel !== "payment_link") return refusePayability("offline_order");
  const method = findPaymentMethod(input.method);
  if (!method || method.kind !== "online" || method.provider !== input.provider || !method.isAvailable({ user: null, totalCents: dueCents })) {
    return refusePayability("method_unavailable");
  }
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

