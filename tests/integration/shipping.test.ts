import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import AdminOrderPage from "@/app/admin/commandes/[reference]/page";
import { recordTransferAction } from "@/app/admin/commandes/[reference]/record-transfer-action";
import { shipOrderAction } from "@/app/admin/commandes/[reference]/ship-order-action";
import CustomerOrderPage from "@/app/(shop)/commandes/[reference]/page";
import ProPortalPage from "@/app/pro/page";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { Db } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, ORDER_STATUSES, payments, shipments } from "@/lib/db/schema";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { orderLinkToken } from "@/lib/orders/access";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { shippability } from "@/lib/orders/shippability";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { todayInParis } from "@/lib/shared/dates";
import { invoiceForOrderPage } from "@/lib/use-cases/invoices";
import { shipOrder, SHIP_MESSAGES } from "@/lib/use-cases/ship-order";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, paidFirstOrder, placeProOrder } from "@/tests/support/pro-fixtures";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * « Expédier » on the admin order page: only an order whose money allows it ships, one parcel per
 * form however often it is sent (one event, one e-mail), several parcels per order, refused to
 * anyone but an admin and on a stale page, and the parcels with their tracking links on the
 * customer's order page, the pro portal, and the invoice's delivery date.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).mockedNextCache(original));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

const today = todayInParis();
const parcel = (orderId: string, over: Partial<Parameters<typeof shipOrder>[2]> = {}) => ({
  orderId,
  shippedOn: today,
  carrier: "colissimo" as const,
  trackingNumber: "6A 1234 5678 9",
  requestKey: crypto.randomUUID(),
  ...over,
});
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const shipFields = (orderId: string, requestKey = crypto.randomUUID()) => ({ orderId, shippedOn: today, carrier: "colissimo", trackingNumber: "6A123456789", requestKey, confirm: "oui" });
const act = (action: (seen: { orderId: string; version: string }, s: FormState, f: FormData) => Promise<FormState>, seen: { orderId: string; version: string }, fields: Record<string, string>) =>
  action(seen, IDLE_FORM_STATE, form(fields));

async function footprint(orderId: string) {
  const n = async (rows: Promise<{ n: number }[]>) => (await rows)[0]!.n;
  return {
    shipments: await n(db.select({ n: count() }).from(shipments).where(eq(shipments.orderId, orderId))),
    events: await n(db.select({ n: count() }).from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "order_shipped")))),
    emails: await n(db.select({ n: count() }).from(emailOutbox).where(and(eq(emailOutbox.orderId, orderId), eq(emailOutbox.template, EMAIL_TEMPLATES.orderShipped)))),
  };
}

describe("shipOrder, by the order's state", () => {
  it.each(ORDER_STATUSES)("%s: ships exactly when its money allows it, else says why and writes nothing", async (status) => {
    const order = await insertOrder(db, { status });
    const result = await shipOrder(db, admin, parcel(order.id));
    const rule = shippability(status);
    if (rule.ok) {
      expect(result).toMatchObject({ ok: true, parcel: 1, already: false });
      expect(await footprint(order.id)).toEqual({ shipments: 1, events: 1, emails: 1 });
    } else {
      expect(result).toEqual({ ok: false, message: rule.reason });
      expect(await footprint(order.id)).toEqual({ shipments: 0, events: 0, emails: 0 });
    }
    // Shipping never moves the payment state.
    expect((await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)))[0]!.status).toBe(status);
  });
});

describe("shipOrder on a paid order", () => {
  it("records the parcel with the computed tracking link, the admin's name in the timeline, and e-mails the customer the link", async () => {
    const order = await insertOrder(db, { status: "paid" });
    expect(await shipOrder(db, admin, parcel(order.id))).toMatchObject({ ok: true, parcel: 1 });
    const [row] = await db.select().from(shipments).where(eq(shipments.orderId, order.id));
    expect(row).toMatchObject({ carrier: "colissimo", trackingNumber: "6A123456789", trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789", recordedBy: admin.id, shippedOn: today });
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "order_shipped")));
    expect(event).toMatchObject({ actorType: "admin", actorId: admin.id, data: { adminName: "Alice Admin", shippedOn: today, trackingNumber: "6A123456789", parcel: 1 } });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id));
    expect(mail).toMatchObject({ toAddress: order.email, template: EMAIL_TEMPLATES.orderShipped, subject: `Votre commande ${order.reference} est partie` });
    expect(mail!.text).toContain("Suivre mon colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789");
    expect(mail!.html).toContain('href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789"');
  });

  it("a double submit records one parcel, one event, one e-mail; together or one after the other", async () => {
    const order = await insertOrder(db, { status: "paid" });
    const same = parcel(order.id);
    const [a, b] = await Promise.all([shipOrder(db, admin, same), shipOrder(db, admin, same)]);
    expect([a, b].filter((r) => r.ok && !r.already)).toHaveLength(1);
    expect([a, b].filter((r) => r.ok && r.already)).toHaveLength(1);
    expect(await shipOrder(db, admin, same)).toMatchObject({ ok: true, already: true, parcel: 1, message: "Ce colis est déjà enregistré : il n'est pas enregistré deux fois." });
    expect(await footprint(order.id)).toEqual({ shipments: 1, events: 1, emails: 1 });
  });

  it("the same double submit through the page's action, whose version the first one changed, still answers « déjà enregistré »", async () => {
    const order = await insertOrder(db, { status: "paid" });
    session.userId = admin.id;
    const seen = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    const fields = shipFields(order.id);
    expect(await act(shipOrderAction, seen, fields)).toMatchObject({ status: "success" });
    expect(await act(shipOrderAction, seen, fields)).toEqual({ status: "success", message: "Ce colis est déjà enregistré : il n'est pas enregistré deux fois." });
    expect(await footprint(order.id)).toEqual({ shipments: 1, events: 1, emails: 1 });
  });

  it("a second parcel is a second shipment and e-mail; the same tracking number twice is refused", async () => {
    const order = await insertOrder(db, { status: "paid" });
    await shipOrder(db, admin, parcel(order.id));
    expect(await shipOrder(db, admin, parcel(order.id, { trackingNumber: "6a123456789" }))).toEqual({ ok: false, field: "trackingNumber", message: SHIP_MESSAGES.duplicateTracking });
    const second = await shipOrder(db, admin, parcel(order.id, { carrier: "other", carrierName: "Transports Dupont", trackingNumber: "TD-998877", trackingUrl: "https://suivi.dupont.fr/TD-998877" }));
    expect(second).toMatchObject({ ok: true, parcel: 2 });
    expect(await footprint(order.id)).toEqual({ shipments: 2, events: 2, emails: 2 });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.orderShipped));
    expect(mails.map((m) => m.subject)).toContain(`Un nouveau colis de votre commande ${order.reference} est parti`);
    expect(mails.some((m) => m.text.includes("https://suivi.dupont.fr/TD-998877") && m.text.includes("Transports Dupont"))).toBe(true);
  });

  it("refuses a day in the future, a day before the order, and « other » without its name", async () => {
    const order = await insertOrder(db, { status: "paid" });
    expect(await shipOrder(db, admin, parcel(order.id, { shippedOn: "2999-01-01" }))).toMatchObject({ ok: false, field: "shippedOn", message: SHIP_MESSAGES.future });
    expect(await shipOrder(db, admin, parcel(order.id, { shippedOn: "2001-01-01" }))).toMatchObject({ ok: false, field: "shippedOn", message: SHIP_MESSAGES.beforeOrder });
    expect(await shipOrder(db, admin, parcel(order.id, { carrier: "other", carrierName: " " }))).toMatchObject({ ok: false, field: "carrierName" });
    expect(await footprint(order.id)).toEqual({ shipments: 0, events: 0, emails: 0 });
  });
});

describe("who may ship", () => {
  it.each([
    ["a guest", () => Promise.resolve(null)],
    ["a customer", async () => (await insertUser(db, "customer")).id],
    ["a professional", async () => (await insertUser(db, "pro")).id],
  ])("%s: the action and the use case refuse, nothing is written", async (_who, signIn) => {
    const order = await insertOrder(db, { status: "paid" });
    session.userId = await signIn();
    const seen = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    expect(await act(shipOrderAction, seen, shipFields(order.id))).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    const caller = session.userId ? { id: session.userId, role: "customer" as const, name: "X" } : null;
    expect(await shipOrder(db, caller, parcel(order.id))).toEqual({ ok: false, message: SHIP_MESSAGES.forbidden });
    expect(await shipOrder(db, { id: admin.id, role: "pro", name: "X" }, parcel(order.id))).toEqual({ ok: false, message: SHIP_MESSAGES.forbidden });
    expect(await footprint(order.id)).toEqual({ shipments: 0, events: 0, emails: 0 });
  });
});

describe("a stale page", () => {
  it("an action on an order changed since the page was shown is refused and does nothing; with the fresh version it runs", async () => {
    const order = await insertOrder(db, { status: "awaiting_transfer", totalCents: 5000 });
    session.userId = admin.id;
    const shown = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    // Another admin records the money meanwhile: the order is paid now.
    const other = await act(recordTransferAction, shown, { orderId: order.id, amount: "50,00", receivedOn: today, bankReference: "VIR-1", confirm: "oui" });
    expect(other).toMatchObject({ status: "success" });

    // The first page still shows « Virement attendu »: its forms are refused, nothing recorded.
    const again = await act(recordTransferAction, shown, { orderId: order.id, amount: "50,00", receivedOn: today, bankReference: "VIR-2", confirm: "oui" });
    expect(again).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await act(shipOrderAction, shown, shipFields(order.id))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await db.select({ n: count() }).from(payments).where(and(eq(payments.orderId, order.id), eq(payments.method, "transfer"), eq(payments.status, "paid")))).toEqual([{ n: 1 }]);
    expect(await footprint(order.id)).toEqual({ shipments: 0, events: 0, emails: 0 });

    // Reloaded: the page's version is the order's, and shipping goes through.
    const fresh = { orderId: order.id, version: (await currentOrderVersion(db, order.id))! };
    expect(fresh.version).not.toBe(shown.version);
    expect(await act(shipOrderAction, fresh, shipFields(order.id))).toMatchObject({ status: "success" });
    expect(await footprint(order.id)).toEqual({ shipments: 1, events: 1, emails: 1 });
  });

  it("a version that is not one (tampered) is refused like a stale page", async () => {
    const order = await insertOrder(db, { status: "paid" });
    session.userId = admin.id;
    expect(await act(shipOrderAction, { orderId: order.id, version: "0-0" }, shipFields(order.id))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await act(shipOrderAction, { orderId: "nope", version: "" }, shipFields(order.id))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await footprint(order.id)).toEqual({ shipments: 0, events: 0, emails: 0 });
  });
});

describe("the pages", () => {
  it("the admin page offers the ship form only when the order may ship, else says why", async () => {
    session.userId = admin.id;
    const waiting = await insertOrder(db, { status: "awaiting_transfer" });
    const html = await renderPage(AdminOrderPage, { reference: waiting.reference }, {});
    expect(html).not.toContain('data-testid="ship-form"');
    expect(textOf(html, "admin-ship-refusal")).toBe(`Pas d'expédition possible : ${shippability("awaiting_transfer").ok ? "" : "Le virement n'est pas encore arrivé : la commande partira quand il sera reçu en entier."}`);
    expect(textOf(html, "admin-next-step")).toMatch(/^Virement attendu : reste à recevoir 50,00/);

    const paid = await insertOrder(db, { status: "paid" });
    const before = await renderPage(AdminOrderPage, { reference: paid.reference }, {});
    expect(before).toContain('data-testid="ship-form"');
    expect(textOf(before, "admin-next-step")).toBe("Payée : prête à expédier");
    await shipOrder(db, admin, parcel(paid.id));
    const after = await renderPage(AdminOrderPage, { reference: paid.reference }, {});
    expect(textOf(after, "admin-next-step")).toBe(`Expédiée le ${today.split("-").reverse().join("/")}`);
    expect(textOf(after, "admin-shipments")).toContain("Suivre le colis 6A123456789");
    expect(after).toContain("Expédier un autre colis (colis 2)");
  });

  it("the customer's order page shows the parcel with its tracking link", async () => {
    const order = await insertOrder(db, { status: "paid" });
    await shipOrder(db, admin, parcel(order.id));
    const html = await renderPage(CustomerOrderPage, { reference: order.reference }, { t: orderLinkToken(order) });
    expect(textOf(html, "order-shipments")).toContain(`expédié le ${today.split("-").reverse().join("/")}`);
    expect(html).toContain('href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789"');
  });

  it("the pro portal lists the company's parcels; the invoice issued after shipping carries the first parcel's day", async () => {
    const pro = await approvedPro(db, admin);
    const first = await paidFirstOrder(db, admin, pro.user.id);
    await shipOrder(db, admin, parcel(first.orderId, { carrier: "dpd", trackingNumber: "250012345678" }));
    session.userId = pro.user.id;
    const html = await renderPage(async () => ProPortalPage(), {}, {});
    expect(textOf(html, "pro-shipments")).toContain(first.reference);
    expect(html).toContain('href="https://trace.dpd.fr/fr/trace/250012345678"');

    // A consumer's order, paid, gets its invoice when asked for, after its parcels left.
    const customer = await insertUser(db, "customer");
    const placed = await placeProOrder(db, customer.id, "transfer");
    await db.update(orders).set({ createdAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(orders.id, placed.orderId));
    expect(await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: placed.totalCents, bankReference: "VIR-C", receivedOn: today })).toMatchObject({ ok: true });
    const yesterday = todayInParis(new Date(Date.now() - 86_400_000));
    await shipOrder(db, admin, parcel(placed.orderId, { trackingNumber: "6A999999999" }));
    await shipOrder(db, admin, parcel(placed.orderId, { shippedOn: yesterday }));
    const order = { id: placed.orderId };
    const invoice = await invoiceForOrderPage(db, order.id);
    expect((invoice!.document as InvoiceDocument).deliveryDate).toBe(yesterday);
  });
});
