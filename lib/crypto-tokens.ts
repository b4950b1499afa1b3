import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random URL-safe token (256 bits by default): what goes in a link or a cookie. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** What we store instead of a token: its SHA-256, so a database leak gives no working link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function tokenMatches(token: string, expectedHash: string): boolean {
  const a = Buffer.from(hashToken(token), "hex");
  const b = Buffer.from(expectedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

// Crockford-like alphabet without look-alikes (0/O, 1/I/L): references are read over the phone
// and written on cheques.
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** An order reference such as CA-7K4M2QX9 (31^8 ≈ 8.5e11 values; uniqueness enforced by the database). */
export function newOrderReference(): string {
  const bytes = randomBytes(8);
  let s = "";
  for (const b of bytes) s += REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length];
  return `CA-${s}`;
}
