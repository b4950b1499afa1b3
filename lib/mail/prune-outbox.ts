import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { MAINTENANCE_BATCH, repeatInBatches } from "@/lib/db/batches";

/**
 * The outbox is a delivery queue, not an archive. Past EMAIL_RETENTION_DAYS (365 by default), a
 * message that left (sent) or gave up (failed) loses its body; one that concerns no order (an
 * admin alert) is deleted. A message about an order keeps its row — recipient, subject, template,
 * status — because the order page and the back-office say which e-mails the customer was sent.
 * Pending messages are never touched. Batches, so no long lock is held.
 */
export async function pruneEmailOutbox(options: { now?: Date; retentionDays: number }): Promise<{ emptied: number; deleted: number }> {
  const db = await getDb();
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * 24 * 60 * 60_000).toISOString();
  const deleted = await repeatInBatches(
    db,
    () => sql`
      delete from email_outbox where id in (
        select id from email_outbox
        where order_id is null and status <> 'pending' and created_at < ${cutoff}::timestamptz
        limit ${MAINTENANCE_BATCH}
      )
      returning id`,
  );
  const emptied = await repeatInBatches(
    db,
    () => sql`
      update email_outbox set html = '', text = '' where id in (
        select id from email_outbox
        where status <> 'pending' and created_at < ${cutoff}::timestamptz and (html <> '' or text <> '')
        limit ${MAINTENANCE_BATCH}
      )
      returning id`,
  );
  return { emptied, deleted };
}
