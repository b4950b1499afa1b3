import "server-only";
import type { Executor } from "@/lib/db/client";
import { eq } from "drizzle-orm";
import { emailOutbox } from "@/lib/db/schema";

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Queues an e-mail inside the caller's transaction: it is sent if and only if the change that
 * caused it commits. The sender job delivers it later (SMTP) or leaves it on the mailbox page.
 * Returns the message's id, for records that point at what was sent (invoice reminders).
 */
export async function enqueueEmail(
  tx: Executor,
  input: { to: string; template: string; orderId?: string | null; email: RenderedEmail },
): Promise<number> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      toAddress: input.to,
      template: input.template,
      orderId: input.orderId ?? null,
      subject: input.email.subject,
      html: input.email.html,
      text: input.email.text,
    })
    .returning({ id: emailOutbox.id });
  return row!.id;
}

/**
 * A new copy of a stored message, queued like any other (same recipient, subject, body, template
 * and order) and pointing back at it; null when the original is gone. Inside the caller's
 * transaction, which has checked the copy is worth sending (lib/use-cases/resend-email.ts).
 */
export async function enqueueCopy(tx: Executor, originalId: number): Promise<number | null> {
  const [original] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, originalId));
  if (!original) return null;
  const [copy] = await tx
    .insert(emailOutbox)
    .values({ toAddress: original.toAddress, template: original.template, orderId: original.orderId, subject: original.subject, html: original.html, text: original.text, resentFromId: original.id })
    .returning({ id: emailOutbox.id });
  return copy!.id;
}
