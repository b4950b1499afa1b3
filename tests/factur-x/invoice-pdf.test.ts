import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { facturXXml } from "@/lib/billing/factur-x";
import { invoicePdf, renderInvoicePdf } from "@/lib/documents/invoice-pdf";
import { buildDocument, DOCUMENTS } from "./documents";
import { readPdf } from "./pdf-structure";

/*
 * The PDF/A-3 Factur-X invoice, checked by structure: no PDF/A validator installs here (veraPDF
 * is neither on npm nor in Debian). Each part PDF/A-3B and Factur-X require that pdf-lib does not
 * write by itself is read back from the bytes.
 */

const ICC = readFileSync(path.resolve(import.meta.dirname, "../../lib/documents/assets/sRGB.icc"));
const ON_ACCOUNT = DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!;

describe("invoicePdf: PDF/A-3B with Factur-X", () => {
  it("embeds factur-x.xml, byte for byte the Factur-X XML, as the Alternative associated file", async () => {
    const r = await readPdf(await invoicePdf(ON_ACCOUNT));
    expect(r.attachments).toHaveLength(1);
    const [xml] = r.attachments;
    expect(xml).toMatchObject({ fileName: "factur-x.xml", unicodeName: "factur-x.xml", relationship: "Alternative", mimeType: "text/xml", modDate: "D:20261126000000Z" });
    expect(new TextDecoder().decode(xml!.bytes)).toBe(facturXXml(ON_ACCOUNT));
    expect(r.embeddedNames).toEqual(["factur-x.xml", "ref"]);
  });

  it("has an sRGB OutputIntent carrying the committed ICC profile", async () => {
    const r = await readPdf(await invoicePdf(ON_ACCOUNT));
    expect(r.outputIntents).toHaveLength(1);
    expect(r.outputIntents[0]).toMatchObject({ subtype: "GTS_PDFA1", identifier: "sRGB IEC61966-2.1", components: "3" });
    expect(Buffer.from(r.outputIntents[0]!.profile).equals(ICC)).toBe(true);
  });

  it("declares PDF/A-3B and the Factur-X extension schema in XMP, agreeing with the info dictionary", async () => {
    const r = await readPdf(await invoicePdf(ON_ACCOUNT));
    expect(r.xmp).toMatch(/^<\?xpacket begin="\ufeff"/);
    expect(r.xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(r.xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(r.xmp).toContain("<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>");
    for (const property of ["DocumentFileName", "DocumentType", "Version", "ConformanceLevel"]) expect(r.xmp).toContain(`<pdfaProperty:name>${property}</pdfaProperty:name>`);
    expect(r.xmp).toContain("<fx:DocumentType>INVOICE</fx:DocumentType>");
    expect(r.xmp).toContain("<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>");
    expect(r.xmp).toContain("<fx:Version>1.0</fx:Version>");
    expect(r.xmp).toContain("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>");

    expect(r.info).toEqual({
      title: "Facture n° F-2026-000042",
      author: "Maison Lavande SAS",
      subject: "Facture n° F-2026-000042 – Épicerie Fine « Les Trois Sœurs » & Fils SARL",
      keywords: "Facture F-2026-000042 Factur-X EN 16931",
      producer: "Caisse (pdf-lib)",
      creator: "Caisse (pdf-lib)",
      creationDate: "D:20261126000000Z",
    });
    const escaped = (s: string) => s.replace(/&/g, "&amp;");
    expect(r.xmp).toContain(`<rdf:li xml:lang="x-default">${r.info.title}</rdf:li>`);
    expect(r.xmp).toContain(`<rdf:li xml:lang="x-default">${escaped(r.info.subject!)}</rdf:li>`);
    expect(r.xmp).toContain(`<rdf:li>${r.info.author}</rdf:li>`);
    expect(r.xmp).toContain(`<pdf:Keywords>${r.info.keywords}</pdf:Keywords>`);
    expect(r.xmp).toContain(`<pdf:Producer>${r.info.producer}</pdf:Producer>`);
    expect(r.xmp).toContain(`<xmp:CreatorTool>${r.info.creator}</xmp:CreatorTool>`);
    expect(r.xmp).toContain("<xmp:CreateDate>2026-11-26T00:00:00Z</xmp:CreateDate>");
  });

  it("embeds every font it uses (no standard font), and has a trailer ID", async () => {
    const bytes = await invoicePdf(ON_ACCOUNT);
    const r = await readPdf(bytes);
    expect(r.fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of r.fonts) expect(font, `${font.name} must be embedded`).toMatchObject({ subtype: "Type0", embedded: true });
    expect(r.trailerId).toHaveLength(2);
    expect(r.trailerId[0]).toMatch(/^<[0-9A-F]{32}>$/i);
    // PDF/A: a comment of four bytes above 127 right after the header marks the file as binary.
    expect(Buffer.from(bytes.subarray(0, 9)).toString("latin1")).toBe("%PDF-1.7\n");
    expect([...bytes.subarray(10, 14)].every((b) => b > 127)).toBe(true);
  });

  it("renders the same document to the same bytes", async () => {
    expect(Buffer.from(await invoicePdf(ON_ACCOUNT)).equals(Buffer.from(await invoicePdf(ON_ACCOUNT)))).toBe(true);
  });
});

describe("invoicePdf: what a reader sees", () => {
  const all = (text: string[][]) => text.flat().join("\n");

  it("the seller's mentions, the buyer, the dates, the lines, VAT per rate and totals, in French", async () => {
    const text = all((await renderInvoicePdf(ON_ACCOUNT)).text);
    for (const expected of [
      "Maison Lavande SAS",
      "SAS au capital de 10 000 € – RCS Lyon 812 345 676",
      "12 rue des Tisserands",
      "SIRET : 81234567600017 – SIREN : 812345676",
      "N° TVA intracommunautaire : FR19812345676",
      "FACTURE",
      "N° F-2026-000042",
      "Date d'émission : 26/11/2026",
      "Date de livraison : 24/11/2026",
      "Date d'échéance : 26/12/2026",
      "Commande : CA-7K4M2QX9",
      "Épicerie Fine « Les Trois Sœurs » & Fils",
      "SIREN : 443061841",
      "N° TVA intracommunautaire : FR64443061841",
      "Désignation",
      "PU HT",
      "Montant HT",
      "Miel de lavande 250 g",
      "8,435\u00a0€",
      "33,74\u00a0€",
      "5,5\u00a0%",
      "1,86\u00a0€",
      "Total HT",
      "104,49\u00a0€",
      "Total TVA",
      "16,01\u00a0€",
      "Total TTC",
      "120,50\u00a0€",
      "Net à payer",
      "Catégorie d'opération : Livraison de biens",
      "Conditions de paiement : 30 jours à compter de la date de facture",
      "Moyen de paiement : Virement bancaire",
      "IBAN : FR76 3000 6000 0112 3456 7890 189 – BIC : AGRIFRPPXXX",
      "Indemnité forfaitaire pour frais de recouvrement : 40 € (Code de commerce, art. L441-10 et D441-5).",
      "Pas d'escompte pour paiement anticipé.",
      "Page 1/1",
    ]) {
      expect(text).toContain(expected);
    }
    // fr-FR groups thousands with a narrow no-break space, which the embedded font draws.
    const big = all((await renderInvoicePdf(buildDocument({ lines: [{ name: "Lot", quantity: 1, unitGrossCents: 1_234_567, vatRateBp: 2000 }] }))).text);
    expect(big).toContain("12\u202f345,67\u00a0€");
  });

  it("a paid invoice says « Acquittée le … par … » and what was paid", async () => {
    const text = all((await renderInvoicePdf(DOCUMENTS["paid invoice (« Acquittée »)"]!)).text);
    expect(text).toContain("Acquittée le 26/11/2026 par carte bancaire.");
    expect(text).toContain("Déjà payé");
    expect(text).toContain("Reste à payer");
    expect(text).not.toContain("Date d'échéance");
  });

  it("a credit note is an « Avoir » naming the invoice it corrects and why", async () => {
    const text = all((await renderInvoicePdf(DOCUMENTS["credit note (381) citing its invoice"]!)).text);
    expect(text).toContain("AVOIR");
    expect(text).toContain("Avoir sur la facture n° F-2026-000042 du 26/11/2026");
    expect(text).toContain("Motif : Retour de 2 pots de miel abîmés à la livraison");
    expect(text).toContain("Montant de l'avoir");
    expect(text).not.toContain("IBAN");
  });

  it("reverse charge and export print their exemption sentence", async () => {
    expect(all((await renderInvoicePdf(DOCUMENTS["EU company, reverse charge (AE)"]!)).text)).toContain("Exonération de TVA, article 262 ter I du CGI – autoliquidation par le preneur");
    expect(all((await renderInvoicePdf(DOCUMENTS["export outside the EU (G)"]!)).text)).toContain("0\u00a0% (export)");
  });

  it("the delivery address when it differs", async () => {
    const text = all((await renderInvoicePdf(DOCUMENTS["different delivery address"]!)).text);
    expect(text).toContain("ADRESSE DE LIVRAISON");
    expect(text).toContain("Entrepôt Les Trois Sœurs");
    expect(text).toContain("13400 Aubagne");
    expect(all((await renderInvoicePdf(ON_ACCOUNT)).text)).not.toContain("ADRESSE DE LIVRAISON");
  });

  it("lines that overflow continue on further pages, the table header repeated, every page numbered", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ name: `Article ${i + 1} au nom assez long pour tenir sur deux lignes dans la colonne désignation`, quantity: 1 + (i % 4), unitGrossCents: 199 + i, vatRateBp: 2000 }));
    const { text, bytes } = await renderInvoicePdf(buildDocument({ lines }));
    expect(text.length).toBeGreaterThan(1);
    expect((await readPdf(bytes)).pdf.getPageCount()).toBe(text.length);
    text.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1}/${text.length}`);
      if (i < text.length - 1 || page.some((s) => s.startsWith("Article"))) expect(page).toContain("Désignation");
    });
    const all60 = text.flat();
    for (let i = 1; i <= 60; i++) expect(all60.some((s) => s.startsWith(`Article ${i} `))).toBe(true);
    expect(text.at(-1)).toContain("Total TTC");
  });
});
