import type { PaymentStatus } from "@/lib/db/schema";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * The rules of an online payment attempt's life, pure and unit-tested: states only move forward,
 * what the provider says must match what we asked for, and an attempt whose money may be moving is
 * never closed under it. reconcilePayment (lib/use-cases/reconcile-payment.ts) and the attempt
 * closers apply them; nothing else decides them.
 */

/** The states in which an attempt holds (or held) money: paid, and what a refund makes of it. */
export const PAID_PAYMENT_STATUSES = ["paid", "partially_refunded", "refunded"] as const satisfies readonly PaymentStatus[];

export function isPaidStatus(status: PaymentStatus): boolean {
  return (PAID_PAYMENT_STATUSES as readonly PaymentStatus[]).includes(status);
}

/** Open: the provider may still take the money (or has not been asked yet). */
export function isOpenStatus(status: PaymentStatus): boolean {
  return status === "created" || status === "pending";
}

/** Forward-only order of payment states; failed and cancelled are equally final for an attempt. */
export const PAYMENT_STATUS_RANK: Readonly<Record<PaymentStatus, number>> = {
  created: 0,
  pending: 1,
  failed: 2,
  cancelled: 2,
  paid: 3,
  partially_refunded: 4,
  refunded: 5,
};

/** The state our payment moves to, given what it is and what the provider says. */
export function nextPaymentStatus(current: PaymentStatus, provider: Exclude<PaymentStatus, "created">): PaymentStatus {
  return PAYMENT_STATUS_RANK[provider] > PAYMENT_STATUS_RANK[current] ? provider : current;
}

/** What the provider reports about a payment, as far as matching it with ours goes. */
type ProviderFacts = { amountCents: Cents; currency: string; ourPaymentId: string | null; ourOrderReference: string | null; live: boolean };

/**
 * What in the provider's object does not match our records (empty: it is ours, as we made it).
 * The mode is compared with the SHOP's configured one (`shopLive`), never with a flag the provider
 * itself gave us earlier: a test payment never pays a live shop's order, whatever path brought it.
 */
export function findMismatches(
  ours: { paymentId: string; amountCents: number; currency: string; live: boolean | null; orderReference: string },
  theirs: ProviderFacts,
  shopLive: boolean,
): string[] {
  const problems: string[] = [];
  if (theirs.amountCents !== ours.amountCents) problems.push(`montant ${formatEur(theirs.amountCents)} au lieu de ${formatEur(ours.amountCents)}`);
  if (theirs.currency.toUpperCase() !== ours.currency.toUpperCase()) problems.push(`devise ${theirs.currency} au lieu de ${ours.currency}`);
  if (theirs.ourPaymentId !== ours.paymentId) problems.push(`identifiant de paiement ${theirs.ourPaymentId ?? "absent"} au lieu de ${ours.paymentId}`);
  if (theirs.ourOrderReference !== null && theirs.ourOrderReference !== ours.orderReference) {
    problems.push(`référence de commande ${theirs.ourOrderReference} au lieu de ${ours.orderReference}`);
  }
  if (theirs.live !== shopLive) {
    problems.push(theirs.live ? "paiement en mode réel alors que la boutique est en mode test" : "paiement en mode test alors que la boutique est en mode réel");
  } else if (ours.live !== null && ours.live !== theirs.live) {
    problems.push("mode du paiement différent de celui de sa création");
  }
  return problems;
}

/**
 * How long a capture claim holds (payments.capture_claimed_at, see capture-paypal-approval.ts):
 * the PayPal client gives up on a write well within it (3 × 30 s + token calls).
 */
export const CAPTURE_CLAIM_TTL_MS = 5 * 60 * 1000;

/** Whether a capture claimed at `claimedAt` may still be in flight. */
export function captureClaimActive(claimedAt: Date | null, now: Date = new Date()): boolean {
  return claimedAt !== null && now.getTime() - claimedAt.getTime() < CAPTURE_CLAIM_TTL_MS;
}

/**
 * Whether money may still be moving on an open attempt, so that nobody may close it or cancel its
 * order now: a PayPlug payment still pending (PayPlug would not abort it), a PayPal capture PayPal
 * is still verifying (we hold its capture id), or a PayPal capture the shop has claimed and may be
 * making right now.
 */
export function moneyMayBeMoving(
  p: { provider: string | null; status: PaymentStatus; transactionId: string | null; captureClaimedAt: Date | null },
  now: Date = new Date(),
): boolean {
  if (!p.provider || !isOpenStatus(p.status)) return false;
  if (captureClaimActive(p.captureClaimedAt, now)) return true;
  return p.status === "pending" && (p.provider === "payplug" || p.transactionId !== null);
}

/** Why the shop closed an attempt itself: the payment's failure code and the French reason. */
export const CLOSED_ATTEMPT_REASONS = {
  expired: { code: "expired", message: "Le délai pour valider ce paiement PayPal est dépassé : il ne peut plus aboutir." },
  not_started: { code: "not_started", message: "Le paiement n'a pas pu être transmis au prestataire de paiement : aucun montant n'a été débité." },
  order_cancelled: { code: "order_cancelled", message: "Commande annulée : ce paiement ne peut plus aboutir." },
  superseded: { code: "superseded", message: "Remplacé par une nouvelle tentative de paiement." },
} as const;

export type ClosedAttemptReason = keyof typeof CLOSED_ATTEMPT_REASONS;
