import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/lib/db/client";
import { sandboxSettings } from "@/lib/db/sandbox-schema";

/*
 * Per-provider switches of the emulators (fault injection, retry schedules, display names), kept
 * in sandbox.settings so every instance of the app and every restart sees the same switches.
 * Each emulator validates its own shape; here they are plain JSON objects.
 */

export type SettingsValue = Record<string, unknown>;

export async function readSettings(ex: Executor, provider: string): Promise<SettingsValue> {
  const rows = await ex.select().from(sandboxSettings).where(eq(sandboxSettings.provider, provider)).limit(1);
  return rows[0]?.value ?? {};
}

/** Reads the settings row locked for update (creating an empty one first), for counters such as "fail the next N". */
export async function lockSettings(tx: Tx, provider: string): Promise<SettingsValue> {
  await tx.insert(sandboxSettings).values({ provider, value: {} }).onConflictDoNothing();
  const rows = await tx.select().from(sandboxSettings).where(eq(sandboxSettings.provider, provider)).for("update");
  return rows[0]?.value ?? {};
}

export async function writeSettings(ex: Executor, provider: string, value: SettingsValue): Promise<void> {
  await ex
    .insert(sandboxSettings)
    .values({ provider, value })
    .onConflictDoUpdate({ target: sandboxSettings.provider, set: { value, updatedAt: sql`now()` } });
}
