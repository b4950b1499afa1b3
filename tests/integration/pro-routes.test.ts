import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as adminInvoicePdf } from "@/app/admin/factures/[number]/pdf/route";
import { GET as adminStatement } from "@/app/admin/professionnels/[id]/releve/route";
import { GET as proInvoicePdf } from "@/app/pro/factures/[number]/pdf/route";
import { GET as proStatement } from "@/app/pro/releve/route";
import ProPortalPage from "@/app/pro/page";
import ProInvoicePage from "@/app/pro/factures/[number]/page";
import type { Db } from "@/lib/db/client";
import { proAccounts } from "@/lib/db/schema";
import { todayInParis } from "@/lib/shared/dates";
import { recordInvoicePayment, refundAccountCredit } from "@/lib/use-cases/invoice-payments";
import { statementFor } from "@/lib/use-cases/pro-portal";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { approvedPro, invoiceOfOrder, paidFirstOrder, placeProOrder } from "@/tests/support/pro-fixtures";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * The portal's pages and the document routes (invoice PDFs, statements), called as Next calls
 * them with the session read through next-auth: each company sees its own documents only, a
 * customer or a guest none, an admin all; and the credit an account holds, once paid back, can
 * neither pay invoices nor be paid back twice.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

async function twoCompanies() {
  const a = await approvedPro(db, admin, { companyName: "Salon Alpha" });
  await paidFirstOrder(db, admin, a.user.id);
  const orderA = await placeProOrder(db, a.user.id, "net30");
  const b = await approvedPro(db, admin, { companyName: "Salon Beta" });
  return { a, b, invoiceA: await invoiceOfOrder(db, orderA.orderId) };
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const statementUrl = (path: string) => new Request(`http://localhost${path}?du=2026-01-01&au=${todayInParis()}`);

describe("documents and the portal, by who asks", () => {
  it("a company gets its own invoice PDF and statement; another company, a customer and a guest get a 404", async () => {
    const { a, b, invoiceA } = await twoCompanies();
    const number = { number: invoiceA.number };

    session.userId = a.user.id;
    const own = await proInvoicePdf(new Request("http://localhost/"), params(number));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await own.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await proStatement(statementUrl("/pro/releve"))).status).toBe(200);
    await expect(ProInvoicePage(params(number))).resolves.toBeTruthy();

    const customer = await insertUser(db, "customer");
    for (const who of [b.user.id, customer.id, null]) {
      session.userId = who;
      expect((await proInvoicePdf(new Request("http://localhost/"), params(number))).status, String(who)).toBe(404);
      expect((await adminInvoicePdf(new Request("http://localhost/"), params(number))).status).toBe(404);
      expect((await adminStatement(statementUrl("/admin"), params({ id: a.accountId }))).status).toBe(404);
      if (who === b.user.id) {
        await expect(ProInvoicePage(params(number))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
        // The statement route answers with the caller's own account, never another's.
        const res = await proStatement(statementUrl("/pro/releve"));
        expect(res.status).toBe(200);
      } else {
        expect((await proStatement(statementUrl("/pro/releve"))).status).toBe(404);
      }
    }
    session.userId = customer.id;
    await expect(ProPortalPage()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);

    session.userId = admin.id;
    expect((await adminInvoicePdf(new Request("http://localhost/"), params(number))).status).toBe(200);
    expect((await adminStatement(statementUrl("/admin"), params({ id: a.accountId }))).status).toBe(200);
  });

  it("refuses a statement period that is not one (end before start, not a date)", async () => {
    const { a } = await twoCompanies();
    session.userId = a.user.id;
    expect((await proStatement(new Request("http://localhost/pro/releve?du=2026-12-31&au=2026-01-01"))).status).toBe(400);
    expect((await proStatement(new Request("http://localhost/pro/releve?du=hier&au=2026-01-01"))).status).toBe(400);
  });
});

describe("credit paid back", () => {
  it("lowers the account's credit once per reference, never below zero, and shows on the statement", async () => {
    const { a, invoiceA } = await twoCompanies();
    const today = todayInParis();
    await recordInvoicePayment(db, admin, { accountId: a.accountId, method: "transfer", amountCents: invoiceA.totalCents + 800, reference: "VIR-IN", receivedOn: today, allocations: [] });
    const credit = async () => (await db.select().from(proAccounts).where(eq(proAccounts.id, a.accountId)))[0]!.creditCents;
    expect(await credit()).toBe(800);

    const refund = { accountId: a.accountId, amountCents: 500, method: "transfer" as const, reference: "VIR-OUT-1", paidOn: today };
    expect(await refundAccountCredit(db, admin, refund)).toEqual({ ok: true, creditLeftCents: 300 });
    expect(await refundAccountCredit(db, admin, refund)).toEqual({ ok: true, already: true, creditLeftCents: 300 });
    expect(await refundAccountCredit(db, admin, { ...refund, reference: "VIR-OUT-2", amountCents: 301 })).toMatchObject({ ok: false });
    expect(await refundAccountCredit(db, admin, { ...refund, reference: "VIR-OUT-3", amountCents: -1 })).toMatchObject({ ok: false });
    expect(await credit()).toBe(300);

    const statement = (await statementFor(db, a.accountId, today, today))!;
    expect(statement.lines.filter((l) => l.kind === "refund").map((l) => l.debitCents)).toEqual([500]);
    // Owed nothing, paid 800 too much, got 500 back: 300 in the company's favour.
    expect(statement.closingBalanceCents).toBe(-300);
  });
});
