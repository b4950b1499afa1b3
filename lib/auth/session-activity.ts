import "server-only";
import { decode, encode } from "next-auth/jwt";
import type { UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { activityNeedsRefresh, readSessionToken, sessionLimitsFor, sessionState, type SessionState } from "./session-expiry";

/** next-auth's session cookie lifetime (options.ts `session.maxAge`): renewed with every refresh. */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 14;

/** The `?error=` code the sign-in page turns into "Votre session a expiré…". */
export const SESSION_EXPIRED_CODE = "SessionExpired";

/** What the idle and absolute limits say of a decoded session token. */
export function sessionTokenState(token: Record<string, unknown>, nowSeconds: number): { state: SessionState; role: UserRole | undefined } {
  const { role, times } = readSessionToken(token);
  if (!times) return { state: "too-old", role };
  return { state: sessionState(times, sessionLimitsFor(role, env.adminSession), nowSeconds), role };
}

/** next-auth's cookie name: the __Secure- prefix when the shop is served over https (as next-auth decides). */
export function sessionCookieName(): string {
  return `${env.appUrl.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

export type SessionActivity =
  | { kind: "none" }
  | { kind: "active"; refreshedToken: string | null }
  | { kind: "expired"; role: UserRole | undefined };

/**
 * Run by the proxy on every page request and server action: the one place a session cookie can be
 * rewritten (server components cannot set cookies, and getServerSession there never does). An
 * active session gets its last activity written back (once a minute at most); an expired one is
 * reported so the proxy clears the cookie. next-auth's jwt callback applies the same rule, so a
 * request that slips past the proxy is refused all the same.
 */
export async function checkSessionActivity(cookieValue: string | undefined, nowSeconds: number): Promise<SessionActivity> {
  if (!cookieValue) return { kind: "none" };
  const token = await decode({ token: cookieValue, secret: env.nextAuthSecret }).catch(() => null);
  // A cookie we cannot read (other secret, tampered) is next-auth's business: it ignores it.
  if (!token) return { kind: "none" };
  const { state, role } = sessionTokenState(token, nowSeconds);
  if (state !== "active") return { kind: "expired", role };
  const { times } = readSessionToken(token);
  if (!times || !activityNeedsRefresh(times, nowSeconds)) return { kind: "active", refreshedToken: null };
  const refreshedToken = await encode({ token: { ...token, signedInAt: times.signedInAt, lastActivityAt: nowSeconds }, secret: env.nextAuthSecret, maxAge: SESSION_COOKIE_MAX_AGE_SECONDS });
  return { kind: "active", refreshedToken };
}
