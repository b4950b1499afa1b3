import "server-only";
import { env } from "@/lib/env";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { formatEur } from "@/lib/money";

/*
 * "Paiement reçu": sent when the money recorded for an order covers its total (transfer received,
 * cheque cashed). Self-contained markup (inline styles only: mail clients ignore <style> and
 * external CSS); every interpolated value is escaped.
 */

export type PaymentReceivedInput = {
  reference: string;
  customerName: string;
  totalCents: number;
  paidCents: number;
  method: "transfer" | "cheque";
  /** Signed-in customers can follow their order from their account. */
  hasAccount: boolean;
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const METHOD_WORDS = { transfer: "votre virement", cheque: "votre chèque" } as const;

export function renderPaymentReceivedEmail(input: PaymentReceivedInput): RenderedEmail {
  const shop = env.merchant.name;
  const subject = `Paiement reçu pour votre commande ${input.reference}`;
  const accountUrl = `${env.appUrl}/compte`;
  const overpaid = input.paidCents - input.totalCents;
  const lines = [
    `Bonjour ${input.customerName},`,
    "",
    `Nous avons bien reçu ${METHOD_WORDS[input.method]} pour la commande ${input.reference}.`,
    `Montant de la commande : ${formatEur(input.totalCents)}`,
    `Total reçu : ${formatEur(input.paidCents)}`,
    ...(overpaid > 0 ? [`Nous avons reçu ${formatEur(overpaid)} de plus que le montant dû : nous vous contacterons pour vous rembourser la différence.`] : []),
    "",
    "Votre commande est payée : nous la préparons et vous l'expédions au plus vite.",
    ...(input.hasAccount ? [`Suivez-la depuis votre compte : ${accountUrl}`] : []),
    "",
    "Merci de votre confiance,",
    shop,
    env.merchant.email,
  ];
  const text = lines.join("\n");
  const p = (s: string) => `<p style="margin:0 0 12px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:Helvetica,Arial,sans-serif;color:#1c1917">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(shop)}</h1>
${p(`Bonjour ${input.customerName},`)}
${p(`Nous avons bien reçu ${METHOD_WORDS[input.method]} pour la commande ${input.reference}.`)}
<table style="border-collapse:collapse;margin:0 0 12px" role="presentation">
<tr><td style="padding:2px 12px 2px 0">Montant de la commande</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(formatEur(input.totalCents))}</td></tr>
<tr><td style="padding:2px 12px 2px 0">Total reçu</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(formatEur(input.paidCents))}</td></tr>
</table>
${overpaid > 0 ? p(`Nous avons reçu ${formatEur(overpaid)} de plus que le montant dû : nous vous contacterons pour vous rembourser la différence.`) : ""}
${p("Votre commande est payée : nous la préparons et vous l'expédions au plus vite.")}
${input.hasAccount ? `<p style="margin:0 0 12px"><a href="${escapeHtml(accountUrl)}" style="color:#6d28d9">Suivre ma commande depuis mon compte</a></p>` : ""}
${p("Merci de votre confiance,")}
<p style="margin:0;color:#57534e">${escapeHtml(shop)} · ${escapeHtml(env.merchant.email)}</p>
</div></body></html>`;
  return { subject, html, text };
}
