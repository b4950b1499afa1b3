import type { PaymentProvider } from "@/lib/db/schema";
import { payplugNotificationBodySchema } from "@/lib/providers/payplug/schemas";

/**
 * What a notification's body may be checked for BEFORE it costs anything: no provider call, no
 * full copy in the inbox. PayPlug's notifications are unsigned (specs/payplug.md §9): anyone can
 * POST any body, and each one we authenticate costs a GET on the merchant's PayPlug quota. So a
 * body whose id cannot be one of PayPlug's is refused here, and the id of a well-formed one is
 * handed on so the caller can tell ours from unknown ones. PayPal's webhooks are signed: their
 * body is checked by the signature, not here.
 *
 * The shapes are PayPlug's (spec §2, "IDs": a prefix and base62, ~22 characters; the emulator,
 * lib/sandbox/ids.ts, makes prefix + 22 base62), with room for a longer id: a real one refused
 * here would be a notification lost, PayPlug does not resend a 4xx.
 * TODO(providers): this knowledge belongs in lib/providers/payplug (a gateway verb reading the
 * notification's hint); it sits here until the provider layer's owner adds it.
 */
const PAYPLUG_ID_SHAPES = {
  payment: /^pay_[A-Za-z0-9]{1,64}$/,
  refund: /^re_[A-Za-z0-9]{1,64}$/,
  installment_plan: /^inst_[A-Za-z0-9]{1,64}$/,
} as const;

export type NotificationScreen =
  /** Cannot be a notification of this provider: refused with 400, only a small record kept. */
  | { kind: "malformed"; reason: string }
  /** Well-formed, of a type the shop never creates (e.g. an accounting report): 200, nothing fetched. */
  | { kind: "irrelevant"; resourceId: string; reason: string }
  /**
   * Worth authenticating. resourceId: the id an unsigned body names (null for signed
   * notifications); paymentRef: the provider payment it names, when that is how we record it.
   */
  | { kind: "candidate"; resourceId: string | null; paymentRef: string | null };

export function screenNotification(provider: PaymentProvider, rawBody: string): NotificationScreen {
  if (provider !== "payplug") return { kind: "candidate", resourceId: null, paymentRef: null };
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { kind: "malformed", reason: "invalid JSON" };
  }
  const parsed = payplugNotificationBodySchema.safeParse(json);
  if (!parsed.success) return { kind: "malformed", reason: "no object/id" };
  const { object, id, payment_id: paymentId } = parsed.data;
  if (!(object in PAYPLUG_ID_SHAPES)) {
    if (!/^[a-z_]{1,40}$/.test(object) || !/^[a-z]{1,10}_[A-Za-z0-9]{1,64}$/.test(id)) return { kind: "malformed", reason: "unknown object of an unknown shape" };
    return { kind: "irrelevant", resourceId: id, reason: `unknown object type ${object}` };
  }
  const type = object as keyof typeof PAYPLUG_ID_SHAPES;
  if (!PAYPLUG_ID_SHAPES[type].test(id)) return { kind: "malformed", reason: `not a PayPlug ${type} id` };
  if (type === "refund") {
    if (!paymentId) return { kind: "malformed", reason: "refund without payment_id" };
    if (!PAYPLUG_ID_SHAPES.payment.test(paymentId)) return { kind: "malformed", reason: "refund of something that is not a PayPlug payment id" };
  }
  return { kind: "candidate", resourceId: id, paymentRef: type === "payment" ? id : null };
}
