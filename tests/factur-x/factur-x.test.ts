import { beforeAll, describe, expect, it } from "vitest";
import { escapeXml, facturXXml } from "@/lib/billing/factur-x";
import { DOCUMENTS } from "./documents";
import { assertXmllint, compiledStylesheet, describeFailure, isBlocking, SCHEMATRONS, schematronFailures, xsdErrors } from "./validate";

/*
 * Every kind of document the shop issues, through the official Factur-X 1.08 EN 16931 XSD and the
 * EN 16931 and Factur-X Schematron rules (tests/factur-x/schemas/README.md says which versions and
 * from where). A failed assertion flagged fatal or error fails the test and names its rule.
 */

const sefs: Record<string, string> = {};

beforeAll(() => {
  assertXmllint();
  for (const [name, xslt] of Object.entries(SCHEMATRONS)) sefs[name] = compiledStylesheet(xslt);
}, 180_000);

function blockingFailures(xml: string): string[] {
  return Object.entries(sefs).flatMap(([name, sef]) =>
    schematronFailures(xml, sef)
      .filter(isBlocking)
      .map((f) => `${name}: ${describeFailure(f)}`),
  );
}

describe("Factur-X EN 16931 XML of each kind of document", () => {
  it.each(Object.entries(DOCUMENTS))("%s: valid against the XSD and both Schematrons", (_, doc) => {
    const xml = facturXXml(doc);
    expect(xsdErrors(xml)).toEqual([]);
    expect(blockingFailures(xml)).toEqual([]);
  });
});

describe("the validation really rejects a wrong invoice", () => {
  const doc = DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!;

  it("a total one cent off fails BR-CO-15 and BR-CO-16, named", () => {
    const xml = facturXXml({ ...doc, totals: { ...doc.totals, grossCents: doc.totals.grossCents + 1 } });
    expect(xsdErrors(xml)).toEqual([]);
    const failures = blockingFailures(xml).join("\n");
    expect(failures).toContain("EN 16931 CII 1.3.16: BR-CO-15 [fatal]");
    expect(failures).toContain("Factur-X 1.08 EN 16931: BR-CO-16");
  });

  it("a VAT breakdown that does not add up fails BR-CO-14", () => {
    const vat = doc.vat.map((v, i) => (i === 0 ? { ...v, vatCents: v.vatCents + 1 } : v));
    expect(blockingFailures(facturXXml({ ...doc, vat })).join("\n")).toContain("BR-CO-14");
  });

  it("an element out of place fails the XSD", () => {
    const xml = facturXXml(doc).replace("<ram:InvoiceCurrencyCode>", "<ram:Foo/><ram:InvoiceCurrencyCode>");
    expect(xsdErrors(xml).join("\n")).toMatch(/Foo.*not expected/);
  });

  it("reverse charge without the buyer's VAT number fails BR-AE-02", () => {
    const ae = DOCUMENTS["EU company, reverse charge (AE)"]!;
    const xml = facturXXml({ ...ae, buyer: { ...ae.buyer, vatNumber: null } });
    expect(blockingFailures(xml).join("\n")).toContain("BR-AE-02");
  });
});

describe("what the XML says", () => {
  it("a credit note is type 381 and cites the invoice it corrects (BT-25, BT-26)", () => {
    const xml = facturXXml(DOCUMENTS["credit note (381) citing its invoice"]!);
    expect(xml).toContain("<ram:TypeCode>381</ram:TypeCode>");
    expect(xml).toMatch(
      /<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F-2026-000042<\/ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20261126<\/qdt:DateTimeString><\/ram:FormattedIssueDateTime><\/ram:InvoiceReferencedDocument>/,
    );
  });

  it("3 × 0,99 € TTC: the line net 2,47 € is stated for its 3 units, since no 4-decimal price times 3 makes it", () => {
    const xml = facturXXml(DOCUMENTS["odd cents: 3 × 0,99 €"]!);
    expect(xml).toContain('<ram:NetPriceProductTradePrice><ram:ChargeAmount>2.47</ram:ChargeAmount><ram:BasisQuantity unitCode="C62">3</ram:BasisQuantity></ram:NetPriceProductTradePrice>');
    expect(xml).toContain("<ram:LineTotalAmount>2.47</ram:LineTotalAmount>");
  });

  it("a price exact in ten-thousandths is written as a unit price: 4 × 8,90 € TTC at 5,5 % (line net 33,74 €) → 8,435 € HT", () => {
    const xml = facturXXml(DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!);
    expect(xml).toContain("<ram:NetPriceProductTradePrice><ram:ChargeAmount>8.435</ram:ChargeAmount></ram:NetPriceProductTradePrice>");
  });

  it("BR-CO-17: our VAT on 14,97 € TTC is 2,50 €, one cent from 12,47 € × 20 %, and the rule's tolerance accepts it", () => {
    const doc = DOCUMENTS["VAT one cent from net × rate: 14,97 € at 20 %"]!;
    expect(doc.vat[0]).toMatchObject({ netCents: 1247, vatCents: 250 });
    expect(Math.round((1247 * 2000) / 10_000)).toBe(249);
    expect(blockingFailures(facturXXml(doc))).toEqual([]);
  });

  it("an exempt rate carries its reason and VATEX code (BT-120, BT-121); a standard rate does not", () => {
    const ae = facturXXml(DOCUMENTS["EU company, reverse charge (AE)"]!);
    expect(ae).toMatch(/<ram:ExemptionReason>Exonération de TVA, article 262 ter I du CGI[^<]*<\/ram:ExemptionReason>/);
    expect(ae).toContain("<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>");
    expect(facturXXml(DOCUMENTS["export outside the EU (G)"]!)).toContain("<ram:ExemptionReasonCode>VATEX-EU-G</ram:ExemptionReasonCode>");
    expect(facturXXml(DOCUMENTS["paid invoice (« Acquittée »)"]!)).not.toContain("ExemptionReason");
  });

  it("a paid invoice states what was paid and owes nothing; an invoice on account gives its due date", () => {
    const paid = facturXXml(DOCUMENTS["paid invoice (« Acquittée »)"]!);
    expect(paid).toMatch(/<ram:TotalPrepaidAmount>(\d+\.\d\d)<\/ram:TotalPrepaidAmount><ram:DuePayableAmount>0\.00</);
    expect(paid).toContain("Acquittée le 26/11/2026 par carte bancaire");
    expect(paid).not.toContain("DueDateDateTime");
    const open = facturXXml(DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!);
    expect(open).toContain('<ram:DueDateDateTime><udt:DateTimeString format="102">20261226</udt:DateTimeString></ram:DueDateDateTime>');
    expect(open).toContain("<ram:IBANID>FR7630006000011234567890189</ram:IBANID>");
    expect(open).toContain("Indemnité forfaitaire pour frais de recouvrement : 40 €");
  });

  it("the seller: SIRET as identifier (0009), SIREN as legal registration (0002), VAT number, legal form and capital", () => {
    const xml = facturXXml(DOCUMENTS["paid invoice (« Acquittée »)"]!);
    expect(xml).toContain('<ram:GlobalID schemeID="0009">81234567600017</ram:GlobalID>');
    expect(xml).toContain('<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">812345676</ram:ID></ram:SpecifiedLegalOrganization>');
    expect(xml).toContain("<ram:Description>SAS au capital de 10 000 € – RCS Lyon 812 345 676</ram:Description>");
  });

  it("a delivery address that differs is the ship-to party, its extra street lines kept", () => {
    const xml = facturXXml(DOCUMENTS["different delivery address"]!);
    expect(xml).toContain("<ram:ShipToTradeParty><ram:Name>Entrepôt Les Trois Sœurs</ram:Name>");
    expect(xml).toContain("<ram:LineThree>Quai 2, Porte C</ram:LineThree>");
    expect(facturXXml(DOCUMENTS["paid invoice (« Acquittée »)"]!)).not.toContain("ShipToTradeParty");
  });

  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
    expect(facturXXml(DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!)).toContain("Savon de Marseille &lt;artisanal&gt; 100 g");
  });

  it("refuses a document it cannot state truthfully", () => {
    const doc = DOCUMENTS["French company, 5.5 % and 20 %, on account by transfer"]!;
    expect(() => facturXXml({ ...doc, seller: { ...doc.seller, iban: null } })).toThrow(/BR-61/);
    expect(() => facturXXml({ ...DOCUMENTS["credit note (381) citing its invoice"]!, precedingInvoice: null })).toThrow(/must cite/);
    expect(() => facturXXml({ ...DOCUMENTS["EU company, reverse charge (AE)"]!, vatExemptionReason: null })).toThrow(/BT-120/);
  });
});
