import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { sandboxWarn } from "../log";
import { runInBackground } from "../background";
import { deliverDueDeliveries, enqueueDelivery, type DeliveryAttempt } from "../deliveries";
import { lockObject, saveObject } from "../store";
import { getPayplugSettings, lockPayplugSettings, savePayplugSettings } from "./settings";
import { KIND, PROVIDER, type InstallmentPlan, type NotifiableResource, type Payment } from "./types";

/*
 * PayPlug's notifications (IPN): after each change, the resource's JSON is POSTed to its
 * notification_url, unsigned, as PayPlug does. The shop's HTTP status is recorded in
 * notification.response_code. PayPlug documents no retry policy; the emulator retries non-2xx
 * answers and network errors with backoff (settings.retryScheduleMs), which is what a careful shop
 * must survive anyway, together with the injected faults (delay, duplicates, reordering, loss).
 */

export type Notify = (resource: NotifiableResource, url: string | null) => Promise<void>;

async function queueNotification(tx: Tx, resource: NotifiableResource, url: string | null): Promise<boolean> {
  if (!url) return false;
  const settings = await lockPayplugSettings(tx);
  const nf = settings.notifications;
  let dropped = Math.random() < nf.dropRate;
  if (nf.dropNext > 0) {
    dropped = true;
    await savePayplugSettings(tx, { ...settings, notifications: { ...nf, dropNext: nf.dropNext - 1 } });
  }
  const notBefore = new Date(Date.now() + nf.delayMs + (nf.reorder ? nf.reorderHoldMs : 0));
  const copies = dropped ? 1 : 1 + nf.duplicate;
  const body = JSON.stringify(resource);
  for (let i = 0; i < copies; i++) {
    await enqueueDelivery(tx, {
      provider: PROVIDER,
      url,
      body,
      headers: { "user-agent": "PayPlug-Emulator/1.0 (Caisse sandbox)" },
      objectId: resource.id,
      notBefore,
      dropped,
      jumpQueue: nf.reorder && i === 0,
    });
  }
  return !dropped;
}

/**
 * Runs a state change in one transaction, with `notify` to queue notifications inside it; once it
 * has committed, the first delivery attempt starts in the background (unless switched off).
 */
export async function runPayplugTransaction<T>(work: (tx: Tx, notify: Notify) => Promise<T>): Promise<T> {
  const db = await getDb();
  let queued = false;
  const result = await db.transaction(async (tx) => {
    const notify: Notify = async (resource, url) => {
      if (await queueNotification(tx, resource, url)) queued = true;
    };
    return work(tx, notify);
  });
  if (queued) kickPayplugDeliveries();
  return result;
}

export function kickPayplugDeliveries(): void {
  runInBackground(
    async () => {
      const settings = await getPayplugSettings();
      if (settings.immediateDelivery) await deliverDuePayplugNotifications();
    },
    (error) => sandboxWarn("sandbox.payplug", "immediate notification delivery failed", error),
  );
}

async function recordResponseCode(attempt: DeliveryAttempt): Promise<void> {
  if (attempt.status === null || !attempt.objectId) return;
  const status = attempt.status;
  const kind = attempt.objectId.startsWith("pay_") ? KIND.payment : attempt.objectId.startsWith("inst_") ? KIND.plan : null;
  if (!kind) return; // refunds carry no notification field
  const db = await getDb();
  await db.transaction(async (tx) => {
    const key = { provider: PROVIDER, kind, id: attempt.objectId ?? "" };
    const stored = await lockObject<Payment | InstallmentPlan>(tx, key);
    if (!stored) return;
    const data = stored.data;
    await saveObject(tx, key, { ...data, notification: { ...data.notification, response_code: status } });
  });
}

/**
 * Sends the PayPlug notifications that are due (claimed with FOR UPDATE SKIP LOCKED, so several
 * instances may run it), records each answer, and schedules retries. The `sandbox-deliveries` job
 * calls it; tests pass `now` to move the clock forward instead of sleeping.
 */
export async function deliverDuePayplugNotifications(opts: { now?: Date; limit?: number } = {}): Promise<DeliveryAttempt[]> {
  const settings = await getPayplugSettings();
  return deliverDueDeliveries({
    provider: PROVIDER,
    retryScheduleMs: settings.retryScheduleMs,
    timeoutMs: settings.deliveryTimeoutMs,
    now: opts.now,
    limit: opts.limit,
    onAttempt: recordResponseCode,
  });
}
