import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, detailsTable, paragraph, renderEmailLayout, textFooter } from "./layout";

/*
 * A plain notice: greeting, a few paragraphs, optional details and one link, signed by the shop.
 * The professional account's e-mails (application received, approved, refused, on hold, invoice
 * issued or paid) are notices; each has its own template name (template-names.ts).
 */

export type NoticeInput = {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  details?: readonly (readonly [string, string])[];
  action?: { url: string; label: string };
  signature: string;
};

export function renderNoticeEmail(input: NoticeInput): RenderedEmail {
  const details = input.details ?? [];
  const text = [
    input.greeting,
    "",
    ...input.paragraphs.flatMap((p) => [p, ""]),
    ...details.map(([k, v]) => `${k} : ${v}`),
    ...(details.length ? [""] : []),
    ...(input.action ? [`${input.action.label} : ${input.action.url}`, ""] : []),
    "Bien cordialement,",
    input.signature,
    "",
    textFooter(),
  ].join("\n");
  const bodyHtml = `${paragraph(input.greeting)}
${input.paragraphs.map((p) => paragraph(p)).join("\n")}
${details.length ? detailsTable(details) : ""}
${input.action ? button(input.action.url, input.action.label) : ""}
${paragraph("Bien cordialement,", "margin:0")}
${paragraph(input.signature)}`;
  return { subject: input.subject, html: renderEmailLayout({ title: input.subject, bodyHtml }), text };
}
