import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, detailsTable, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * "Alerte" for the shop's admins: something needs a person (a refund or chargeback made outside the
 * shop, a notification that could not be processed…): what happened, the facts, what to do, and a
 * link to the back-office page to act on.
 */
export type AdminAlertInput = {
  subject: string;
  /** What happened, in a sentence a merchant understands. */
  summary: string;
  details: readonly (readonly [string, string])[];
  /** What to do about it. */
  advice: string;
  action: { url: string; label: string };
};

export function renderAdminAlertEmail(input: AdminAlertInput): RenderedEmail {
  const subject = `[Alerte boutique] ${input.subject}`;
  const text = [
    input.summary,
    "",
    ...input.details.map(([k, v]) => `${k} : ${v}`),
    "",
    input.advice,
    "",
    `${input.action.label} : ${input.action.url}`,
    "",
    textFooter(),
  ].join("\n");
  const bodyHtml = `${paragraph(input.summary)}
${input.details.length ? detailsTable(input.details) : ""}
${paragraph(input.advice)}
${button(input.action.url, input.action.label)}`;
  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
