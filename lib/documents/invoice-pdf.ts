import "server-only";
import { FACTUR_X_FILE_NAME, facturXXml, invoiceNotes, sellerLegalInformation } from "@/lib/billing/factur-x";
import type { DocumentParty, InvoiceDocument, VatCategory } from "@/lib/billing/invoice-document";
import { formatUnitPriceFr, unitNetPrice } from "@/lib/billing/unit-price";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { createPdf, embedDejaVu, finishPdfA } from "@/lib/documents/pdf-a";
import { GREY, MARGIN, PdfFlow, type Column } from "@/lib/documents/pdf-layout";

/*
 * The invoice or credit note a person reads, in French, on A4: a PDF/A-3B carrying the same
 * document as Factur-X XML (lib/billing/factur-x.ts), so an accounting program reads what the
 * person reads. It shows every mention French law asks of a B2B invoice (Code de commerce L441-9,
 * CGI art. 242 nonies A) and those the e-invoicing reform adds (buyer SIREN, delivery address when
 * it differs, operation category). Rendered from the frozen InvoiceDocument only: the same
 * document gives the same file, byte for byte, whenever it is rendered.
 */

export const PAYMENT_MEANS_LABELS: Readonly<Record<InvoiceDocument["paymentMeansCode"], string>> = {
  "30": "Virement bancaire",
  "48": "Carte bancaire",
  "20": "Chèque",
  "68": "Paiement en ligne (PayPal)",
};

const PERCENT = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** 550 → « 5,5 % »; an exempt category says why there is no VAT. */
export function vatRateLabel(rateBp: number, category: VatCategory): string {
  const rate = `${PERCENT.format(rateBp / 100)}\u00a0%`;
  if (category === "AE") return `${rate} (autoliquidation)`;
  if (category === "G") return `${rate} (export)`;
  return rate;
}

function partyLines(p: DocumentParty): string[] {
  return [
    ...p.address.lines,
    `${p.address.postalCode} ${p.address.city}`,
    ...(p.address.country !== "FR" ? [p.address.country] : []),
    ...(p.siren ? [`SIREN : ${p.siren}`] : []),
    ...(p.vatNumber ? [`N° TVA intracommunautaire : ${p.vatNumber}`] : []),
    ...(p.registrationNumber ? [`N° d'immatriculation : ${p.registrationNumber}`] : []),
    ...(p.contact ? [`Contact : ${p.contact}${p.phone ? `, ${p.phone}` : ""}`] : []),
    ...(p.email ? [p.email] : []),
  ];
}

export function sellerLines(doc: InvoiceDocument): string[] {
  const s = doc.seller;
  return [
    sellerLegalInformation(s),
    ...s.address.lines,
    `${s.address.postalCode} ${s.address.city}`,
    [s.siret ? `SIRET : ${s.siret}` : null, s.siren ? `SIREN : ${s.siren}` : null].filter(Boolean).join(" – "),
    ...(s.vatNumber ? [`N° TVA intracommunautaire : ${s.vatNumber}`] : []),
    ...[s.email, s.phone].filter((v): v is string => Boolean(v)),
  ].filter(Boolean);
}

export function documentTitle(doc: InvoiceDocument): string {
  return `${doc.kind === "invoice" ? "Facture" : "Avoir"} n° ${doc.number}`;
}

/** The payment block: terms, means, where a transfer goes and what it must say. */
export function paymentLines(doc: InvoiceDocument): string[] {
  const s = doc.seller;
  // A credit note is owed to the buyer: the seller's account and a reference to pay with would mislead.
  if (doc.kind === "credit_note") return [`Conditions : ${doc.paymentTermsText}`];
  return [
    `Conditions de paiement : ${doc.paymentTermsText}`,
    `Moyen de paiement : ${PAYMENT_MEANS_LABELS[doc.paymentMeansCode]}`,
    ...(doc.paymentMeansCode === "30" && s.iban ? [`IBAN : ${s.iban.replace(/(.{4})(?=.)/g, "$1 ")}${s.bic ? ` – BIC : ${s.bic}` : ""}`] : []),
    ...(doc.totals.dueCents > 0 ? [`Référence à rappeler avec votre paiement : ${doc.orderReference}`] : []),
    ...(doc.instalments?.length ? [instalmentsMention(doc.instalments)] : []),
  ];
}

/** The schedule of an order paid in several cheques, as one line: each cheque is deposited on its day. */
export function instalmentsMention(parts: NonNullable<InvoiceDocument["instalments"]>): string {
  return `Échéancier (chèques remis à la commande, déposés par nos soins à ces dates) : ${parts.map((p) => `${formatEur(p.amountCents)} le ${formatIsoDateFr(p.dueOn)}`).join(" ; ")}.`;
}

export async function renderInvoicePdf(doc: InvoiceDocument): Promise<{ bytes: Uint8Array; text: string[][] }> {
  const xml = facturXXml(doc);
  const pdf = await createPdf();
  const fonts = await embedDejaVu(pdf);
  const title = documentTitle(doc);
  const flow = new PdfFlow(pdf, fonts, `${doc.seller.name} – ${title}`);
  const right = MARGIN + flow.width;
  const half = flow.width / 2 - 10;

  // Seller on the left, the document's identity on the right.
  const top = flow.y;
  flow.draw(doc.seller.name, MARGIN, top - 14, { bold: true, size: 14 });
  let y = top - 30;
  for (const l of sellerLines(doc).flatMap((l) => flow.wrap(l, half, { size: 8 }))) {
    flow.draw(l, MARGIN, y, { size: 8, color: GREY });
    y -= 10.5;
  }
  const heading = doc.kind === "invoice" ? "FACTURE" : "AVOIR";
  flow.drawRight(heading, right, top - 16, { bold: true, size: 20 });
  const identity = [
    `N° ${doc.number}`,
    `Date d'émission : ${formatIsoDateFr(doc.issueDate)}`,
    `Date de livraison : ${formatIsoDateFr(doc.deliveryDate)}`,
    ...(doc.dueDate ? [`Date d'échéance : ${formatIsoDateFr(doc.dueDate)}`] : []),
    `Commande : ${doc.orderReference}`,
    ...(doc.precedingInvoice ? [`Avoir sur la facture n° ${doc.precedingInvoice.number} du ${formatIsoDateFr(doc.precedingInvoice.issueDate)}`] : []),
  ];
  let ry = top - 36;
  identity.forEach((l, i) => {
    flow.drawRight(l, right, ry, { size: 9, bold: i === 0 });
    ry -= 12;
  });
  flow.y = Math.min(y, ry) - 14;

  // Buyer, and where the goods went when that is elsewhere.
  const blocks: [string, string, string[]][] = [["Facturé à", doc.buyer.name, partyLines(doc.buyer)]];
  if (doc.deliveryAddress) {
    const d = doc.deliveryAddress;
    blocks.push(["Adresse de livraison", d.name, [...d.lines, `${d.postalCode} ${d.city}`, ...(d.country !== "FR" ? [d.country] : [])]]);
  }
  const blockTop = flow.y;
  let lowest = blockTop;
  blocks.forEach(([label, name, lines], i) => {
    const x = MARGIN + i * (half + 20);
    let by = blockTop - 10;
    flow.draw(label.toUpperCase(), x, by, { size: 7.5, bold: true, color: GREY });
    by -= 13;
    for (const l of flow.wrap(name, half, { bold: true, size: 10 })) {
      flow.draw(l, x, by, { bold: true, size: 10 });
      by -= 13;
    }
    for (const l of lines.flatMap((l) => flow.wrap(l, half, { size: 9 }))) {
      flow.draw(l, x, by, { size: 9 });
      by -= 11.5;
    }
    lowest = Math.min(lowest, by);
  });
  flow.y = lowest - 12;

  // Lines.
  const columns: Column[] = [
    { title: "Désignation", width: flow.width - 275 },
    { title: "Quantité", width: 50, align: "right" },
    { title: "PU HT", width: 75, align: "right" },
    { title: "TVA", width: 65, align: "right" },
    { title: "Montant HT", width: 85, align: "right" },
  ];
  flow.table(
    columns,
    doc.lines.map((l) => [
      l.name,
      PERCENT.format(l.quantity),
      formatUnitPriceFr(unitNetPrice(l.netCents, l.quantity)),
      vatRateLabel(l.vatRateBp, l.vatCategory).replace(/ \(.*\)$/, ""),
      formatEur(l.netCents),
    ]),
  );
  flow.gap(14);

  // VAT per rate beside the totals.
  const t = doc.totals;
  const totals: [string, string, boolean][] = [
    ["Total HT", formatEur(t.netCents), false],
    ["Total TVA", formatEur(t.vatCents), false],
    ["Total TTC", formatEur(t.grossCents), true],
    ...(t.paidCents > 0 ? ([["Déjà payé", formatEur(t.paidCents), false]] as [string, string, boolean][]) : []),
    [doc.kind === "credit_note" ? "Montant de l'avoir" : t.paidCents > 0 ? "Reste à payer" : "Net à payer", formatEur(doc.kind === "credit_note" ? t.grossCents : t.dueCents), true],
  ];
  flow.ensure(Math.max(doc.vat.length + 2, totals.length) * 13 + 10);
  const vatTop = flow.y;
  const vatColumns: [string, number][] = [
    ["Taux de TVA", MARGIN],
    ["Base HT", MARGIN + 150],
    ["Montant TVA", MARGIN + 240],
  ];
  vatColumns.forEach(([label, x], i) => (i === 0 ? flow.draw(label, x, vatTop - 10, { bold: true, size: 8.5 }) : flow.drawRight(label, x, vatTop - 10, { bold: true, size: 8.5 })));
  let vy = vatTop - 24;
  for (const v of doc.vat) {
    flow.draw(vatRateLabel(v.vatRateBp, v.vatCategory), MARGIN, vy, { size: 8.5 });
    flow.drawRight(formatEur(v.netCents), MARGIN + 150, vy, { size: 8.5 });
    flow.drawRight(formatEur(v.vatCents), MARGIN + 240, vy, { size: 8.5 });
    vy -= 12;
  }
  let ty = vatTop - 10;
  for (const [label, value, bold] of totals) {
    flow.draw(label, right - 200, ty, { bold, size: bold ? 10 : 9 });
    flow.drawRight(value, right, ty, { bold, size: bold ? 10 : 9 });
    ty -= 14;
  }
  flow.y = Math.min(vy, ty) - 8;

  if (doc.settled) {
    flow.ensure(24);
    flow.gap(6);
    flow.paragraph(`Acquittée le ${formatIsoDateFr(doc.settled.on)} par ${doc.settled.methodLabel}.`, { bold: true, size: 11 });
  }
  flow.gap(8);
  if (doc.vatExemptionReason) flow.paragraph(doc.vatExemptionReason, { bold: true, size: 9 });
  for (const note of invoiceNotes(doc).filter((n) => !n.startsWith("Acquittée"))) flow.paragraph(note, { size: 9 });

  flow.gap(8);
  flow.ensure(40);
  flow.paragraph(doc.kind === "credit_note" ? "Remboursement ou imputation" : "Paiement", { bold: true, size: 9.5 });
  for (const l of paymentLines(doc)) flow.paragraph(l, { size: 9 });
  flow.gap(6);
  for (const m of doc.legalMentions) flow.paragraph(m, { size: 7.5, color: GREY });

  flow.footer(
    [doc.seller.name, sellerLegalInformation(doc.seller), doc.seller.siret ? `SIRET ${doc.seller.siret}` : null, doc.seller.vatNumber ? `TVA ${doc.seller.vatNumber}` : null, title]
      .filter(Boolean)
      .join(" – "),
  );

  const bytes = await finishPdfA(pdf, {
    title,
    author: doc.seller.name,
    subject: `${title} – ${doc.buyer.name}`,
    keywords: [doc.kind === "invoice" ? "Facture" : "Avoir", doc.number, "Factur-X", "EN 16931"],
    date: new Date(`${doc.issueDate}T00:00:00Z`),
    facturX: { xml, fileName: FACTUR_X_FILE_NAME, description: `Factur-X (EN 16931) – ${title}` },
  });
  return { bytes, text: flow.text };
}

/** The PDF/A-3 invoice or credit note, with its Factur-X XML embedded as factur-x.xml. */
export async function invoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  return (await renderInvoicePdf(doc)).bytes;
}
