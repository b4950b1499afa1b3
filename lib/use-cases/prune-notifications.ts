import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf } from "@/lib/db/client";
import { env } from "@/lib/shared/env";

const BATCH = 1000;

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
  let deleted = 0;
  for (;;) {
    const rows = rowsOf<{ id: number }>(
      await db.execute(sql`
        delete from provider_events where id in (
          select id from provider_events
          where received_at < ${cutoff}::timestamptz and next_attempt_at is null
          limit ${BATCH}
        )
        returning id`),
    );
    deleted += rows.length;
    if (rows.length < BATCH) return { deleted };
  }
}
