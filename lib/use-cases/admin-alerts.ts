import "server-only";
import type { Executor } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderAdminAlertEmail, type AdminAlertInput } from "@/lib/mail/templates/admin-alert";
import { env } from "@/lib/shared/env";

export type AdminAlert = Omit<AdminAlertInput, "action"> & { order?: { id: string; reference: string } | null };

/**
 * An e-mail to ADMIN_ALERT_EMAIL (default MERCHANT_EMAIL), queued in the caller's transaction: sent
 * if and only if what it reports is committed. With an order, it links to the order's back-office
 * page and appears in the order's e-mails.
 */
export async function queueAdminAlert(db: Executor, alert: AdminAlert): Promise<void> {
  const { order, ...content } = alert;
  const action = order
    ? { url: `${env.appUrl}/admin/commandes/${encodeURIComponent(order.reference)}`, label: `Ouvrir la commande ${order.reference}` }
    : { url: `${env.appUrl}/admin`, label: "Ouvrir le back-office" };
  await enqueueEmail(db, {
    to: env.adminAlertEmail,
    template: EMAIL_TEMPLATES.adminAlert,
    orderId: order?.id ?? null,
    email: renderAdminAlertEmail({ ...content, action }),
  });
}
