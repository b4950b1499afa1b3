import type { Cents } from "@/lib/shared/money";
import type { DocumentAddress, DocumentLine, DocumentParty, InvoiceDocument, SellerParty, VatCategory } from "./invoice-document";
import { EXPORT_MENTION, OPERATION_CATEGORY, REVERSE_CHARGE_MENTION } from "./legal-mentions";
import { vatBreakdown } from "./vat";

/*
 * An order's invoice (or a credit note) as a frozen document, from what the order charged. Pure,
 * unit-tested. The lines are the order's lines plus its shipping fee; amounts are what the buyer
 * paid (VAT included, or without VAT for an exempt sale); VAT per rate on the rate's total and
 * each line's net allocated so they add up (lib/billing/vat.ts): the document's total is the
 * order's, to the cent.
 */

export type ChargedLine = { name: string; quantity: number; lineTotalCents: Cents; vatRateBp: number };

export type BuildInvoiceInput = {
  kind: InvoiceDocument["kind"];
  number: string;
  issueDate: string;
  deliveryDate: string;
  dueDate: string | null;
  orderReference: string;
  seller: SellerParty;
  buyer: DocumentParty;
  /** The delivery address, given only when it differs from the buyer's. */
  deliveryAddress: (DocumentAddress & { name: string }) | null;
  lines: readonly ChargedLine[];
  shipping: { totalCents: Cents; vatRateBp: number };
  /** How the sale was taxed: VAT included, or exempt as reverse charge (EU) or export. */
  vatExemption: "reverse_charge" | "export" | null;
  paidCents: Cents;
  settled: InvoiceDocument["settled"];
  paymentTermsText: string;
  paymentMeansCode: InvoiceDocument["paymentMeansCode"];
  legalMentions: string[];
  precedingInvoice?: InvoiceDocument["precedingInvoice"];
  reason?: string | null;
  instalments?: InvoiceDocument["instalments"];
};

function categoryOf(vatRateBp: number, exemption: BuildInvoiceInput["vatExemption"]): VatCategory {
  if (exemption === "reverse_charge") return "AE";
  if (exemption === "export") return "G";
  return vatRateBp === 0 ? "Z" : "S";
}

export function buildInvoiceDocument(input: BuildInvoiceInput): InvoiceDocument {
  const charged = [...input.lines, ...(input.shipping.totalCents > 0 ? [{ name: "Frais de livraison", quantity: 1, lineTotalCents: input.shipping.totalCents, vatRateBp: input.shipping.vatRateBp }] : [])];
  const rate = (bp: number) => (input.vatExemption ? 0 : bp);
  const breakdown = vatBreakdown(charged.map((l) => ({ totalCents: l.lineTotalCents, vatRateBp: rate(l.vatRateBp) })));
  const lines: DocumentLine[] = charged.map((l, i) => ({
    position: i + 1,
    name: l.name,
    quantity: l.quantity,
    netCents: breakdown.lines[i]!.netCents,
    vatRateBp: rate(l.vatRateBp),
    vatCategory: categoryOf(rate(l.vatRateBp), input.vatExemption),
  }));
  const grossCents = breakdown.totalCents;
  if (input.paidCents < 0 || input.paidCents > grossCents) throw new Error(`paid ${input.paidCents} outside 0..${grossCents}`);
  return {
    kind: input.kind,
    number: input.number,
    issueDate: input.issueDate,
    deliveryDate: input.deliveryDate,
    dueDate: input.dueDate,
    currency: "EUR",
    orderReference: input.orderReference,
    seller: input.seller,
    buyer: input.buyer,
    deliveryAddress: input.deliveryAddress,
    operationCategory: OPERATION_CATEGORY,
    lines,
    vat: breakdown.rates.map((r) => ({ vatRateBp: r.vatRateBp, vatCategory: categoryOf(r.vatRateBp, input.vatExemption), netCents: r.netCents, vatCents: r.vatCents })),
    totals: { netCents: breakdown.netCents, vatCents: breakdown.vatCents, grossCents, paidCents: input.paidCents, dueCents: grossCents - input.paidCents },
    vatExemptionReason: input.vatExemption === "reverse_charge" ? REVERSE_CHARGE_MENTION : input.vatExemption === "export" ? EXPORT_MENTION : null,
    paymentTermsText: input.paymentTermsText,
    paymentMeansCode: input.paymentMeansCode,
    legalMentions: input.legalMentions,
    settled: input.settled,
    ...(input.instalments?.length ? { instalments: input.instalments } : {}),
    precedingInvoice: input.precedingInvoice ?? null,
    reason: input.reason ?? null,
  };
}

/** Two addresses are the same place when every written part is (case and spacing aside). */
export function sameAddress(a: DocumentAddress, b: DocumentAddress): boolean {
  const norm = (x: DocumentAddress) => [...x.lines, x.postalCode, x.city, x.country].map((s) => s.trim().toLowerCase().replace(/\s+/g, " ")).join("|");
  return norm(a) === norm(b);
}
