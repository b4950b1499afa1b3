import "server-only";
import { env } from "@/lib/env";
import { deliverDuePayplugNotifications } from "@/lib/sandbox/payplug/notifications";

/**
 * The emulators' outgoing notifications (retries, delayed ones, and anything the immediate attempt
 * missed). Does nothing for a provider running with real keys. Other emulators add their call here.
 */
export async function runSandboxDeliveries(): Promise<{ payplug: number }> {
  const payplug = env.payplug.sandbox ? (await deliverDuePayplugNotifications()).length : 0;
  return { payplug };
}
