import type { PaymentProvider } from "@/lib/db/schema";
import { screenPayplugNotification, type PayPlugNotificationScreen } from "@/lib/providers/payplug/notification-body";

/**
 * What a notification's body may be checked for BEFORE it costs anything (no provider call, no
 * full copy in the inbox). PayPlug's are unsigned: their ids are screened by shape
 * (lib/providers/payplug/notification-body.ts). PayPal's webhooks are signed: their body is
 * checked by the signature, not here.
 */
export type NotificationScreen = PayPlugNotificationScreen | { kind: "candidate"; resourceId: null; paymentRef: null };

export function screenNotification(provider: PaymentProvider, rawBody: string): NotificationScreen {
  return provider === "payplug" ? screenPayplugNotification(rawBody) : { kind: "candidate", resourceId: null, paymentRef: null };
}
