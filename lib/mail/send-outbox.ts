import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, rowsOf, type Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { redactTokens } from "@/lib/shared/tokens";
import { getMailTransport, type MailTransport } from "./transport";

/** After this many failed attempts a message is marked failed and left for a person to look at. */
export const MAX_ATTEMPTS = 8;

/** How long a claimed message is reserved for the sender that claimed it (then it is due again). */
const LEASE_MS = 5 * 60_000;

/** Wait before attempt n+1 after n failures: 1, 2, 4 … minutes, at most 6 hours. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), 6 * 60 * 60_000);
}

type Claimed = { id: number; to_address: string; subject: string; html: string; text: string; attempts: number };

export type SendReport = { smtp: boolean; claimed: number; sent: number; retried: number; failed: number };

/**
 * The "send-emails" job. Claims due pending messages with FOR UPDATE SKIP LOCKED (several
 * instances may run it at once: each message goes to one of them), leases them by pushing their
 * next attempt a few minutes ahead, then delivers outside the claiming transaction so a slow SMTP
 * server holds no lock. A failure is retried with exponential backoff, then marked failed.
 *
 * Without SMTP_URL nothing is claimed: messages stay "pending" and the mailbox page shows them as
 * not sent (no SMTP), readable there.
 *
 * Once a message is sent, the shop's copy loses its secrets: every token in it (order links,
 * payment links) is masked (redactTokens), and the mailbox page shows that copy. The customer has
 * the message; a copy in our database that still opened their order or took a payment would only
 * be one more place to steal links from. Messages that are never sent keep their body on purpose:
 * without SMTP (the sandbox, a demo, the end-to-end tests that follow links from the mailbox) the
 * mailbox IS the delivery, and a message that failed for good is left for a person to forward.
 * The links they hold expire on their own (ORDER_LINK_TTL_DAYS, PAYMENT_LINK_TTL_DAYS).
 */
export async function sendDueEmails(options: { db?: Db; transport?: MailTransport | null; now?: Date; batchSize?: number } = {}): Promise<SendReport> {
  const transport = options.transport === undefined ? getMailTransport() : options.transport;
  if (!transport) return { smtp: false, claimed: 0, sent: 0, retried: 0, failed: 0 };
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 20;
  // Rows are stamped by the database clock (microseconds). A JS Date is truncated to milliseconds,
  // so comparing with it could miss a row written in that same millisecond: use the database's
  // own clock unless the caller sets the time.
  const dueBefore = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;

  const claimed = await db.transaction(async (tx) =>
    rowsOf<Claimed>(
      await tx.execute(sql`
        update email_outbox set next_attempt_at = ${new Date(now.getTime() + LEASE_MS).toISOString()}, attempts = attempts + 1
        where id in (
          select id from email_outbox
          where status = 'pending' and next_attempt_at <= ${dueBefore}
          order by next_attempt_at, id
          limit ${batchSize}
          for update skip locked
        )
        returning id, to_address, subject, html, text, attempts`),
    ),
  );

  const report: SendReport = { smtp: true, claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
  for (const message of claimed) {
    try {
      await transport.sendMail({ from: env.mailFrom, to: message.to_address, subject: message.subject, html: message.html, text: message.text });
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), lastError: null, ...redactedBody(message) })
        .where(eq(emailOutbox.id, message.id));
      report.sent += 1;
    } catch (error) {
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
      if (message.attempts >= MAX_ATTEMPTS) {
        await db.update(emailOutbox).set({ status: "failed", lastError }).where(eq(emailOutbox.id, message.id));
        report.failed += 1;
        log.error("mail", "message abandoned", { id: message.id, attempts: message.attempts, lastError });
      } else {
        const nextAttemptAt = new Date(now.getTime() + backoffMs(message.attempts));
        await db.update(emailOutbox).set({ lastError, nextAttemptAt }).where(eq(emailOutbox.id, message.id));
        report.retried += 1;
        log.warn("mail", "delivery failed, will retry", { id: message.id, attempts: message.attempts, lastError });
      }
    }
  }
  await redactMessagesSentBefore(db, batchSize);
  return report;
}

function redactedBody(message: { html: string; text: string }) {
  return { html: redactTokens(message.html), text: redactTokens(message.text), bodyRedactedAt: new Date() };
}

/** Messages sent before masking existed: a batch of them masked at each run, until none is left. */
async function redactMessagesSentBefore(db: Db, batchSize: number): Promise<void> {
  const unredacted = and(eq(emailOutbox.status, "sent"), isNull(emailOutbox.bodyRedactedAt));
  const rows = await db.select({ id: emailOutbox.id, html: emailOutbox.html, text: emailOutbox.text }).from(emailOutbox).where(unredacted).limit(batchSize);
  for (const row of rows) await db.update(emailOutbox).set(redactedBody(row)).where(and(eq(emailOutbox.id, row.id), unredacted));
}
