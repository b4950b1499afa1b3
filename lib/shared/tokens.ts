import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random URL-safe token (256 bits by default): what goes in a link or a cookie. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/*
 * Every secret token the shop writes into a link is at least 43 URL-safe characters: newToken()
 * (32 random bytes) and the HMACs made from it or under a server secret (SHA-256, 43 characters).
 * Nothing else an e-mail carries comes close: references are 11 characters, uuids 36 with their
 * dashes, provider ids about 30. So any run of 40 such characters is taken for a token.
 */
const TOKEN_RUN = /[A-Za-z0-9_-]{40,}/g;
export const REDACTED_TOKEN = "[masqué]";

/** The text with every token in it replaced by "[masqué]": what may be kept once a message has gone. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_RUN, REDACTED_TOKEN);
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
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const REFERENCE_LENGTH = 8;
// 31 does not divide 256: taking `byte % 31` of every byte would make the first 8 symbols
// (256 - 248) a ninth more likely. Bytes from 248 up are thrown away and drawn again
// (rejection sampling), so each symbol keeps exactly 8 chances in 248.
const ACCEPT_BELOW = 256 - (256 % REFERENCE_ALPHABET.length);

/** Where the random bytes come from (a parameter only so that tests can replay chosen bytes). */
export type RandomBytes = (size: number) => Uint8Array;

/** `length` symbols of REFERENCE_ALPHABET, each equally likely. */
export function randomSymbols(length: number, random: RandomBytes = randomBytes): string {
  let s = "";
  while (s.length < length) {
    for (const b of random(length)) {
      if (b >= ACCEPT_BELOW) continue;
      s += REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length];
      if (s.length === length) break;
    }
  }
  return s;
}

/** An order reference such as CA-7K4M2QX9 (31^8 ≈ 8.5e11 values; uniqueness enforced by the database). */
export function newOrderReference(random: RandomBytes = randomBytes): string {
  return `CA-${randomSymbols(REFERENCE_LENGTH, random)}`;
}
