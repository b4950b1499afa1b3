import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeEach, describe, expect, it, vi } from "vitest";
import BankPage from "@/app/admin/banque/page";
import { confirmMatchAction } from "@/app/admin/banque/confirm-match-action";
import { importStatementAction } from "@/app/admin/banque/import-statement-action";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import type { Db } from "@/lib/db/client";
import {
  accountPayments,
  bankCsvMappings,
  bankStatementImports,
  bankStatementLines,
  invoices,
  orderEvents,
  orders,
  payments,
} from "@/lib/db/schema";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";
import { BANK_MESSAGES, confirmBankMatch, getStatementImport, importBankStatement, listExpectedTransfers } from "@/lib/use-cases/bank-statements";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder, placeProOrder } from "@/tests/support/pro-fixtures";
import { redirectOf, renderPage } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * Bank statements end to end on a real database: a file of each format imported, the proposals,
 * the admin's confirmation recording the transfer through the existing use cases, the same file
 * twice and overlapping files recording nothing twice, another account's statement refused, and
 * every page and action refused to anyone but an admin (nothing written).
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).mockedNextCache(original));

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/bank");
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;
let adminCaller: { id: string; role: "admin"; name: string };

beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
  adminCaller = { id: admin.id, role: "admin", name: admin.name };
});

/** The orders the sample statements pay: CA-7K4M2QX9 (125,00 €) and CA-3HWPN8RT (60,00 €, paid 40,00 € with a mistyped reference). */
async function ordersOfTheSamples() {
  const exact = await insertOrder(db, { totalCents: 12500 });
  const partial = await insertOrder(db, { totalCents: 6000 });
  await db.update(orders).set({ reference: "CA-7K4M2QX9" }).where(eq(orders.id, exact.id));
  await db.update(orders).set({ reference: "CA-3HWPN8RT" }).where(eq(orders.id, partial.id));
  return { exact: exact.id, partial: partial.id };
}

async function importOk(name: string, bytes: Uint8Array) {
  const result = await importBankStatement(db, adminCaller, { fileName: name, bytes });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const orderOf = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const transfersOf = (orderId: string) => db.select().from(payments).where(and(eq(payments.orderId, orderId), eq(payments.method, "transfer")));
const rowCount = async (table: typeof bankStatementLines | typeof bankStatementImports | typeof payments | typeof accountPayments | typeof orderEvents | typeof bankCsvMappings) => (await db.select({ n: count() }).from(table))[0]!.n;

/** French amounts carry a non-breaking space before « € » (Intl): compare with plain spaces. */
const plain = <T,>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u00a0\u202f]/g, " ")) as T;

const SAMPLES = ["releve.cfonb120.txt", "releve.camt053.xml", "releve-ofx1.ofx", "releve-ofx2.ofx", "banque-a-latin1.csv", "banque-b-utf8-bom.csv"];

describe.each(SAMPLES)("a statement %s", (name) => {
  it("proposes the exact and the mistyped reference, records only what is confirmed, and nothing twice", async () => {
    const o = await ordersOfTheSamples();
    const first = await importOk(name, bytesOf(name));
    expect(first).toMatchObject({ lineCount: 5, newCount: 5, knownCount: 0 });
    // Importing records no money.
    expect(await transfersOf(o.exact)).toEqual([]);

    const view = (await getStatementImport(db, first.importId))!;
    const [exactLine, mistyped, , debit] = view.lines;
    expect(exactLine!.proposals[0]).toMatchObject({ candidate: { kind: "order", id: o.exact }, basis: "reference", fit: "exact" });
    expect(mistyped!.proposals[0]).toMatchObject({ candidate: { kind: "order", id: o.partial }, basis: "reference_approx", fit: "partial", differenceCents: -2000 });
    expect(debit!.amountCents).toBe(-3520);
    expect(debit!.proposals).toEqual([]);

    const confirmed = await confirmBankMatch(db, adminCaller, { lineId: exactLine!.id, kind: "order", targetId: o.exact });
    expect(plain(confirmed)).toMatchObject({ ok: true, message: "Virement de 125,00 € enregistré : la commande CA-7K4M2QX9 est payée." });
    expect(await orderOf(o.exact)).toMatchObject({ status: "paid", paidCents: 12500 });
    const partial = await confirmBankMatch(db, adminCaller, { lineId: mistyped!.id, kind: "order", targetId: o.partial });
    expect(plain(partial)).toMatchObject({ ok: true, message: "Virement de 40,00 € enregistré : reste à recevoir sur CA-3HWPN8RT : 20,00 €." });
    expect(await orderOf(o.partial)).toMatchObject({ status: "awaiting_transfer", paidCents: 4000 });

    // A double click: the same confirmation again records nothing more.
    expect(await confirmBankMatch(db, adminCaller, { lineId: exactLine!.id, kind: "order", targetId: o.exact })).toMatchObject({ ok: true, already: true });
    // The same file again: every line is known, nothing new, the matches stay.
    const again = await importOk(name, bytesOf(name));
    expect(again).toMatchObject({ lineCount: 5, newCount: 0, knownCount: 5 });
    const second = (await getStatementImport(db, again.importId))!;
    expect(second.lines.map((l) => l.alreadyKnown)).toEqual([true, true, true, true, true]);
    expect(second.lines[0]!.matched).toMatchObject({ kind: "order", id: o.exact, label: "Commande CA-7K4M2QX9", by: admin.name });
    expect(await rowCount(bankStatementLines)).toBe(5);
    expect((await transfersOf(o.exact)).map((p) => p.amountCents)).toEqual([12500]);
    expect((await transfersOf(o.partial)).map((p) => p.amountCents)).toEqual([4000]);
  });
});

describe("overlapping statements", () => {
  it("OFX: a second file repeating two movements (same FITID) and adding one stores only the new one", async () => {
    await ordersOfTheSamples();
    await importOk("a.ofx", bytesOf("releve-ofx1.ofx"));
    const text = readFileSync(path.join(FIXTURES, "releve-ofx1.ofx"), "utf8");
    const blocks = [...text.matchAll(/<STMTTRN>[\s\S]*?<\/STMTTRN>/g)].map((m) => m[0]);
    const added = "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20261205\n<TRNAMT>10.00\n<FITID>20261205-0006\n<NAME>VIR NOUVEAU\n</STMTTRN>";
    const next = text.replace(/<STMTTRN>[\s\S]*<\/STMTTRN>/, [blocks[3], blocks[4], added].join("\n"));
    expect(await importOk("b.ofx", utf8(next))).toMatchObject({ lineCount: 3, newCount: 1, knownCount: 2 });
    expect(await rowCount(bankStatementLines)).toBe(6);
  });

  it("CSV without bank references: the hash key (with two identical movements on one day) recognises the overlap", async () => {
    const head = "Date,Description,Amount\n";
    const twice = "2026-12-03,VIR SEPA LOYER,10.00\n2026-12-03,VIR SEPA LOYER,10.00\n";
    await importOk("a.csv", utf8(`${head}2026-12-02,VIR SEPA X,5.00\n${twice}`));
    const overlap = await importOk("b.csv", utf8(`${head}${twice}2026-12-04,VIR SEPA Y,7.00\n`));
    expect(overlap).toMatchObject({ lineCount: 3, newCount: 1, knownCount: 2 });
    expect(await rowCount(bankStatementLines)).toBe(4);
  });
});

describe("matching and recording", () => {
  it("an over-payment pays the order and flags the excess", async () => {
    const o = await ordersOfTheSamples();
    const imported = await importOk("over.csv", utf8("Date,Description,Amount\n2026-12-02,VIR CA-7K4M2QX9,150.00\n"));
    const [line] = (await getStatementImport(db, imported.importId))!.lines;
    expect(line!.proposals[0]).toMatchObject({ fit: "over", differenceCents: 2500 });
    const result = await confirmBankMatch(db, adminCaller, { lineId: line!.id, kind: "order", targetId: o.exact });
    expect(plain(result)).toMatchObject({ ok: true, message: "Virement de 150,00 € enregistré : la commande CA-7K4M2QX9 est payée (trop-perçu : 25,00 €)." });
    expect((await orderOf(o.exact)).flag).toMatch(/25,00/);
  });

  it("an open pro invoice is paid by its number, through recordInvoicePayment, the excess kept as credit", async () => {
    const pro = await approvedPro(db, admin);
    await paidFirstOrder(db, adminCaller, pro.user.id);
    const order = await placeProOrder(db, pro.user.id, "net30");
    const invoice = await invoiceOfOrder(db, order.orderId);
    const expected = await listExpectedTransfers(db);
    expect(expected.invoices.map((i) => [i.number, i.dueCents])).toEqual([[invoice.number, invoice.totalCents]]);

    const amount = ((invoice.totalCents + 1000) / 100).toFixed(2);
    const imported = await importOk("pro.csv", utf8(`Date,Description,Amount\n2026-12-04,VIR INSTITUT FACTURE ${invoice.number},${amount}\n`));
    const [line] = (await getStatementImport(db, imported.importId))!.lines;
    expect(line!.proposals[0]).toMatchObject({ candidate: { kind: "invoice", id: invoice.id }, basis: "reference", fit: "over", differenceCents: 1000 });
    const result = await confirmBankMatch(db, adminCaller, { lineId: line!.id, kind: "invoice", targetId: invoice.id });
    expect(plain(result.ok && result.message)).toMatch(/réglée.*10,00 € de trop-perçu gardés en avoir/);
    expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0]!.settledAt).not.toBeNull();
    const [stored] = await db.select().from(bankStatementLines).where(eq(bankStatementLines.id, line!.id));
    expect(stored).toMatchObject({ matchedKind: "invoice", matchedId: invoice.id, matchedBy: admin.id });
    const [payment] = await db.select().from(accountPayments).where(eq(accountPayments.id, stored!.accountPaymentId!));
    expect(payment).toMatchObject({ method: "transfer", amountCents: invoice.totalCents + 1000, recordedBy: admin.id });
  });

  it("a line matched to one order cannot pay another; an order paid meanwhile refuses and leaves the line open", async () => {
    const o = await ordersOfTheSamples();
    const imported = await importOk("s.camt.xml", bytesOf("releve.camt053.xml"));
    const [first, second] = (await getStatementImport(db, imported.importId))!.lines;
    await confirmBankMatch(db, adminCaller, { lineId: first!.id, kind: "order", targetId: o.exact });
    expect(await confirmBankMatch(db, adminCaller, { lineId: first!.id, kind: "order", targetId: o.partial })).toMatchObject({ ok: false, message: BANK_MESSAGES.line_matched });
    // The second line confirmed against the order the first one already paid: the use case refuses.
    const refused = await confirmBankMatch(db, adminCaller, { lineId: second!.id, kind: "order", targetId: o.exact });
    expect(refused).toMatchObject({ ok: false, code: "refused" });
    expect(refused.ok ? "" : refused.message).toMatch(/déjà payée/);
    expect((await db.select().from(bankStatementLines).where(eq(bankStatementLines.id, second!.id)))[0]!.matchedAt).toBeNull();
    expect(await confirmBankMatch(db, adminCaller, { lineId: second!.id, kind: "deposit_slip", targetId: o.exact })).toMatchObject({ ok: false, code: "unknown_kind" });
    const debit = (await getStatementImport(db, imported.importId))!.lines[3]!;
    expect(await confirmBankMatch(db, adminCaller, { lineId: debit.id, kind: "order", targetId: o.partial })).toMatchObject({ ok: false, code: "not_credit" });
    expect((await transfersOf(o.partial)).length).toBe(0);
  });

  it("a cheque in hand is not expected by transfer: a covered order is no candidate, a part-covered one expects the rest", async () => {
    const o = await ordersOfTheSamples();
    expect(await recordCheque(db, adminCaller, { orderId: o.exact, amountCents: 12500, chequeNumber: "7001", receivedOn: "2026-12-01" })).toMatchObject({ ok: true });
    expect(await recordCheque(db, adminCaller, { orderId: o.partial, amountCents: 2000, chequeNumber: "7002", receivedOn: "2026-12-01" })).toMatchObject({ ok: true });
    const imported = await importOk("slip.csv", utf8("Date,Description,Amount\n2026-12-04,REMISE CHEQUES CA-7K4M2QX9,125.00\n2026-12-04,VIR CA-3HWPN8RT,40.00\n"));
    const [slipCredit, transfer] = (await getStatementImport(db, imported.importId))!.lines;
    expect(slipCredit!.proposals.filter((p) => p.candidate.kind === "order")).toEqual([]);
    expect(transfer!.proposals[0]).toMatchObject({ candidate: { kind: "order", id: o.partial }, fit: "exact" });
  });

  it("lists the transfers expected with what is still due and the age", async () => {
    const o = await ordersOfTheSamples();
    await db.update(orders).set({ createdAt: new Date(Date.now() - 3 * 86_400_000) }).where(eq(orders.id, o.exact));
    const expected = await listExpectedTransfers(db);
    expect(expected.orders.map((x) => [x.reference, x.dueCents, x.ageDays])).toEqual([
      ["CA-7K4M2QX9", 12500, 3],
      ["CA-3HWPN8RT", 6000, 0],
    ]);
  });
});

describe("files refused", () => {
  it.each([
    ["autre-compte.cfonb120.txt", "wrong_account"],
    ["autre-compte.camt053.xml", "wrong_account"],
    ["malforme.cfonb120.txt", "malformed"],
    ["malforme.camt053.xml", "malformed"],
    ["malforme.csv", "malformed"],
    ["pas-un-releve.txt", "unknown_format"],
  ])("%s: %s, nothing written", async (name, code) => {
    const result = await importBankStatement(db, adminCaller, { fileName: name, bytes: bytesOf(name) });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/^(Ce relevé|Le relevé est mal formé|Format de fichier non reconnu)/);
    expect(await rowCount(bankStatementImports)).toBe(0);
    expect(await rowCount(bankStatementLines)).toBe(0);
  });

  it("too large: refused before reading", async () => {
    const result = await importBankStatement(db, adminCaller, { fileName: "gros.csv", bytes: new Uint8Array(5 * 1024 * 1024 + 1) });
    expect(result).toMatchObject({ ok: false, code: "too_large", message: BANK_MESSAGES.too_large });
  });
});

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const run = (action: (s: FormState, f: FormData) => Promise<FormState>, fields: Record<string, string | File>) => action(IDLE_FORM_STATE, form(fields));
async function redirectOfAction(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (isRedirectError(error)) return getURLFromRedirectError(error);
    throw error;
  }
}
const fileOf = (name: string, bytes: Uint8Array) => new File([bytes.slice().buffer], name);

describe("the page and its actions, as an admin", () => {
  it("imports through the form, shows the proposals, confirms, and remembers a CSV mapping", async () => {
    session.userId = admin.id;
    const o = await ordersOfTheSamples();
    const to = await redirectOfAction(run(importStatementAction, { file: fileOf("releve.csv", bytesOf("banque-a-latin1.csv")) }));
    expect(to).toMatch(/^\/admin\/banque\?releve=[0-9a-f-]{36}$/);
    const importId = to!.split("=")[1]!;
    const html = plain(await renderPage(BankPage, {}, { releve: importId }));
    expect(html).toContain("Relevé importé : releve.csv");
    expect(html).toContain("Commande CA-7K4M2QX9");
    expect(html).toContain("Référence trouvée dans le libellé");
    expect(html).toContain("Référence approchante (une faute de frappe)");
    expect(html).toContain("Paiement partiel : reste 20,00 €");
    expect(html).toContain("Non rapprochée");
    const lines = (await getStatementImport(db, importId))!.lines;
    const result = await run(confirmMatchAction, { lineId: lines[0]!.id, kind: "order", targetId: o.exact, confirm: "oui" });
    expect(plain(result)).toMatchObject({ status: "success", message: "Virement de 125,00 € enregistré : la commande CA-7K4M2QX9 est payée." });
    const [event] = await db.select().from(orderEvents).where(and(eq(orderEvents.orderId, o.exact), eq(orderEvents.type, "transfer_recorded")));
    expect(event).toMatchObject({ actorType: "admin", actorId: admin.id });
    // Without the tick, nothing.
    expect(await run(confirmMatchAction, { lineId: lines[1]!.id, kind: "order", targetId: o.partial })).toMatchObject({ status: "error", fieldErrors: { confirm: "Cochez la case pour confirmer." } });

    // A CSV whose titles say nothing: the columns come back to be chosen, then the choice is remembered.
    const odd = utf8("Jour;Texte;Valeur\n02/12/2026;VIR CA-3HWPN8RT;60,00\n");
    const asked = await run(importStatementAction, { file: fileOf("odd.csv", odd) });
    expect(asked).toMatchObject({ status: "error", message: BANK_MESSAGES.csv_mapping });
    expect(asked.status === "error" && JSON.parse(asked.values.columns!)).toEqual(["Jour", "Texte", "Valeur"]);
    expect(await redirectOfAction(run(importStatementAction, { file: fileOf("odd.csv", odd), mapDate: "Jour", mapLabel: "Texte", mapAmount: "Valeur" }))).toMatch(/releve=/);
    expect(await rowCount(bankCsvMappings)).toBe(2);
    const nextMonth = utf8("Jour;Texte;Valeur\n03/12/2026;VIR AUTRE;1,00\n");
    expect(await redirectOfAction(run(importStatementAction, { file: fileOf("odd2.csv", nextMonth) }))).toMatch(/releve=/);
  });

  it("refuses a file of another account with its French message", async () => {
    session.userId = admin.id;
    expect(await run(importStatementAction, { file: fileOf("x.xml", bytesOf("autre-compte.camt053.xml")) })).toMatchObject({ status: "error", message: BANK_MESSAGES.wrong_account });
    expect(await run(importStatementAction, {})).toMatchObject({ status: "error", fieldErrors: { file: "Choisissez le fichier du relevé." } });
  });
});

describe.each([
  ["a guest", () => Promise.resolve(null)],
  ["a customer", async () => (await insertUser(db, "customer")).id],
  ["a professional", async () => (await approvedPro(db, admin)).user.id],
])("%s", (_who, signIn) => {
  it("is refused the page, the import and the confirmation, and nothing changes", async () => {
    const o = await ordersOfTheSamples();
    const imported = await importOk("s.ofx", bytesOf("releve-ofx2.ofx"));
    const line = (await getStatementImport(db, imported.importId))!.lines[0]!;
    session.userId = await signIn();
    const before = [await rowCount(bankStatementImports), await rowCount(bankStatementLines), await rowCount(payments), await rowCount(orderEvents)];
    if (session.userId === null) expect(await redirectOf(BankPage, {}, {})).toMatch(/^\/connexion\?retour=%2Fadmin%2Fbanque/);
    else await expect(BankPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) } as never)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    expect(await run(importStatementAction, { file: fileOf("s.ofx", bytesOf("releve-ofx1.ofx")) })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    expect(await run(confirmMatchAction, { lineId: line.id, kind: "order", targetId: o.exact, confirm: "oui" })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    // The use cases check again, whoever calls them.
    const caller = session.userId ? { id: session.userId, role: "customer" as const, name: "X" } : null;
    expect(await importBankStatement(db, caller, { fileName: "s.ofx", bytes: bytesOf("releve-ofx1.ofx") })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await confirmBankMatch(db, caller, { lineId: line.id, kind: "order", targetId: o.exact })).toMatchObject({ ok: false, code: "forbidden" });
    expect([await rowCount(bankStatementImports), await rowCount(bankStatementLines), await rowCount(payments), await rowCount(orderEvents)]).toEqual(before);
    expect((await orderOf(o.exact)).status).toBe("awaiting_transfer");
  });
});
