import "server-only";
import type { Executor } from "@/lib/db/client";
import { env } from "@/lib/shared/env";
import { enqueueEmail } from "@/lib/mail/outbox";
import { detailsTable, paragraph, renderEmailLayout, textFooter } from "@/lib/mail/templates/layout";

/**
 * The outbox name of an alert to the shop's admin. TODO(mail): an `adminAlert: "admin-alert"`
 * entry in lib/mail/template-names.ts, and this rendering as lib/mail/templates/admin-alert.ts;
 * they live here until the mail module's owner adds them (same name, same content).
 */
export const ADMIN_ALERT_TEMPLATE = "admin-alert";

export type AdminAlert = {
  subject: string;
  /** What happened, in a sentence a merchant understands. */
  summary: string;
  details: readonly (readonly [string, string])[];
  /** What to do about it. */
  advice: string;
};

/**
 * Queues an e-mail to ADMIN_ALERT_EMAIL (default MERCHANT_EMAIL) in the caller's transaction:
 * sent only if the change that calls for it commits.
 */
export async function queueAdminAlert(tx: Executor, alert: AdminAlert): Promise<void> {
  const text = [alert.summary, "", ...alert.details.map(([k, v]) => `${k} : ${v}`), "", alert.advice, "", textFooter()].join("\n");
  const bodyHtml = `${paragraph(alert.summary)}\n${detailsTable(alert.details)}\n${paragraph(alert.advice)}`;
  await enqueueEmail(tx, {
    to: env.adminAlertEmail,
    template: ADMIN_ALERT_TEMPLATE,
    email: { subject: alert.subject, html: renderEmailLayout({ title: alert.subject, bodyHtml }), text },
  });
}
