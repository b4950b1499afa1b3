import "server-only";
import { chargeDueInstallments } from "./installment-plans";
import { deliverDuePayplugNotifications } from "./notifications";
import { timeOutAbandonedPayments } from "./timeouts";

export type PayplugJobReport = { attempted: number; timedOut: number; instalmentsCharged: number };

/**
 * The PayPlug emulator's share of the job `sandbox-deliveries` (lib/jobs/sandbox-deliveries.ts):
 * times out the abandoned payments whose deadline has passed (which queues their notifications),
 * charges the installments due by the emulator's clock, then sends every due notification, retrying failed ones with backoff. Both claim their rows with
 * FOR UPDATE SKIP LOCKED, so any number of instances may run it.
 */
export async function runDuePayplugWork(opts: { now?: Date } = {}): Promise<PayplugJobReport> {
  const charges = await chargeDueInstallments({ now: opts.now });
  const timedOut = await timeOutAbandonedPayments({ now: opts.now });
  const attempts = await deliverDuePayplugNotifications({ now: opts.now });
  return { attempted: attempts.length, timedOut: timedOut.length, instalmentsCharged: charges.charged.length };
}
