import "server-only";
import { and, asc, eq, or, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { sandboxObjects } from "@/lib/db/sandbox-schema";
import { lockObject } from "../store";
import { forbidden, notFound } from "./errors";
import { runPayplugTransaction, type Notify } from "./notifications";
import { failPayment, paymentKey } from "./payments";
import { getPayplugSettings, type PayplugSettings } from "./settings";
import { KIND, PROVIDER, type Payment } from "./types";

/*
 * Abandoned payments time out, as on PayPlug: a payer who never pays and leaves the page ends with
 * failure `{code: "timeout"}` (spec §4.2) and a notification to the shop, like any other failure.
 * Only an open payment can time out: unpaid, not failed or aborted, not authorized (a deferred
 * authorization has its own 7-day expiry, enforced at capture). Payments charged by an installment
 * plan are never open. The lifetime counts from created_at: `paymentTimeoutMs` (default 1 hour),
 * or `paymentLinkTimeoutMs` (default 7 days) for a payment sent by e-mail or SMS.
 *
 * The job `sandbox-deliveries` runs timeOutAbandonedPayments() (through runDuePayplugWork) and the
 * hosted page enforces the same deadline when it is opened or submitted between two runs.
 */

/** Whether the payment is still waiting for its payer (the only state that can time out). */
export function isOpenPayment(p: Payment): boolean {
  return !p.is_paid && !p.failure && !p.authorization?.authorized_at;
}

/** When an open payment times out (epoch seconds), or null when it never does. */
export function paymentDeadline(p: Payment, settings: PayplugSettings): number | null {
  const lifetimeMs = p.hosted_payment.sent_by ? settings.paymentLinkTimeoutMs : settings.paymentTimeoutMs;
  return lifetimeMs === null ? null : p.created_at + Math.ceil(lifetimeMs / 1000);
}

/** An open payment whose deadline has passed. */
export function hasTimedOut(p: Payment, settings: PayplugSettings, now: Date = new Date()): boolean {
  const deadline = paymentDeadline(p, settings);
  return isOpenPayment(p) && deadline !== null && now.getTime() / 1000 >= deadline;
}

/** Fails a locked payment with `timeout` if its time is up (its notification queued); null otherwise. */
export async function timeOutIfDue(
  tx: Tx,
  p: Payment,
  notify: Notify,
  opts: { now?: Date; settings?: PayplugSettings } = {},
): Promise<Payment | null> {
  const settings = opts.settings ?? (await getPayplugSettings(tx));
  return hasTimedOut(p, settings, opts.now) ? failPayment(tx, p, "timeout", notify) : null;
}

/** SQL twin of hasTimedOut (an open payment created at or before the cutoff of its kind). */
function dueWhere(settings: PayplugSettings, now: Date): SQL | undefined {
  const d = sandboxObjects.data;
  const createdBefore = (lifetimeMs: number) => sql`(${d}->>'created_at')::bigint <= ${Math.floor((now.getTime() - lifetimeMs) / 1000)}`;
  const hostedDue = settings.paymentTimeoutMs === null ? undefined : and(sql`${d}->'hosted_payment'->>'sent_by' is null`, createdBefore(settings.paymentTimeoutMs));
  const linkDue = settings.paymentLinkTimeoutMs === null ? undefined : and(sql`${d}->'hosted_payment'->>'sent_by' is not null`, createdBefore(settings.paymentLinkTimeoutMs));
  if (!hostedDue && !linkDue) return undefined;
  return and(
    eq(sandboxObjects.provider, PROVIDER),
    eq(sandboxObjects.kind, KIND.payment),
    sql`${d}->>'is_paid' = 'false'`,
    sql`${d}->>'failure' is null`,
    sql`${d}->'authorization'->>'authorized_at' is null`,
    or(hostedDue, linkDue),
  );
}

/** Test hook (admin endpoint `expire_payment`): one open payment times out now, whatever its deadline. */
export async function expirePayment(id: string): Promise<Payment> {
  return runPayplugTransaction(async (tx, notify) => {
    const stored = await lockObject<Payment>(tx, paymentKey(id));
    if (!stored) throw notFound("payment");
    if (!isOpenPayment(stored.data)) throw forbidden("Only an open, unpaid payment can expire.");
    return failPayment(tx, stored.data, "timeout", notify);
  });
}

/**
 * Times out the open payments whose deadline has passed (at most `limit` per call), each with its
 * notification. Rows are claimed with FOR UPDATE SKIP LOCKED: several instances may run this at
 * once, and a payment the payer is submitting right now (its row locked by the hosted page) is
 * left for the next run, which re-checks it. Tests pass `now` to move the clock forward.
 * Returns the ids timed out.
 */
export async function timeOutAbandonedPayments(opts: { now?: Date; limit?: number } = {}): Promise<string[]> {
  const now = opts.now ?? new Date();
  const settings = await getPayplugSettings();
  const where = dueWhere(settings, now);
  if (!where) return [];
  return runPayplugTransaction(async (tx, notify) => {
    const due = await tx
      .select({ id: sandboxObjects.id })
      .from(sandboxObjects)
      .where(where)
      .orderBy(asc(sandboxObjects.createdAt), asc(sandboxObjects.id))
      .limit(opts.limit ?? 50)
      .for("update", { skipLocked: true });
    const timedOut: string[] = [];
    for (const { id } of due) {
      const stored = await lockObject<Payment>(tx, paymentKey(id));
      if (stored && (await timeOutIfDue(tx, stored.data, notify, { now, settings }))) timedOut.push(id);
    }
    return timedOut;
  });
}
