import { payplugNotificationBodySchema } from "./schemas";

/*
 * What a PayPlug notification's body says, and what can be refused from it BEFORE it costs
 * anything. PayPlug's notifications are unsigned (specs/payplug.md §9): anyone can POST any body,
 * and each one authenticated costs a GET on the merchant's PayPlug quota. So a body whose id cannot
 * be one of PayPlug's is refused before any call, and a well-formed id is handed on so the shop can
 * tell its own payments from unknown ones.
 *
 * The shapes are PayPlug's (spec §2, "IDs": a prefix and base62, ~22 characters; the emulator,
 * lib/sandbox/ids.ts, makes prefix + 22 base62), with room for a longer id: a real one refused
 * here would be a notification lost, PayPlug does not resend a 4xx.
 */
export const PAYPLUG_ID_SHAPES = {
  payment: /^pay_[A-Za-z0-9]{1,64}$/,
  refund: /^re_[A-Za-z0-9]{1,64}$/,
  installment_plan: /^inst_[A-Za-z0-9]{1,64}$/,
} as const;

export type PayPlugNotificationBody = { object: string; id: string; payment_id?: string | null };

/** The body's type and ids, or why it cannot be read. */
export function readPayplugNotificationBody(rawBody: string): { ok: true; body: PayPlugNotificationBody } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "invalid JSON" };
  }
  const parsed = payplugNotificationBodySchema.safeParse(json);
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, reason: "no object/id" };
}

export type PayPlugNotificationScreen =
  /** Cannot be a PayPlug notification: refused with 400, only a small record kept. */
  | { kind: "malformed"; reason: string }
  /** Well-formed, of a type the shop never creates (e.g. an accounting report): 200, nothing fetched. */
  | { kind: "irrelevant"; resourceId: string; reason: string }
  /** Worth authenticating: the id the body names, and the payment it names when it is one. */
  | { kind: "candidate"; resourceId: string; paymentRef: string | null };

export function screenPayplugNotification(rawBody: string): PayPlugNotificationScreen {
  const read = readPayplugNotificationBody(rawBody);
  if (!read.ok) return { kind: "malformed", reason: read.reason };
  const { object, id, payment_id: paymentId } = read.body;
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
