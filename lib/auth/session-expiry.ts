import type { UserRole } from "@/lib/db/schema";

/*
 * How long a signed-in session lives. Sessions are next-auth JWTs in a cookie, so the rule reads
 * times stored in the token: when the user signed in, and when we last saw a request of theirs.
 * An admin can refund and cancel orders, so an admin's session ends after a short time without
 * activity (ADMIN_SESSION_IDLE_MINUTES, 30 by default) and after a working day whatever happens
 * (ADMIN_SESSION_MAX_HOURS, 12); a customer's session keeps their basket and account for weeks.
 * No dependency: the proxy (every request) and next-auth's jwt callback apply the same rule.
 */

/** Times in a session token, in seconds since the epoch (the unit of the JWT's own iat/exp). */
export type SessionTimes = { signedInAt: number; lastActivityAt: number };
export type SessionLimits = { idleSeconds: number; maxSeconds: number };
export type SessionState = "active" | "idle" | "too-old";

const DAY = 24 * 60 * 60;

/** A customer's or pro's session: next-auth's 14-day cookie, renewed on use, for 90 days at most. */
export const CUSTOMER_SESSION_LIMITS: SessionLimits = { idleSeconds: 14 * DAY, maxSeconds: 90 * DAY };

/** Activity is written back to the cookie at most once a minute: one cookie per page, not per request. */
export const ACTIVITY_REFRESH_SECONDS = 60;

export function sessionLimitsFor(role: UserRole | undefined, admin: { idleMinutes: number; maxHours: number }): SessionLimits {
  // A token without a role predates this rule: treat it with the stricter limits.
  if (role === "admin" || role === undefined) return { idleSeconds: admin.idleMinutes * 60, maxSeconds: admin.maxHours * 60 * 60 };
  return CUSTOMER_SESSION_LIMITS;
}

export function sessionState(times: SessionTimes, limits: SessionLimits, nowSeconds: number): SessionState {
  if (nowSeconds - times.signedInAt >= limits.maxSeconds) return "too-old";
  if (nowSeconds - times.lastActivityAt >= limits.idleSeconds) return "idle";
  return "active";
}

/** True when the last activity is old enough to be written again. */
export function activityNeedsRefresh(times: SessionTimes, nowSeconds: number): boolean {
  return nowSeconds - times.lastActivityAt >= ACTIVITY_REFRESH_SECONDS;
}

const ROLES: readonly string[] = ["customer", "pro", "admin"];

/** The role and times a token carries (a token issued before this rule has only `iat`). */
export function readSessionToken(token: Record<string, unknown>): { role: UserRole | undefined; times: SessionTimes | null } {
  const role = typeof token.role === "string" && ROLES.includes(token.role) ? (token.role as UserRole) : undefined;
  const iat = typeof token.iat === "number" ? token.iat : undefined;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : iat;
  const lastActivityAt = typeof token.lastActivityAt === "number" ? token.lastActivityAt : signedInAt;
  return { role, times: signedInAt !== undefined && lastActivityAt !== undefined ? { signedInAt, lastActivityAt } : null };
}

/** What a token must say for sessionState to be "active" right after signing in. */
export function newSessionClaims(role: UserRole, nowSeconds: number): { role: UserRole } & SessionTimes {
  return { role, signedInAt: nowSeconds, lastActivityAt: nowSeconds };
}

export function nowInSeconds(now = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}
