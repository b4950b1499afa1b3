import "server-only";
import type { CheckoutErrors } from "@/lib/orders/checkout-form";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { createOrder, type CreateOrderInput } from "@/lib/use-cases/place-order";
import { gatewayErrorMessage, isGatewayError } from "@/lib/providers/errors";
import { findOrderForPaymentPages, orderPaymentUrls } from "@/lib/orders/access";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { checkOnlinePayability } from "@/lib/payments/payability";
import { retryOrderPayment } from "@/lib/use-cases/retry-payment";
import { attemptStartTimes } from "@/lib/use-cases/settle-attempts";
import { startOnlinePayment, START_MESSAGES } from "@/lib/use-cases/start-payment";
import { paypalErrorMessage } from "@/lib/providers/paypal/errors";
import { paypalOrderReusable } from "@/lib/providers/paypal/expiry";
import { isPaidStatus } from "@/lib/payments/attempt-status";
import { captureApprovedPayment } from "@/lib/use-cases/capture-paypal-approval";

/**
 * What the PayPal buttons ask the server (through the two server actions in app/(shop)/commande):
 *
 * 1. createOrder → `startPayPalCheckout`: our order and payment from the SERVER-side cart
 *    (lib/use-cases/place-order.ts), then the PayPal order through the shared start path
 *    (startOnlinePayment: one PayPal order per attempt, custom_id = our payment id, invoice_id =
 *    our reference, amount from our database). A second click after a cancel goes through
 *    `startPayPalForOrder`: it first reconciles the attempt's open PayPal order (the buyer may
 *    have approved it meanwhile, and reconciling is what captures and RECORDS that money), then
 *    hands the same order back while PayPal still accepts it (paypal/expiry.ts), or starts a new
 *    attempt if the order may still be paid (lib/payments/payability.ts decides).
 * 2. onApprove → `capturePayPalApproval`: capture (captureApprovedPayment: checked, claimed,
 *    idempotent), then reconcile through the one path to the truth, and say where the browser
 *    goes next.
 */

export const PAYPAL_CHECKOUT_MESSAGES = {
  notFound: "Cette commande est introuvable. Rechargez la page ou contactez-nous en indiquant sa référence.",
  notPayable: START_MESSAGES.not_payable,
  pending:
    "Paiement en attente de confirmation : PayPal vérifie encore ce paiement. Votre commande est enregistrée ; nous vous écrirons dès qu'il sera confirmé.",
  failed: "Le paiement PayPal n'a pas abouti. Votre commande est enregistrée : vous pouvez réessayer ou choisir un autre moyen de paiement.",
  notApproved: "Le paiement n'a pas été validé dans la fenêtre PayPal. Votre commande est enregistrée : vous pouvez réessayer.",
  alreadyPaid: "Votre paiement PayPal a bien été reçu : cette commande est réglée, vous n'avez plus rien à payer.",
} as const;

/** The PayPal buttons' createOrder answer: a PayPal order to approve, or why not (with field errors for the checkout form). */
export type CreatePayPalOrderResult = PayPalStartResult | { ok: false; reason: "invalid"; message: string; errors: CheckoutErrors };

export type PayPalStartResult =
  | { ok: true; paypalOrderId: string; reference: string; token: string }
  /** `placed`: our order exists (the next click pays it rather than ordering again). */
  | { ok: false; message: string; reason: string; placed?: { reference: string; token: string } };

type CheckoutInput = Omit<CreateOrderInput, "paymentMethod">;

/** The relative URL of a page below /commandes/[reference] (the browser stays on our origin). */
function relative(absolute: string): string {
  const u = new URL(absolute);
  return `${u.pathname}${u.search}`;
}

async function startAttempt(paymentId: string, placed: { reference: string; token: string }): Promise<PayPalStartResult> {
  const started = await startOnlinePayment(paymentId);
  if (!started.ok) return { ok: false, message: started.message, reason: started.code, placed };
  return { ok: true, paypalOrderId: started.providerRef, ...placed };
}

/** First click: our order from the cart, then its PayPal order. */
export async function startPayPalCheckout(input: CheckoutInput): Promise<PayPalStartResult> {
  const db = await getDb();
  const result = await createOrder(db, { ...input, paymentMethod: "paypal" });
  if (!result.ok) return { ok: false, message: result.message, reason: result.reason };
  const { order } = result;
  // createOrder already set the attempt's provider from the method (PayPal).
  return startAttempt(order.paymentId, { reference: order.reference, token: order.accessToken });
}

/**
 * The form was submitted with PayPal chosen but without the buttons (JavaScript off): the redirect
 * flow. Returns PayPal's approval page, or the return page (which explains and retries) if PayPal
 * could not be reached.
 */
export async function startPayPalAfterOrder(placed: { paymentId: string; reference: string; accessToken: string }): Promise<string> {
  const started = await startOnlinePayment(placed.paymentId);
  return started.ok ? started.redirectUrl : `/commandes/${encodeURIComponent(placed.reference)}/retour?t=${encodeURIComponent(placed.accessToken)}`;
}

/** A later click on the same order (after a cancel, a refusal, or from a page that pays an existing order). */
export async function startPayPalForOrder(input: { reference: string; token: string }): Promise<PayPalStartResult> {
  const order = await findOrderForPaymentPages(input.reference, input.token);
  if (!order) return { ok: false, message: PAYPAL_CHECKOUT_MESSAGES.notFound, reason: "not_found" };
  const placed = { reference: order.reference, token: input.token };
  const db = await getDb();
  const [latest] = await db.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt), desc(payments.createdAt)).limit(1);
  if (latest?.provider === "paypal" && latest.status === "pending" && latest.providerRef) {
    // A cancelled popup leaves the PayPal order open: the buyer may approve it again, or may have
    // approved it in another tab. Reconcile, never a bare fetch: fetching an approved order
    // captures it, and only reconcile records that money (and pays the order).
    const open = await reopenPayPalOrder(latest, placed);
    if (open) return open;
  }
  // The PayPal buttons on an existing order are one of its payment choices: the customer picked
  // PayPal, also for an order that waited for a transfer or a cheque.
  const payable = await checkOnlinePayability(db, { orderId: order.id, method: "paypal", provider: "paypal", channel: "customer_switch" });
  if (!payable.ok) return { ok: false, message: payable.message, reason: payable.reason, placed };
  const retried = await retryOrderPayment({ orderId: order.id, actor: { type: "customer", id: order.userId }, method: "paypal", provider: "paypal", channel: "customer_switch" });
  if (!retried.ok) return { ok: false, message: retried.message, reason: retried.code, placed };
  return { ok: true, paypalOrderId: retried.providerRef, ...placed };
}

/**
 * The open PayPal order of the latest attempt, reconciled: handed back while PayPal still accepts
 * it, or an answer when it was paid (or is being paid) meanwhile. Null: start a new attempt
 * (expired, failed, or PayPal unreachable — the new attempt closes this one, see retry.ts).
 */
async function reopenPayPalOrder(
  latest: typeof payments.$inferSelect,
  placed: { reference: string; token: string },
): Promise<PayPalStartResult | null> {
  const providerRef = latest.providerRef!;
  let reconciled;
  try {
    reconciled = await reconcilePayment("paypal", providerRef, { source: "retry" });
  } catch (error) {
    log.warn("paypal", "could not check the open PayPal order; starting a new attempt", { providerRef, error });
    return null;
  }
  if (reconciled.outcome !== "updated" && reconciled.outcome !== "unchanged") return null;
  if (isPaidStatus(reconciled.status)) {
    return { ok: false, message: PAYPAL_CHECKOUT_MESSAGES.alreadyPaid, reason: "already_paid", placed };
  }
  if (reconciled.status !== "pending") return null;
  const db = await getDb();
  const [now] = await db.select().from(payments).where(eq(payments.id, latest.id));
  // A capture PayPal is still verifying: the money may come, do not ask for it twice.
  if (now?.transactionId) return { ok: false, message: PAYPAL_CHECKOUT_MESSAGES.pending, reason: "pending", placed };
  const { firstRequestedAt } = await attemptStartTimes(db, latest);
  // Never hand back an order PayPal is about to expire: the buyer would approve into an error.
  if (!paypalOrderReusable(firstRequestedAt)) return null;
  return { ok: true, paypalOrderId: providerRef, ...placed };
}

export type PayPalCaptureResult =
  | { status: "paid" | "pending" | "failed"; message: string | null; receiptPath: string }
  /** INSTRUMENT_DECLINED: the buttons restart the PayPal flow on the same order. */
  | { status: "declined"; message: string }
  | { status: "error"; message: string };


/** The PayPal buttons' onApprove: capture, reconcile, and where the browser goes next. */
export async function capturePayPalApproval(input: { reference: string; token: string; paypalOrderId: string }): Promise<PayPalCaptureResult> {
  const order = await findOrderForPaymentPages(input.reference, input.token);
  if (!order) return { status: "error", message: PAYPAL_CHECKOUT_MESSAGES.notFound };
  const db = await getDb();
  const [payment] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, order.id), eq(payments.provider, "paypal"), eq(payments.providerRef, input.paypalOrderId)));
  if (!payment) return { status: "error", message: PAYPAL_CHECKOUT_MESSAGES.notFound };
  const receiptPath = relative(orderPaymentUrls(order).receiptUrl);

  try {
    const outcome = await captureApprovedPayment("paypal", input.paypalOrderId);
    if (outcome.kind === "declined") return { status: "declined", message: outcome.message };
    if (outcome.kind === "not_ours") return { status: "error", message: PAYPAL_CHECKOUT_MESSAGES.notFound };
    if (outcome.kind === "not_approved") return { status: "error", message: PAYPAL_CHECKOUT_MESSAGES.notApproved };
  } catch (error) {
    log.warn("paypal", "capture after approval failed", { providerRef: input.paypalOrderId, error });
    // The capture may have happened (timeout): the webhook or the return page will tell.
    if (isGatewayError(error) && error.retryable) return { status: "pending", message: PAYPAL_CHECKOUT_MESSAGES.pending, receiptPath };
    return { status: "error", message: isGatewayError(error) ? paypalErrorMessage(error) : gatewayErrorMessage(error) };
  }

  try {
    const reconciled = await reconcilePayment("paypal", input.paypalOrderId, { source: "return" });
    if (reconciled.outcome === "updated" || reconciled.outcome === "unchanged") {
      if (isPaidStatus(reconciled.status)) return { status: "paid", message: null, receiptPath };
      if (reconciled.status === "failed" || reconciled.status === "cancelled") return { status: "failed", message: PAYPAL_CHECKOUT_MESSAGES.failed, receiptPath };
    }
  } catch (error) {
    log.warn("paypal", "reconcile after capture failed; the webhook will complete it", { providerRef: input.paypalOrderId, error });
  }
  return { status: "pending", message: PAYPAL_CHECKOUT_MESSAGES.pending, receiptPath };
}
