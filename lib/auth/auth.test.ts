import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { resetDatabase } from "@/tests/support/db";
import { authenticate } from "./authenticate";
import { createAdmin } from "./create-admin";
import { hitRateLimit, hitRateLimits, SIGN_IN_ACCOUNT_LIMIT, SIGN_IN_LIMIT, signUpBuckets, trustedClientAddress } from "./rate-limit";
import { afterSignInPath, landingPathFor, requestedReturnPath, safeReturnPath } from "./safe-return";
import { PASSWORD_MESSAGES } from "./password-policy";
import { EMAIL_TAKEN_MESSAGE, signUpCustomer } from "./signup";

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

const good = { name: "Jeanne Martin", email: "Jeanne@Example.fr", password: "un-bon-mot-de-passe", confirmation: "un-bon-mot-de-passe" };

describe("signUpCustomer", () => {
  it("creates a customer with a lower-cased e-mail and an argon2id hash", async () => {
    const result = await signUpCustomer(db, good);
    expect(result).toMatchObject({ ok: true, user: { email: "jeanne@example.fr", name: "Jeanne Martin" } });
    const [row] = await db.select().from(users).where(eq(users.email, "jeanne@example.fr"));
    expect(row?.role).toBe("customer");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses an address already taken, whatever its case", async () => {
    await signUpCustomer(db, good);
    expect(await signUpCustomer(db, { ...good, email: "JEANNE@example.FR" })).toEqual({ ok: false, fieldErrors: { email: EMAIL_TAKEN_MESSAGE } });
    expect(await db.select().from(users)).toHaveLength(1);
  });

  it.each([
    [{ name: "" }, "name", "Indiquez votre nom."],
    [{ email: "pas-une-adresse" }, "email", "Cette adresse e-mail n'est pas valide."],
    [{ email: "  " }, "email", "Indiquez votre adresse e-mail."],
    [{ password: "court", confirmation: "court" }, "password", "Le mot de passe doit contenir au moins 8 caractères."],
    [{ password: "motdepasse", confirmation: "motdepasse" }, "password", PASSWORD_MESSAGES.common],
    [{ confirmation: "autre-mot-de-passe" }, "confirmation", "Les deux mots de passe ne sont pas identiques."],
    [{ email: undefined }, "email", "Indiquez votre adresse e-mail."],
  ])("refuses bad input %j with a French message next to the field", async (patch, field, message) => {
    const result = await signUpCustomer(db, { ...good, ...patch });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
    expect(await db.select().from(users)).toHaveLength(0);
  });
});

describe("authenticate", () => {
  it("accepts the right password, refuses a wrong one or an unknown e-mail", async () => {
    await signUpCustomer(db, good);
    expect(await authenticate(db, { email: " JEANNE@example.fr", password: good.password }, "1.2.3.4")).toMatchObject({ ok: true, user: { email: "jeanne@example.fr" } });
    expect(await authenticate(db, { email: "jeanne@example.fr", password: "mauvais-mot-de-passe" }, "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await authenticate(db, { email: "personne@example.fr", password: "x" }, "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
  });

  const wrong = { email: good.email, password: "mauvais-mot-de-passe" };
  const right = { email: good.email, password: good.password };

  it("limits attempts per account whatever the address: forging or rotating X-Forwarded-For does not help", async () => {
    await signUpCustomer(db, good);
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.limit; i++) {
      expect(await authenticate(db, wrong, `203.0.113.${i}`)).toEqual({ ok: false, code: "CredentialsSignin" });
    }
    // Over the limit even the right password is refused, from a new address or from none.
    expect(await authenticate(db, right, "198.51.100.1")).toEqual({ ok: false, code: "TooManyAttempts" });
    expect(await authenticate(db, right, null)).toEqual({ ok: false, code: "TooManyAttempts" });
  });

  it("limits attempts per account when no address can be trusted (TRUSTED_PROXY_HOPS=0)", async () => {
    await signUpCustomer(db, good);
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.limit; i++) await authenticate(db, wrong, null);
    expect(await authenticate(db, right, null)).toEqual({ ok: false, code: "TooManyAttempts" });
  });

  it("limits attempts per e-mail and trusted address sooner; another address keeps its own bucket", async () => {
    await signUpCustomer(db, good);
    for (let i = 0; i < SIGN_IN_LIMIT.limit; i++) {
      expect(await authenticate(db, wrong, "9.9.9.9")).toEqual({ ok: false, code: "CredentialsSignin" });
    }
    expect(await authenticate(db, right, "9.9.9.9")).toEqual({ ok: false, code: "TooManyAttempts" });
    expect(await authenticate(db, right, "8.8.8.8")).toMatchObject({ ok: true });
  });

  it("a success takes back only its own hit: the owner signing in gives a guesser no fresh window", async () => {
    await signUpCustomer(db, good);
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.limit - 1; i++) await authenticate(db, wrong, `203.0.113.${i}`);
    expect(await authenticate(db, right, "192.0.2.50")).toMatchObject({ ok: true });
    expect(await authenticate(db, wrong, "203.0.113.200")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await authenticate(db, wrong, "203.0.113.201")).toEqual({ ok: false, code: "TooManyAttempts" });
  });

  it("successes alone never lock an account", async () => {
    await signUpCustomer(db, good);
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.limit + 2; i++) expect(await authenticate(db, right, null)).toMatchObject({ ok: true });
  });
});

describe("trustedClientAddress", () => {
  it("trusts no address without a declared proxy: the client writes X-Forwarded-For itself", () => {
    expect(trustedClientAddress({ "x-forwarded-for": "203.0.113.7" }, 0)).toBeNull();
    expect(trustedClientAddress(new Headers({ "x-real-ip": "203.0.113.8" }), 0)).toBeNull();
  });

  it("takes the entry written by the outermost trusted proxy, counting from the right", () => {
    const forged = { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.1" };
    expect(trustedClientAddress(forged, 1)).toBe("10.0.0.1");
    expect(trustedClientAddress(forged, 2)).toBe("203.0.113.7");
    expect(trustedClientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("has no address when the header is shorter than the hops declared, and never reads X-Real-IP", () => {
    expect(trustedClientAddress({ "x-forwarded-for": "203.0.113.7" }, 2)).toBeNull();
    expect(trustedClientAddress({ "x-real-ip": "203.0.113.8" }, 1)).toBeNull();
    expect(trustedClientAddress(undefined, 1)).toBeNull();
  });
});

describe("sign-up limits", () => {
  const shopWide = { limit: 3, windowSeconds: 3600 };

  it("hold shop-wide when no address can be trusted", async () => {
    for (let i = 0; i < shopWide.limit; i++) expect(await hitRateLimits(db, signUpBuckets(null, shopWide))).toBe(true);
    expect(await hitRateLimits(db, signUpBuckets(null, shopWide))).toBe(false);
  });

  it("add a per-address limit only for a trusted address", () => {
    expect(signUpBuckets(null, shopWide).map((b) => b.key)).toEqual(["signup-shop"]);
    expect(signUpBuckets("203.0.113.7", null).map((b) => b.key)).toEqual(["signup:203.0.113.7"]);
  });
});

describe("hitRateLimit", () => {
  it("counts within a fixed window, then starts a new one", async () => {
    const t0 = new Date("2026-01-01T10:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const hit = (s: number) => hitRateLimit(db, { key: "k", limit: 2, windowSeconds: 60, now: at(s) });
    expect(await hit(0)).toMatchObject({ allowed: true, count: 1 });
    expect(await hit(10)).toMatchObject({ allowed: true, count: 2 });
    expect(await hit(20)).toMatchObject({ allowed: false, count: 3, retryAfterSeconds: 40 });
    expect(await hit(61)).toMatchObject({ allowed: true, count: 1 });
  });

});

describe("safeReturnPath", () => {
  it.each([
    ["/compte", "/compte"],
    ["/commandes/CA-ABC?t=x#h", "/commandes/CA-ABC?t=x#h"],
    [undefined, "/compte"],
    ["https://evil.example/", "/compte"],
    ["//evil.example", "/compte"],
    ["/\\evil.example", "/compte"],
    ["/\t/evil.example", "/compte"],
    ["javascript:alert(1)", "/compte"],
    ["compte", "/compte"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("after sign-in", () => {
  it("lands an admin on the back-office and everyone else on their account", () => {
    expect(landingPathFor("admin")).toBe("/admin");
    expect(landingPathFor("customer")).toBe("/compte");
    expect(landingPathFor("pro")).toBe("/compte");
  });

  it.each([
    [undefined, "admin", "/admin"],
    [undefined, "customer", "/compte"],
    ["", "admin", "/admin"],
    ["/commandes/CA-ABC?t=x", "admin", "/commandes/CA-ABC?t=x"],
    ["/admin/courriels", "admin", "/admin/courriels"],
    ["/panier", "customer", "/panier"],
    // An unsafe retour counts as none: the role decides, never the attacker's URL.
    ["https://evil.example/", "admin", "/admin"],
    ["//evil.example", "customer", "/compte"],
  ] as const)("retour=%s as %s → %s", (retour, role, expected) => {
    expect(afterSignInPath(retour, role)).toBe(expected);
  });

  it("tells a missing or unsafe retour from a given one", () => {
    expect(requestedReturnPath(undefined)).toBeNull();
    expect(requestedReturnPath(["/a", "/b"])).toBe("/a");
    expect(requestedReturnPath("javascript:alert(1)")).toBeNull();
    expect(safeReturnPath(undefined, "/ailleurs")).toBe("/ailleurs");
  });
});

describe("createAdmin", () => {
  it("creates an admin who can sign in, and never overwrites an account", async () => {
    expect(await createAdmin(db, { email: "Boss@Boutique.fr", name: "Bea Boss", password: "tres-long-mot-de-passe" })).toMatchObject({ ok: true, user: { email: "boss@boutique.fr" } });
    expect((await db.select().from(users))[0]?.role).toBe("admin");
    expect(await authenticate(db, { email: "boss@boutique.fr", password: "tres-long-mot-de-passe" }, "ip")).toMatchObject({ ok: true });
    expect(await createAdmin(db, { email: "boss@boutique.fr", name: "X", password: "tres-long-mot-de-passe" })).toMatchObject({ ok: false, error: expect.stringContaining("existe déjà") as unknown });
    expect(await createAdmin(db, { email: "b@b.fr", name: "X", password: "court" })).toMatchObject({ ok: false });
    // Admins need 12 characters (customers 8), and no common password.
    expect(await createAdmin(db, { email: "b@b.fr", name: "X", password: "onze-caract" })).toEqual({ ok: false, error: `mot de passe : ${PASSWORD_MESSAGES.tooShort(12)}` });
    expect(await createAdmin(db, { email: "b@b.fr", name: "X", password: "password1234" })).toEqual({ ok: false, error: `mot de passe : ${PASSWORD_MESSAGES.common}` });
  });
});
