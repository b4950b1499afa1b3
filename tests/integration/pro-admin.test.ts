import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import ProfessionalsPage from "@/app/admin/professionnels/page";
import ProfessionalPage from "@/app/admin/professionnels/[id]/page";
import { approveAction } from "@/app/admin/professionnels/[id]/approve-action";
import { recordPaymentAction } from "@/app/admin/professionnels/[id]/record-payment-action";
import { rejectAction } from "@/app/admin/professionnels/[id]/reject-action";
import { setHoldAction } from "@/app/admin/professionnels/[id]/set-hold-action";
import { updateTermsAction } from "@/app/admin/professionnels/[id]/update-terms-action";
import { issueCreditNoteAction } from "@/app/admin/professionnels/issue-credit-note-action";
import { refundCreditAction } from "@/app/admin/professionnels/[id]/refund-credit-action";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import type { Db } from "@/lib/db/client";
import { accountPayments, invoices, proAccountEvents, proAccounts } from "@/lib/db/schema";
import { todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder, placeProOrder, proApplicant } from "@/tests/support/pro-fixtures";
import { redirectOf, renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * The back-office's professional pages and actions, called the way Next calls them, with the
 * session read through next-auth like in the app: refused to a guest, a customer and a pro (the
 * page a sign-in redirect or a 404, the action a French refusal and nothing written), and doing
 * their work for an admin, with the same form twice (a double click) doing it once.
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

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const run = (action: (s: FormState, f: FormData) => Promise<FormState>, fields: Record<string, string>) => action(IDLE_FORM_STATE, form(fields));

/** A pending applicant, and an approved pro with one open net-30 invoice. */
async function scene() {
  const pending = await proApplicant(db, { companyName: "Salon Nouveau" });
  const pro = await approvedPro(db, admin);
  await paidFirstOrder(db, admin, pro.user.id);
  const order = await placeProOrder(db, pro.user.id, "net30");
  return { pending, pro, invoice: await invoiceOfOrder(db, order.orderId) };
}

function actionsFor(s: Awaited<ReturnType<typeof scene>>) {
  const terms = { termsKind: "net", termsDays: "30", creditLimit: "1500,00", confirm: "oui" };
  return [
    ["approve", approveAction, { ...terms, accountId: s.pending.accountId }],
    ["reject", rejectAction, { accountId: s.pending.accountId, reason: "SIRET inconnu", confirm: "oui" }],
    ["update terms", updateTermsAction, { ...terms, creditLimit: "99,00", accountId: s.pro.accountId }],
    ["hold", setHoldAction, { accountId: s.pro.accountId, hold: "suspendre", reason: "Factures en retard", confirm: "oui" }],
    ["record payment", recordPaymentAction, { accountId: s.pro.accountId, method: "transfer", amount: "10,00", reference: "VIR-ATTACK", receivedOn: todayInParis(), confirm: "oui" }],
    ["credit note", issueCreditNoteAction, { invoiceId: s.invoice.id, mode: "full", reason: "Pour voir", requestKey: "k".repeat(20), confirm: "oui" }],
    ["refund credit", refundCreditAction, { accountId: s.pro.accountId, amount: "1,00", method: "transfer", reference: "VIR-OUT", paidOn: todayInParis(), confirm: "oui" }],
  ] as const;
}

async function footprint() {
  const n = async (table: typeof proAccountEvents | typeof accountPayments | typeof invoices) => (await db.select({ n: count() }).from(table))[0]!.n;
  const accounts = await db.select({ id: proAccounts.id, status: proAccounts.status, onHold: proAccounts.onHold, limit: proAccounts.creditLimitCents }).from(proAccounts);
  return { events: await n(proAccountEvents), payments: await n(accountPayments), invoices: await n(invoices), accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)) };
}

describe.each([
  ["a guest", () => Promise.resolve(null)],
  ["a customer", async () => (await insertUser(db, "customer")).id],
  ["a professional", (s: Awaited<ReturnType<typeof scene>>) => Promise.resolve(s.pro.user.id)],
])("%s", (_who, signIn) => {
  it("is refused every professional page of the back-office: a sign-in redirect or a 404", async () => {
    const s = await scene();
    session.userId = await signIn(s);
    const pages = [
      () => ProfessionalsPage({ searchParams: Promise.resolve({}) }),
      () => ProfessionalPage({ params: Promise.resolve({ id: s.pro.accountId }) }),
    ];
    for (const page of pages) {
      if (session.userId === null) {
        expect(await redirectOf(page, {}, {})).toMatch(/^\/connexion\?retour=%2Fadmin%2Fprofessionnels/);
      } else {
        await expect(page()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
      }
    }
  });

  it("is refused every professional action, and nothing is written", async () => {
    const s = await scene();
    session.userId = await signIn(s);
    const before = await footprint();
    for (const [name, action, fields] of actionsFor(s)) {
      const result = await run(action, fields);
      expect(result, name).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    }
    expect(await footprint()).toEqual(before);
  });
});

describe("an admin", () => {
  it("sees the list with the pending count first, balances, and the all-pros ageing", async () => {
    const s = await scene();
    session.userId = admin.id;
    const html = await renderPage(ProfessionalsPage, {}, {});
    expect(html).toContain("Professionnels à valider : 1");
    expect(html.indexOf("Salon Nouveau")).toBeLessThan(html.indexOf("Institut Beauté Paul"));
    expect(textOf(html, "admin-pro-ageing-total")).toBe(formatEur(s.invoice.totalCents));
    expect(textOf(html, "admin-pro-ageing-total-not_due")).toBe(formatEur(s.invoice.totalCents));
    const pendingOnly = await renderPage(ProfessionalsPage, {}, { filtre: "a-valider" });
    expect(pendingOnly).toContain("Salon Nouveau");
    expect(pendingOnly.match(/Institut Beauté Paul/g) ?? []).toHaveLength(1); // only in the ageing table
  });

  it("sees a pro's page: figures, terms, invoices with their PDF links, history", async () => {
    const s = await scene();
    session.userId = admin.id;
    const html = await renderPage(ProfessionalPage, { id: s.pro.accountId }, {});
    expect(textOf(html, "admin-pro-balance")).toBe(formatEur(s.invoice.totalCents));
    expect(textOf(html, "admin-pro-terms")).toBe("30 jours à compter de la date de facture");
    expect(html).toContain(`/admin/factures/${s.invoice.number}/pdf`);
    expect(html).toContain(`/admin/professionnels/${s.pro.accountId}/releve`);
    expect(textOf(html, "admin-pro-history")).toContain("Compte validé : 30 jours à compter de la date de facture");
    expect(textOf(html, "admin-pro-history")).toContain("Alice Admin");
    await expect(renderPage(ProfessionalPage, { id: "pas-un-id" }, {})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(renderPage(ProfessionalPage, { id: "00000000-0000-4000-8000-000000000000" }, {})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it("approves (twice: once), refuses terms over the legal cap next to the field, holds, records a payment (twice: once), credits", async () => {
    const s = await scene();
    session.userId = admin.id;
    const [approve, , , hold, pay, credit] = actionsFor(s);
    expect(await run(approve[1], { ...approve[2], termsDays: "61" })).toMatchObject({ status: "error", fieldErrors: { termsDays: expect.stringContaining("L441-10") as unknown } });
    expect(await run(approve[1], { ...approve[2], confirm: "" })).toMatchObject({ status: "error", fieldErrors: { confirm: "Cochez la case pour confirmer." } });
    expect(await run(approve[1], approve[2])).toMatchObject({ status: "success", message: expect.stringContaining("Compte validé") as unknown });
    expect(await run(approve[1], approve[2])).toMatchObject({ status: "success", message: expect.stringContaining("déjà validé") as unknown });
    const [approved] = await db.select().from(proAccounts).where(eq(proAccounts.id, s.pending.accountId));
    expect(approved).toMatchObject({ status: "approved", creditLimitCents: 150_000, termsDays: 30 });

    expect(await run(hold[1], { ...hold[2], reason: "" })).toMatchObject({ status: "error", fieldErrors: { reason: expect.stringContaining("motif") as unknown } });
    expect(await run(hold[1], hold[2])).toMatchObject({ status: "success" });

    expect(await run(pay[1], { ...pay[2], amount: "-3" })).toMatchObject({ status: "error", fieldErrors: { amount: expect.any(String) as unknown } });
    expect(await run(pay[1], { ...pay[2], [`alloc-${s.invoice.id}`]: "10,00" })).toMatchObject({ status: "success", message: expect.stringContaining("Virement de 10,00") as unknown });
    expect(await run(pay[1], { ...pay[2], [`alloc-${s.invoice.id}`]: "10,00" })).toMatchObject({ status: "success", message: expect.stringContaining("déjà enregistré") as unknown });
    expect(await run(pay[1], { ...pay[2], amount: "11,00" })).toMatchObject({ status: "error", message: expect.stringContaining("déjà enregistré") as unknown });
    expect(await db.select().from(accountPayments).where(eq(accountPayments.offlineReference, "VIR-ATTACK"))).toHaveLength(1);
    expect((await invoiceOfOrder(db, s.invoice.orderId)).paidCents).toBe(1000);

    expect(await run(credit[1], { ...credit[2], mode: "partial", amount: "0" })).toMatchObject({ status: "error", fieldErrors: { amount: expect.any(String) as unknown } });
    const issued = await run(credit[1], credit[2]);
    expect(issued).toMatchObject({ status: "success", message: expect.stringContaining("La commande est soldée") as unknown });
    expect(await run(credit[1], credit[2])).toMatchObject({ status: "success", message: expect.stringContaining("déjà") as unknown });
    expect(await db.select().from(invoices).where(eq(invoices.kind, "credit_note"))).toHaveLength(1);
  });
});
