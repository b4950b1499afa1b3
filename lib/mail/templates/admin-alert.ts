import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * "Alerte" for the shop's admins: something needs a person (a refund or chargeback made outside the
 * shop, a notification that keeps failing…). Plain lines, a link to the back-office page to act on.
 */
export type AdminAlertInput = {
  subject: string;
  lines: readonly string[];
  actionUrl: string;
  actionLabel: string;
};

export function renderAdminAlertEmail(input: AdminAlertInput): RenderedEmail {
  const subject = `[Alerte boutique] ${input.subject}`;
  const text = [...input.lines, "", `${input.actionLabel} : ${input.actionUrl}`, "", textFooter()].join("\n");
  const bodyHtml = `${input.lines.map((l) => paragraph(l)).join("\n")}
${button(input.actionUrl, input.actionLabel)}`;
  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
