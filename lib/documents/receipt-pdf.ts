import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { formatEur } from "@/lib/shared/money";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { vatRateLabel, type ReceiptView } from "@/lib/payments/receipt";
import { postalAddressLines } from "@/lib/shared/postal-address";
import { TEST_ORDER_MARK } from "@/lib/payments/test-mode";

/**
 * The receipt as a PDF, with pdf-lib's standard Helvetica: no font file to ship. Standard fonts encode WinAnsi only, so characters outside it (the narrow no-break
 * space of fr-FR numbers, typographic quotes) are replaced before drawing.
 */

export function toWinAnsi(text: string): string {
  return text
    .replace(/[\u202f\u2009\u2007]/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2212/g, "-")
    .replace(/[^\x20-\x7e\u00a0-\u00ff€•–—…«»]/g, "?");
}

export function receiptLines(r: ReceiptView): [string, string][] {
  return [
    ["Commande", r.reference],
    ["Date et heure", formatDateTimeFr(r.at)],
    ["Montant", formatEur(r.amountCents)],
    ["Moyen de paiement", r.methodLabel],
    ...(r.transactionId ? ([["N° de transaction", r.transactionId]] as [string, string][]) : []),
    ...(r.card ? ([["Carte", r.card]] as [string, string][]) : []),
    ...(r.payerEmail ? ([["Compte PayPal", r.payerEmail]] as [string, string][]) : []),
    ...(r.threeDSecure !== null ? ([["3-D Secure", r.threeDSecure ? "oui" : "non"]] as [string, string][]) : []),
    ...(r.refundedCents > 0 ? ([["Remboursé", formatEur(r.refundedCents)]] as [string, string][]) : []),
  ];
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        out.push(line);
        line = word;
      } else line = candidate;
    }
    out.push(line);
  }
  return out;
}

const GREY = rgb(0.4, 0.4, 0.4);
const INK = rgb(0.1, 0.1, 0.1);
const RULE = rgb(0.82, 0.82, 0.82);

/**
 * One A4 page a customer keeps: the shop and its legal identity, the order (customer, addresses,
 * items with quantities and prices, shipping, VAT per rate, total), then the payment ticket
 * (amount, method, transaction, card, 3-D Secure, date and result). Card sentences only when a
 * card paid. Many lines shrink the item rows rather than spill onto a second page.
 */
export async function renderReceiptPdf(r: ReceiptView): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(`Reçu de paiement ${r.reference}`));
  pdf.setAuthor(toWinAnsi(r.shopLegalName));
  pdf.setSubject(toWinAnsi(`Commande ${r.reference}`));
  pdf.setLanguage("fr-FR");
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const left = 50;
  const right = 545;
  let y = 790;
  const text = (s: string, opts: { font?: PDFFont; size?: number; x?: number; y?: number; color?: ReturnType<typeof rgb> } = {}) => {
    page.drawText(toWinAnsi(s), { x: opts.x ?? left, y: opts.y ?? y, size: opts.size ?? 10, font: opts.font ?? regular, color: opts.color ?? INK });
  };
  const textRight = (s: string, x: number, opts: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb> } = {}) => {
    const font = opts.font ?? regular;
    const size = opts.size ?? 10;
    text(s, { ...opts, x: x - font.widthOfTextAtSize(toWinAnsi(s), size) });
  };
  const rule = () => page.drawLine({ start: { x: left, y }, end: { x: right, y }, thickness: 0.7, color: RULE });
  const o = r.order;

  if (r.live === false) {
    page.drawRectangle({ x: left, y: y - 6, width: right - left, height: 24, color: rgb(1, 0.95, 0.8), borderColor: rgb(0.85, 0.47, 0.02), borderWidth: 2 });
    text(TEST_ORDER_MARK, { font: bold, size: 13, x: left + 10, color: rgb(0.47, 0.21, 0.06) });
    y -= 36;
  }

  // The seller, then the document's title and date.
  text(r.shopName, { font: bold, size: 18 });
  textRight("REÇU DE PAIEMENT", right, { font: bold, size: 12 });
  y -= 16;
  for (const line of r.seller.address.split("\n")) {
    text(line, { size: 9, color: GREY });
    y -= 11;
  }
  text(`${r.seller.legalName} — SIRET ${r.seller.siret} — TVA ${r.seller.vatNumber} — ${r.seller.email}`, { size: 8, color: GREY });
  y -= 26;
  text(`Commande ${r.reference}`, { font: bold, size: 13 });
  textRight(`passée le ${formatDateTimeFr(o.placedAt)}`, right, { size: 9, color: GREY });
  y -= 22;

  // Customer and addresses, side by side.
  const columnTop = y;
  text("Client et facturation", { font: bold, size: 9, color: GREY });
  y -= 13;
  for (const line of [...postalAddressLines(o.billingAddress), o.email]) {
    text(line, { size: 9 });
    y -= 11;
  }
  const afterBilling = y;
  y = columnTop;
  text("Livraison", { font: bold, size: 9, color: GREY, x: 310 });
  y -= 13;
  for (const line of postalAddressLines(o.shippingAddress)) {
    text(line, { size: 9, x: 310 });
    y -= 11;
  }
  y = Math.min(y, afterBilling) - 14;

  // Items.
  const cols = { qty: 370, unit: 455, total: right };
  text("Article", { font: bold, size: 9, color: GREY });
  textRight("Qté", cols.qty, { font: bold, size: 9, color: GREY });
  textRight("Prix unitaire TTC", cols.unit, { font: bold, size: 9, color: GREY });
  textRight("Total TTC", cols.total, { font: bold, size: 9, color: GREY });
  y -= 6;
  rule();
  y -= 13;
  // Room left for items once the totals and the ticket below are drawn, and a bottom margin: one
  // page, always. Past what fits at the smallest size, the rest is counted in one line.
  const below = 120 + o.vatRates.length * 12 + receiptLines(r).length * 14 + (r.reason ? 26 : 0) + 90;
  const room = y - below;
  const fits = Math.max(1, Math.floor(room / 8));
  const shown = o.lines.length <= fits ? o.lines : o.lines.slice(0, fits - 1);
  const rowHeight = Math.max(8, Math.min(14, room / Math.max(1, shown.length + (shown.length < o.lines.length ? 1 : 0))));
  const rowSize = Math.min(9.5, rowHeight - 2.5);
  for (const l of shown) {
    const name = `${l.name} (TVA ${vatRateLabel(l.vatRateBp)})`;
    const [first] = wrap(toWinAnsi(name), regular, rowSize, cols.qty - left - 40);
    text(first === toWinAnsi(name) ? name : `${first}…`, { size: rowSize });
    textRight(String(l.quantity), cols.qty, { size: rowSize });
    textRight(formatEur(l.unitPriceCents), cols.unit, { size: rowSize });
    textRight(formatEur(l.lineTotalCents), cols.total, { size: rowSize });
    y -= rowHeight;
  }
  if (shown.length < o.lines.length) {
    const rest = o.lines.slice(shown.length);
    text(`… et ${rest.length} autres articles (détail sur la page de la commande)`, { size: rowSize, color: GREY });
    textRight(formatEur(rest.reduce((sum, l) => sum + l.lineTotalCents, 0)), cols.total, { size: rowSize });
    y -= rowHeight;
  }
  y += 4;
  rule();
  y -= 14;

  // Totals.
  const totals: [string, string, boolean?][] = [
    ["Sous-total", formatEur(o.itemsCents)],
    ["Livraison", o.shippingCents === 0 ? "Offerte" : formatEur(o.shippingCents)],
    ["Total HT", formatEur(o.netCents)],
    ...o.vatRates.map((v): [string, string] => [`TVA ${vatRateLabel(v.vatRateBp)} (sur ${formatEur(v.netCents)} HT)`, formatEur(v.vatCents)]),
    ["Total TTC", formatEur(o.totalCents), true],
  ];
  for (const [label, value, strong] of totals) {
    textRight(label, 440, { size: strong ? 11 : 9, font: strong ? bold : regular, color: strong ? INK : GREY });
    textRight(value, right, { size: strong ? 11 : 9.5, font: strong ? bold : regular });
    y -= strong ? 16 : 12;
  }
  y -= 14;

  // The payment ticket.
  const ticketTop = y + 10;
  text("TICKET DE PAIEMENT ÉLECTRONIQUE", { font: bold, size: 11 });
  y -= 20;
  for (const [label, value] of receiptLines(r).filter(([label]) => label !== "Commande")) {
    text(label, { size: 9, color: GREY, x: left + 10 });
    for (const l of wrap(toWinAnsi(value), bold, 10, right - 200)) {
      page.drawText(l, { x: 190, y, size: 10, font: bold });
      y -= 13;
    }
    y -= 1;
  }
  y -= 8;
  const color = r.result === "accepted" ? rgb(0.05, 0.45, 0.2) : r.result === "pending" || r.result === "not_started" ? rgb(0.4, 0.3, 0) : rgb(0.7, 0.1, 0.1);
  text(r.resultLabel.toUpperCase(), { font: bold, size: 13, color, x: left + 10 });
  y -= 16;
  if (r.reason) {
    for (const l of wrap(toWinAnsi(r.reason), regular, 10, right - left - 20)) {
      page.drawText(l, { x: left + 10, y, size: 10, font: regular });
      y -= 13;
    }
  }
  page.drawRectangle({ x: left, y: y + 2, width: right - left, height: ticketTop - y - 2, borderColor: RULE, borderWidth: 1 });
  y -= 16;
  const notes = [
    ...(r.paidByCard ? ["Le numéro de votre carte n'est jamais transmis à la boutique : seuls ses 4 derniers chiffres figurent sur ce reçu."] : []),
    ...(r.live === false ? ["Paiement de test (bac à sable) : aucun débit réel."] : []),
    "Reçu à conserver.",
  ];
  for (const note of notes) {
    for (const l of wrap(toWinAnsi(note), regular, 8, right - left)) {
      page.drawText(l, { x: left, y, size: 8, font: regular, color: GREY });
      y -= 10;
    }
  }
  return pdf.save();
}
