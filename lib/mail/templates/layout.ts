import { env } from "@/lib/env";

/** Shared frame of the shop's e-mails: plain, readable in any client, no remote images. */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Wraps body HTML (already escaped by the caller) in the shop's frame. */
export function renderEmailLayout(input: { title: string; bodyHtml: string }): string {
  const m = env.merchant;
  const address = m.address.split(/\r?\n|\\n/).map(escapeHtml).join(" · ");
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

/** The text counterpart's footer. */
export function textFooter(): string {
  const m = env.merchant;
  return `--\n${m.name}\n${m.legalName}\n${m.address.replace(/\\n/g, "\n")}\n${m.email}`;
}
