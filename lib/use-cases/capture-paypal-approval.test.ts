import { describe, expect, it } from "vitest";
import { nextCaptureRequestId } from "./capture-paypal-approval";

describe("nextCaptureRequestId", () => {
  const id = "0b9a6f1e-4c1d-4f7a-9a55-2a1b3c4d5e6f";

  it("is derived from our payment id, so a double click or the webhook replays the same capture", () => {
    expect(nextCaptureRequestId(id, new Set())).toBe(`caisse-capture-${id}`);
    expect(nextCaptureRequestId(id, new Set())).toBe(nextCaptureRequestId(id, new Set()));
  });

  it("changes after each recorded INSTRUMENT_DECLINED, never reusing a declined id", () => {
    const base = `caisse-capture-${id}`;
    expect(nextCaptureRequestId(id, new Set([base]))).toBe(`${base}-r1`);
    expect(nextCaptureRequestId(id, new Set([base, `${base}-r1`]))).toBe(`${base}-r2`);
    // The same decline recorded twice (browser and webhook) counts once.
    expect(nextCaptureRequestId(id, new Set([base, base]))).toBe(`${base}-r1`);
  });
});
