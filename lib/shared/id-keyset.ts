/*
 * Pages of a log newest first, by keyset on a growing integer id (never OFFSET: a log only grows,
 * and an offset page shifts as rows arrive). `apres` = the last id of the page before (older rows
 * follow), `avant` = the first id of the page after (newer rows, read upwards then turned back).
 * The query fetches one row more than a page, so that we know whether another page follows. Pure.
 */

export type IdKeyset = { apres?: number; avant?: number };

/** Which way to read: older than `apres` (descending), or newer than `avant` (ascending, then reversed). */
export function idKeysetDirection(position: IdKeyset): { olderThan?: number; newerThan?: number; ascending: boolean } {
  if (position.apres !== undefined) return { olderThan: position.apres, ascending: false };
  if (position.avant !== undefined) return { newerThan: position.avant, ascending: true };
  return { ascending: false };
}

/** The page out of the fetched rows (pageSize + 1 at most), and the ids that start the previous and next pages (null: none). */
export function idKeysetPage<T extends { id: number }>(fetched: readonly T[], pageSize: number, position: IdKeyset): { rows: T[]; previous: number | null; next: number | null } {
  const { ascending } = idKeysetDirection(position);
  const more = fetched.length > pageSize;
  const page = fetched.slice(0, pageSize);
  const rows = ascending ? page.reverse() : page;
  const first = rows[0]?.id;
  const last = rows.at(-1)?.id;
  const startedInside = position.apres !== undefined || position.avant !== undefined;
  return {
    rows,
    previous: first !== undefined && (ascending ? more : startedInside) ? first : null,
    next: last !== undefined && (ascending ? startedInside : more) ? last : null,
  };
}
