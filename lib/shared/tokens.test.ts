import { describe, expect, it } from "vitest";
import { createHmac, randomUUID } from "node:crypto";
import { hashToken, newOrderReference, newToken, redactTokens, REFERENCE_ALPHABET, tokenMatches } from "./tokens";

/** Replays the given bytes, in order, whatever size is asked for. */
function replay(bytes: number[]) {
  let i = 0;
  const asked: number[] = [];
  const random = (size: number) => {
    asked.push(size);
    const out = Uint8Array.from(bytes.slice(i, i + size));
    i += size;
    if (out.length < size) throw new Error("ran out of bytes");
    return out;
  };
  return { random, asked };
}

describe("newToken", () => {
  it("is 256 bits, URL-safe, without padding", () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t, "base64url")).toHaveLength(32);
    expect(newToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("never repeats (10 000 draws)", () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => newToken()));
    expect(seen.size).toBe(10_000);
  });

  it("is stored as a hash that only the same token matches", () => {
    const t = newToken();
    const h = hashToken(t);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain(t);
    expect(tokenMatches(t, h)).toBe(true);
    expect(tokenMatches(`${t}x`, h)).toBe(false);
    expect(tokenMatches(t, "")).toBe(false);
  });
});

describe("newOrderReference", () => {
  it("is CA- and 8 symbols of the alphabet without look-alikes", () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILO]/);
    for (let i = 0; i < 2000; i++) expect(newOrderReference()).toMatch(/^CA-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
  });

  it("throws away bytes from 248 up and draws again (rejection sampling)", () => {
    // 248..255 would map to the first 8 symbols with `% 31`: they must be skipped, not folded.
    const { random, asked } = replay([248, 0, 255, 30, 249, 250, 251, 252, 31, 247, 62, 93, 124, 155, 186, 217]);
    expect(newOrderReference(random)).toBe("CA-2Z2Z2222");
    expect(asked).toEqual([8, 8]);
  });

  it("maps each accepted byte to byte % 31", () => {
    const { random } = replay([0, 1, 2, 30, 31, 61, 246, 247]);
    expect(newOrderReference(random)).toBe(`CA-234Z2Z${REFERENCE_ALPHABET[246 % 31]}${REFERENCE_ALPHABET[247 % 31]}`);
  });

  it("draws every symbol equally often (chi-squared over 160 000 symbols)", () => {
    const counts = new Map<string, number>([...REFERENCE_ALPHABET].map((c) => [c, 0]));
    const n = 20_000;
    for (let i = 0; i < n; i++) for (const c of newOrderReference().slice(3)) counts.set(c, counts.get(c)! + 1);
    const expected = (n * 8) / 31;
    const chi2 = [...counts.values()].reduce((sum, k) => sum + (k - expected) ** 2 / expected, 0);
    // 30 degrees of freedom: above 90 happens by chance about once in 10^7 runs. The old modulo
    // bias (9/256 instead of 8/256 for 8 symbols) gives a chi-squared in the hundreds.
    expect(chi2).toBeLessThan(90);
  });
});

describe("redactTokens", () => {
  it("masks the tokens the shop issues, random or signed", () => {
    const random = newToken();
    const signed = createHmac("sha256", "secret").update("caisse:order-link").digest("base64url");
    expect(redactTokens(`?t=${random} /paiement/${signed}.`)).toBe("?t=[masqué] /paiement/[masqué].");
  });

  it("leaves what a person needs to read: references, uuids, provider ids, amounts, words", () => {
    const text = `Commande ${newOrderReference()} — ${randomUUID()} — pay_5ktNdsD2UqgNivf4Dj8QmX — 12,50 € — anticonstitutionnellement`;
    expect(redactTokens(text)).toBe(text);
  });
});
