import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderAdminAlertEmail } from "@/lib/mail/templates/admin-alert";
import { env } from "@/lib/shared/env";

/**
 * An e-mail to every admin account (the shop's contact address when there is none yet), queued in
 * the caller's transaction: sent if and only if what it reports is committed.
 */
export async function queueAdminAlert(
  db: Executor,
  alert: { orderId?: string | null; orderReference?: string | null; subject: string; lines: readonly string[] },
): Promise<void> {
  const admins = await db.select({ email: users.email }).from(users).where(eq(users.role, "admin"));
  const recipients = admins.length ? admins.map((a) => a.email) : [env.merchant.email];
  const actionUrl = alert.orderReference ? `${env.appUrl}/admin/commandes/${encodeURIComponent(alert.orderReference)}` : `${env.appUrl}/admin`;
  const email = renderAdminAlertEmail({
    subject: alert.subject,
    lines: alert.lines,
    actionUrl,
    actionLabel: alert.orderReference ? `Ouvrir la commande ${alert.orderReference}` : "Ouvrir le back-office",
  });
  for (const to of recipients) {
    await enqueueEmail(db, { to, template: EMAIL_TEMPLATES.adminAlert, orderId: alert.orderId ?? null, email });
  }
}
