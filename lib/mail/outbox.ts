import "server-only";
import type { Executor } from "@/lib/db/client";
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
