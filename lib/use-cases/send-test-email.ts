import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { sendDueEmails } from "@/lib/mail/send-outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderTestEmail } from "@/lib/mail/templates/test-email";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import type { MailTransport } from "@/lib/mail/transport";

export type TestEmailOutcome =
  | { kind: "sent"; to: string }
  | { kind: "kept"; to: string }
  | { kind: "retrying"; to: string; error: string };

/**
 * "M'envoyer un e-mail d'essai" (readiness page): queues a message to the admin through the
 * outbox, like any other, then runs the sender at once (it claims with SKIP LOCKED, so a job run
 * at the same moment is harmless) and says what became of it. A refusal leaves the message
 * pending: the send-emails job tries again, as it would for a customer's.
 */
export async function sendTestEmail(db: Db, to: string, options: { transport?: MailTransport | null; now?: Date } = {}): Promise<TestEmailOutcome> {
  const now = options.now ?? new Date();
  const email = renderTestEmail({ shopName: env.merchant.name, readinessUrl: `${env.appUrl}/admin/configuration`, sentAt: formatDateTimeFr(now) });
  await enqueueEmail(db, { to, template: EMAIL_TEMPLATES.testEmail, email });
  const report = await sendDueEmails({ db, transport: options.transport });
  if (!report.smtp) return { kind: "kept", to };
  const [row] = await db
    .select({ status: emailOutbox.status, lastError: emailOutbox.lastError })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.template, EMAIL_TEMPLATES.testEmail), eq(emailOutbox.toAddress, to)))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  if (row?.status === "sent") return { kind: "sent", to };
  return { kind: "retrying", to, error: row?.lastError ?? "pas encore envoyé (file d'envoi chargée)" };
}
