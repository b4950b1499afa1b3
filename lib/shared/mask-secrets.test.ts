import { describe, expect, it } from "vitest";
import { MASK, maskBody, maskHeaders } from "./mask-secrets";

describe("maskHeaders", () => {
  it("masks credentials and PayPal's signature, keeps what helps to read the delivery", () => {
    const shown = maskHeaders({
      Authorization: "Bearer abc.def",
      "paypal-transmission-sig": "c2lnbmF0dXJl",
      "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
      "content-type": "application/json",
      "x-forwarded-for": "203.0.113.7",
      "user-agent": "PayPlug sk_live_abcdefgh1234",
    });
    expect(shown).toEqual({
      Authorization: MASK,
      "paypal-transmission-sig": MASK,
      "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
      "content-type": "application/json",
      "x-forwarded-for": "203.0.113.7",
      "user-agent": `PayPlug ${MASK}`,
    });
  });
});

describe("maskBody", () => {
  it("masks secret fields at any depth and key-like values anywhere, leaves the rest", () => {
    const body = JSON.stringify({ id: "pay_5iHMDxy4ABR4YBVW4UscIn", amount: 4200, metadata: { client_secret: "cs_123", note: "sk_test_abcdefgh12 and more" }, resource: { token: "tok" } });
    const shown = JSON.parse(maskBody(body)) as Record<string, unknown>;
    expect(shown).toEqual({ id: "pay_5iHMDxy4ABR4YBVW4UscIn", amount: 4200, metadata: { client_secret: MASK, note: `${MASK} and more` }, resource: { token: MASK } });
  });

  it("masks key-like values in a body that is not JSON (a truncated record)", () => {
    expect(maskBody('{"id":"pay_1","key":"sk_live_ABCDEFGH99"…')).toBe(`{"id":"pay_1","key":"${MASK}"…`);
  });
});
