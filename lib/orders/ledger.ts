import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { orders, payments, type OrderStatus } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { formatEur, type Cents } from "@/lib/shared/money";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { canTransition, isUnpaid } from "@/lib/orders/transitions";

/*
 * The one place where money received or given back changes an order, whoever saw it: an admin
 * recording a transfer or cashing a cheque (lib/use-cases/record-offline-payment.ts), or reconcilePayment for a card
 * or PayPal payment. Callers hold the order row lock (FOR UPDATE) for the whole transaction.
 *
 * - The order is paid when what it NET received (paid − refunded) covers its total.
 * - Refund state compares net money with the total: after two paid attempts, refunding the
 *   duplicate leaves the order "paid"; only what dips below the total makes it partially refunded.
 * - Money beyond the total is never absorbed silently: the order carries a flag an admin reads
 *   ("Trop-perçu de 18,80 € : à rembourser."), an event and a log line, whatever the state.
 */

const OVERPAYMENT_PREFIX = "Trop-perçu de ";
/** The fixed start of the flag line for money an order no longer wanted (cancelled, refunded). */
const UNWANTED_PREFIX = "Argent non attendu : ";

type MoneyFigures = { status: OrderStatus; totalCents: Cents; paidCents: Cents; refundedCents: Cents };

/**
 * Where an order stands with money, from NET money (paid − refunded): what it still waits for,
 * and what it holds beyond what it keeps. The one reading for the back-office, the offline
 * summaries, the payment links, the payability rule and the customer's order page. Pure.
 *
 * - Due only while the order waits for money (unpaid, or on account): a partially refunded order
 *   owes nothing, the merchant gave that money back on purpose.
 * - A cancelled or refunded order keeps nothing: all its net money is excess, to give back.
 */
export function moneyPosition(order: MoneyFigures): { dueCents: Cents; excessCents: Cents } {
  const net = order.paidCents - order.refundedCents;
  const waits = isUnpaid(order.status) || order.status === "on_account";
  const keeps = order.status === "cancelled" || order.status === "refunded" ? 0 : order.totalCents;
  return { dueCents: waits ? Math.max(0, order.totalCents - net) : 0, excessCents: Math.max(0, net - keeps) };
}

/** The flag line for money received by an order that no longer wanted it. Pure. */
export function unwantedMoneyFlagLine(label: string, amountCents: Cents, status: "cancelled" | "refunded"): string {
  return `${UNWANTED_PREFIX}${label} de ${formatEur(amountCents)} reçu alors que la commande est « ${status === "cancelled" ? "annulée" : "remboursée"} » : à rembourser.`;
}

/** The flag without its lines for money an order did not want (all given back). Pure. */
export function withoutUnwantedMoneyFlags(flag: string | null): string | null {
  const lines = (flag ?? "").split("\n").filter((line) => line && !line.startsWith(UNWANTED_PREFIX));
  return lines.length ? lines.join("\n") : null;
}

/** The flag line for money received beyond the total. Pure, unit-tested. */
export function overpaymentFlagLine(excessCents: Cents): string {
  return `${OVERPAYMENT_PREFIX}${formatEur(excessCents)} : à rembourser.`;
}

/**
 * The order's flag with its overpayment line set to `excessCents` (replacing an older one), or
 * removed when nothing is in excess any more. Other lines (mismatches…) are kept. Pure.
 */
export function withOverpaymentFlag(flag: string | null, excessCents: Cents): string | null {
  const others = (flag ?? "").split("\n").filter((line) => line && !line.startsWith(OVERPAYMENT_PREFIX));
  const lines = excessCents > 0 ? [...others, overpaymentFlagLine(excessCents)] : others;
  return lines.length ? lines.join("\n") : null;
}

/** Appends a line to an order's flag unless it is already there. Pure. */
export function appendFlag(current: string | null, line: string): string {
  if (current?.split("\n").includes(line)) return current;
  return current ? `${current}\n${line}` : line;
}

/**
 * The order's state after money was given back, from NET money: all of it refunded → refunded;
 * net below the total → partially refunded; net still covering the total (an excess refunded) →
 * unchanged. Only paid or partially refunded orders move. Pure, unit-tested.
 */
export function stateAfterRefund(order: { status: OrderStatus; totalCents: Cents; paidCents: Cents; refundedCents: Cents }): OrderStatus {
  if (order.status !== "paid" && order.status !== "partially_refunded") return order.status;
  const net = order.paidCents - order.refundedCents;
  if (net <= 0) return "refunded";
  if (net < order.totalCents) return "partially_refunded";
  return order.status;
}

type OrderRow = typeof orders.$inferSelect;

async function readLockedOrder(tx: Tx, orderId: string): Promise<OrderRow> {
  // Re-locking a row this transaction already holds is free; reading it again sees this
  // transaction's own earlier writes (flag, paid amount) rather than a caller's stale copy.
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!order) throw new Error(`order ${orderId} vanished`);
  return order;
}

/** Writes the overpayment line (and its event, once per amount) when net money exceeds the total. */
async function syncOverpayment(tx: Tx, order: OrderRow, input: { paymentId: string | null; actor: Actor }): Promise<void> {
  // Money on a cancelled or refunded order is flagged whole by applyMoneyReceived instead.
  const counted = order.status !== "cancelled" && order.status !== "refunded";
  const excess = counted ? moneyPosition(order).excessCents : 0;
  const flag = withOverpaymentFlag(order.flag, excess);
  if (flag === order.flag) return;
  await tx.update(orders).set({ flag, updatedAt: new Date() }).where(eq(orders.id, order.id));
  if (excess > 0) {
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: input.paymentId,
      actor: input.actor,
      type: "overpayment_flagged",
      reason: overpaymentFlagLine(excess),
      data: { excessCents: excess, paidCents: order.paidCents, refundedCents: order.refundedCents, totalCents: order.totalCents },
    });
    log.warn("payments", "order received more than its total: flagged for a refund", { orderId: order.id, excessCents: excess });
  } else {
    await recordOrderEvent(tx, { orderId: order.id, paymentId: input.paymentId, actor: input.actor, type: "overpayment_cleared", data: { paidCents: order.paidCents, refundedCents: order.refundedCents } });
  }
}

/**
 * Checkout writes one "pending" transfer/cheque payment per offline order: the instructions given
 * to the customer, with no reference and nobody who recorded it. Once the order is paid (by any
 * means: transfers, cheques, or a card through a payment link) the placeholder is closed, so
 * nothing offline stays "pending" (« Attendu ») on a paid order.
 */
export function isInstructionPlaceholder(p: { method: string; recordedBy: string | null; offlineReference: string | null }): boolean {
  return (p.method === "transfer" || p.method === "cheque") && p.recordedBy === null && p.offlineReference === null;
}

export async function closeInstructionPlaceholders(tx: Tx, orderId: string, closing: { code: string; message: string } = { code: "superseded", message: "Remplacé par les paiements reçus" }): Promise<void> {
  await tx
    .update(payments)
    .set({ status: "cancelled", failureCode: closing.code, failureMessage: closing.message, updatedAt: new Date() })
    .where(
      and(
        eq(payments.orderId, orderId),
        inArray(payments.method, ["transfer", "cheque"]),
        eq(payments.status, "pending"),
        isNull(payments.recordedBy),
        isNull(payments.offlineReference),
      ),
    );
}

export type MoneyReceived = {
  order: OrderRow;
  /** This money moved the order to "paid". */
  becamePaid: boolean;
  /** Net money the order holds beyond what it keeps (moneyPosition's excess; 0 when none). */
  overpaidCents: Cents;
};

/**
 * Confirmed money arrived for an order (a transfer seen on the statement, a cheque cashed, a card
 * or PayPal payment the provider confirmed). Adds it, pays the order once net money covers the
 * total, closes the offline instruction placeholders, and flags any excess (or money on an order
 * that no longer wants it). The caller has locked the order and writes its own payment event.
 */
export async function applyMoneyReceived(
  tx: Tx,
  input: {
    orderId: string;
    amountCents: Cents;
    paymentId: string;
    actor: Actor;
    /** The paid transition's reason, as the timeline shows it ("Virement reçu"). */
    reason: string;
    /** What arrived, for a flag ("Paiement payplug pay_123", "Virement VIR-1"). */
    label: string;
    data?: Record<string, unknown>;
  },
): Promise<MoneyReceived> {
  const before = await readLockedOrder(tx, input.orderId);
  const paidCents = before.paidCents + input.amountCents;
  await tx.update(orders).set({ paidCents, updatedAt: new Date() }).where(eq(orders.id, before.id));
  let order: OrderRow = { ...before, paidCents };
  let becamePaid = false;

  if (paidCents - before.refundedCents >= before.totalCents && canTransition(before.status, "paid")) {
    await transitionOrder(tx, {
      orderId: before.id,
      to: "paid",
      actor: input.actor,
      paymentId: input.paymentId,
      reason: input.reason,
      data: { ...input.data, paidCents, totalCents: before.totalCents },
    });
    order = { ...order, status: "paid" };
    becamePaid = true;
    await closeInstructionPlaceholders(tx, before.id);
  } else if (before.status === "cancelled" || before.status === "refunded") {
    // The order no longer wants money: all of it goes back, and an admin must say so.
    const line = unwantedMoneyFlagLine(input.label, input.amountCents, before.status);
    const flag = appendFlag(before.flag, line);
    await tx.update(orders).set({ flag }).where(eq(orders.id, before.id));
    order = { ...order, flag };
    await recordOrderEvent(tx, { orderId: before.id, paymentId: input.paymentId, actor: input.actor, type: "payment_unexpected", reason: line, data: input.data });
    log.warn("payments", "money received for an order that no longer accepts it", { orderId: before.id, status: before.status, amountCents: input.amountCents });
  }

  await syncOverpayment(tx, order, { paymentId: input.paymentId, actor: input.actor });
  const [fresh] = await tx.select({ flag: orders.flag }).from(orders).where(eq(orders.id, before.id));
  return { order: { ...order, flag: fresh?.flag ?? null }, becamePaid, overpaidCents: moneyPosition(order).excessCents };
}

/**
 * Money given back (a refund the provider confirmed). Adds it to the order's refunded amount and
 * moves a paid order by NET money (stateAfterRefund); an excess refunded clears the overpayment
 * flag, and once a cancelled or refunded order holds no net money any more, the lines flagging
 * money it did not want go too. The caller has locked the order and writes its own refund event.
 */
export async function applyMoneyRefunded(
  tx: Tx,
  input: { orderId: string; amountCents: Cents; paymentId: string | null; actor: Actor; reason: string },
): Promise<{ order: OrderRow }> {
  const before = await readLockedOrder(tx, input.orderId);
  const refundedCents = before.refundedCents + input.amountCents;
  await tx.update(orders).set({ refundedCents, updatedAt: new Date() }).where(eq(orders.id, before.id));
  let order: OrderRow = { ...before, refundedCents };
  const target = stateAfterRefund(order);
  if (target !== order.status) {
    await transitionOrder(tx, { orderId: order.id, to: target, actor: input.actor, paymentId: input.paymentId, reason: input.reason });
    order = { ...order, status: target };
  }
  await syncOverpayment(tx, order, { paymentId: input.paymentId, actor: input.actor });
  if ((order.status === "cancelled" || order.status === "refunded") && order.paidCents - order.refundedCents <= 0) {
    const current = await readLockedOrder(tx, order.id);
    const flag = withoutUnwantedMoneyFlags(current.flag);
    if (flag !== current.flag) {
      await tx.update(orders).set({ flag, updatedAt: new Date() }).where(eq(orders.id, order.id));
      await recordOrderEvent(tx, { orderId: order.id, paymentId: input.paymentId, actor: input.actor, type: "overpayment_cleared", data: { paidCents: order.paidCents, refundedCents: order.refundedCents } });
    }
  }
  return { order: await readLockedOrder(tx, order.id) };
}
