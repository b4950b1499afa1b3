import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { bounceBoardChequeAction } from "@/app/admin/cheques/bounce-cheque-action";
import { GET as slipPdf } from "@/app/admin/cheques/bordereaux/[id]/pdf/route";
import { cashBoardChequeAction } from "@/app/admin/cheques/cash-cheque-action";
import ChequesPage from "@/app/admin/cheques/page";
import { prepareDepositSlipAction, type DepositSlipFormState } from "@/app/admin/cheques/prepare-deposit-slip-action";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import { addDays } from "@/lib/billing/payment-terms";
import type { Db } from "@/lib/db/client";
import { bankStatementLines, depositSlips, instalments, orderEvents, orders, payments, proAccounts } from "@/lib/db/schema";
import { depositReadiness } from "@/lib/payments/deposit-slips";
import { atTime } from "@/lib/shared/clock";
import { todayInParis } from "@/lib/shared/dates";
import { BANK_MESSAGES, confirmBankMatch, getStatementImport, importBankStatement } from "@/lib/use-cases/bank-statements";
import { bounceBoardCheque, cashBoardCheque, chequePlanOf, chequesBoard, countChequesToDeposit, createDepositSlip, recordInstalmentCheque } from "@/lib/use-cases/instalment-cheques";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, NET30_TERMS, placeProOrder } from "@/tests/support/pro-fixtures";
import { renderPage } from "@/tests/support/render-page";

/*
 * The back-office's cheques page (/admin/cheques) and the deposit slip's credit on the bank
 * statement, on a real database: what the page offers to deposit today and what must wait, the
 * slip made from the form (a double submit, one slip) and its PDF, cashed and bounced cheques of
 * both kinds through the existing use cases, the slip's credit matched on a statement (its cheques
 * cashed once, an already-cashed one left alone, a wrong total never exact nor recorded), and
 * every page, action and route refused to anyone but an admin, with nothing changed.
 */

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: () => Promise.resolve(session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/cache")>()), revalidatePath: () => undefined }));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
let adminCaller: { id: string; role: "admin"; name: string };

beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
  adminCaller = { id: admin.id, role: "admin", name: admin.name };
});

/** French amounts carry a non-breaking space before « € » (Intl): compare with plain spaces. */
const plain = <T,>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, " ")) as T;
/** A message containing `part` / matching `re`, for toMatchObject (typed, unlike expect.stringContaining). */
const contains = (part: string) => expect.stringContaining(part) as unknown as string;
const matching = (re: RegExp) => expect.stringMatching(re) as unknown as string;
const frDate = (iso: string) => iso.split("-").reverse().join("/");
const utf8 = (text: string) => new TextEncoder().encode(text);
const euros = (cents: number) => (cents / 100).toFixed(2);

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}
const prepare = (fields: Record<string, string | string[]>) => prepareDepositSlipAction(IDLE_FORM_STATE, form(fields));
const cash = (fields: Record<string, string>) => cashBoardChequeAction(IDLE_FORM_STATE, form(fields));
const bounce = (fields: Record<string, string>) => bounceBoardChequeAction(IDLE_FORM_STATE, form(fields));
const pdfOf = (id: string) => slipPdf(new Request(`http://localhost/admin/cheques/bordereaux/${id}/pdf`), { params: Promise.resolve({ id }) });

/** A 3-cheque order whose cheques are all in hand: the first due today, the others in 30 and 60 days. */
async function instalmentOrderInHand() {
  const pro = await approvedPro(db, admin);
  const terms = await updateProTerms(db, admin, pro.accountId, { ...NET30_TERMS, chequeInstalmentsAllowed: true });
  if (!terms.ok) throw new Error(terms.message);
  const placed = await placeProOrder(db, pro.user.id, "cheque", [{ priceCents: 1200_01, vatRateBp: 2000, quantity: 1 }], { instalments: 3 });
  for (const part of (await chequePlanOf(db, placed.orderId))!.parts) {
    const r = await recordInstalmentCheque(db, admin, { instalmentId: part.id, drawer: "Institut Beauté Paul", bank: "Banque Populaire", chequeNumber: `70${part.position}`, amountCents: part.amountCents, receivedOn: todayInParis() });
    if (!r.ok) throw new Error(r.message);
  }
  return { pro, placed, parts: (await chequePlanOf(db, placed.orderId))!.parts };
}

/** A cheque order with its cheque received (pending, not on a slip). */
async function singleChequeInHand(totalCents: number, chequeNumber: string) {
  const order = await insertOrder(db, { status: "awaiting_cheque", totalCents });
  const r = await recordCheque(db, adminCaller, { orderId: order.id, amountCents: totalCents, chequeNumber, receivedOn: todayInParis() });
  if (!r.ok) throw new Error(r.message);
  return { order, paymentId: r.summary.paymentId };
}

const orderOf = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const paymentOf = async (id: string) => (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
const partOf = async (id: string) => (await db.select().from(instalments).where(eq(instalments.id, id)))[0]!;
const slipCount = async () => (await db.select({ n: count() }).from(depositSlips))[0]!.n;

describe("depositReadiness", () => {
  const today = "2026-12-05";
  it.each([
    ["a single cheque: at once, ticked", { kind: "single", dueOn: "2026-12-01", waitingForOthers: false }, { selectable: true, preselected: true, note: null }],
    ["an instalment due today: ticked", { kind: "instalment", dueOn: today, waitingForOthers: false }, { selectable: true, preselected: true, note: null }],
    ["an instalment overdue: ticked", { kind: "instalment", dueOn: "2026-11-30", waitingForOthers: false }, { selectable: true, preselected: true, note: null }],
    ["an instalment due tomorrow: its day, not selectable", { kind: "instalment", dueOn: "2026-12-06", waitingForOthers: false }, { selectable: false, preselected: false, note: "à déposer le 06/12/2026" }],
    ["an instalment whose order lacks a cheque", { kind: "instalment", dueOn: "2026-12-01", waitingForOthers: true }, { selectable: false, preselected: false, note: "en attente des autres chèques de la commande" }],
  ] as const)("%s", (_label, cheque, expected) => {
    expect(depositReadiness(cheque, today)).toEqual(expected);
  });
});

describe("the cheques page, as an admin", () => {
  it("lists what is expected, ticks what is due today, shows the day of the others, and counts them for the menu", async () => {
    session.userId = admin.id;
    const { placed, parts } = await instalmentOrderInHand();
    const single = await singleChequeInHand(45_80, "CHQ-1");
    const waiting = await insertOrder(db, { status: "awaiting_cheque", totalCents: 30_00 });

    const html = plain(await renderPage(ChequesPage, {}, {}));
    for (const title of ["Chèques attendus", "Chèques à déposer", "Chèques déposés", "Derniers bordereaux", "Réglés récemment"]) expect(html).toContain(title);
    expect(html).toContain(waiting.reference);
    // Due today (instalment 1, the single cheque): ticked; the two later instalments: their day, not selectable.
    const boxes = [...html.matchAll(/<input[^>]*name="cheque"[^>]*>/g)].map((m) => m[0]);
    const box = (value: string) => boxes.find((b) => b.includes(`value="${value}"`))!;
    expect(box(`instalment:${parts[0]!.id}`)).toMatch(/checked/);
    expect(box(`single:${single.paymentId}`)).toMatch(/checked/);
    for (const later of parts.slice(1)) {
      expect(box(`instalment:${later.id}`)).toMatch(/disabled/);
      expect(box(`instalment:${later.id}`)).not.toMatch(/checked/);
      expect(html).toContain(`à déposer le ${frDate(later.dueOn)}`);
    }
    expect(html).toContain(placed.reference);
    expect(html).toContain("2 chèques sélectionnés, 445,81 €");
    expect(await countChequesToDeposit(db)).toBe(2);
    await atTime(new Date(`${addDays(todayInParis(), 30)}T10:00:00Z`), async () => expect(await countChequesToDeposit(db)).toBe(3));
  });

  it("makes one slip from the form (a double submit finds it), serves its PDF, then cashes and bounces through the board", async () => {
    session.userId = admin.id;
    const { parts, pro, placed } = await instalmentOrderInHand();
    const a = await singleChequeInHand(45_80, "CHQ-A");
    const b = await singleChequeInHand(20_00, "CHQ-B");
    const selection = [`instalment:${parts[0]!.id}`, `single:${a.paymentId}`, `single:${b.paymentId}`];

    expect(await prepare({ cheque: selection })).toMatchObject({ status: "error", fieldErrors: { confirm: "Cochez la case pour confirmer." } });
    expect(await prepare({ confirm: "oui" })).toMatchObject({ status: "error", message: "Sélectionnez au moins un chèque à déposer." });
    // A later instalment is refused with its day, and nothing is made.
    expect(await prepare({ cheque: [`instalment:${parts[1]!.id}`], confirm: "oui" })).toMatchObject({ status: "error", message: contains("pas avant") });
    expect(await slipCount()).toBe(0);

    const made = (await prepare({ cheque: selection, confirm: "oui" })) as DepositSlipFormState & { slip: { id: string; number: number } };
    const total = parts[0]!.amountCents + 45_80 + 20_00;
    expect(plain(made)).toMatchObject({ status: "success", slip: { number: 1 }, message: `Remise n° 1 : 3 chèques, ${plain(euros(total).replace(".", ","))} €. Imprimez-la et joignez-la aux chèques.` });
    const again = await prepare({ cheque: selection, confirm: "oui" });
    expect(again).toMatchObject({ status: "success", slip: { id: made.slip.id, number: 1 } });
    expect(await slipCount()).toBe(1);

    const response = await pdfOf(made.slip.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="remise-cheques-1-${todayInParis()}.pdf"`);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await pdfOf("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await pdfOf("pas-un-id")).status).toBe(404);

    const board = await chequesBoard(db);
    expect(board.deposited.map((c) => c.id).sort()).toEqual([parts[0]!.id, a.paymentId, b.paymentId].sort());
    const html = plain(await renderPage(ChequesPage, {}, {}));
    expect(html).toContain("Remise n° 1");
    expect(html).toContain(`/admin/cheques/bordereaux/${made.slip.id}/pdf`);

    // Cashed: the single cheque pays its order; the instalment pays the invoice.
    expect(plain(await cash({ cheque: `single:${a.paymentId}`, confirm: "oui" }))).toEqual({ status: "success", message: `Commande ${a.order.reference} : Chèque encaissé. La commande est payée.` });
    expect(await orderOf(a.order.id)).toMatchObject({ status: "paid", paidCents: 45_80 });
    expect(await cash({ cheque: `instalment:${parts[0]!.id}`, confirm: "oui" })).toMatchObject({ status: "success", message: contains(`Commande ${placed.reference} : Chèque 1 encaissé`) });
    expect(await partOf(parts[0]!.id)).toMatchObject({ status: "cashed" });
    // Twice: nothing more.
    expect(await cash({ cheque: `single:${a.paymentId}`, confirm: "oui" })).toMatchObject({ status: "error", message: "Ce chèque a déjà été traité (encaissé ou impayé)." });
    expect((await db.select({ n: count() }).from(orderEvents).where(and(eq(orderEvents.orderId, a.order.id), eq(orderEvents.type, "cheque_cashed"))))[0]!.n).toBe(1);

    // Bounced: the reason is required.
    expect(await bounce({ cheque: `single:${b.paymentId}`, reason: "", confirm: "oui" })).toMatchObject({ status: "error", fieldErrors: { reason: "Indiquez le motif du rejet (au moins 3 caractères)." }, values: { cheque: `single:${b.paymentId}` } });
    expect(await bounce({ cheque: `single:${b.paymentId}`, reason: "Provision insuffisante", confirm: "oui" })).toMatchObject({ status: "success", message: contains(`Commande ${b.order.reference} : Chèque déclaré impayé.`) });
    expect(await paymentOf(b.paymentId)).toMatchObject({ status: "failed", failureCode: "cheque_bounced", failureMessage: "Provision insuffisante" });
    expect(await orderOf(b.order.id)).toMatchObject({ status: "awaiting_cheque", paidCents: 0 });

    const after = await chequesBoard(db);
    expect(after.deposited).toEqual([]);
    expect(after.settled.map((c) => [c.id, c.status]).sort()).toEqual(
      [
        [parts[0]!.id, "cashed"],
        [a.paymentId, "cashed"],
        [b.paymentId, "bounced"],
      ].sort(),
    );
    expect((await db.select().from(proAccounts).where(eq(proAccounts.id, pro.accountId)))[0]!.onHold).toBe(false);
  });

  it("an instalment cheque bounced through the board holds the account, with the reason on the timeline", async () => {
    const { parts, pro, placed } = await instalmentOrderInHand();
    expect((await createDepositSlip(db, adminCaller, { paymentIds: [], instalmentIds: [parts[0]!.id] })).ok).toBe(true);
    expect(await bounceBoardCheque(db, adminCaller, { kind: "instalment", id: parts[0]!.id, reason: "x" })).toEqual({ ok: false, message: "Indiquez le motif du rejet (au moins 3 caractères)." });
    expect(await bounceBoardCheque(db, adminCaller, { kind: "instalment", id: parts[0]!.id, reason: "Compte clôturé" })).toMatchObject({ ok: true, message: matching(new RegExp(`^Commande ${placed.reference} : Chèque 1 déclaré impayé`)) });
    expect((await db.select().from(proAccounts).where(eq(proAccounts.id, pro.accountId)))[0]).toMatchObject({ onHold: true, holdSource: "bounced_cheque" });
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, placed.orderId), eq(orderEvents.type, "instalment_cheque_bounced")));
    expect(event).toMatchObject({ reason: "Compte clôturé", actorType: "admin", actorId: admin.id });
  });
});

describe("a deposit slip's credit on the bank statement", () => {
  async function slipOfThree() {
    const { parts, placed } = await instalmentOrderInHand();
    const a = await singleChequeInHand(45_80, "CHQ-A");
    const b = await singleChequeInHand(20_00, "CHQ-B");
    const made = await createDepositSlip(db, adminCaller, { paymentIds: [a.paymentId, b.paymentId], instalmentIds: [parts[0]!.id] });
    if (!made.ok) throw new Error(made.message);
    const [slip] = await db.select().from(depositSlips).where(eq(depositSlips.id, (made as { slipId: string }).slipId));
    return { slip: slip!, parts, placed, a, b };
  }

  async function importLines(csv: string) {
    const imported = await importBankStatement(db, adminCaller, { fileName: "releve.csv", bytes: utf8(`Date,Description,Amount\n${csv}`) });
    if (!imported.ok) throw new Error(imported.message);
    return { imported, lines: (await getStatementImport(db, imported.importId))!.lines };
  }

  it("is proposed by its number and by its total, and confirming cashes its cheques once, leaving one cashed before alone", async () => {
    const { slip, parts, placed, a, b } = await slipOfThree();
    // One cheque cleared on the cheques page before the statement came.
    expect((await cashBoardCheque(db, adminCaller, { kind: "single", id: a.paymentId })).ok).toBe(true);
    const csv = `${todayInParis()},REMISE CHEQUES N 0000001,${euros(slip.totalCents)}\n${todayInParis()},REMISE CHEQUES,${euros(slip.totalCents)}\n`;
    const { lines } = await importLines(csv);
    const [byNumber, byTotal] = lines;
    expect(plain(byNumber!.proposals[0])).toMatchObject({ candidate: { kind: "slip", id: slip.id, label: `Remise de chèques n° 1 — 3 chèques, ${euros(slip.totalCents).replace(".", ",")} €` }, basis: "reference", fit: "exact" });
    expect(byTotal!.proposals[0]).toMatchObject({ candidate: { kind: "slip", id: slip.id }, basis: "amount", fit: "exact" });

    const confirmed = await confirmBankMatch(db, adminCaller, { lineId: byNumber!.id, kind: "slip", targetId: slip.id });
    expect(plain(confirmed)).toMatchObject({ ok: true, message: `Remise de chèques n° 1 rapprochée (${euros(slip.totalCents).replace(".", ",")} €) : 2 chèques encaissés ; 1 déjà traité auparavant (encaissé ou impayé), inchangé.` });
    expect(await paymentOf(b.paymentId)).toMatchObject({ status: "paid" });
    expect(await orderOf(b.order.id)).toMatchObject({ status: "paid" });
    expect(await partOf(parts[0]!.id)).toMatchObject({ status: "cashed" });
    expect((await orderOf(placed.orderId)).paidCents).toBe(parts[0]!.amountCents);
    expect((await db.select({ n: count() }).from(orderEvents).where(and(eq(orderEvents.orderId, a.order.id), eq(orderEvents.type, "cheque_cashed"))))[0]!.n).toBe(1);
    const [stored] = await db.select().from(bankStatementLines).where(eq(bankStatementLines.id, byNumber!.id));
    expect(stored).toMatchObject({ matchedKind: "slip", matchedId: slip.id, matchedBy: admin.id, paymentId: null });

    // A double click: nothing more. The same credit on another line: refused. The slip is no longer proposed.
    expect(await confirmBankMatch(db, adminCaller, { lineId: byNumber!.id, kind: "slip", targetId: slip.id })).toMatchObject({ ok: true, already: true });
    expect(await confirmBankMatch(db, adminCaller, { lineId: byTotal!.id, kind: "slip", targetId: slip.id })).toMatchObject({ ok: false, code: "slip_matched", message: BANK_MESSAGES.slip_matched });
    const cashedEvents = async () => (await db.select({ n: count() }).from(orderEvents).where(eq(orderEvents.type, "cheque_cashed")))[0]!.n;
    const before = await cashedEvents();
    // The same statement again: no new line, the match stays, nothing cashed twice.
    const again = await importLines(csv);
    expect(again.imported).toMatchObject({ newCount: 0, knownCount: 2 });
    expect(plain(again.lines[0]!.matched)).toMatchObject({ kind: "slip", id: slip.id, label: contains("Remise de chèques n° 1") });
    expect(again.lines[1]!.proposals.filter((p) => p.candidate.kind === "slip")).toEqual([]);
    expect(await cashedEvents()).toBe(before);
  });

  it("a credit of another total is never exact, and its confirmation is refused with nothing recorded", async () => {
    const { slip, a } = await slipOfThree();
    const { lines } = await importLines(`${todayInParis()},REMISE CHEQUES N 1,${euros(slip.totalCents - 100)}\n${todayInParis()},REMISE CHEQUES,${euros(slip.totalCents + 1)}\n`);
    expect(lines[0]!.proposals[0]).toMatchObject({ candidate: { kind: "slip", id: slip.id }, basis: "reference", fit: "partial", differenceCents: -100 });
    expect(lines[1]!.proposals.filter((p) => p.candidate.kind === "slip")).toEqual([]);
    const refused = await confirmBankMatch(db, adminCaller, { lineId: lines[0]!.id, kind: "slip", targetId: slip.id });
    expect(refused).toMatchObject({ ok: false, code: "slip_total" });
    expect((await db.select().from(bankStatementLines).where(eq(bankStatementLines.id, lines[0]!.id)))[0]!.matchedAt).toBeNull();
    expect(await paymentOf(a.paymentId)).toMatchObject({ status: "pending" });
  });

  it("a cheque that cannot be cashed (its order cancelled) refuses the whole confirmation: nothing half-done", async () => {
    const { slip, a, b } = await slipOfThree();
    await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, b.order.id));
    const { lines } = await importLines(`${todayInParis()},REMISE CHEQUES N 1,${euros(slip.totalCents)}\n`);
    const refused = await confirmBankMatch(db, adminCaller, { lineId: lines[0]!.id, kind: "slip", targetId: slip.id });
    expect(refused).toMatchObject({ ok: false, code: "refused", message: contains("chèque n° CHQ-B") });
    expect(await paymentOf(a.paymentId)).toMatchObject({ status: "pending" });
    expect((await db.select().from(bankStatementLines).where(eq(bankStatementLines.id, lines[0]!.id)))[0]!.matchedAt).toBeNull();
  });
});

describe.each([
  ["a guest", () => Promise.resolve(null)],
  ["a customer", async () => (await insertUser(db, "customer")).id],
  ["a professional", async () => (await approvedPro(db, admin)).user.id],
])("%s", (_who, signIn) => {
  it("is refused the page, every action and the PDF, and nothing changes", async () => {
    const a = await singleChequeInHand(45_80, "CHQ-A");
    const b = await singleChequeInHand(20_00, "CHQ-B");
    const made = await createDepositSlip(db, adminCaller, { paymentIds: [b.paymentId], instalmentIds: [] });
    session.userId = await signIn();
    const snapshot = async () => [await slipCount(), (await db.select({ n: count() }).from(orderEvents))[0]!.n, (await paymentOf(a.paymentId)).status, (await paymentOf(b.paymentId)).status];
    const before = await snapshot();

    await expect(ChequesPage()).rejects.toThrow(session.userId ? /NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/ : /NEXT_REDIRECT/);
    expect(await prepare({ cheque: [`single:${a.paymentId}`], confirm: "oui" })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    expect(await cash({ cheque: `single:${b.paymentId}`, confirm: "oui" })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    expect(await bounce({ cheque: `single:${b.paymentId}`, reason: "Provision insuffisante", confirm: "oui" })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    expect((await pdfOf((made as { slipId: string }).slipId)).status).toBe(404);
    // The use cases check again, whoever calls them.
    const caller = session.userId ? { id: session.userId, role: "customer" as const, name: "X" } : null;
    expect(await cashBoardCheque(db, caller, { kind: "single", id: b.paymentId })).toMatchObject({ ok: false, message: "Action réservée aux administrateurs." });
    expect(await bounceBoardCheque(db, caller, { kind: "single", id: b.paymentId, reason: "Provision insuffisante" })).toEqual({ ok: false, message: "Action réservée aux administrateurs." });
    expect(await createDepositSlip(db, caller, { paymentIds: [a.paymentId], instalmentIds: [] })).toEqual({ ok: false, message: "Action réservée aux administrateurs." });
    expect(await snapshot()).toEqual(before);
  });
});
