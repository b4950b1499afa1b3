import "server-only";
import { settleDueCaptures } from "./payments";
import { deliverQueuedWebhooks, type DeliveryReport } from "./webhooks";

/**
 * The PayPal emulator's share of the job `sandbox-deliveries` (lib/jobs/sandbox-deliveries.ts):
 * settles PENDING captures whose time has come (which queues their webhooks), then sends every
 * due webhook, retrying failed ones with backoff.
 */
export async function deliverDuePaypalWebhooks(opts: { now?: Date } = {}): Promise<DeliveryReport & { settled: number }> {
  const settled = await settleDueCaptures(opts.now);
  const report = await deliverQueuedWebhooks(opts);
  return { ...report, settled };
}
