import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { orderEvents, orders, payments, type PaymentProvider } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { recordOrderEvent } from "@/lib/orders/events";
import { appendFlag } from "@/lib/orders/ledger";
import { DISPUTE_OUTCOME_LABELS, DISPUTE_REASON_LABELS, DISPUTE_STATUS_LABELS, PROVIDER_NAMES } from "@/lib/payments/labels";
import type { ProviderDispute } from "@/lib/providers/types";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";

/**
 * A buyer disputes a payment (PayPal's CUSTOMER.DISPUTE.CREATED / UPDATED / RESOLVED): make it
 * visible before any money moves, so nobody ships an order whose payment is contested.
 *
 * The dispute names captures; our payment is the one whose transaction id is that capture (the
 * provider's other objects are not ours: ignored). For each of our orders it touches, in ONE
 * transaction with the order row locked:
 *
 * - an order event once per (dispute id, status): `payment_disputed` while the dispute is open,
 *   `payment_dispute_resolved` when it is closed, with the reason, the amount and the status;
 * - a line on the order's flag when the dispute is first seen open, another when it is closed.
 *   The open line is never removed by this code: a person decides what the dispute meant for the
 *   order (PayPal may still reverse the money, or may have ruled for the shop);
 * - an admin alert e-mail with each event, sent if and only if the event is committed.
 *
 * Money does not move here: a dispute is a claim. If PayPal takes the money back, it arrives as
 * PAYMENT.CAPTURE.REVERSED, which reconcile records as money given back without the shop asking.
 *
 * Running it again with the same dispute and status changes nothing: the order lock serialises
 * concurrent deliveries, and each one looks for the event the previous one wrote.
 */

export const DISPUTE_EVENTS = { open: "payment_disputed", resolved: "payment_dispute_resolved" } as const;

export type RecordDisputeResult =
  /** No capture of ours is disputed. */
  | { outcome: "not_ours"; disputeId: string }
  /** recorded: how many of our orders got a new event (0 when every one already had it). */
  | { outcome: "recorded"; disputeId: string; orderIds: string[]; recorded: number };

/** The amount as the merchant reads it; PayPal may leave it out. */
function amountText(dispute: ProviderDispute): string {
  if (dispute.amountCents === null) return "montant non précisé";
  return dispute.currency === null || dispute.currency === "EUR" ? formatEur(dispute.amountCents) : `${(dispute.amountCents / 100).toFixed(2)} ${dispute.currency}`;
}

/** The flag line of an open dispute. Pure. */
export function disputeOpenedFlagLine(provider: PaymentProvider, dispute: ProviderDispute): string {
  const name = PROVIDER_NAMES[provider];
  return `Litige ${name} ${dispute.disputeId} ouvert : ${DISPUTE_REASON_LABELS[dispute.reason]} — ${amountText(dispute)}. Répondre depuis le tableau de bord ${name} avant toute expédition.`;
}

/** The flag line of a closed dispute. Pure. */
export function disputeResolvedFlagLine(provider: PaymentProvider, dispute: ProviderDispute): string {
  return `Litige ${PROVIDER_NAMES[provider]} ${dispute.disputeId} clos : ${DISPUTE_OUTCOME_LABELS[dispute.outcome ?? "unknown"]}.`;
}

export async function recordDispute(provider: PaymentProvider, dispute: ProviderDispute): Promise<RecordDisputeResult> {
  if (!dispute.captureIds.length) return { outcome: "not_ours", disputeId: dispute.disputeId };
  const db = await getDb();
  const disputed = await db
    .select({ id: payments.id, orderId: payments.orderId, providerRef: payments.providerRef, transactionId: payments.transactionId })
    .from(payments)
    .where(and(eq(payments.provider, provider), inArray(payments.transactionId, dispute.captureIds)));
  if (!disputed.length) {
    log.info("disputes", "dispute on no capture of ours: ignored", { provider, disputeId: dispute.disputeId });
    return { outcome: "not_ours", disputeId: dispute.disputeId };
  }

  let recorded = 0;
  for (const payment of disputed) {
    const added = await db.transaction((tx) => recordDisputeOnOrder(tx, provider, dispute, payment));
    if (added) recorded++;
  }
  return { outcome: "recorded", disputeId: dispute.disputeId, orderIds: [...new Set(disputed.map((p) => p.orderId))], recorded };
}

type DisputedPayment = { id: string; orderId: string; providerRef: string | null; transactionId: string | null };

/** One order's side of the dispute; false when this (dispute, status) was already recorded on it. */
async function recordDisputeOnOrder(tx: Tx, provider: PaymentProvider, dispute: ProviderDispute, payment: DisputedPayment): Promise<boolean> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId)).for("update");
  if (!order) throw new Error(`Commande introuvable : ${payment.orderId}`);
  const seen = await tx
    .select({ status: sql<string | null>`${orderEvents.data}->>'status'` })
    .from(orderEvents)
    .where(
      and(
        eq(orderEvents.orderId, order.id),
        inArray(orderEvents.type, [DISPUTE_EVENTS.open, DISPUTE_EVENTS.resolved]),
        sql`${orderEvents.data}->>'disputeId' = ${dispute.disputeId}`,
      ),
    );
  if (seen.some((e) => e.status === dispute.status)) return false;

  const name = PROVIDER_NAMES[provider];
  const resolved = dispute.status === "resolved";
  // The open line once per dispute (an update changes its status, not the fact that it is open);
  // a dispute first seen closed gets only its closing line.
  const flagLine = resolved ? disputeResolvedFlagLine(provider, dispute) : !seen.length ? disputeOpenedFlagLine(provider, dispute) : null;
  const line = flagLine ?? `Litige ${name} ${dispute.disputeId} ${DISPUTE_STATUS_LABELS[dispute.status]} : ${DISPUTE_REASON_LABELS[dispute.reason]} — ${amountText(dispute)}.`;
  const flag = flagLine ? appendFlag(order.flag, flagLine) : order.flag;
  if (flag !== order.flag) await tx.update(orders).set({ flag, updatedAt: new Date() }).where(eq(orders.id, order.id));

  await recordOrderEvent(tx, {
    orderId: order.id,
    paymentId: payment.id,
    actor: { type: "provider", id: provider },
    type: resolved ? DISPUTE_EVENTS.resolved : DISPUTE_EVENTS.open,
    reason: line,
    data: {
      provider,
      providerRef: payment.providerRef,
      captureId: payment.transactionId,
      disputeId: dispute.disputeId,
      status: dispute.status,
      providerStatus: dispute.providerStatus,
      disputeReason: dispute.reason,
      providerReason: dispute.providerReason,
      amountCents: dispute.amountCents,
      currency: dispute.currency,
      outcome: dispute.outcome,
    },
  });

  await queueAdminAlert(tx, {
    order,
    subject: resolved
      ? `Litige ${name} ${dispute.disputeId} clos sur la commande ${order.reference}`
      : `Litige ${name} ${dispute.disputeId} sur la commande ${order.reference} : ${DISPUTE_STATUS_LABELS[dispute.status]}`,
    summary: resolved
      ? `Le litige ${name} ${dispute.disputeId} sur la commande ${order.reference} est clos : ${DISPUTE_OUTCOME_LABELS[dispute.outcome ?? "unknown"]}.`
      : `Un acheteur conteste auprès de ${name} le paiement de la commande ${order.reference} (${DISPUTE_REASON_LABELS[dispute.reason]}). Le litige ne rembourse rien par lui-même : si ${name} reprend l'argent, ce remboursement apparaîtra aussi sur la commande.`,
    details: [
      ["Commande", order.reference],
      ["Litige", `${name} ${dispute.disputeId}`],
      ["Motif", DISPUTE_REASON_LABELS[dispute.reason]],
      ["Montant contesté", amountText(dispute)],
      ["État", DISPUTE_STATUS_LABELS[dispute.status]],
      ...(resolved ? ([["Issue", DISPUTE_OUTCOME_LABELS[dispute.outcome ?? "unknown"]]] as const) : []),
      ["Transaction", payment.transactionId ?? "—"],
    ],
    advice: resolved
      ? `Vérifiez la commande : si ${name} a rendu l'argent à l'acheteur, le remboursement apparaît aussi sur la commande. La mention du litige reste sur la commande jusqu'à ce que vous la retiriez.`
      : `Répondez au litige depuis le tableau de bord ${name} (centre de résolution) dans le délai indiqué, et n'expédiez pas la commande avant de l'avoir examiné.`,
  });
  log.warn("disputes", "dispute recorded: order flagged, admins told", { provider, disputeId: dispute.disputeId, status: dispute.status, orderId: order.id });
  return true;
}
