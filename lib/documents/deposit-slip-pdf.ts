import "server-only";
import { sellerLegalInformation } from "@/lib/billing/factur-x";
import { depositSlipTitle, type DepositSlipView } from "@/lib/payments/deposit-slips";
import { formatIban } from "@/lib/payments/offline-instructions";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";
import { sellerParty } from "@/lib/use-cases/invoices";
import { createPdf, embedDejaVu, finishPdfA } from "@/lib/documents/pdf-a";
import { GREY, MARGIN, PdfFlow, type Column } from "@/lib/documents/pdf-layout";

/*
 * The « remise de chèques » (deposit slip) as a PDF, handed to the bank with the cheques: the
 * shop's account (holder, IBAN, BIC, bank, from env.bank), each cheque's drawer, bank, number and
 * amount with the order it pays, then the count and the total — the one credit the bank
 * statement will show for it. Same fonts and PDF/A metadata as the invoices and statements.
 */
export async function renderDepositSlipPdf(slip: DepositSlipView): Promise<{ bytes: Uint8Array; text: string[][] }> {
  const pdf = await createPdf();
  const fonts = await embedDejaVu(pdf);
  const seller = sellerParty();
  const title = depositSlipTitle(slip.number);
  const flow = new PdfFlow(pdf, fonts, `${seller.name} – ${title}`);
  const right = MARGIN + flow.width;
  const top = flow.y;

  flow.draw(seller.name, MARGIN, top - 14, { bold: true, size: 14 });
  let y = top - 30;
  for (const l of [sellerLegalInformation(seller), ...seller.address.lines, `${seller.address.postalCode} ${seller.address.city}`]) {
    flow.draw(l, MARGIN, y, { size: 8, color: GREY });
    y -= 10.5;
  }
  flow.drawRight("REMISE DE CHÈQUES", right, top - 16, { bold: true, size: 16 });
  flow.drawRight(`N° ${slip.number} – déposée le ${formatIsoDateFr(slip.depositedOn)}`, right, top - 34, { size: 9 });
  flow.y = Math.min(y, top - 60) - 14;

  flow.paragraph("COMPTE À CRÉDITER", { size: 7.5, bold: true, color: GREY });
  flow.paragraph(`Titulaire : ${env.bank.holder}`, { size: 10, bold: true });
  flow.paragraph(`IBAN : ${formatIban(env.bank.iban)}`, { size: 10 });
  flow.paragraph(`BIC : ${env.bank.bic} – Banque : ${env.bank.bankName}`, { size: 10 });
  flow.gap(12);

  const columns: Column[] = [
    { title: "N°", width: 24 },
    { title: "Tireur", width: flow.width - 24 - 110 - 80 - 85 - 80 },
    { title: "Banque", width: 110 },
    { title: "N° de chèque", width: 80 },
    { title: "Commande", width: 85 },
    { title: "Montant", width: 80, align: "right" },
  ];
  const rows = [
    ...slip.cheques.map((c, i) => [String(i + 1), c.drawer, c.bank, c.number, c.orderReference, formatEur(c.amountCents)]),
    ["", `${slip.count} chèque${slip.count > 1 ? "s" : ""}`, "", "", "Total", formatEur(slip.totalCents)],
  ];
  flow.table(columns, rows, { boldRows: new Set([rows.length - 1]), wrapColumn: 1 });

  flow.gap(16);
  flow.ensure(40);
  flow.paragraph(`${title} : ${slip.count} chèque${slip.count > 1 ? "s" : ""}, total ${formatEur(slip.totalCents)}.`, { bold: true, size: 11 });
  flow.paragraph(`Établie par ${slip.createdByName ?? "—"}. Signature du remettant :`, { size: 9, color: GREY });

  flow.footer([seller.name, title, formatIsoDateFr(slip.depositedOn)].join(" – "));
  const bytes = await finishPdfA(pdf, { title, author: seller.name, subject: `${title} – ${formatEur(slip.totalCents)}`, keywords: ["Remise de chèques"], date: new Date(`${slip.depositedOn}T00:00:00Z`) });
  return { bytes, text: flow.text };
}
