import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/lib/db/client";
import { env, type RateLimitRule } from "@/lib/shared/env";

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

/** A counted bucket: its key and its rule. */
export type RateLimitBucket = { key: string } & NonNullable<RateLimitRule>;

/**
 * Hits every bucket (all of them, so each one counts the attempt) and says whether all allow it.
 * A bucket whose rule is off (null) is skipped.
 */
export async function hitRateLimits(db: Executor, buckets: readonly RateLimitBucket[], now?: Date): Promise<boolean> {
  let allowed = true;
  for (const bucket of buckets) {
    const result = await hitRateLimit(db, { ...bucket, now });
    if (!result.allowed) allowed = false;
  }
  return allowed;
}

/** Forgets a key (e.g. after a successful sign-in). */
export async function clearRateLimit(db: Executor, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}

/**
 * Takes back one hit of a key, and only one: a successful sign-in un-counts itself from a bucket
 * that others share, without wiping what they have counted there.
 */
export async function releaseRateLimitHit(db: Executor, key: string): Promise<void> {
  await db.execute(sql`update rate_limits set count = greatest(count - 1, 0) where key = ${key}`);
}

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Sign-in per account, whatever the address: 10 failed attempts per e-mail per 15 minutes (a
 * success takes back its own hit). The one limit a password guesser cannot step around by forging
 * or rotating addresses. Anyone can therefore keep an account locked by failing on purpose; its
 * owner is told to wait a few minutes. That is the price of stopping the guessing.
 */
export const SIGN_IN_ACCOUNT_LIMIT = { limit: 10, windowSeconds: FIFTEEN_MINUTES } as const;
/** Sign-in per e-mail and address: 5 per 15 minutes (only when the address can be trusted). */
export const SIGN_IN_LIMIT = { limit: 5, windowSeconds: FIFTEEN_MINUTES } as const;
/** Sign-in per address, any e-mail: 30 per 15 minutes, against one machine trying many accounts. */
export const SIGN_IN_ADDRESS_LIMIT = { limit: 30, windowSeconds: FIFTEEN_MINUTES } as const;

export function signInRateLimitKey(email: string, address: string): string {
  return `signin:${normalisedEmail(email)}:${address}`;
}

/**
 * The sign-in buckets of one attempt, and what a success does to each: the caller's own bucket
 * (this e-mail from this address) is cleared; the shared ones (the account from anywhere, the
 * address for any e-mail) only take back the success's own hit, so a person who knows a password
 * never hands someone else's guesses a fresh window.
 */
export function signInBuckets(email: string, address: string | null): { bucket: RateLimitBucket; onSuccess: "clear" | "release" }[] {
  const account = { bucket: { key: `signin-account:${normalisedEmail(email)}`, ...SIGN_IN_ACCOUNT_LIMIT }, onSuccess: "release" as const };
  if (address === null) return [account];
  return [
    account,
    { bucket: { key: signInRateLimitKey(email, address), ...SIGN_IN_LIMIT }, onSuccess: "clear" },
    { bucket: { key: `signin-address:${address}`, ...SIGN_IN_ADDRESS_LIMIT }, onSuccess: "release" },
  ];
}

/** Sign-up: 10 accounts per address per hour (only when the address can be trusted). */
export const SIGN_UP_ADDRESS_LIMIT = { limit: 10, windowSeconds: 60 * 60 } as const;

/**
 * The sign-up buckets: per address when it can be trusted, and shop-wide (SIGN_UP_RATE_LIMIT) in
 * every case, so that a script forging addresses cannot create accounts without end. The
 * shop-wide one can be filled on purpose; guests can still order meanwhile.
 */
export function signUpBuckets(address: string | null, shopWide: RateLimitRule = env.signUpRateLimit): RateLimitBucket[] {
  const buckets: RateLimitBucket[] = [];
  if (address !== null) buckets.push({ key: `signup:${address}`, ...SIGN_UP_ADDRESS_LIMIT });
  if (shopWide) buckets.push({ key: "signup-shop", ...shopWide });
  return buckets;
}

function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

type HeaderSource = Record<string, unknown> | Headers | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined;
}

/**
 * The caller's address, when it can be trusted; null otherwise, and then every per-address limit
 * is off (per-account limits still hold).
 *
 * X-Forwarded-For is a list each proxy appends to: whatever the client sent comes first, and only
 * the entries our own proxies wrote, the last `trustedProxyHops` ones, are true. The address is
 * the entry that many places from the right: with one reverse proxy that appends the address it
 * saw (nginx `$proxy_add_x_forwarded_for`), the last entry. With 0 hops (the default: no proxy
 * declared), there is no address to trust: Next.js writes the header from the socket only when
 * the request has none, so a client talking to it directly chooses the value. X-Real-IP is never
 * read for the same reason. A list shorter than the hops declared did not come through our proxies
 * as configured: no address.
 */
export function trustedClientAddress(headers: HeaderSource, trustedProxyHops: number = env.trustedProxyHops): string | null {
  if (trustedProxyHops < 1) return null;
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - trustedProxyHops] ?? null;
}
