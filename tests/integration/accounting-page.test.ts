import { beforeEach, describe, expect, it, vi } from "vitest";
import AccountingPage from "@/app/admin/comptabilite/page";
import type { Db } from "@/lib/db/client";
import { monthPeriod, recentMonths } from "@/lib/billing/accounting-period";
import { env } from "@/lib/shared/env";
import { todayInParis } from "@/lib/shared/dates";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { hrefsOf, redirectOf, renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * /admin/comptabilite as Next renders it, the session read through next-auth: the month just
 * ended by default, the months to pick, two dates with their errors next to the fields, and the
 * two download links carrying only a period that parsed. Anyone but an admin never sees it.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
});

async function signInAs(role: "admin" | "customer" | "pro") {
  session.userId = (await insertUser(db, role)).id;
}

describe("/admin/comptabilite", () => {
  it("sends a visitor to sign in, and answers 404 to a customer and to a professional", async () => {
    expect(await redirectOf(AccountingPage, {}, {})).toBe("/connexion?retour=%2Fadmin%2Fcomptabilite");
    for (const role of ["customer", "pro"] as const) {
      await signInAs(role);
      await expect(renderPage(AccountingPage, {}, {})).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
  });

  it("offers the month just ended by default, with both downloads for it", async () => {
    await signInAs("admin");
    const html = await renderPage(AccountingPage, {}, {});
    const previous = monthPeriod(recentMonths(todayInParis())[1]!.value)!;
    const query = `du=${previous.from}&au=${previous.to}`;
    expect(hrefsOf(html, "accounting-csv")).toEqual([`/admin/comptabilite/csv?${query}`]);
    expect(hrefsOf(html, "accounting-fec")).toEqual([`/admin/comptabilite/fec?${query}`]);
    const siren = env.merchant.siret.replace(/\s/g, "").slice(0, 9);
    expect(textOf(html, "accounting-fec")).toBe(`Télécharger le FEC (${siren}FEC${previous.to.replaceAll("-", "")}.txt)`);
    expect(html).toContain('href="/admin/comptabilite?mois=');
    expect(html).toContain('aria-current="true"');
  });

  it("takes a month or two dates, and puts the error of a bad period next to its field without any download", async () => {
    await signInAs("admin");
    const month = await renderPage(AccountingPage, {}, { mois: "2026-02" });
    expect(textOf(month, "accounting-period")).toBe("Du 01/02/2026 au 28/02/2026");
    expect(hrefsOf(month, "accounting-fec")).toEqual(["/admin/comptabilite/fec?du=2026-02-01&au=2026-02-28"]);

    const days = await renderPage(AccountingPage, {}, { du: "2026-11-03", au: "2026-11-17" });
    expect(hrefsOf(days, "accounting-csv")).toEqual(["/admin/comptabilite/csv?du=2026-11-03&au=2026-11-17"]);

    const wrong = await renderPage(AccountingPage, {}, { du: "2026-11-17", au: "2026-11-03" });
    expect(hrefsOf(wrong, "accounting-fec")).toEqual([]);
    expect(wrong).toMatch(/<input[^>]*aria-invalid="true"[^>]*id="period-to"|<input[^>]*id="period-to"[^>]*aria-invalid="true"/);
    expect(wrong).toContain('aria-describedby="period-to-error"');
    expect(wrong).toContain('id="period-to-error" class="text-sm font-medium text-red-700">Le dernier jour doit suivre le premier.</p>');
  });
});
