import "server-only";
import { getDb } from "@/lib/db/client";
import { lockPayplugSettings, savePayplugSettings, type PayplugSettings } from "./settings";

export type ApiFault = { kind: "fail"; status: number } | { kind: "timeout"; ms: number; mode: "before" | "after" } | null;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Decides whether this API call is hit by an injected fault, consuming "next N" counters under a
 * row lock so concurrent calls (or several instances) never fail more calls than asked.
 */
export async function takeApiFault(settings: PayplugSettings): Promise<ApiFault> {
  const api = settings.api;
  if (api.failNext > 0 || api.timeoutNext > 0) {
    const db = await getDb();
    const taken = await db.transaction(async (tx) => {
      const s = await lockPayplugSettings(tx);
      if (s.api.failNext > 0) {
        await savePayplugSettings(tx, { ...s, api: { ...s.api, failNext: s.api.failNext - 1 } });
        return "fail" as const;
      }
      if (s.api.timeoutNext > 0) {
        await savePayplugSettings(tx, { ...s, api: { ...s.api, timeoutNext: s.api.timeoutNext - 1 } });
        return "timeout" as const;
      }
      return null;
    });
    if (taken === "fail") return { kind: "fail", status: api.failStatus };
    if (taken === "timeout") return { kind: "timeout", ms: api.timeoutMs, mode: api.timeoutMode };
  }
  if (api.failRate > 0 && Math.random() < api.failRate) return { kind: "fail", status: api.failStatus };
  return null;
}
