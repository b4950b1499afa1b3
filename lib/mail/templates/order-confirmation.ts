import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/money";
import type { OfflineInstructions } from "@/lib/payments/offline/instructions";
import { escapeHtml, renderEmailLayout, textFooter } from "./layout";

export type OrderConfirmationInput = {
  reference: string;
  customerName: string;
  orderUrl: string;
  lines: { name: string; quantity: number; lineTotalCents: Cents }[];
  itemsCents: Cents;
  shippingCents: Cents;
  totalCents: Cents;
  vatCents: Cents;
  paymentMethodLabel: string;
  instructions: OfflineInstructions | null;
};

function instructionsText(i: OfflineInstructions): string {
  if (i.kind === "transfer") {
    return [
      "Pour régler votre commande, faites un virement de :",
      `  Montant exact : ${formatEur(i.amountCents)}`,
      `  Titulaire du compte : ${i.holder}`,
      `  IBAN : ${i.ibanDisplay}`,
      `  BIC : ${i.bic}`,
      `  Banque : ${i.bankName}`,
      `  Référence à indiquer sur le virement : ${i.reference}`,
      "Votre commande sera préparée dès réception du virement.",
    ].join("\n");
  }
  return [
    `Pour régler votre commande, envoyez un chèque de ${formatEur(i.amountCents)} à l'ordre de ${i.payee}, à l'adresse :`,
    ...i.addressLines.map((l) => `  ${l}`),
    `Écrivez la référence ${i.reference} au dos du chèque.`,
    "Votre commande sera expédiée une fois le chèque encaissé.",
  ].join("\n");
}

function instructionsHtml(i: OfflineInstructions): string {
  const row = (label: string, value: string) =>
    `<tr><td style="padding:4px 12px 4px 0;color:#57534e">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:bold">${escapeHtml(value)}</td></tr>`;
  if (i.kind === "transfer") {
    return `<h2 style="font-size:17px;margin:24px 0 8px">Votre virement</h2>
<p style="margin:0 0 8px">Pour régler votre commande, faites un virement avec ces informations :</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="background:#f5f3ff;border-radius:6px;padding:12px;width:100%">
${row("Montant exact", formatEur(i.amountCents))}${row("Titulaire du compte", i.holder)}${row("IBAN", i.ibanDisplay)}${row("BIC", i.bic)}${row("Banque", i.bankName)}${row("Référence à indiquer", i.reference)}
</table>
<p style="margin:8px 0 0">Votre commande sera préparée dès réception du virement.</p>`;
  }
  return `<h2 style="font-size:17px;margin:24px 0 8px">Votre chèque</h2>
<p style="margin:0 0 8px">Envoyez un chèque de <strong>${escapeHtml(formatEur(i.amountCents))}</strong> à l'ordre de <strong>${escapeHtml(i.payee)}</strong>, à l'adresse :</p>
<p style="margin:0 0 8px;padding:12px;background:#f5f3ff;border-radius:6px">${i.addressLines.map(escapeHtml).join("<br>")}</p>
<p style="margin:0">Écrivez la référence <strong>${escapeHtml(i.reference)}</strong> au dos du chèque. Votre commande sera expédiée une fois le chèque encaissé.</p>`;
}

/** The e-mail sent when an order is placed (French, HTML + text). */
export function renderOrderConfirmation(input: OrderConfirmationInput): RenderedEmail {
  const subject = `Votre commande ${input.reference}`;
  const greeting = `Bonjour ${input.customerName},`;
  const intro = `Merci pour votre commande ${input.reference}. Voici son récapitulatif.`;
  const shipping = input.shippingCents === 0 ? "offerte" : formatEur(input.shippingCents);

  const text = [
    greeting,
    "",
    intro,
    "",
    ...input.lines.map((l) => `- ${l.name} × ${l.quantity} : ${formatEur(l.lineTotalCents)}`),
    `Sous-total : ${formatEur(input.itemsCents)}`,
    `Livraison : ${shipping}`,
    `Total TTC : ${formatEur(input.totalCents)} (dont TVA ${formatEur(input.vatCents)})`,
    `Moyen de paiement : ${input.paymentMethodLabel}`,
    "",
    ...(input.instructions ? [instructionsText(input.instructions), ""] : []),
    "Suivre votre commande :",
    input.orderUrl,
    "Ce lien est personnel : ne le partagez pas.",
    "",
    textFooter(),
  ].join("\n");

  const lineRows = input.lines
    .map(
      (l) =>
        `<tr><td style="padding:6px 0;border-bottom:1px solid #e7e5e4">${escapeHtml(l.name)} × ${l.quantity}</td><td align="right" style="padding:6px 0;border-bottom:1px solid #e7e5e4;white-space:nowrap">${escapeHtml(formatEur(l.lineTotalCents))}</td></tr>`,
    )
    .join("");
  const bodyHtml = `<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
<p style="margin:0 0 16px">${escapeHtml(intro)}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${lineRows}
<tr><td style="padding:6px 0">Sous-total</td><td align="right" style="padding:6px 0">${escapeHtml(formatEur(input.itemsCents))}</td></tr>
<tr><td style="padding:6px 0">Livraison</td><td align="right" style="padding:6px 0">${escapeHtml(shipping)}</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Total TTC</td><td align="right" style="padding:6px 0;font-weight:bold">${escapeHtml(formatEur(input.totalCents))}</td></tr>
<tr><td colspan="2" style="padding:0;color:#78716c;font-size:13px">dont TVA ${escapeHtml(formatEur(input.vatCents))} · ${escapeHtml(input.paymentMethodLabel)}</td></tr>
</table>
${input.instructions ? instructionsHtml(input.instructions) : ""}
<p style="margin:24px 0 8px"><a href="${escapeHtml(input.orderUrl)}" style="display:inline-block;background:#5b21b6;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:6px">Suivre ma commande</a></p>
<p style="margin:0;font-size:13px;color:#78716c">Ce lien est personnel : ne le partagez pas.</p>`;

  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
