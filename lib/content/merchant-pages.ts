import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";

/*
 * The merchant's own texts — terms of sale, legal notice, privacy — are Markdown files in
 * CONTENT_DIR (default `content/`), edited without touching the code and read at each request (a
 * change shows at once, no rebuild). Placeholders such as {{merchant.siret}} are filled from the
 * configuration, so the identity printed there is always the one on receipts and invoices.
 *
 * Raw HTML in the files is not rendered (markdown-it `html: false`): a page is text, links and
 * headings, and a copy-paste from elsewhere cannot put a script on the shop.
 */

export const MERCHANT_PAGES = {
  cgv: { file: "cgv.md", title: "Conditions générales de vente", href: "/cgv" },
  "mentions-legales": { file: "mentions-legales.md", title: "Mentions légales", href: "/mentions-legales" },
  confidentialite: { file: "confidentialite.md", title: "Politique de confidentialité", href: "/confidentialite" },
} as const;
export type MerchantPageId = keyof typeof MERCHANT_PAGES;

/** The line the shipped templates start with: while it is there, the page is still our example. */
export const TEMPLATE_MARK = "Modèle à remplacer";

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

// A value from configuration is text, never Markdown: a "*" in a company name stays a "*".
const escapeMarkdown = (value: string) => value.replace(/([\\`*_[\]<>#|~])/g, "\\$1");

function placeholders(): Record<string, string> {
  const m = env.merchant;
  return {
    "merchant.name": m.name,
    "merchant.legalName": m.legalName,
    "merchant.legalForm": m.legalForm,
    "merchant.shareCapital": m.shareCapital,
    "merchant.address": m.address.split(/\r?\n/).filter(Boolean).join(", "),
    "merchant.email": m.email,
    "merchant.siret": m.siret,
    "merchant.vatNumber": m.vatNumber,
    "merchant.registration": m.registration,
    "shipping.fee": formatEur(env.shipping.feeCents),
    "shipping.freeFrom": formatEur(env.shipping.freeFromCents),
    "shop.url": env.appUrl,
    "retention.guestMonths": String(env.guestDataRetentionMonths),
    "retention.emailDays": String(env.emailRetentionDays),
  };
}

/** Fills {{name}} placeholders; an unknown one is left as written, so the merchant sees the typo on the page. */
export function fillPlaceholders(source: string, values: Record<string, string>): string {
  return source.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in values ? escapeMarkdown(values[name]!) : whole));
}

export type MerchantPage = { title: string; html: string; isTemplate: boolean } | { title: string; missing: string };

export async function loadMerchantPage(id: MerchantPageId, contentDir = env.contentDir): Promise<MerchantPage> {
  const page = MERCHANT_PAGES[id];
  const file = path.resolve(contentDir, page.file);
  let source: string;
  try {
    // Runtime data, not a build input: without the comment Turbopack traces the whole project into the standalone output.
    source = await readFile(/* turbopackIgnore: true */ file, "utf8");
  } catch {
    return { title: page.title, missing: file };
  }
  return { title: page.title, html: markdown.render(fillPlaceholders(source, placeholders())), isTemplate: source.includes(TEMPLATE_MARK) };
}
