import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orderEvents, orders, type ActorType, type OrderStatus } from "@/lib/db/schema";
import { log } from "@/lib/shared/log";
import { canTransition } from "./transitions";

export type Actor = { type: ActorType; id?: string | null };

export const SYSTEM: Actor = { type: "system" };

export class TransitionRefusedError extends Error {
  constructor(
    public readonly orderId: string,
    public readonly from: OrderStatus,
    public readonly to: OrderStatus,
  ) {
    super(`Transition refusée pour la commande ${orderId} : ${from} → ${to}`);
    this.name = "TransitionRefusedError";
  }
}

type EventInput = {
  orderId: string;
  paymentId?: string | null;
  actor: Actor;
  type: string;
  reason?: string;
  data?: Record<string, unknown>;
  from?: OrderStatus | null;
  to?: OrderStatus | null;
  /** When it happened, for a job that runs on its own clock (tests move it forward); now by default. */
  at?: Date;
};

/** Writes one row of the audit trail (inside the caller's transaction). */
export async function recordOrderEvent(tx: Executor, e: EventInput): Promise<void> {
  await tx.insert(orderEvents).values({
    orderId: e.orderId,
    paymentId: e.paymentId ?? null,
    actorType: e.actor.type,
    actorId: e.actor.id ?? null,
    type: e.type,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    reason: e.reason ?? null,
    data: e.data ?? null,
    ...(e.at ? { createdAt: e.at } : {}),
  });
}

/**
 * Moves an order to a new status through the transitions table, locking its row, and records the
 * event. Moving to the status it already has is a no-op (returns false): callers may be replays.
 * A move the table does not allow throws TransitionRefusedError.
 */
export async function transitionOrder(
  tx: Executor,
  input: { orderId: string; to: OrderStatus; actor: Actor; reason?: string; paymentId?: string | null; data?: Record<string, unknown> },
): Promise<boolean> {
  const [row] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, input.orderId)).for("update");
  if (!row) throw new Error(`Commande introuvable : ${input.orderId}`);
  if (row.status === input.to) return false;
  if (!canTransition(row.status, input.to)) {
    log.warn("orders", "transition refused", { orderId: input.orderId, from: row.status, to: input.to, reason: input.reason });
    throw new TransitionRefusedError(input.orderId, row.status, input.to);
  }
  await tx.update(orders).set({ status: input.to, updatedAt: new Date() }).where(eq(orders.id, input.orderId));
  await recordOrderEvent(tx, {
    orderId: input.orderId,
    paymentId: input.paymentId,
    actor: input.actor,
    type: "status_changed",
    from: row.status,
    to: input.to,
    reason: input.reason,
    data: input.data,
  });
  return true;
}
