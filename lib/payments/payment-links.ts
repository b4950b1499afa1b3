import "server-only";
import { createHmac, randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { newToken, hashToken } from "@/lib/shared/tokens";
import { getDb, type Executor } from "@/lib/db/client";
import { availablePaymentMethods } from "@/lib/payments/methods";
import { instalmentPlans, instalments, orderLines, orders, paymentLinks, type InstalmentStatus, type PaymentMethod, type PaymentProvider } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { recordOrderEvent, type Actor } from "@/lib/orders/events";
import { moneyPosition } from "@/lib/orders/ledger";
import { orderSystemLinkKey } from "@/lib/orders/access";
import { unpaidOrderDeadline } from "@/lib/orders/unpaid-deadline";

/**
 * Secure payment links (/paiement/[token]) for an unpaid order: a 256-bit random token, of which
 * only the SHA-256 is stored (a database leak gives no working link), expiring after
 * env.paymentLinkTtlDays, single use: "used" once a payment started from it is paid
 * (reconcilePayment calls markPaymentLinkUsed). Sent by an admin from the back-office, by the
 * customer from a failed receipt (lib/use-cases/send-payment-link.ts), and automatically in the
 * failure e-mail.
 */

export type PaymentLinkMethod = { method: PaymentMethod; provider: PaymentProvider | null; label: string; description: string };

/**
 * What a link lets its holder pay with: the checkout's methods for this amount as a guest (a link
 * is not a signed-in session, so never net-30), less the transfer or cheque the order already
 * waits for. A provider without keys in production is not offered (the registry's rule).
 */
export function availablePaymentLinkMethods(dueCents: number, awaiting: PaymentMethod | null = null): PaymentLinkMethod[] {
  return availablePaymentMethods({ user: null, totalCents: dueCents })
    .filter((m) => m.id !== awaiting)
    .map((m) => ({ method: m.id, provider: m.provider ?? null, label: m.label, description: m.description }));
}

/** What a link's page offers: a part of a card instalment plan is paid by card only (PayPlug, the plan's own provider). */
export function paymentLinkMethodsFor(view: Pick<PaymentLinkView, "instalment" | "order">): PaymentLinkMethod[] {
  const methods = availablePaymentLinkMethods(view.order.dueCents, view.order.awaiting);
  return view.instalment ? methods.filter((m) => m.method === "card" && m.provider === "payplug") : methods;
}

export type PaymentLinkState = "valid" | "expired" | "used" | "paid" | "cancelled";

/**
 * What a link allows now. Pure, unit-tested. Order of the checks: the order's own state first (an
 * order paid by any means makes every link "paid"), then use, then expiry.
 */
export function paymentLinkState(
  link: { expiresAt: Date; usedAt: Date | null },
  order: { status: string },
  now: Date = new Date(),
  /** A link for one part of a card instalment plan: that part's state, not the order's, says whether it is paid. */
  part?: { status: InstalmentStatus } | null,
): PaymentLinkState {
  if (part) {
    if (part.status === "cashed" || ["paid", "refunded", "partially_refunded"].includes(order.status)) return "paid";
  } else if (["paid", "refunded", "partially_refunded", "on_account"].includes(order.status)) return "paid";
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
export async function createPaymentLinkInTx(tx: Executor, input: { orderId: string; sentTo: string; actor: Actor; now?: Date; instalmentId?: string | null }) {
  return insertPaymentLink(tx, { ...input, id: randomUUID(), token: newToken() });
}

async function insertPaymentLink(
  tx: Executor,
  input: { id: string; token: string; orderId: string; sentTo: string; actor: Actor; now?: Date; expiresAt?: Date; instalmentId?: string | null },
) {
  const { token } = input;
  const expiresAt = input.expiresAt ?? paymentLinkExpiry(input.now);
  const [link] = await tx
    .insert(paymentLinks)
    .values({
      id: input.id,
      orderId: input.orderId,
      tokenHash: hashToken(token),
      expiresAt,
      sentTo: input.sentTo,
      createdByType: input.actor.type,
      createdById: input.actor.id ?? null,
      instalmentId: input.instalmentId ?? null,
    })
    .returning({ id: paymentLinks.id });
  await recordOrderEvent(tx, {
    orderId: input.orderId,
    actor: input.actor,
    type: "payment_link_created",
    data: { linkId: link!.id, sentTo: input.sentTo, expiresAt: expiresAt.toISOString(), instalmentId: input.instalmentId ?? null },
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
 *
 * A system link expires when the order would be cancelled for lack of payment
 * (lib/orders/unpaid-deadline.ts: the failure that sends it, plus STALE_ONLINE_ORDER_HOURS), not
 * after PAYMENT_LINK_TTL_DAYS: the automatic link does not keep the order alive, so promising a
 * week would be false. Reused by a later failure, it is pushed to that failure's deadline.
 */
const SYSTEM_LINK_PURPOSE = "caisse:system-payment-link:v1:";

function systemLinkToken(orderId: string, linkId: string): string {
  return createHmac("sha256", orderSystemLinkKey(orderId)).update(SYSTEM_LINK_PURPOSE + linkId).digest("base64url");
}

/**
 * The payment link for an e-mail the shop sends by itself: the latest system link of this order,
 * sent to the same address, unused and not expired (its expiry pushed to the new deadline), or
 * else a new one. Inside the caller's transaction (order locked); `reused` says which.
 */
export async function ensureSystemPaymentLink(tx: Executor, input: { orderId: string; sentTo: string; actor: Actor; now?: Date; staleHours?: number }) {
  const now = input.now ?? new Date();
  const expiresAt = unpaidOrderDeadline(now, input.staleHours ?? env.staleOnlineOrderHours);
  const [candidate] = await tx
    .select({ id: paymentLinks.id, tokenHash: paymentLinks.tokenHash, expiresAt: paymentLinks.expiresAt })
    .from(paymentLinks)
    .where(
      and(
        eq(paymentLinks.orderId, input.orderId),
        eq(paymentLinks.createdByType, "system"),
        eq(paymentLinks.sentTo, input.sentTo),
        isNull(paymentLinks.usedAt),
        // A link for one part of a card plan pays that part only: never reused for the whole order.
        isNull(paymentLinks.instalmentId),
        gt(paymentLinks.expiresAt, now),
      ),
    )
    .orderBy(desc(paymentLinks.createdAt))
    .limit(1);
  if (candidate) {
    const token = systemLinkToken(input.orderId, candidate.id);
    if (hashToken(token) === candidate.tokenHash) {
      const later = candidate.expiresAt.getTime() >= expiresAt.getTime() ? candidate.expiresAt : expiresAt;
      if (later !== candidate.expiresAt) {
        await tx.update(paymentLinks).set({ expiresAt: later }).where(eq(paymentLinks.id, candidate.id));
        await recordOrderEvent(tx, { orderId: input.orderId, actor: input.actor, type: "payment_link_extended", data: { linkId: candidate.id, expiresAt: later.toISOString() } });
      }
      return { id: candidate.id, token, url: paymentLinkUrl(token), expiresAt: later, reused: true };
    }
  }
  const id = randomUUID();
  const token = systemLinkToken(input.orderId, id);
  const link = await insertPaymentLink(tx, { ...input, now, id, token, expiresAt });
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
  /** Sent by the shop itself after a failure: it lasts until the order's deadline, not PAYMENT_LINK_TTL_DAYS. */
  automatic: boolean;
  /** A link for one part of a card instalment plan: its amount is what the link pays (order.dueCents is set to it). */
  instalment: { id: string; position: number; count: number; amountCents: number; dueOn: string; planRef: string | null } | null;
  order: {
    id: string;
    reference: string;
    /** Where the order's e-mails (and any new link) go. */
    email: string;
    totalCents: number;
    dueCents: number;
    /** The transfer or cheque the order waits for, if any. */
    awaiting: PaymentMethod | null;
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
  const [part] = row.link.instalmentId
    ? await db
        .select({ part: instalments, plan: instalmentPlans })
        .from(instalments)
        .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
        .where(eq(instalments.id, row.link.instalmentId))
    : [];
  return {
    state: paymentLinkState(row.link, row.order, now, part?.part ?? null),
    linkId: row.link.id,
    expiresAt: row.link.expiresAt,
    automatic: row.link.createdByType === "system",
    instalment: part
      ? { id: part.part.id, position: part.part.position, count: part.plan.count, amountCents: part.part.amountCents, dueOn: part.part.dueOn, planRef: part.plan.providerRef }
      : null,
    order: {
      id: row.order.id,
      reference: row.order.reference,
      email: row.order.email,
      totalCents: row.order.totalCents,
      dueCents: part ? part.part.amountCents : moneyPosition(row.order).dueCents,
      awaiting: row.order.status === "awaiting_transfer" || row.order.status === "awaiting_cheque" ? row.order.paymentMethod : null,
      itemsCents: row.order.itemsCents,
      shippingCents: row.order.shippingCents,
      lines,
    },
  };
}
