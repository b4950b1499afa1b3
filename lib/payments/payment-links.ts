import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { newToken, hashToken } from "@/lib/shared/tokens";
import { getDb, type Executor } from "@/lib/db/client";
import { PAYMENT_METHOD_LABELS } from "@/lib/payments/labels";
import { orderLines, orders, paymentLinks, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { moneyPosition } from "@/lib/orders/ledger";
import { orderSystemLinkKey } from "@/lib/orders/access";

/**
 * Secure payment links (/paiement/[token]) for an unpaid order: a 256-bit random token, of which
 * only the SHA-256 is stored (a database leak gives no working link), expiring after
 * env.paymentLinkTtlDays, single use: "used" once a payment started from it is paid
 * (reconcilePayment calls markPaymentLinkUsed). Sent by an admin from the back-office, by the
 * customer from a failed receipt (lib/use-cases/send-payment-link.ts), and automatically in the
 * failure e-mail.
 */

/** The online methods a link can pay with. PayPal adds itself here. */
export const PAYMENT_LINK_METHODS: readonly { method: PaymentMethod; provider: PaymentProvider; label: string; description: string }[] = [
  { method: "card", provider: "payplug", label: PAYMENT_METHOD_LABELS.card, description: "Visa, Mastercard, CB — sur la page sécurisée de PayPlug, avec le code de votre banque (3-D Secure)." },
  { method: "paypal", provider: "paypal", label: PAYMENT_METHOD_LABELS.paypal, description: "Avec votre compte PayPal, ou par carte bancaire via PayPal sans créer de compte." },
];

/** The link methods this shop offers now (a provider without keys in production is not offered). */
export function availablePaymentLinkMethods(): typeof PAYMENT_LINK_METHODS {
  return PAYMENT_LINK_METHODS.filter((m) => env[m.provider].enabled);
}

export type PaymentLinkState = "valid" | "expired" | "used" | "paid" | "cancelled";

/**
 * What a link allows now. Pure, unit-tested. Order of the checks: the order's own state first (an
 * order paid by any means makes every link "paid"), then use, then expiry.
 */
export function paymentLinkState(link: { expiresAt: Date; usedAt: Date | null }, order: { status: string }, now: Date = new Date()): PaymentLinkState {
  if (["paid", "refunded", "partially_refunded", "on_account"].includes(order.status)) return "paid";
  if (order.status === "cancelled") return "cancelled";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export function paymentLinkUrl(token: string): string {
  return `${env.appUrl}/paiement/${encodeURIComponent(token)}`;
}

export function paymentLinkExpiry(now: Date = new Date(), ttlDays: number = env.paymentLinkTtlDays): Date {
  return new Date(now.getTime() + ttlDays * 24 * 60 * 60 * 1000);
}

/** Creates a link inside the caller's transaction; the raw token exists only in the returned URL. */
export async function createPaymentLinkInTx(tx: Executor, input: { orderId: string; sentTo: string; actor: Actor; now?: Date }) {
  return insertPaymentLink(tx, { ...input, id: randomUUID(), token: newToken() });
}

async function insertPaymentLink(tx: Executor, input: { id: string; token: string; orderId: string; sentTo: string; actor: Actor; now?: Date }) {
  const { token } = input;
  const expiresAt = paymentLinkExpiry(input.now);
  const [link] = await tx
    .insert(paymentLinks)
    .values({ id: input.id, orderId: input.orderId, tokenHash: hashToken(token), expiresAt, sentTo: input.sentTo, createdByType: input.actor.type, createdById: input.actor.id ?? null })
    .returning({ id: paymentLinks.id });
  await recordOrderEvent(tx, {
    orderId: input.orderId,
    actor: input.actor,
    type: "payment_link_created",
    data: { linkId: link!.id, sentTo: input.sentTo, expiresAt: expiresAt.toISOString() },
  });
  return { id: link!.id, token, url: paymentLinkUrl(token), expiresAt };
}

/*
 * Links the shop sends by itself (the failure e-mail) are reused rather than minted at every
 * failure: a customer whose card is refused three times gets the same link three times, not three
 * open links. To put a stored link back in an e-mail we must be able to rebuild its token, which
 * only its hash records: so a system link's token is an HMAC of its id, keyed by the order's
 * system link key (orderSystemLinkKey, an HMAC under the server's secret). A database leak still gives no
 * working link; rotating the secret makes old system links unrebuildable, and a new one is minted
 * (the stored hash is compared before reuse). Admin and customer links stay purely random.
 */
const SYSTEM_LINK_PURPOSE = "caisse:system-payment-link:v1:";
/** A reused link must stay valid at least this long after the e-mail that carries it. */
const SYSTEM_LINK_MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

function systemLinkToken(orderId: string, linkId: string): string {
  return createHmac("sha256", orderSystemLinkKey(orderId)).update(SYSTEM_LINK_PURPOSE + linkId).digest("base64url");
}

/**
 * The payment link for an e-mail the shop sends by itself: the latest system link of this order,
 * sent to the same address, unused and valid for at least another day, or else a new one. Inside
 * the caller's transaction (order locked); `reused` says which.
 */
export async function ensureSystemPaymentLink(tx: Executor, input: { orderId: string; sentTo: string; actor: Actor; now?: Date }) {
  const now = input.now ?? new Date();
  const [candidate] = await tx
    .select({ id: paymentLinks.id, tokenHash: paymentLinks.tokenHash, expiresAt: paymentLinks.expiresAt })
    .from(paymentLinks)
    .where(
      and(
        eq(paymentLinks.orderId, input.orderId),
        eq(paymentLinks.createdByType, "system"),
        eq(paymentLinks.sentTo, input.sentTo),
        isNull(paymentLinks.usedAt),
        gt(paymentLinks.expiresAt, new Date(now.getTime() + SYSTEM_LINK_MIN_REMAINING_MS)),
      ),
    )
    .orderBy(desc(paymentLinks.createdAt))
    .limit(1);
  if (candidate) {
    const token = systemLinkToken(input.orderId, candidate.id);
    if (hashToken(token) === candidate.tokenHash) return { id: candidate.id, token, url: paymentLinkUrl(token), expiresAt: candidate.expiresAt, reused: true };
  }
  const id = randomUUID();
  const token = systemLinkToken(input.orderId, id);
  const link = await insertPaymentLink(tx, { ...input, now, id, token });
  return { ...link, reused: false };
}

export async function markPaymentLinkUsed(tx: Executor, linkId: string): Promise<void> {
  await tx.update(paymentLinks).set({ usedAt: new Date() }).where(and(eq(paymentLinks.id, linkId), isNull(paymentLinks.usedAt)));
}

export type SendPaymentLinkResult =
  | { ok: true; sentTo: string; expiresAt: Date }
  | { ok: false; reason: "not_found" | "not_payable" | "too_soon"; message: string };

export const PAYMENT_LINK_MESSAGES = {
  sent: (email: string) => `Un nouveau lien de paiement sécurisé vient d'être envoyé à ${email}.`,
  not_found: "Commande introuvable.",
  not_payable: "Cette commande n'est plus en attente de paiement : aucun lien n'a été envoyé.",
  too_soon: "Un lien vient déjà de vous être envoyé : vérifiez votre boîte de réception (et les indésirables) avant d'en demander un autre.",
} as const;

export type PaymentLinkView = {
  state: PaymentLinkState;
  linkId: string;
  expiresAt: Date;
  order: {
    id: string;
    reference: string;
    /** Where the order's e-mails (and any new link) go. */
    email: string;
    totalCents: number;
    dueCents: number;
    itemsCents: number;
    shippingCents: number;
    lines: { name: string; quantity: number; lineTotalCents: number }[];
  };
};

/** The link behind a token, with what it allows now; null when no such link exists. */
export async function findPaymentLink(token: string, now: Date = new Date()): Promise<PaymentLinkView | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ link: paymentLinks, order: orders })
    .from(paymentLinks)
    .innerJoin(orders, eq(orders.id, paymentLinks.orderId))
    .where(eq(paymentLinks.tokenHash, hashToken(token)));
  if (!row) return null;
  const lines = await db
    .select({ name: orderLines.name, quantity: orderLines.quantity, lineTotalCents: orderLines.lineTotalCents })
    .from(orderLines)
    .where(eq(orderLines.orderId, row.order.id))
    .orderBy(asc(orderLines.position));
  return {
    state: paymentLinkState(row.link, row.order, now),
    linkId: row.link.id,
    expiresAt: row.link.expiresAt,
    order: {
      id: row.order.id,
      reference: row.order.reference,
      email: row.order.email,
      totalCents: row.order.totalCents,
      dueCents: moneyPosition(row.order).dueCents,
      itemsCents: row.order.itemsCents,
      shippingCents: row.order.shippingCents,
      lines,
    },
  };
}
