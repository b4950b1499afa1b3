import "server-only";
import { env } from "@/lib/shared/env";
import { runDuePayplugWork, type PayplugJobReport } from "@/lib/sandbox/payplug/jobs";
import { deliverDuePaypalWebhooks } from "@/lib/sandbox/paypal/jobs";

export type SandboxDeliveriesReport = {
  /** Notification attempts made and abandoned payments timed out, or null when PayPlug runs with real keys. */
  payplug: PayplugJobReport | null;
  /** Webhook attempts and settled pending captures, or null when PayPal runs with real keys. */
  paypal: { attempted: number; delivered: number; failed: number; settled: number } | null;
};

/**
 * The job `sandbox-deliveries`: the emulators' outgoing notifications (retries, delayed ones, and
 * anything the immediate attempt missed) for PayPlug and PayPal, plus the emulators' own clocks:
 * PayPlug's abandoned payments that time out, PayPal's pending captures that are due to settle.
 * A provider running with real keys is skipped. One emulator failing does not stop the other; the
 * job then throws so the scheduler sees the failure.
 */
export async function runSandboxDeliveries(opts: { now?: Date } = {}): Promise<SandboxDeliveriesReport> {
  const report: SandboxDeliveriesReport = { payplug: null, paypal: null };
  const errors: unknown[] = [];
  if (env.payplug.sandbox) {
    try {
      report.payplug = await runDuePayplugWork({ now: opts.now });
    } catch (error) {
      errors.push(error);
    }
  }
  if (env.paypal.sandbox) {
    try {
      report.paypal = await deliverDuePaypalWebhooks({ now: opts.now });
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw new AggregateError(errors, "sandbox deliveries failed");
  return report;
}
