import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { emailOutbox, passwordResetTokens, users } from "@/lib/db/schema";
import { hashToken } from "@/lib/shared/tokens";
import { resetDatabase } from "@/tests/support/db";
import { authenticate } from "./authenticate";
import { PASSWORD_MESSAGES } from "./password-policy";
import { PASSWORD_RESET_MESSAGES, requestPasswordReset, resetPassword, resetTokenUsable } from "./password-reset";
import { sessionVersionCurrent } from "./session";
import { signUpCustomer } from "./signup";

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

const NEW = "une phrase de passe toute neuve";

async function customer(email = "jeanne@example.fr") {
  const created = await signUpCustomer(db, { name: "Jeanne Martin", email, password: "l-ancien-mot-de-passe", confirmation: "l-ancien-mot-de-passe" });
  if (!created.ok) throw new Error("sign-up failed");
  return created.user;
}

/** The token of the last reset e-mail sent to `email` (only the e-mail holds it in clear). */
async function tokenSentTo(email: string): Promise<string> {
  const mails = (await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email))).filter((m) => m.template === "password-reset");
  return /nouveau-mot-de-passe\?t=([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.text)![1]!;
}

describe("requesting a reset", () => {
  it("sends a single-use link to an account's address; only its hash is stored", async () => {
    await customer();
    expect(await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null })).toEqual({ sent: true });
    const token = await tokenSentTo("jeanne@example.fr");
    const [row] = await db.select().from(passwordResetTokens);
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(await resetTokenUsable(db, token)).toBe(true);
  });

  it("an unknown address: nothing sent, and the page's sentence is the same for both", async () => {
    expect(await requestPasswordReset(db, { email: "personne@example.fr", clientAddress: null })).toEqual({ sent: false });
    expect(await db.select().from(emailOutbox)).toHaveLength(0);
    expect(PASSWORD_RESET_MESSAGES.sent("personne@example.fr")).toMatch(/^Si un compte existe/);
  });

  it("rate-limited: three links an hour per address, then nothing (same answer)", async () => {
    await customer();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: "203.0.113.9" }));
    expect(results.map((r) => r.sent)).toEqual([true, true, true, false, false]);
  });
});

describe("setting the new password", () => {
  it("changes the password, spends the link and every other one, and ends every session", async () => {
    const user = await customer();
    await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null });
    const older = await tokenSentTo("jeanne@example.fr");
    await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null });
    const token = await tokenSentTo("jeanne@example.fr");
    const [before] = await db.select().from(users).where(eq(users.id, user.id));

    expect(await resetPassword(db, { token, password: NEW, confirmation: NEW })).toEqual({ ok: true });

    expect(await authenticate(db, { email: "jeanne@example.fr", password: NEW }, null)).toMatchObject({ ok: true });
    expect(await authenticate(db, { email: "jeanne@example.fr", password: "l-ancien-mot-de-passe" }, null)).toMatchObject({ ok: false });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    // A session signed in before the reset carries the old version: refused on its next request.
    expect(sessionVersionCurrent(before!.sessionVersion, after!.sessionVersion)).toBe(false);
    expect(sessionVersionCurrent(undefined, after!.sessionVersion)).toBe(false);
    expect(sessionVersionCurrent(after!.sessionVersion, after!.sessionVersion)).toBe(true);
    // Reused, or the other link sent before: both dead.
    for (const t of [token, older]) {
      expect(await resetPassword(db, { token: t, password: "encore une autre phrase", confirmation: "encore une autre phrase" })).toMatchObject({ ok: false, field: "token" });
    }
  });

  it.each([
    ["too short", "court", "court", "password", "Le mot de passe doit contenir au moins 8 caractères."],
    ["a breached one", "motdepasse", "motdepasse", "password", PASSWORD_MESSAGES.common],
    ["two different entries", NEW, "autre chose encore", "confirmation", PASSWORD_RESET_MESSAGES.confirmation],
  ])("refuses %s, keeping the link usable and the old password", async (_what, password, confirmation, field, message) => {
    await customer();
    await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null });
    const token = await tokenSentTo("jeanne@example.fr");
    expect(await resetPassword(db, { token, password, confirmation })).toEqual({ ok: false, field, message });
    expect(await resetTokenUsable(db, token)).toBe(true);
    expect(await authenticate(db, { email: "jeanne@example.fr", password: "l-ancien-mot-de-passe" }, null)).toMatchObject({ ok: true });
  });

  it("an admin's new password needs 12 characters", async () => {
    const [admin] = await db.insert(users).values({ email: "admin@example.fr", name: "Alice", role: "admin", passwordHash: "x" }).returning();
    await requestPasswordReset(db, { email: admin!.email, clientAddress: null });
    const token = await tokenSentTo(admin!.email);
    expect(await resetPassword(db, { token, password: "onze-lettre", confirmation: "onze-lettre" })).toMatchObject({ ok: false, message: "Le mot de passe doit contenir au moins 12 caractères." });
  });

  it("refuses an expired or forged link", async () => {
    await customer();
    await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null });
    const token = await tokenSentTo("jeanne@example.fr");
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await resetTokenUsable(db, token, later)).toBe(false);
    expect(await resetPassword(db, { token, password: NEW, confirmation: NEW, now: later })).toMatchObject({ ok: false, field: "token" });
    for (const forged of ["", "abc", `${token.slice(0, -2)}xx`, "x".repeat(300)]) {
      expect(await resetPassword(db, { token: forged, password: NEW, confirmation: NEW })).toMatchObject({ ok: false, field: "token", message: PASSWORD_RESET_MESSAGES.linkInvalid });
    }
  });

  it("two submissions of one link at once: one wins", async () => {
    await customer();
    await requestPasswordReset(db, { email: "jeanne@example.fr", clientAddress: null });
    const token = await tokenSentTo("jeanne@example.fr");
    const results = await Promise.all([resetPassword(db, { token, password: NEW, confirmation: NEW }), resetPassword(db, { token, password: "une autre phrase de passe", confirmation: "une autre phrase de passe" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
