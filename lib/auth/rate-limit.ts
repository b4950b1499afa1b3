import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/lib/db/client";

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Fixed-window counter in the rate_limits table, so every instance of the shop shares it. One
 * atomic upsert per hit: the window restarts when it has expired, else the count goes up.
 */
export async function hitRateLimit(
  db: Executor,
  input: { key: string; limit: number; windowSeconds: number; now?: Date },
): Promise<RateLimitResult> {
  const now = input.now ?? new Date();
  const expiredBefore = new Date(now.getTime() - input.windowSeconds * 1000);
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count) values (${input.key}, ${now.toISOString()}, 1)
    on conflict (key) do update set
      window_start = case when rate_limits.window_start <= ${expiredBefore.toISOString()} then excluded.window_start else rate_limits.window_start end,
      count = case when rate_limits.window_start <= ${expiredBefore.toISOString()} then 1 else rate_limits.count + 1 end
    returning count, window_start`);
  const [row] = rowsOf<{ count: number; window_start: string | Date }>(result);
  const count = row?.count ?? 1;
  const windowStart = row ? new Date(row.window_start) : now;
  const retryAfterSeconds = Math.max(0, Math.ceil((windowStart.getTime() + input.windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: count <= input.limit, count, retryAfterSeconds };
}

/** Forgets a key (e.g. after a successful sign-in). */
export async function clearRateLimit(db: Executor, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}

/** Sign-in attempts: 5 per e-mail and IP address per 15 minutes. */
export const SIGN_IN_LIMIT = { limit: 5, windowSeconds: 15 * 60 } as const;

export function signInRateLimitKey(email: string, ip: string): string {
  return `signin:${email.trim().toLowerCase()}:${ip}`;
}

/**
 * The caller's address as the reverse proxy reports it (first X-Forwarded-For entry, else
 * X-Real-IP). Behind no proxy there is none: all such callers share one bucket per e-mail.
 */
export function clientIpFrom(headers: Record<string, unknown> | Headers | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || get("x-real-ip")?.trim() || "unknown";
}
