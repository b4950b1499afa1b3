import { centsToDecimalString, formatEur, type Cents } from "@/lib/shared/money";
import { formatIsoDateFr } from "@/lib/shared/dates";
import type { DocumentAddress, DocumentParty, InvoiceDocument, SellerParty, VatCategory } from "@/lib/billing/invoice-document";
import { decimalString, quantityDecimal, unitNetPrice } from "@/lib/billing/unit-price";

/*
 * The Factur-X XML of an invoice or credit note: UN/CEFACT Cross-Industry-Invoice D16B as
 * Factur-X 1.08 uses it, EN 16931 profile (guideline urn:cen.eu:en16931:2017) — the profile that is
 * a full invoice; MINIMUM and BASIC WL are not. Written by hand from InvoiceDocument: the element
 * order is the XSD's, and tests/factur-x/ runs every kind of document we issue through the
 * official Factur-X XSD and the EN 16931 and Factur-X Schematron rules.
 *
 * French practice for identifiers (FNFE-MPE): the SIREN is the legal registration (BT-30/BT-47,
 * ICD scheme 0002), the SIRET the seller's identifier (BT-29, scheme 0009), the intra-community VAT
 * number the VAT identifier (BT-31/BT-48, scheme VA). Credit notes (381) carry positive amounts:
 * the type code says they are owed to the buyer.
 */

export const FACTUR_X_GUIDELINE = "urn:cen.eu:en16931:2017";
/** The file name Factur-X requires for the XML embedded in the PDF. */
export const FACTUR_X_FILE_NAME = "factur-x.xml";

/** VATEX codes (CEF code list) of the exemptions we issue, next to the French reason (BT-120). */
const EXEMPTION_CODES: Partial<Record<VatCategory, string>> = { AE: "VATEX-EU-AE", G: "VATEX-EU-G" };

/** Characters XML 1.0 does not allow even escaped (controls other than tab, newline, return). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** "2026-11-26" → "20261126", the CII date format 102. */
function day102(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: ${day}`);
  return day.replace(/-/g, "");
}

const amount = (cents: Cents) => centsToDecimalString(cents);
/** 550 basis points → "5.50". */
const percent = (bp: number) => decimalString(bp, 2, 2);

type Node = string | null | false | undefined;

/** An element with children; nothing at all when every child is empty (optional groups). */
function el(name: string, children: Node[], attrs: Record<string, string> = {}): string {
  const inner = children.filter((c): c is string => typeof c === "string" && c !== "").join("");
  if (!inner) return "";
  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** A leaf element; nothing when the value is null or empty. */
function leaf(name: string, value: string | null | undefined, attrs: Record<string, string> = {}): string {
  if (value === null || value === undefined || value.trim() === "") return "";
  return `<${name}${attributes(attrs)}>${escapeXml(value)}</${name}>`;
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
}

const date102 = (wrapper: string, day: string, ns: "udt" | "qdt" = "udt") => el(wrapper, [leaf(`${ns}:DateTimeString`, day102(day), { format: "102" })]);

function address(a: DocumentAddress): string {
  // CII has three street lines: further ones (rare) join the third so nothing is dropped.
  const [one, two, ...rest] = a.lines.map((l) => l.trim()).filter(Boolean);
  return el("ram:PostalTradeAddress", [
    leaf("ram:PostcodeCode", a.postalCode),
    leaf("ram:LineOne", one),
    leaf("ram:LineTwo", two),
    leaf("ram:LineThree", rest.join(", ")),
    leaf("ram:CityName", a.city),
    leaf("ram:CountryID", a.country.toUpperCase()),
  ]);
}

function contact(p: DocumentParty): string {
  return el("ram:DefinedTradeContact", [
    leaf("ram:PersonName", p.contact),
    el("ram:TelephoneUniversalCommunication", [leaf("ram:CompleteNumber", p.phone)]),
    el("ram:EmailURIUniversalCommunication", [leaf("ram:URIID", p.email)]),
  ]);
}

/** The registration: the SIREN for a French company, else the foreign registration number. */
function legalOrganization(p: DocumentParty): string {
  if (p.siren) return el("ram:SpecifiedLegalOrganization", [leaf("ram:ID", p.siren, { schemeID: "0002" })]);
  return el("ram:SpecifiedLegalOrganization", [leaf("ram:ID", p.registrationNumber)]);
}

/** The seller's additional legal information (BT-33): form, capital, registry. */
export function sellerLegalInformation(s: SellerParty): string {
  return [`${s.legalForm} au capital de ${s.shareCapital}`, s.registration].filter(Boolean).join(" – ");
}

function party(tag: string, p: DocumentParty, extra: { siret?: boolean; description?: string | null } = {}): string {
  return el(tag, [
    extra.siret ? leaf("ram:GlobalID", p.siret, { schemeID: "0009" }) : "",
    leaf("ram:Name", p.name),
    leaf("ram:Description", extra.description ?? null),
    legalOrganization(p),
    contact(p),
    address(p.address),
    el("ram:URIUniversalCommunication", [leaf("ram:URIID", p.email, { schemeID: "EM" })]),
    el("ram:SpecifiedTaxRegistration", [leaf("ram:ID", p.vatNumber, { schemeID: "VA" })]),
  ]);
}

function lineTax(category: VatCategory, rateBp: number): string {
  return el("ram:ApplicableTradeTax", [leaf("ram:TypeCode", "VAT"), leaf("ram:CategoryCode", category), leaf("ram:RateApplicablePercent", percent(rateBp))]);
}

function line(l: InvoiceDocument["lines"][number]): string {
  const price = unitNetPrice(l.netCents, l.quantity);
  const quantity = quantityDecimal(l.quantity);
  // Exact in ten-thousandths of a euro, or the line's net for its whole quantity (see unit-price.ts).
  const netPrice = price.exact
    ? [leaf("ram:ChargeAmount", decimalString(price.tenThousandths, 4, 2))]
    : [leaf("ram:ChargeAmount", amount(l.netCents)), leaf("ram:BasisQuantity", quantity, { unitCode: "C62" })];
  return el("ram:IncludedSupplyChainTradeLineItem", [
    el("ram:AssociatedDocumentLineDocument", [leaf("ram:LineID", String(l.position))]),
    el("ram:SpecifiedTradeProduct", [leaf("ram:Name", l.name)]),
    el("ram:SpecifiedLineTradeAgreement", [el("ram:NetPriceProductTradePrice", netPrice)]),
    el("ram:SpecifiedLineTradeDelivery", [leaf("ram:BilledQuantity", quantity, { unitCode: "C62" })]),
    el("ram:SpecifiedLineTradeSettlement", [
      lineTax(l.vatCategory, l.vatRateBp),
      el("ram:SpecifiedTradeSettlementLineMonetarySummation", [leaf("ram:LineTotalAmount", amount(l.netCents))]),
    ]),
  ]);
}

function vatBreakdown(doc: InvoiceDocument): string[] {
  return doc.vat.map((v) => {
    const exempt = v.vatCategory === "AE" || v.vatCategory === "G";
    if (exempt && !doc.vatExemptionReason) throw new Error(`invoice ${doc.number}: VAT category ${v.vatCategory} needs its exemption reason (BT-120)`);
    return el("ram:ApplicableTradeTax", [
      leaf("ram:CalculatedAmount", amount(v.vatCents)),
      leaf("ram:TypeCode", "VAT"),
      exempt ? leaf("ram:ExemptionReason", doc.vatExemptionReason) : "",
      leaf("ram:BasisAmount", amount(v.netCents)),
      leaf("ram:CategoryCode", v.vatCategory),
      exempt ? leaf("ram:ExemptionReasonCode", EXEMPTION_CODES[v.vatCategory]) : "",
      leaf("ram:RateApplicablePercent", percent(v.vatRateBp)),
    ]);
  });
}

function paymentMeans(doc: InvoiceDocument): string {
  const transfer = doc.paymentMeansCode === "30";
  // BR-61: a credit transfer names the account it goes to.
  if (transfer && !doc.seller.iban) throw new Error(`invoice ${doc.number}: payment by transfer needs the seller's IBAN (BR-61)`);
  return el("ram:SpecifiedTradeSettlementPaymentMeans", [
    leaf("ram:TypeCode", doc.paymentMeansCode),
    transfer ? el("ram:PayeePartyCreditorFinancialAccount", [leaf("ram:IBANID", doc.seller.iban)]) : "",
    transfer ? el("ram:PayeeSpecifiedCreditorFinancialInstitution", [leaf("ram:BICID", doc.seller.bic)]) : "",
  ]);
}

/** The invoice notes (BT-22): what a French invoice states that has no field of its own. */
export function invoiceNotes(doc: InvoiceDocument): string[] {
  return [
    doc.reason ? `Motif : ${doc.reason}` : null,
    `Catégorie d'opération : ${doc.operationCategory}`,
    doc.settled ? `Acquittée le ${formatIsoDateFr(doc.settled.on)} par ${doc.settled.methodLabel} (${formatEur(doc.totals.paidCents)}).` : null,
  ].filter((n): n is string => n !== null);
}

/** The payment terms (BT-20): the terms, then the legal B2B mentions, one per line. */
export function paymentTermsDescription(doc: InvoiceDocument): string {
  return [doc.paymentTermsText, ...doc.legalMentions].join("\n");
}

export function facturXXml(doc: InvoiceDocument): string {
  if (doc.lines.length === 0) throw new Error(`invoice ${doc.number} has no line`);
  if (doc.kind === "credit_note" && !doc.precedingInvoice) throw new Error(`credit note ${doc.number} must cite the invoice it corrects`);
  const t = doc.totals;
  const body = el(
    "rsm:CrossIndustryInvoice",
    [
      el("rsm:ExchangedDocumentContext", [el("ram:GuidelineSpecifiedDocumentContextParameter", [leaf("ram:ID", FACTUR_X_GUIDELINE)])]),
      el("rsm:ExchangedDocument", [
        leaf("ram:ID", doc.number),
        leaf("ram:TypeCode", doc.kind === "invoice" ? "380" : "381"),
        date102("ram:IssueDateTime", doc.issueDate),
        ...invoiceNotes(doc).map((n) => el("ram:IncludedNote", [leaf("ram:Content", n)])),
      ]),
      el("rsm:SupplyChainTradeTransaction", [
        ...doc.lines.map(line),
        el("ram:ApplicableHeaderTradeAgreement", [
          party("ram:SellerTradeParty", doc.seller, { siret: true, description: sellerLegalInformation(doc.seller) }),
          party("ram:BuyerTradeParty", doc.buyer),
          el("ram:SellerOrderReferencedDocument", [leaf("ram:IssuerAssignedID", doc.orderReference)]),
        ]),
        el("ram:ApplicableHeaderTradeDelivery", [
          doc.deliveryAddress ? el("ram:ShipToTradeParty", [leaf("ram:Name", doc.deliveryAddress.name), address(doc.deliveryAddress)]) : "",
          el("ram:ActualDeliverySupplyChainEvent", [date102("ram:OccurrenceDateTime", doc.deliveryDate)]),
        ]),
        el("ram:ApplicableHeaderTradeSettlement", [
          leaf("ram:PaymentReference", doc.orderReference),
          leaf("ram:InvoiceCurrencyCode", doc.currency),
          paymentMeans(doc),
          ...vatBreakdown(doc),
          el("ram:SpecifiedTradePaymentTerms", [
            leaf("ram:Description", paymentTermsDescription(doc)),
            doc.dueDate ? date102("ram:DueDateDateTime", doc.dueDate) : "",
          ]),
          el("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
            leaf("ram:LineTotalAmount", amount(doc.lines.reduce((sum, l) => sum + l.netCents, 0))),
            leaf("ram:TaxBasisTotalAmount", amount(t.netCents)),
            leaf("ram:TaxTotalAmount", amount(t.vatCents), { currencyID: doc.currency }),
            leaf("ram:GrandTotalAmount", amount(t.grossCents)),
            leaf("ram:TotalPrepaidAmount", amount(t.paidCents)),
            leaf("ram:DuePayableAmount", amount(t.dueCents)),
          ]),
          doc.precedingInvoice
            ? el("ram:InvoiceReferencedDocument", [
                leaf("ram:IssuerAssignedID", doc.precedingInvoice.number),
                date102("ram:FormattedIssueDateTime", doc.precedingInvoice.issueDate, "qdt"),
              ])
            : "",
        ]),
      ]),
    ],
    {
      "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
      "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
