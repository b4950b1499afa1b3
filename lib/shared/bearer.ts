import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/*
 * A dependency-free utility, shared on purpose. It imports nothing from the rest of lib (only
 * node:crypto), so that both the shop's cron endpoint (lib/jobs/cron-handler.ts) and the emulators'
 * control endpoints (lib/sandbox/control-auth.ts) can use the one constant-time check: lib/sandbox
 * otherwise imports only the database client and itself (DESIGN.md, "Layout"). Keep it that way:
 * the secret is passed in, never read here.
 */

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether an `Authorization` header is exactly `Bearer <secret>`. Constant time: both sides are
 * hashed first, which equalises their lengths for timingSafeEqual. An empty secret matches nothing.
 */
export function bearerMatches(authorization: string | null | undefined, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  const given = match?.[1];
  if (!given || !secret) return false;
  return timingSafeEqual(digest(given), digest(secret));
}
