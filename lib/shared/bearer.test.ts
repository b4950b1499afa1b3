import { describe, expect, it } from "vitest";
import { bearerMatches } from "./bearer";

const SECRET = "s3cret-0123456789";

describe("bearerMatches", () => {
  it.each([
    ["the exact secret", `Bearer ${SECRET}`, SECRET, true],
    ["no header", null, SECRET, false],
    ["an undefined header", undefined, SECRET, false],
    ["an empty header", "", SECRET, false],
    ["the secret without the scheme", SECRET, SECRET, false],
    ["another scheme", `Basic ${SECRET}`, SECRET, false],
    ["a lower-case scheme", `bearer ${SECRET}`, SECRET, false],
    ["an empty token", "Bearer ", SECRET, false],
    ["a wrong token", "Bearer nope", SECRET, false],
    ["a prefix of the secret", `Bearer ${SECRET.slice(0, -1)}`, SECRET, false],
    ["the secret plus a character", `Bearer ${SECRET}x`, SECRET, false],
    ["an empty secret, whatever the header", "Bearer ", "", false],
    ["an empty secret against a token", "Bearer anything", "", false],
  ])("%s → %s", (_label, header, secret, expected) => {
    expect(bearerMatches(header, secret)).toBe(expected);
  });
});
