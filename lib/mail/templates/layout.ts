import "server-only";
import { env } from "@/lib/shared/env";

/*
 * The one frame of every e-mail the shop sends, and the small pieces templates build their body
 * from. Plain and readable in any client: inline styles only (mail clients ignore <style>), no
 * remote images. Every value interpolated into HTML goes through escapeHtml(), here or in the
 * template. The footer carries the seller's legal identity (name, address, SIRET, VAT number),
 * which French law asks of every commercial message and of the order confirmation.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A paragraph of plain text (escaped here). */
export function paragraph(text: string, style = "margin:0 0 12px"): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

/** A small print paragraph (escaped here). */
export function note(text: string): string {
  return paragraph(text, "margin:0 0 12px;color:#57534e;font-size:13px");
}

export function heading(text: string): string {
  return `<h2 style="font-size:17px;margin:24px 0 8px">${escapeHtml(text)}</h2>`;
}

/** A call to action (escaped here). */
export function button(href: string, label: string): string {
  return `<p style="margin:16px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#5b21b6;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:bold">${escapeHtml(label)}</a></p>`;
}

/** Label / value rows (escaped here). */
export function detailsTable(rows: readonly (readonly [string, string])[]): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 12px">${rows
    .map(([k, v]) => `<tr><td style="padding:2px 12px 2px 0;color:#57534e">${escapeHtml(k)}</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(v)}</td></tr>`)
    .join("")}</table>`;
}

function merchantAddressLines(): string[] {
  return env.merchant.address.split(/\r?\n|\\n/).filter((l) => l.trim() !== "");
}

/** Wraps body HTML (already escaped by the caller) in the shop's frame, legal footer included. */
export function renderEmailLayout(input: { title: string; bodyHtml: string }): string {
  const m = env.merchant;
  const address = merchantAddressLines().map(escapeHtml).join(" · ");
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4;color:#1c1917;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 24px 8px;font-size:20px;font-weight:bold;color:#5b21b6">${escapeHtml(m.name)}</td></tr>
<tr><td style="padding:8px 24px 24px">${input.bodyHtml}</td></tr>
</table>
<p style="max-width:600px;margin:16px auto 0;font-size:12px;color:#78716c">${escapeHtml(m.legalName)} · ${address}<br>SIRET ${escapeHtml(m.siret)} · TVA ${escapeHtml(m.vatNumber)} · ${escapeHtml(m.email)}</p>
</td></tr></table>
</body>
</html>`;
}

/** The text counterpart's footer: the same legal identity as the HTML one. */
export function textFooter(): string {
  const m = env.merchant;
  return ["--", m.name, m.legalName, ...merchantAddressLines(), `SIRET ${m.siret} · TVA ${m.vatNumber}`, m.email].join("\n");
}

/**
 * The same e-mail under a warning no reader can miss: in the subject, first in the text, and as a
 * banner above the frame (e.g. "TEST — ne pas expédier" on an order paid in a provider's test store).
 */
export function withWarningBanner(email: { subject: string; html: string; text: string }, banner: string): { subject: string; html: string; text: string } {
  const block = `<div role="note" style="background:#fef3c7;color:#78350f;border:2px solid #d97706;padding:12px;text-align:center;font-weight:bold;font-size:16px">${escapeHtml(banner)}</div>`;
  return {
    subject: `[${banner}] ${email.subject}`,
    text: `*** ${banner} ***\n\n${email.text}`,
    html: email.html.replace(/(<body[^>]*>)/i, `$1\n${block}`),
  };
}
