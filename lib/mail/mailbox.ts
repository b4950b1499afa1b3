import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { emailOutbox, type EmailStatus } from "@/lib/db/schema";

const PAGE_SIZE = 50;

export async function listOutbox(db: Executor, page = 1) {
  const rows = await db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [total] = await db.select({ n: count() }).from(emailOutbox);
  return { rows, page, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
}

export async function getOutboxMessage(db: Executor, id: number) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row ?? null;
}

/**
 * How a message's state reads on the mailbox page. Without SMTP nothing is ever sent: the message
 * stays "pending" in the outbox (so it goes out if SMTP is configured later) and is read here.
 */
export function mailStatusLabel(status: EmailStatus, smtpConfigured: boolean): { label: string; tone: "neutral" | "success" | "warning" | "error" } {
  if (status === "sent") return { label: "Envoyé", tone: "success" };
  if (status === "failed") return { label: "Échec d'envoi", tone: "error" };
  return smtpConfigured ? { label: "En attente d'envoi", tone: "warning" } : { label: "Non envoyé (pas de SMTP) — lisible ici", tone: "neutral" };
}
