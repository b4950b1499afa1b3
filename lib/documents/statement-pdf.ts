import "server-only";
import type { Statement } from "@/lib/billing/statement";
import { sellerLegalInformation } from "@/lib/billing/factur-x";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";
import { createPdf, embedDejaVu, finishPdfA } from "@/lib/documents/pdf-a";
import { GREY, MARGIN, PdfFlow, type Column } from "@/lib/documents/pdf-layout";

/*
 * The statement of account (« relevé de compte ») as a PDF, in French, from a Statement built by
 * lib/billing/statement.ts: balance brought forward, each entry with its running balance, totals
 * and the closing balance, saying plainly whether the company owes or holds a credit. Same fonts
 * and PDF/A metadata as the invoices (it carries no XML).
 */

/** « 12,50 € dus » / « 25,00 € en votre faveur » / « 0,00 € ». */
export function balanceLabel(cents: Cents): string {
  if (cents > 0) return `${formatEur(cents)} (à régler)`;
  if (cents < 0) return `${formatEur(-cents)} (crédit en votre faveur)`;
  return formatEur(0);
}

export function statementTitle(s: Statement): string {
  return `Relevé de compte du ${formatIsoDateFr(s.from)} au ${formatIsoDateFr(s.to)}`;
}

export async function renderStatementPdf(s: Statement): Promise<{ bytes: Uint8Array; text: string[][] }> {
  const pdf = await createPdf();
  const fonts = await embedDejaVu(pdf);
  const title = statementTitle(s);
  const flow = new PdfFlow(pdf, fonts, `${s.company.name} – ${title}`);
  const right = MARGIN + flow.width;
  const top = flow.y;

  flow.draw(s.seller.name, MARGIN, top - 14, { bold: true, size: 14 });
  let y = top - 30;
  for (const l of [sellerLegalInformation(s.seller), ...s.seller.address.lines, `${s.seller.address.postalCode} ${s.seller.address.city}`, ...(s.seller.siret ? [`SIRET : ${s.seller.siret}`] : [])]) {
    flow.draw(l, MARGIN, y, { size: 8, color: GREY });
    y -= 10.5;
  }
  flow.drawRight("RELEVÉ DE COMPTE", right, top - 16, { bold: true, size: 16 });
  flow.drawRight(`Du ${formatIsoDateFr(s.from)} au ${formatIsoDateFr(s.to)}`, right, top - 34, { size: 9 });
  flow.drawRight(`Édité le ${formatIsoDateFr(s.issuedOn)}`, right, top - 46, { size: 9 });

  let by = Math.min(y, top - 60) - 14;
  flow.draw("CLIENT", MARGIN, by, { size: 7.5, bold: true, color: GREY });
  by -= 13;
  flow.draw(s.company.name, MARGIN, by, { bold: true, size: 10 });
  by -= 13;
  for (const l of [...s.company.address.lines, `${s.company.address.postalCode} ${s.company.address.city}`, ...(s.company.siren ? [`SIREN : ${s.company.siren}`] : [])]) {
    flow.draw(l, MARGIN, by, { size: 9 });
    by -= 11.5;
  }
  flow.y = by - 12;

  const columns: Column[] = [
    { title: "Date", width: 62 },
    { title: "Pièce", width: 95 },
    { title: "Libellé", width: flow.width - 62 - 95 - 3 * 78 },
    { title: "Débit", width: 78, align: "right" },
    { title: "Crédit", width: 78, align: "right" },
    { title: "Solde", width: 78, align: "right" },
  ];
  const rows = [
    [formatIsoDateFr(s.from), "", "Solde au début de la période", "", "", formatEur(s.openingBalanceCents)],
    ...s.lines.map((l) => [formatIsoDateFr(l.day), l.reference, l.label, l.debitCents ? formatEur(l.debitCents) : "", l.creditCents ? formatEur(l.creditCents) : "", formatEur(l.balanceCents)]),
    [formatIsoDateFr(s.to), "", "Totaux de la période", formatEur(s.totalDebitCents), formatEur(s.totalCreditCents), formatEur(s.closingBalanceCents)],
  ];
  flow.table(columns, rows, { boldRows: new Set([0, rows.length - 1]), wrapColumn: 2 });
  if (s.lines.length === 0) flow.paragraph("Aucune opération sur la période.", { size: 9, color: GREY });

  flow.gap(16);
  flow.ensure(30);
  flow.paragraph(`Solde au ${formatIsoDateFr(s.to)} : ${balanceLabel(s.closingBalanceCents)}`, { bold: true, size: 11 });
  flow.paragraph("Débit : factures et remboursements ; crédit : paiements reçus et avoirs. Un solde négatif est un crédit en votre faveur, imputé sur vos prochaines factures ou remboursé sur demande.", { size: 8, color: GREY });

  flow.footer([s.seller.name, sellerLegalInformation(s.seller), s.seller.siret ? `SIRET ${s.seller.siret}` : null, title].filter(Boolean).join(" – "));

  const bytes = await finishPdfA(pdf, {
    title,
    author: s.seller.name,
    subject: `${title} – ${s.company.name}`,
    keywords: ["Relevé de compte"],
    date: new Date(`${s.issuedOn}T00:00:00Z`),
  });
  return { bytes, text: flow.text };
}

export async function statementPdf(s: Statement): Promise<Uint8Array> {
  return (await renderStatementPdf(s)).bytes;
}
