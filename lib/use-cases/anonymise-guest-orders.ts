import "server-only";
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, payments } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { recordOrderEvent } from "@/lib/orders/events";
import { moneyPosition } from "@/lib/orders/ledger";

/*
 * Retention (RGPD art. 5-1-e): a guest's personal data is kept while it serves the order — delivery,
 * payment, returns, disputes — then erased. Job "anonymise-guest-orders": guest orders (no account)
 * older than GUEST_DATA_RETENTION_MONTHS (36 by default, the CNIL's usual span after the last
 * contact with a customer), settled — paid, refunded or cancelled, nothing due or to give back,
 * nothing flagged, no payment still open — lose their e-mail, phone, names and street addresses,
 * everywhere the shop copied them: the order, its e-mails, its payments' provider copies, its
 * events. What accounting law keeps for ten years (Code de commerce L123-22) stays: reference,
 * dates, lines, amounts, VAT, the country of each address (it decides the VAT), the provider's
 * transaction ids. Accounts are not touched: their owners keep them and can close them.
 *
 * Several instances: each batch is claimed with FOR UPDATE SKIP LOCKED and done in one transaction.
 */

const BATCH = 100;
const SETTLED = ["paid", "refunded", "partially_refunded", "cancelled"] as const;
const ERASED = "—";

export function anonymisedAddress(a: PostalAddress): PostalAddress {
  return { firstName: ERASED, lastName: ERASED, line1: ERASED, postalCode: "", city: ERASED, country: a.country };
}

export function anonymisedEmail(orderId: string): string {
  return `anonyme-${orderId}@invalid`;
}

export type AnonymiseReport = { anonymised: number };

export async function anonymiseGuestOrders(options: { now?: Date; retentionMonths?: number } = {}): Promise<AnonymiseReport> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const before = new Date(now);
  before.setMonth(before.getMonth() - (options.retentionMonths ?? env.guestDataRetentionMonths));
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select()
      .from(orders)
      .where(and(isNull(orders.userId), isNull(orders.anonymisedAt), isNull(orders.flag), lt(orders.createdAt, before), inArray(orders.status, [...SETTLED])))
      .orderBy(orders.createdAt)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const settled = candidates.filter((o) => {
      const { dueCents, excessCents } = moneyPosition(o);
      return dueCents === 0 && excessCents === 0;
    });
    if (settled.length === 0) return { anonymised: 0 };
    const open = await tx
      .select({ orderId: payments.orderId })
      .from(payments)
      .where(and(inArray(payments.orderId, settled.map((o) => o.id)), inArray(payments.status, ["created", "pending"])));
    const openIds = new Set(open.map((p) => p.orderId));
    const ready = settled.filter((o) => !openIds.has(o.id));
    for (const order of ready) {
      await tx
        .update(orders)
        .set({
          email: anonymisedEmail(order.id),
          phone: "",
          billingAddress: anonymisedAddress(order.billingAddress),
          shippingAddress: anonymisedAddress(order.shippingAddress),
          anonymisedAt: now,
          updatedAt: now,
        })
        .where(eq(orders.id, order.id));
      await tx.update(payments).set({ payerEmail: null, providerData: null }).where(eq(payments.orderId, order.id));
      await tx
        .update(emailOutbox)
        .set({ toAddress: anonymisedEmail(order.id), html: "", text: "" })
        .where(eq(emailOutbox.orderId, order.id));
      // Events keep what happened; the addresses they named (links sent to…) go.
      await tx
        .update(orderEvents)
        .set({ data: sql`${orderEvents.data} - 'sentTo' - 'email' - 'payerEmail'` })
        .where(and(eq(orderEvents.orderId, order.id), sql`${orderEvents.data} ?| array['sentTo', 'email', 'payerEmail']`));
      await recordOrderEvent(tx, {
        orderId: order.id,
        actor: { type: "system", id: "anonymise-guest-orders" },
        type: "personal_data_erased",
        data: { retentionMonths: options.retentionMonths ?? env.guestDataRetentionMonths },
      });
    }
    if (ready.length) log.info("retention", "guest orders anonymised", { count: ready.length });
    return { anonymised: ready.length };
  });
}
