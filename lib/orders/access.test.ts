import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { hashToken, newToken } from "@/lib/shared/tokens";
import { canViewOrder, checkOrderLinkToken, orderLinkToken } from "./access";

/*
 * Order link tokens (issue 12, hole 9b): signed with an expiry and the order's version, so a link
 * does not open an order for ever and an admin can revoke every link sent.
 */

const DAY = 24 * 60 * 60 * 1000;
const placedAt = new Date("2026-09-01T10:00:00Z");
const checkoutToken = newToken();
const order = { id: "5b0e6a34-0d0c-4d3e-9d7b-6f3c1c2b1a01", userId: null, accessTokenVersion: 0, accessTokenHash: hashToken(checkoutToken), createdAt: placedAt };
const guest = (token: string) => ({ token, user: null });
const ttl = env.orderLinkTtlDays * DAY;

describe("signed order links", () => {
  it("open their order, and no other, until they expire", () => {
    const token = orderLinkToken(order, placedAt);
    expect(token).toBe(orderLinkToken(order, new Date(placedAt.getTime() + 60_000))); // same day, same link
    expect(checkOrderLinkToken(order, token, new Date(placedAt.getTime() + ttl - 60_000))).toBe("valid");
    expect(checkOrderLinkToken({ ...order, id: "5b0e6a34-0d0c-4d3e-9d7b-6f3c1c2b1a02" }, token, placedAt)).toBe("invalid");
    expect(checkOrderLinkToken(order, `${token}x`, placedAt)).toBe("invalid");
    expect(checkOrderLinkToken(order, "", placedAt)).toBe("invalid");
  });

  it(`are refused once expired (ORDER_LINK_TTL_DAYS = ${env.orderLinkTtlDays}), and known as expired for the fresh-link page`, () => {
    const token = orderLinkToken(order, placedAt);
    const later = new Date(placedAt.getTime() + ttl + DAY); // past the end of the expiry's day
    expect(checkOrderLinkToken(order, token, later)).toBe("expired");
    expect(canViewOrder(order, guest(token), later)).toBe(false);
  });

  it("cannot be stretched: a later expiry written into the token breaks its signature", () => {
    const [, mac] = orderLinkToken(order, placedAt).split(".");
    const forged = `${Math.floor((placedAt.getTime() + 10 * ttl) / DAY).toString(36)}.${mac}`;
    expect(checkOrderLinkToken(order, forged, placedAt)).toBe("invalid");
  });

  it("are revoked by a version bump: the old token opens nothing, a new one works", () => {
    const before = orderLinkToken(order, placedAt);
    const revoked = { ...order, accessTokenVersion: 1 };
    expect(checkOrderLinkToken(revoked, before, placedAt)).toBe("invalid");
    expect(canViewOrder(revoked, guest(before), placedAt)).toBe(false);
    expect(canViewOrder(revoked, guest(orderLinkToken(revoked, placedAt)), placedAt)).toBe(true);
  });
});

describe("links without an expiry of their own count from the order's date", () => {
  it("the checkout's access token", () => {
    expect(checkOrderLinkToken(order, checkoutToken, new Date(placedAt.getTime() + ttl - 1000))).toBe("valid");
    expect(checkOrderLinkToken(order, checkoutToken, new Date(placedAt.getTime() + ttl + 1000))).toBe("expired");
  });

  it("a signed link written before expiry existed (v1): its grace period, and never after a revocation", () => {
    const legacy = createHmac("sha256", env.orderLinkSecret).update(`caisse:order-link:v1:${order.id}`).digest("base64url");
    expect(checkOrderLinkToken(order, legacy, placedAt)).toBe("valid");
    expect(checkOrderLinkToken(order, legacy, new Date(placedAt.getTime() + ttl + 1000))).toBe("expired");
    expect(checkOrderLinkToken({ ...order, accessTokenVersion: 1 }, legacy, placedAt)).toBe("invalid");
  });
});

describe("canViewOrder without a token", () => {
  it("lets in an admin and the order's own customer, whatever the links' age", () => {
    const later = new Date(placedAt.getTime() + 10 * ttl);
    expect(canViewOrder(order, { token: null, user: { id: "a", role: "admin" } }, later)).toBe(true);
    expect(canViewOrder({ ...order, userId: "c" }, { token: null, user: { id: "c", role: "customer" } }, later)).toBe(true);
    expect(canViewOrder(order, { token: null, user: { id: "c", role: "customer" } }, later)).toBe(false);
  });
});
