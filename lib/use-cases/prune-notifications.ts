import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { MAINTENANCE_BATCH, repeatInBatches } from "@/lib/db/batches";
import { env } from "@/lib/shared/env";

/**
 * The "prune-notifications" job: deletes inbox rows older than NOTIFICATION_RETENTION_DAYS (90 by
 * default), so unauthenticated traffic cannot grow the table for ever. A row still due for a
 * retry is kept whatever its age. Deletes in small batches so no long lock is held; the verdicts
 * "not ours" go with their rows (an id that old is re-fetched once more if it comes back).
 */
export async function pruneNotificationInbox(options: { now?: Date; retentionDays?: number } = {}): Promise<{ deleted: number }> {
  const db = await getDb();
  const days = options.retentionDays ?? env.notifications.retentionDays;
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 24 * 60 * 60_000).toISOString();
  const deleted = await repeatInBatches(
    db,
    () => sql`
      delete from provider_events where id in (
        select id from provider_events
        where received_at < ${cutoff}::timestamptz and next_attempt_at is null
        limit ${MAINTENANCE_BATCH}
      )
      returning id`,
  );
  return { deleted };
}
