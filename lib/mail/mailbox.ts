import "server-only";
import { and, asc, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { emailOutbox, type EmailStatus } from "@/lib/db/schema";
import { idKeysetDirection, idKeysetPage, type IdKeyset } from "@/lib/shared/id-keyset";

const PAGE_SIZE = 50;

/** One page of the outbox, newest first, of one status or all (keyset on the id, lib/shared/id-keyset.ts). */
export async function listOutbox(db: Executor, filter: { status?: EmailStatus } & IdKeyset = {}) {
  const direction = idKeysetDirection(filter);
  const where: SQL[] = [];
  if (filter.status) where.push(eq(emailOutbox.status, filter.status));
  if (direction.olderThan !== undefined) where.push(lt(emailOutbox.id, direction.olderThan));
  if (direction.newerThan !== undefined) where.push(gt(emailOutbox.id, direction.newerThan));
  const fetched = await db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      resentFromId: emailOutbox.resentFromId,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(where.length ? and(...where) : undefined)
    .orderBy(direction.ascending ? asc(emailOutbox.id) : desc(emailOutbox.id))
    .limit(PAGE_SIZE + 1);
  return idKeysetPage(fetched, PAGE_SIZE, filter);
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
