import "server-only";
import { env } from "@/lib/env";

/*
 * Shared frame of the payment e-mails (accepted, failed, payment link): inline styles only (mail
 * clients ignore <style>), no remote images, every interpolated value escaped by the caller
 * through escapeHtml().
 */

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export const p = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`;

export function button(href: string, label: string): string {
  return `<p style="margin:16px 0"><a href="${escapeHtml(href)}" style="display:inline-block;background:#6d28d9;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-weight:bold">${escapeHtml(label)}</a></p>`;
}

export function detailsTable(rows: [string, string][]): string {
  return `<table role="presentation" style="border-collapse:collapse;margin:0 0 12px">${rows
    .map(([k, v]) => `<tr><td style="padding:2px 12px 2px 0;color:#57534e">${escapeHtml(k)}</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(v)}</td></tr>`)
    .join("")}</table>`;
}

export function frame(subject: string, bodyHtml: string): string {
  const m = env.merchant;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:Helvetica,Arial,sans-serif;color:#1c1917;font-size:15px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px;color:#5b21b6">${escapeHtml(m.name)}</h1>
${bodyHtml}
<p style="margin:16px 0 0;color:#78716c;font-size:12px">${escapeHtml(m.legalName)} · ${escapeHtml(m.email)}</p>
</div></body></html>`;
}

export function textFooter(): string {
  const m = env.merchant;
  return `--\n${m.name}\n${m.email}`;
}
