import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { formatEur } from "@/lib/shared/money";
import { formatDateTimeFr } from "@/lib/shared/dates";
import type { ReceiptView } from "@/lib/payments/receipt";
import { TEST_ORDER_MARK } from "@/lib/payments/test-mode";

/**
 * The receipt as a PDF (A6-like ticket on an A4 page), with pdf-lib's standard Helvetica: no font
 * file to ship. Standard fonts encode WinAnsi only, so characters outside it (the narrow no-break
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

export async function renderReceiptPdf(r: ReceiptView): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(`Ticket de paiement ${r.reference}`));
  pdf.setAuthor(toWinAnsi(r.shopLegalName));
  pdf.setLanguage("fr-FR");
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const left = 150;
  const width = 295;
  let y = 780;
  const text = (s: string, opts: { font?: PDFFont; size?: number; x?: number; y?: number; color?: ReturnType<typeof rgb> } = {}) => {
    page.drawText(toWinAnsi(s), { x: opts.x ?? left, y: opts.y ?? y, size: opts.size ?? 10, font: opts.font ?? regular, color: opts.color ?? rgb(0.1, 0.1, 0.1) });
  };

  page.drawRectangle({ x: left - 20, y: 300, width: width + 40, height: 510, borderColor: rgb(0.8, 0.8, 0.8), borderWidth: 1 });
  if (r.live === false) {
    page.drawRectangle({ x: left - 20, y: y + 24, width: width + 40, height: 26, color: rgb(1, 0.95, 0.8), borderColor: rgb(0.85, 0.47, 0.02), borderWidth: 2 });
    text(TEST_ORDER_MARK, { font: bold, size: 13, y: y + 32, color: rgb(0.47, 0.21, 0.06) });
  }
  text(r.shopName, { font: bold, size: 16 });
  y -= 16;
  for (const line of r.shopAddress.split("\n")) {
    text(line, { size: 9, color: rgb(0.35, 0.35, 0.35) });
    y -= 12;
  }
  y -= 10;
  text("TICKET DE PAIEMENT ÉLECTRONIQUE", { font: bold, size: 11 });
  y -= 24;

  for (const [label, value] of receiptLines(r)) {
    text(label, { size: 9, color: rgb(0.35, 0.35, 0.35) });
    const lines = wrap(toWinAnsi(value), bold, 10, width - 110);
    for (const l of lines) {
      page.drawText(l, { x: left + 110, y, size: 10, font: bold });
      y -= 14;
    }
    y -= 4;
  }

  y -= 12;
  const color = r.result === "accepted" ? rgb(0.05, 0.45, 0.2) : r.result === "pending" || r.result === "not_started" ? rgb(0.4, 0.3, 0) : rgb(0.7, 0.1, 0.1);
  text(r.resultLabel.toUpperCase(), { font: bold, size: 13, color });
  y -= 18;
  if (r.reason) {
    for (const l of wrap(toWinAnsi(r.reason), regular, 10, width)) {
      page.drawText(l, { x: left, y, size: 10, font: regular });
      y -= 14;
    }
  }
  y -= 16;
  for (const l of wrap("Le numéro de carte n'est jamais transmis à la boutique : seuls les 4 derniers chiffres sont indiqués.", regular, 8, width)) {
    page.drawText(toWinAnsi(l), { x: left, y, size: 8, font: regular, color: rgb(0.45, 0.45, 0.45) });
    y -= 11;
  }
  if (r.live === false) {
    y -= 6;
    text("Paiement de test (bac à sable) : aucun débit réel.", { size: 8, color: rgb(0.6, 0.3, 0) });
  }
  return pdf.save();
}
