import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import AdminOrderPage from "@/app/admin/commandes/[reference]/page";
import { editChequeScheduleAction } from "@/app/admin/commandes/[reference]/edit-cheque-schedule-action";
import { recordInstalmentChequeAction } from "@/app/admin/commandes/[reference]/record-instalment-cheque-action";
import CustomerOrderPage from "@/app/(shop)/commandes/[reference]/page";
import ProPortalPage from "@/app/pro/page";
import ProInvoicePage from "@/app/pro/factures/[number]/page";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { addDays } from "@/lib/billing/payment-terms";
import type { Db } from "@/lib/db/client";
import { invoices, orderEvents, orders } from "@/lib/db/schema";
import { orderLinkToken } from "@/lib/orders/access";
import { currentOrderVersion, STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEur, formatEurInput } from "@/lib/shared/money";
import { bounceInstalmentCheque, chequePlanOf, createDepositSlip } from "@/lib/use-cases/instalment-cheques";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, NET30_TERMS, placeProOrder } from "@/tests/support/pro-fixtures";
import { renderPage, textOf } from "@/tests/support/render-page";

/*
 * An order paid in several cheques on the pages that show it: the admin order page (its
 * « Paiement en N chèques » card, « Modifier l'échéancier » and « Chèque reçu », refused to anyone
 * but an admin and on a stale page, and the next step in words), the customer's order page with
 * the instructions, the pro portal (the schedule, and what to pay after a bounced cheque) and the
 * invoice page with its schedule.
 */

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: () => Promise.resolve(session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));

// 3 × 400 € + 0,01 € (shipping free above the threshold): the remainder lands on the first cheque.
const BASKET = [{ priceCents: 1200_01, vatRateBp: 2000, quantity: 1 }];
const today = todayInParis();
/** A message containing `part`, for toMatchObject (typed, unlike expect.stringContaining). */
const contains = (part: string) => expect.stringMatching(part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) as unknown as string;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/[ \t\r\n]+/g, " ");

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

async function chequeOrder(n = 3) {
  const pro = await approvedPro(db, admin);
  const r = await updateProTerms(db, admin, pro.accountId, { ...NET30_TERMS, chequeInstalmentsAllowed: true });
  if (!r.ok) throw new Error(r.message);
  const placed = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: n });
  const [order] = await db.select().from(orders).where(eq(orders.id, placed.orderId));
  return { pro, placed, order: order! };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
type OrderAction = (seen: { orderId: string; version: string }, s: FormState, f: FormData) => Promise<FormState>;
const act = (action: OrderAction, seen: { orderId: string; version: string }, fields: Record<string, string>) => action(seen, IDLE_FORM_STATE, form(fields));
const seenNow = async (orderId: string) => ({ orderId, version: (await currentOrderVersion(db, orderId))! });
const scheduleFields = (parts: { dueOn: string; amountCents: number }[]) => ({
  count: String(parts.length),
  ...Object.fromEntries(parts.flatMap((p, i) => [[`part${i + 1}Date`, p.dueOn], [`part${i + 1}Amount`, formatEurInput(p.amountCents)]])),
  confirm: "oui",
});
const chequeFields = (instalmentId: string, amountCents: number, chequeNumber: string) => ({ instalmentId, drawer: "Institut Beauté Paul", bank: "Banque Populaire", chequeNumber, amount: formatEurInput(amountCents), receivedOn: today, confirm: "oui" });
const eventsOf = async (orderId: string, type: string) => Number((await db.select({ n: count() }).from(orderEvents).where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type))))[0]!.n);

describe("the admin order page of an order in several cheques", () => {
  it("shows the card, edits the schedule, records the three cheques, and says what comes next at each step", async () => {
    const { placed, order } = await chequeOrder();
    session.userId = admin.id;
    const plan = (await chequePlanOf(db, order.id))!;
    const [p1, p2, p3] = plan.parts;

    let html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(html, "admin-next-step")).toBe(`Aucun des 3 chèques reçu — reste à recevoir ${formatEur(placed.totalCents)}`);
    expect(textOf(html, "admin-order-status")).toBe("Chèques d'échéancier attendus");
    let page = text(html);
    expect(page).toContain("Paiement en 3 chèques");
    expect(page).toContain("Modifier l'échéancier");
    expect(page).toContain("Enregistrer le chèque 1/3");
    expect(html).toContain('href="/admin/cheques"');
    expect(html).not.toContain('data-testid="ship-form"');

    // Moving the third cheque a week earlier, same amounts.
    const moved = addDays(p3!.dueOn, -7);
    const edited = [p1!, p2!, { ...p3!, dueOn: moved }].map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents }));
    // Beyond the 60-day cap: refused on the date's field, nothing changes.
    const late = await act(editChequeScheduleAction, await seenNow(order.id), scheduleFields([edited[0]!, edited[1]!, { ...edited[2]!, dueOn: addDays(p3!.dueOn, 1) }]));
    expect(late).toMatchObject({ status: "error", fieldErrors: { part3Date: contains("60 jours") } });
    // Not the order's total: refused, the message says what the total must be.
    const wrongTotal = await act(editChequeScheduleAction, await seenNow(order.id), scheduleFields([edited[0]!, edited[1]!, { ...edited[2]!, amountCents: 399_00 }]));
    expect(wrongTotal).toMatchObject({ status: "error", message: contains(`exactement ${formatEur(placed.totalCents)}`) });
    // An empty amount: refused on its field before anything runs.
    expect(await act(editChequeScheduleAction, await seenNow(order.id), { ...scheduleFields(edited), part2Amount: "" })).toMatchObject({ status: "error", fieldErrors: { part2Amount: contains("Chèque 2") } });
    expect(await eventsOf(order.id, "instalments_rescheduled")).toBe(0);

    const shown = await seenNow(order.id);
    expect(await act(editChequeScheduleAction, shown, scheduleFields(edited))).toMatchObject({ status: "success", message: contains("Échéancier modifié") });
    // The same form sent again from the page shown before: refused as stale, nothing written twice.
    expect(await act(editChequeScheduleAction, shown, scheduleFields(edited))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect(await eventsOf(order.id, "instalments_rescheduled")).toBe(1);
    const after = (await chequePlanOf(db, order.id))!;
    expect(after.parts.map((p) => p.dueOn)).toEqual([p1!.dueOn, p2!.dueOn, moved]);

    // A cheque that does not match its part: refused on the amount, telling to adjust the schedule.
    const wrong = await act(recordInstalmentChequeAction, await seenNow(order.id), chequeFields(after.parts[0]!.id, after.parts[0]!.amountCents - 1, "0000101"));
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { amount: contains("modifiez d'abord l'échéancier") } });

    for (const [i, part] of after.parts.entries()) {
      const seen = await seenNow(order.id);
      const r = await act(recordInstalmentChequeAction, seen, chequeFields(part.id, part.amountCents, `000010${i + 1}`));
      expect(r).toMatchObject({ status: "success" });
      // A double click: the second request carries the page's old version and changes nothing.
      expect(await act(recordInstalmentChequeAction, seen, chequeFields(part.id, part.amountCents, `000010${i + 1}`))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
      if (i === 0) {
        html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
        expect(textOf(html, "admin-next-step")).toBe(`1 chèque sur 3 reçu — reste à recevoir ${formatEur(after.parts[1]!.amountCents + after.parts[2]!.amountCents)}`);
        page = text(html);
        // A cheque is in hand: the schedule is frozen; its details are shown.
        expect(page).not.toContain("Modifier l'échéancier");
        expect(textOf(html, "instalment-1-cheque")).toContain("0000101");
        expect(page).toContain("Tireur : Institut Beauté Paul");
      }
    }
    expect(await eventsOf(order.id, "instalment_cheque_received")).toBe(3);
    const [now] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(now!.status).toBe("on_account");

    html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(html, "admin-next-step")).toBe(`Chèques tous reçus : prête à expédier — Chèque 1/3 à déposer le ${formatIsoDateFr(today)}`);
    expect(textOf(html, "admin-order-status")).toBe("3 chèques reçus — échéancier en cours");
    expect(html).toContain('data-testid="ship-form"');
    expect(text(html)).not.toContain("Enregistrer le chèque 1/3");
    expect(textOf(html, "instalment-3-status")).toBe("Reçu, à déposer");
    expect(textOf(html, "admin-cheques-held")).toBe(formatEur(placed.totalCents));
  });

  it("refuses both actions to a customer and a pro, and a part of another order, changing nothing", async () => {
    const { pro, order } = await chequeOrder();
    const other = await placeProOrder(db, pro.user.id, "cheque", BASKET, { instalments: 2 });
    const plan = (await chequePlanOf(db, order.id))!;
    const otherPlan = (await chequePlanOf(db, other.orderId))!;
    const edited = plan.parts.map((p, i) => ({ dueOn: i === 2 ? addDays(p.dueOn, -1) : p.dueOn, amountCents: p.amountCents }));
    const customer = await insertUser(db, "customer");

    for (const userId of [pro.user.id, customer.id, null]) {
      session.userId = userId;
      const seen = await seenNow(order.id);
      expect(await act(editChequeScheduleAction, seen, scheduleFields(edited))).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
      expect(await act(recordInstalmentChequeAction, seen, chequeFields(plan.parts[0]!.id, plan.parts[0]!.amountCents, "1"))).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    }
    session.userId = admin.id;
    // This page's version, another order's cheque: not what the admin saw.
    expect(await act(recordInstalmentChequeAction, await seenNow(order.id), chequeFields(otherPlan.parts[0]!.id, otherPlan.parts[0]!.amountCents, "2"))).toMatchObject({ status: "error", message: STALE_ORDER_MESSAGE });
    expect((await chequePlanOf(db, order.id))!.parts.map((p) => [p.dueOn, p.status])).toEqual(plan.parts.map((p) => [p.dueOn, "expected"]));
    expect((await chequePlanOf(db, other.orderId))!.parts.every((p) => p.status === "expected")).toBe(true);
  });
});

describe("the customer's and the pro's pages", () => {
  it("the order page gives the schedule and how to send the cheques; the portal lists the order with its schedule", async () => {
    const { pro, order } = await chequeOrder();
    const plan = (await chequePlanOf(db, order.id))!;
    const html = await renderPage(CustomerOrderPage, { reference: order.reference }, { t: orderLinkToken(order) });
    const page = text(html);
    expect(textOf(html, "order-status")).toBe("En attente de vos chèques");
    expect(textOf(html, "cheque-schedule-instructions")).toContain("Vos 3 chèques");
    expect(page).toContain("au dos de chaque chèque");
    expect(page).toContain("jamais d'une date à venir");
    expect(page).toContain("déposer chacun à sa date prévue");
    expect(textOf(html, "cheque-reference")).toBe(order.reference);
    expect(textOf(html, "instalment-3-date")).toBe(formatIsoDateFr(plan.parts[2]!.dueOn));
    expect(textOf(html, "instalment-1-status")).toBe("Chèque attendu");
    expect(page).toContain("Moyen de paiement : 3 chèques");

    session.userId = pro.user.id;
    const portal = await renderPage(async () => ProPortalPage(), {}, {});
    const plans = textOf(portal, `pro-cheque-plan-${order.reference}`)!;
    expect(plans).toContain("En attente de vos chèques");
    expect(plans).toContain(formatEur(plan.parts[1]!.amountCents));
    expect(text(portal)).toContain("Comment nous envoyer vos chèques");
    expect(text(portal)).toContain("au dos de chaque chèque");
    expect(portal).not.toContain('data-testid="pro-bounced-cheques"');
  });

  it("a bounced cheque: the portal says what is owed and how to pay it; the invoice page shows the schedule", async () => {
    const { pro, order } = await chequeOrder(2);
    const plan = (await chequePlanOf(db, order.id))!;
    session.userId = admin.id;
    for (const [i, part] of plan.parts.entries()) expect(await act(recordInstalmentChequeAction, await seenNow(order.id), chequeFields(part.id, part.amountCents, `77${i}`))).toMatchObject({ status: "success" });
    expect(await createDepositSlip(db, admin, { paymentIds: [], instalmentIds: [plan.parts[0]!.id] })).toMatchObject({ ok: true });
    expect(await bounceInstalmentCheque(db, admin, { instalmentId: plan.parts[0]!.id, reason: "Provision insuffisante" })).toMatchObject({ ok: true });
    const [invoice] = await db.select().from(invoices).where(and(eq(invoices.orderId, order.id), eq(invoices.kind, "invoice")));

    const adminHtml = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(adminHtml, "admin-next-step")).toBe(`Chèques tous reçus : prête à expédier — Chèque 1/2 impayé : ${formatEur(plan.parts[0]!.amountCents)} à régler par le client`);

    session.userId = pro.user.id;
    const portal = await renderPage(async () => ProPortalPage(), {}, {});
    const banner = textOf(portal, "pro-bounced-cheques")!;
    expect(banner).toContain(`Chèque impayé : ${formatEur(plan.parts[0]!.amountCents)} à régler`);
    expect(banner).toContain(`Le chèque 1/2 (n° 770)`);
    expect(banner).toContain(order.reference);
    expect(banner).toContain(`cochez la facture ${invoice!.number}`);
    expect(banner).toContain("par virement");
    expect(banner).toContain("suspendu");
    expect(textOf(portal, "instalment-1-status")).toBe("Impayé");

    const invoicePage = await renderPage(ProInvoicePage, { number: invoice!.number }, {});
    expect(textOf(invoicePage, "invoice-instalments")).toBe(`Règlement en 2 chèques : ${plan.parts.map((p) => `${formatEur(p.amountCents)} le ${formatIsoDateFr(p.dueOn)}`).join(", ")}.`);
  });
});
