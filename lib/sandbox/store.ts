import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor, Tx } from "@/lib/db/client";
import { sandboxObjects } from "@/lib/db/sandbox-schema";

/*
 * The emulators' generic object store (sandbox.objects): one JSON document per emulated resource,
 * keyed by (provider, kind, id), scoped to a mode (test/live store, or "sandbox"). This module is
 * the one place that turns the stored JSON back into the emulator's own types: each emulator wrote
 * the document itself, so the cast below is the adapter's contract, not a guess about foreign data.
 */

export type ObjectKey = { provider: string; kind: string; id: string };
export type StoredObject<T> = { id: string; kind: string; mode: string; parentId: string | null; data: T; createdAt: Date };

type Row = typeof sandboxObjects.$inferSelect;

function toStored<T>(row: Row): StoredObject<T> {
  return { id: row.id, kind: row.kind, mode: row.mode, parentId: row.parentId, data: row.data as T, createdAt: row.createdAt };
}

function keyWhere(key: ObjectKey, mode?: string): SQL | undefined {
  return and(
    eq(sandboxObjects.provider, key.provider),
    eq(sandboxObjects.kind, key.kind),
    eq(sandboxObjects.id, key.id),
    mode === undefined ? undefined : eq(sandboxObjects.mode, mode),
  );
}

export async function insertObject<T extends object>(
  ex: Executor,
  key: ObjectKey & { mode: string; parentId?: string | null; data: T },
): Promise<void> {
  await ex.insert(sandboxObjects).values({
    provider: key.provider,
    kind: key.kind,
    id: key.id,
    mode: key.mode,
    parentId: key.parentId ?? null,
    data: key.data as Record<string, unknown>,
  });
}

/** The object, or null. With `mode`, an object of the other store is not found (as the providers do). */
export async function findObject<T>(ex: Executor, key: ObjectKey, mode?: string): Promise<StoredObject<T> | null> {
  const rows = await ex.select().from(sandboxObjects).where(keyWhere(key, mode)).limit(1);
  return rows[0] ? toStored<T>(rows[0]) : null;
}

/** Like findObject, and holds a row lock until the transaction ends: read-modify-write without lost updates. */
export async function lockObject<T>(tx: Tx, key: ObjectKey, mode?: string): Promise<StoredObject<T> | null> {
  const rows = await tx.select().from(sandboxObjects).where(keyWhere(key, mode)).limit(1).for("update");
  return rows[0] ? toStored<T>(rows[0]) : null;
}

export async function saveObject<T extends object>(ex: Executor, key: ObjectKey, data: T): Promise<void> {
  await ex
    .update(sandboxObjects)
    .set({ data: data as Record<string, unknown>, updatedAt: new Date() })
    .where(keyWhere(key));
}

export type ListQuery = { provider: string; kind: string; mode: string; parentId?: string; limit: number; offset: number };

/** Newest first. */
export async function listObjects<T>(ex: Executor, q: ListQuery): Promise<StoredObject<T>[]> {
  const rows = await ex
    .select()
    .from(sandboxObjects)
    .where(listWhere(q))
    .orderBy(desc(sandboxObjects.createdAt), desc(sandboxObjects.id))
    .limit(q.limit)
    .offset(q.offset);
  return rows.map((r) => toStored<T>(r));
}

export async function countObjects(ex: Executor, q: Omit<ListQuery, "limit" | "offset">): Promise<number> {
  const rows = await ex.select({ n: count() }).from(sandboxObjects).where(listWhere(q));
  return rows[0]?.n ?? 0;
}

function listWhere(q: Omit<ListQuery, "limit" | "offset">): SQL | undefined {
  return and(
    eq(sandboxObjects.provider, q.provider),
    eq(sandboxObjects.kind, q.kind),
    eq(sandboxObjects.mode, q.mode),
    q.parentId === undefined ? undefined : eq(sandboxObjects.parentId, q.parentId),
  );
}
