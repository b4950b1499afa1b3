import "server-only";
import { asc, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db, Tx } from "@/lib/db/client";
import { orders, shipments, type Carrier } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderOrderShippedEmail } from "@/lib/mail/templates/order-shipped";
import { orderPaymentUrls } from "@/lib/orders/access";
import { carrierDisplayName, carrierTrackingUrl, normaliseTrackingNumber } from "@/lib/orders/carriers";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent } from "@/lib/orders/events";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { shippability } from "@/lib/orders/shippability";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";

/*
 * « Expédier » on the admin order page: records one parcel that left (day, carrier, tracking
 * number), tells the customer with the tracking link, and gives the order's invoices their
 * delivery date (the first parcel's day: invoices.ts reads the shipments table).
 *
 * In one transaction, the order row locked (two admins shipping at once are served one after the
 * other):
 * 1. the caller must be an admin (whatever the page or the action wrapper did);
 * 2. the form's request key already recorded (the same form sent twice: a double click) answers
 *    « déjà enregistré » with the first parcel: one shipment, one event, one e-mail;
 * 3. the page the admin saw must still be the order's version (STALE_ORDER_MESSAGE otherwise);
 * 4. the order's money must allow it (lib/orders/shippability.ts), else its French reason;
 * 5. the day is not in the future nor before the order; the same tracking number is not recorded
 *    twice on one order;
 * 6. the shipment row, the `order_shipped` event (with the admin's name; the timeline shows it)
 *    and the e-mail through the outbox: all or nothing.
 * Nothing here moves the order's payment status: shipping is recorded apart from it.
 */

export type ShipOrderInput = {
  orderId: string;
  shippedOn: string;
  carrier: Carrier;
  /** « other » only. */
  carrierName?: string | null;
  trackingNumber?: string | null;
  /** « other » only: a known carrier's link is computed from the number. */
  trackingUrl?: string | null;
  requestKey: string;
  /** The order's version when the page was shown (orderVersionOf); absent for callers with no page. */
  seenVersion?: string | null;
};

export type ShipOrderResult =
  | { ok: true; reference: string; shipmentId: string; parcel: number; already: boolean; message: string }
  | { ok: false; message: string; field?: "shippedOn" | "trackingNumber" | "carrierName" };

type Caller = Pick<CurrentUser, "id" | "role" | "name">;

export const SHIP_MESSAGES = {
  forbidden: "Action réservée aux administrateurs.",
  notFound: "Commande introuvable.",
  future: "La date d'expédition ne peut pas être dans le futur.",
  beforeOrder: "La date d'expédition ne peut pas précéder la commande.",
  carrierName: "Indiquez le nom du transporteur.",
  duplicateTracking: "Ce numéro de suivi est déjà enregistré pour cette commande.",
} as const;

export async function shipOrder(db: Db, caller: Caller | null, input: ShipOrderInput, now = new Date()): Promise<ShipOrderResult> {
  if (caller?.role !== "admin") return { ok: false, message: SHIP_MESSAGES.forbidden };
  const carrierName = input.carrier === "other" ? (input.carrierName?.trim() ?? "") : null;
  if (input.carrier === "other" && !carrierName) return { ok: false, field: "carrierName", message: SHIP_MESSAGES.carrierName };
  const trackingNumber = input.trackingNumber ? normaliseTrackingNumber(input.trackingNumber) : null;
  const trackingUrl = trackingNumber ? (carrierTrackingUrl(input.carrier, trackingNumber) ?? input.trackingUrl ?? null) : input.carrier === "other" ? (input.trackingUrl ?? null) : null;

  return db.transaction(async (tx): Promise<ShipOrderResult> => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) return { ok: false, message: SHIP_MESSAGES.notFound };
    const earlier = await tx.select().from(shipments).where(eq(shipments.orderId, order.id)).orderBy(asc(shipments.createdAt));
    const replay = earlier.findIndex((s) => s.requestKey === input.requestKey);
    if (replay >= 0) {
      return { ok: true, reference: order.reference, shipmentId: earlier[replay]!.id, parcel: replay + 1, already: true, message: "Ce colis est déjà enregistré : il n'est pas enregistré deux fois." };
    }
    if (input.seenVersion && input.seenVersion !== (await currentOrderVersion(tx, order.id))) return { ok: false, message: STALE_ORDER_MESSAGE };
    const allowed = shippability(order.status);
    if (!allowed.ok) return { ok: false, message: allowed.reason };
    if (input.shippedOn > todayInParis(now)) return { ok: false, field: "shippedOn", message: SHIP_MESSAGES.future };
    if (input.shippedOn < todayInParis(order.createdAt)) return { ok: false, field: "shippedOn", message: SHIP_MESSAGES.beforeOrder };
    if (trackingNumber && earlier.some((s) => s.carrier === input.carrier && s.trackingNumber === trackingNumber)) {
      return { ok: false, field: "trackingNumber", message: SHIP_MESSAGES.duplicateTracking };
    }

    const [shipment] = await tx
      .insert(shipments)
      .values({ orderId: order.id, shippedOn: input.shippedOn, carrier: input.carrier, carrierName, trackingNumber, trackingUrl, requestKey: input.requestKey, recordedBy: caller.id })
      .returning();
    await tx.update(orders).set({ updatedAt: now }).where(eq(orders.id, order.id));
    const parcel = earlier.length + 1;
    const carrierLabel = carrierDisplayName({ carrier: input.carrier, carrierName });
    await recordOrderEvent(tx, {
      orderId: order.id,
      actor: { type: "admin", id: caller.id },
      type: "order_shipped",
      reason: `Colis${parcel > 1 ? ` n° ${parcel}` : ""} expédié le ${formatIsoDateFr(input.shippedOn)} par ${carrierLabel}${trackingNumber ? ` (suivi ${trackingNumber})` : ""}`,
      data: { shipmentId: shipment!.id, parcel, shippedOn: input.shippedOn, carrier: input.carrier, carrierName: carrierLabel, trackingNumber, trackingUrl, adminName: caller.name },
    });
    await emailShipment(tx, order, { shippedOn: input.shippedOn, carrierName: carrierLabel, trackingNumber, trackingUrl, parcel });
    log.info("shipping", "order shipped", { orderId: order.id, parcel, carrier: input.carrier });
    return {
      ok: true,
      reference: order.reference,
      shipmentId: shipment!.id,
      parcel,
      already: false,
      message: `Colis${parcel > 1 ? ` n° ${parcel}` : ""} enregistré : le client reçoit un e-mail${trackingUrl ? " avec le lien de suivi" : ""}.`,
    };
  });
}

async function emailShipment(
  tx: Tx,
  order: typeof orders.$inferSelect,
  parcel: { shippedOn: string; carrierName: string; trackingNumber: string | null; trackingUrl: string | null; parcel: number },
): Promise<void> {
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.orderShipped,
    orderId: order.id,
    email: renderOrderShippedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      shippedOn: formatIsoDateFr(parcel.shippedOn),
      carrierName: parcel.carrierName,
      trackingNumber: parcel.trackingNumber,
      trackingUrl: parcel.trackingUrl,
      parcel: parcel.parcel,
      orderUrl: orderPaymentUrls(order).orderUrl,
      signature: `L'équipe ${env.merchant.name}`,
    }),
  });
}

export type ShipmentView = { id: string; shippedOn: string; carrierName: string; trackingNumber: string | null; trackingUrl: string | null };

/** A parcel as the pages show it. */
export function shipmentView(s: typeof shipments.$inferSelect): ShipmentView {
  return { id: s.id, shippedOn: s.shippedOn, carrierName: carrierDisplayName(s), trackingNumber: s.trackingNumber, trackingUrl: s.trackingUrl };
}

/** The parcels of an order, first sent first, for the admin, customer and pro pages. */
export async function shipmentsOfOrder(db: Db | Tx, orderId: string): Promise<ShipmentView[]> {
  const rows = await db.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.shippedOn), asc(shipments.createdAt));
  return rows.map(shipmentView);
}
