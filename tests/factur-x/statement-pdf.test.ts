import { describe, expect, it } from "vitest";
import { buildStatement, type StatementEntry } from "@/lib/billing/statement";
import { balanceLabel, renderStatementPdf, statementPdf } from "@/lib/documents/statement-pdf";
import { FRENCH_BUYER, SELLER } from "./documents";
import { readPdf } from "./pdf-structure";

/* The statement of account PDF, by structure and by the text drawn on its pages. */

const entries: StatementEntry[] = [
  { day: "2026-10-12", kind: "invoice", reference: "F-2026-000030", label: "Facture", amountCents: 45_000 },
  { day: "2026-11-03", kind: "invoice", reference: "F-2026-000042", label: "Facture", amountCents: 12_050 },
  { day: "2026-11-10", kind: "credit_note", reference: "A-2026-000007", label: "Avoir sur F-2026-000042", amountCents: 1_780 },
  { day: "2026-11-20", kind: "payment", reference: "VIR-CA-7K4M2QX9", label: "Virement reçu", amountCents: 60_000 },
];
const statement = buildStatement({ seller: SELLER, company: FRENCH_BUYER, from: "2026-11-01", to: "2026-11-30", issuedOn: "2026-12-01", entries });

describe("statementPdf", () => {
  it("opening balance, each entry with its running balance, totals and a closing balance in the company's favour", async () => {
    // Joined: a label may wrap inside its column.
    const text = (await renderStatementPdf(statement)).text.flat().join(" ");
    for (const expected of [
      "Maison Lavande SAS",
      "RELEVÉ DE COMPTE",
      "Du 01/11/2026 au 30/11/2026",
      "Édité le 01/12/2026",
      "Épicerie Fine « Les Trois Sœurs » & Fils SARL",
      "SIREN : 443061841",
      "Solde au début de la période",
      "450,00\u00a0€",
      "F-2026-000042",
      "120,50\u00a0€",
      "570,50\u00a0€",
      "A-2026-000007",
      "552,70\u00a0€",
      "Virement reçu",
      "600,00\u00a0€",
      "-47,30\u00a0€",
      "Totaux de la période",
      "Solde au 30/11/2026 : 47,30\u00a0€ (crédit en votre faveur)",
      "Page 1/1",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("says so when nothing happened in the period", async () => {
    const empty = buildStatement({ seller: SELLER, company: FRENCH_BUYER, from: "2026-12-01", to: "2026-12-31", issuedOn: "2027-01-02", entries });
    const text = (await renderStatementPdf(empty)).text.flat();
    expect(text).toContain("Aucune opération sur la période.");
    expect(text).toContain("Solde au 31/12/2026 : 47,30\u00a0€ (crédit en votre faveur)");
  });

  it("embeds its fonts and carries the same PDF/A metadata as the invoices, without XML", async () => {
    const r = await readPdf(await statementPdf(statement));
    expect(r.fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of r.fonts) expect(font).toMatchObject({ subtype: "Type0", embedded: true });
    expect(r.outputIntents).toHaveLength(1);
    expect(r.xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(r.xmp).not.toContain("fx:");
    expect(r.attachments).toEqual([]);
    expect(r.info.title).toBe("Relevé de compte du 01/11/2026 au 30/11/2026");
  });

  it("a long period runs over several numbered pages", async () => {
    const many: StatementEntry[] = Array.from({ length: 80 }, (_, i) => ({ day: `2026-11-${String(1 + (i % 30)).padStart(2, "0")}`, kind: i % 2 ? "payment" : "invoice", reference: `P-${i}`, label: "Opération", amountCents: 1_000 + i }));
    const { text } = await renderStatementPdf(buildStatement({ seller: SELLER, company: FRENCH_BUYER, from: "2026-11-01", to: "2026-11-30", issuedOn: "2026-12-01", entries: many }));
    expect(text.length).toBeGreaterThan(1);
    text.forEach((page, i) => expect(page).toContain(`Page ${i + 1}/${text.length}`));
    // Every page the table continues on repeats its header.
    expect(text.slice(1, -1).every((page) => page.includes("Débit"))).toBe(true);
    expect(text.flat().filter((s) => s.startsWith("P-"))).toHaveLength(80);
  });

  it("balance labels", () => {
    expect(balanceLabel(1250)).toBe("12,50\u00a0€ (à régler)");
    expect(balanceLabel(-1250)).toBe("12,50\u00a0€ (crédit en votre faveur)");
    expect(balanceLabel(0)).toBe("0,00\u00a0€");
  });
});
