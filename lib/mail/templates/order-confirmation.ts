import "server-only";
import { formatDateFr, formatDateTimeFr, formatIsoDateFr } from "@/lib/shared/dates";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { env } from "@/lib/shared/env";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur, type Cents } from "@/lib/shared/money";
import { postalAddressLines } from "@/lib/shared/postal-address";
import { shippingLabel } from "@/lib/shared/shipping-label";
import { button, detailsTable, escapeHtml, heading, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/*
 * The confirmation of the contract (Code de la consommation, L221-13: on a durable medium, with
 * what was ordered, the price, the seller's identity and the terms): sent when an offline order is
 * placed (with how to pay), and when an online order's payment is accepted (with the payment's
 * details and a link to its receipt). One e-mail per event: for a card or PayPal order this IS
 * the "paiement accepté" e-mail.
 */

/** How to pay an offline order, as the e-mail prints it (built from the shop's configuration by the caller). */
export type OfflineInstructionsView =
  | { kind: "transfer"; amountCents: Cents; holder: string; ibanDisplay: string; bic: string; bankName: string; reference: string }
  | { kind: "cheque"; amountCents: Cents; payee: string; addressLines: string[]; reference: string; schedule?: { position: number; dueOn: string; amountCents: Cents }[] };

type ChequeView = Extract<OfflineInstructionsView, { kind: "cheque" }>;

/*
 * Paying in several cheques: all of them are sent now, together, and the shop deposits each on
 * its day. Each is dated the day it is written: a cheque is payable on sight (Code monétaire et
 * financier L131-31), and post-dating one is an offence, so the schedule is the shop's promise of
 * when it deposits them, never a date written on the cheque.
 */
const SCHEDULE_WARNING =
  "Datez chaque chèque du jour où vous l'écrivez : un chèque est payable à vue et l'antidater ou le postdater est interdit. Nous nous engageons à déposer chaque chèque à sa date prévue ci-dessus, pas avant.";

function scheduleText(i: ChequeView & { schedule: NonNullable<ChequeView["schedule"]> }): string {
  return [
    `Pour régler votre commande en ${i.schedule.length} fois, envoyez-nous ensemble ${i.schedule.length} chèques à l'ordre de ${i.payee}, à l'adresse :`,
    ...i.addressLines.map((l) => `  ${l}`),
    "Échéancier (date à laquelle nous déposerons chaque chèque) :",
    ...i.schedule.map((p) => `  Chèque ${p.position} : ${formatEur(p.amountCents)}, déposé le ${formatIsoDateFr(p.dueOn)}`),
    `Inscrivez la référence de la commande (${i.reference}) au dos de chaque chèque.`,
    SCHEDULE_WARNING,
    "Votre commande sera expédiée dès que nous aurons reçu tous les chèques.",
  ].join("\n");
}

function scheduleHtml(i: ChequeView & { schedule: NonNullable<ChequeView["schedule"]> }): string {
  const rows = i.schedule
    .map((p) => `<tr><td style="padding:4px 12px 4px 0">Chèque ${p.position}</td><td style="padding:4px 12px 4px 0;font-weight:bold">${escapeHtml(formatEur(p.amountCents))}</td><td style="padding:4px 0">déposé le ${escapeHtml(formatIsoDateFr(p.dueOn))}</td></tr>`)
    .join("");
  return `${heading(`Vos ${i.schedule.length} chèques`)}
<p style="margin:0 0 8px">Envoyez-nous ensemble <strong>${i.schedule.length} chèques</strong> à l'ordre de <strong>${escapeHtml(i.payee)}</strong>, à l'adresse :</p>
<p style="margin:0 0 8px;padding:12px;background:#f5f3ff;border-radius:6px">${i.addressLines.map(escapeHtml).join("<br>")}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 8px">${rows}</table>
<p style="margin:0 0 8px">Inscrivez la référence de la commande <strong>${escapeHtml(i.reference)}</strong> au dos de chaque chèque.</p>
<p style="margin:0 0 8px">${escapeHtml(SCHEDULE_WARNING)}</p>
<p style="margin:0">Votre commande sera expédiée dès que nous aurons reçu tous les chèques.</p>`;
}

/** The accepted online payment that confirmed the order: what the receipt shows. */
export type ConfirmedPayment = {
  amountCents: Cents;
  methodLabel: string;
  cardLine: string | null;
  transactionId: string | null;
  paidAt: Date;
  receiptUrl: string;
};

export type OrderConfirmationInput = {
  reference: string;
  customerName: string;
  placedAt: Date;
  orderUrl: string;
  lines: { name: string; quantity: number; lineTotalCents: Cents }[];
  itemsCents: Cents;
  shippingCents: Cents;
  totalCents: Cents;
  vatCents: Cents;
  paymentMethodLabel: string;
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
  /** Offline orders: how to pay. */
  instructions: OfflineInstructionsView | null;
  /** Online orders: the payment that was accepted. */
  payment?: ConfirmedPayment | null;
};

/** How to pay, in the plain-text part (also in the payment reminder). */
export function offlineInstructionsText(i: OfflineInstructionsView): string {
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
  if (i.schedule?.length) return scheduleText({ ...i, schedule: i.schedule });
  return [
    `Pour régler votre commande, envoyez un chèque de ${formatEur(i.amountCents)} à l'ordre de ${i.payee}, à l'adresse :`,
    ...i.addressLines.map((l) => `  ${l}`),
    `Écrivez la référence ${i.reference} au dos du chèque.`,
    "Votre commande sera expédiée une fois le chèque encaissé.",
  ].join("\n");
}

/** How to pay, in the HTML part (also in the payment reminder). */
export function offlineInstructionsHtml(i: OfflineInstructionsView): string {
  const row = (label: string, value: string) =>
    `<tr><td style="padding:4px 12px 4px 0;color:#57534e">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:bold">${escapeHtml(value)}</td></tr>`;
  if (i.kind === "transfer") {
    return `${heading("Votre virement")}
<p style="margin:0 0 8px">Pour régler votre commande, faites un virement avec ces informations :</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="background:#f5f3ff;border-radius:6px;padding:12px;width:100%">
${row("Montant exact", formatEur(i.amountCents))}${row("Titulaire du compte", i.holder)}${row("IBAN", i.ibanDisplay)}${row("BIC", i.bic)}${row("Banque", i.bankName)}${row("Référence à indiquer", i.reference)}
</table>
<p style="margin:8px 0 0">Votre commande sera préparée dès réception du virement.</p>`;
  }
  if (i.schedule?.length) return scheduleHtml({ ...i, schedule: i.schedule });
  return `${heading("Votre chèque")}
<p style="margin:0 0 8px">Envoyez un chèque de <strong>${escapeHtml(formatEur(i.amountCents))}</strong> à l'ordre de <strong>${escapeHtml(i.payee)}</strong>, à l'adresse :</p>
<p style="margin:0 0 8px;padding:12px;background:#f5f3ff;border-radius:6px">${i.addressLines.map(escapeHtml).join("<br>")}</p>
<p style="margin:0">Écrivez la référence <strong>${escapeHtml(i.reference)}</strong> au dos du chèque. Votre commande sera expédiée une fois le chèque encaissé.</p>`;
}

function paymentRows(p: ConfirmedPayment): [string, string][] {
  return [
    ["Montant", formatEur(p.amountCents)],
    ["Moyen de paiement", p.methodLabel],
    ...(p.cardLine ? ([["Carte", p.cardLine]] as [string, string][]) : []),
    ...(p.transactionId ? ([["N° de transaction", p.transactionId]] as [string, string][]) : []),
    ["Date", formatDateTimeFr(p.paidAt)],
    ["Résultat", "Transaction acceptée"],
  ];
}

/** The order confirmation (French, HTML + text). */
export function renderOrderConfirmation(input: OrderConfirmationInput): RenderedEmail {
  const payment = input.payment ?? null;
  const subject = payment ? `Commande ${input.reference} confirmée – paiement accepté` : `Votre commande ${input.reference}`;
  const greeting = `Bonjour ${input.customerName},`;
  const intro = payment
    ? `Votre paiement de ${formatEur(payment.amountCents)} a été accepté : votre commande ${input.reference} du ${formatDateFr(input.placedAt)} est confirmée. Merci !`
    : `Merci pour votre commande ${input.reference} du ${formatDateFr(input.placedAt)}. Voici son récapitulatif.`;
  const shipping = shippingLabel(input.shippingCents);
  const personal = "Ce lien est personnel : ne le partagez pas.";
  const cgvUrl = `${env.appUrl}/cgv`;
  const withdrawal =
    "Vous disposez de quatorze jours à compter de la réception des produits pour exercer votre droit de rétractation (articles L221-18 et suivants du Code de la consommation).";
  const seller = `Vendeur : ${env.merchant.legalName}, ${env.merchant.address.split(/\r?\n|\\n/).join(", ")}.`;

  const text = [
    greeting,
    "",
    intro,
    "",
    ...(payment
      ? ["Votre paiement", ...paymentRows(payment).map(([k, v]) => `  ${k} : ${v}`), "Votre ticket de paiement (à imprimer ou télécharger en PDF) :", payment.receiptUrl, ""]
      : []),
    "Récapitulatif",
    ...input.lines.map((l) => `- ${l.name} × ${l.quantity} : ${formatEur(l.lineTotalCents)}`),
    `Sous-total : ${formatEur(input.itemsCents)}`,
    `Livraison : ${shipping}`,
    `Total TTC : ${formatEur(input.totalCents)} (dont TVA ${formatEur(input.vatCents)})`,
    `Moyen de paiement : ${input.paymentMethodLabel}`,
    "",
    ...(input.instructions ? [offlineInstructionsText(input.instructions), ""] : []),
    "Adresse de livraison :",
    ...postalAddressLines(input.shippingAddress).map((l) => `  ${l}`),
    "Adresse de facturation :",
    ...postalAddressLines(input.billingAddress).map((l) => `  ${l}`),
    "",
    "Suivre votre commande :",
    input.orderUrl,
    personal,
    "",
    `Conditions générales de vente : ${cgvUrl}`,
    withdrawal,
    seller,
    "",
    textFooter(),
  ].join("\n");

  const lineRows = input.lines
    .map(
      (l) =>
        `<tr><td style="padding:6px 0;border-bottom:1px solid #e7e5e4">${escapeHtml(l.name)} × ${l.quantity}</td><td align="right" style="padding:6px 0;border-bottom:1px solid #e7e5e4;white-space:nowrap">${escapeHtml(formatEur(l.lineTotalCents))}</td></tr>`,
    )
    .join("");
  const addressCell = (title: string, a: PostalAddress) =>
    `<td valign="top" style="padding:0 12px 0 0;width:50%"><p style="margin:0 0 4px;font-weight:bold">${escapeHtml(title)}</p><p style="margin:0">${postalAddressLines(a).map(escapeHtml).join("<br>")}</p></td>`;

  const bodyHtml = `${paragraph(greeting)}
${paragraph(intro, "margin:0 0 16px")}
${payment ? `${heading("Votre paiement")}${detailsTable(paymentRows(payment))}${button(payment.receiptUrl, "Voir mon ticket de paiement")}` : ""}
${heading("Récapitulatif")}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${lineRows}
<tr><td style="padding:6px 0">Sous-total</td><td align="right" style="padding:6px 0">${escapeHtml(formatEur(input.itemsCents))}</td></tr>
<tr><td style="padding:6px 0">Livraison</td><td align="right" style="padding:6px 0">${escapeHtml(shipping)}</td></tr>
<tr><td style="padding:6px 0;font-weight:bold">Total TTC</td><td align="right" style="padding:6px 0;font-weight:bold">${escapeHtml(formatEur(input.totalCents))}</td></tr>
<tr><td colspan="2" style="padding:0;color:#78716c;font-size:13px">dont TVA ${escapeHtml(formatEur(input.vatCents))} · ${escapeHtml(input.paymentMethodLabel)}</td></tr>
</table>
${input.instructions ? offlineInstructionsHtml(input.instructions) : ""}
${heading("Adresses")}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>${addressCell("Livraison", input.shippingAddress)}${addressCell("Facturation", input.billingAddress)}</tr></table>
${button(input.orderUrl, "Suivre ma commande")}
${note(personal)}
<p style="margin:16px 0 0;color:#57534e;font-size:13px"><a href="${escapeHtml(cgvUrl)}" style="color:#5b21b6">Conditions générales de vente</a>. ${escapeHtml(withdrawal)} ${escapeHtml(seller)}</p>`;

  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
