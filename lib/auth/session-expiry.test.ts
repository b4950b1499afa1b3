import { encode, decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { checkSessionActivity } from "./session-activity";
import { activityNeedsRefresh, CUSTOMER_SESSION_LIMITS, newSessionClaims, readSessionToken, sessionLimitsFor, sessionState } from "./session-expiry";

const ADMIN = { idleMinutes: 30, maxHours: 12 };
const MIN = 60;
const HOUR = 60 * MIN;
const T0 = 1_800_000_000;

describe("sessionState", () => {
  const admin = sessionLimitsFor("admin", ADMIN);
  it.each([
    ["just signed in", { signedInAt: T0, lastActivityAt: T0 }, T0, "active"],
    ["29 min idle", { signedInAt: T0, lastActivityAt: T0 }, T0 + 29 * MIN, "active"],
    ["30 min idle", { signedInAt: T0, lastActivityAt: T0 }, T0 + 30 * MIN, "idle"],
    ["busy for 11 h 59", { signedInAt: T0, lastActivityAt: T0 + 11 * HOUR + 58 * MIN }, T0 + 11 * HOUR + 59 * MIN, "active"],
    // Activity never stretches a session past the absolute maximum.
    ["busy for 12 h", { signedInAt: T0, lastActivityAt: T0 + 12 * HOUR - 1 }, T0 + 12 * HOUR, "too-old"],
  ] as const)("an admin %s is %s", (_label, times, now, expected) => {
    expect(sessionState(times, admin, now)).toBe(expected);
  });

  it("gives customers and pros weeks, admins (and tokens without a role) the configured minutes", () => {
    expect(sessionLimitsFor("customer", ADMIN)).toBe(CUSTOMER_SESSION_LIMITS);
    expect(sessionLimitsFor("pro", ADMIN)).toBe(CUSTOMER_SESSION_LIMITS);
    expect(sessionLimitsFor("admin", { idleMinutes: 5, maxHours: 1 })).toEqual({ idleSeconds: 5 * MIN, maxSeconds: HOUR });
    expect(sessionLimitsFor(undefined, ADMIN)).toEqual(admin);
    expect(sessionState({ signedInAt: T0, lastActivityAt: T0 }, CUSTOMER_SESSION_LIMITS, T0 + 3 * 24 * HOUR)).toBe("active");
  });

  it("writes activity back once a minute at most", () => {
    expect(activityNeedsRefresh({ signedInAt: T0, lastActivityAt: T0 }, T0 + 59)).toBe(false);
    expect(activityNeedsRefresh({ signedInAt: T0, lastActivityAt: T0 }, T0 + 60)).toBe(true);
  });

  it("reads tokens issued before the rule from their iat", () => {
    expect(readSessionToken({ iat: T0, sub: "u" })).toEqual({ role: undefined, times: { signedInAt: T0, lastActivityAt: T0 } });
    expect(readSessionToken({ sub: "u" }).times).toBeNull();
    expect(readSessionToken({ ...newSessionClaims("admin", T0), role: "root" }).role).toBeUndefined();
  });
});

describe("checkSessionActivity (the proxy's side)", () => {
  const cookie = (claims: Record<string, unknown>) => encode({ token: { sub: "user-1", ...claims }, secret: env.nextAuthSecret });

  it("renews an admin's last activity, then lets the session lapse after 30 idle minutes", async () => {
    const now = Math.floor(Date.now() / 1000);
    const fresh = await cookie(newSessionClaims("admin", now - 5 * MIN));
    const renewed = await checkSessionActivity(fresh, now);
    expect(renewed).toMatchObject({ kind: "active" });
    const token = renewed.kind === "active" && renewed.refreshedToken ? await decode({ token: renewed.refreshedToken, secret: env.nextAuthSecret }) : null;
    expect(token).toMatchObject({ sub: "user-1", role: "admin", signedInAt: now - 5 * MIN, lastActivityAt: now });

    expect(await checkSessionActivity(await cookie(newSessionClaims("admin", now - 10)), now)).toEqual({ kind: "active", refreshedToken: null });
    expect(await checkSessionActivity(await cookie(newSessionClaims("admin", now - 31 * MIN)), now)).toEqual({ kind: "expired", role: "admin" });
    expect(await checkSessionActivity(await cookie(newSessionClaims("customer", now - 31 * MIN)), now)).toMatchObject({ kind: "active" });
  });

  it("ignores no cookie and a cookie it cannot read", async () => {
    expect(await checkSessionActivity(undefined, T0)).toEqual({ kind: "none" });
    expect(await checkSessionActivity("pas-un-jeton", T0)).toEqual({ kind: "none" });
  });
});
