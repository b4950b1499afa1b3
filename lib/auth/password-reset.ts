import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db, Executor } from "@/lib/db/client";
import { passwordResetTokens, users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderPasswordResetEmail } from "@/lib/mail/templates/password-reset";
import { formatDeadlineFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { hashToken, newToken } from "@/lib/shared/tokens";
import { hashPassword } from "./password";
import { passwordProblem, type PasswordHolder } from "./password-policy";
import { hitRateLimits, type RateLimitBucket } from "./rate-limit";

/*
 * « Mot de passe oublié ? » (OWASP ASVS V6.4):
 * - the request answers the same whether or not the address has an account (no account discovery),
 *   and is rate-limited per address asked for and per client address, in the database;
 * - the link carries a 256-bit random token of which only the SHA-256 is stored, expires after
 *   RESET_TTL_MINUTES and works once; using one kills the account's other links;
 * - the new password follows the password policy (length, not a breached one);
 * - every session of the account ends: sessions are JWTs, so the account's session version goes
 *   up and getCurrentUser refuses any session issued under an older one.
 */

export const RESET_TTL_MINUTES = 60;
const HOUR = 60 * 60;
/** Links sent to one address per hour, and requests from one client address per hour. */
const PER_EMAIL = { limit: 3, windowSeconds: HOUR } as const;
const PER_ADDRESS = { limit: 20, windowSeconds: HOUR } as const;

export const RESET_PATH = "/connexion/nouveau-mot-de-passe";

export const PASSWORD_RESET_MESSAGES = {
  sent: (email: string) =>
    `Si un compte existe avec l'adresse ${email}, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe. Il est valable une heure : pensez à regarder dans les indésirables.`,
  emailInvalid: "Indiquez l'adresse e-mail de votre compte, par exemple nom@exemple.fr.",
  linkInvalid: "Ce lien n'est pas valable : il a déjà servi, a expiré (une heure) ou a été mal copié. Demandez-en un nouveau.",
  confirmation: "Les deux mots de passe ne sont pas identiques.",
  done: "Votre mot de passe a été changé. Connectez-vous avec le nouveau : vos autres sessions ont été fermées.",
} as const;

export const requestResetInput = z.object({
  email: z.string({ error: PASSWORD_RESET_MESSAGES.emailInvalid }).trim().toLowerCase().max(254, PASSWORD_RESET_MESSAGES.emailInvalid).pipe(z.email(PASSWORD_RESET_MESSAGES.emailInvalid)),
});

/** The counters a reset request hits: the address asked for, and the caller when it can be trusted. */
export function resetRequestBuckets(email: string, clientAddress: string | null): RateLimitBucket[] {
  return [{ key: `password-reset:${email}`, ...PER_EMAIL }, ...(clientAddress ? [{ key: `password-reset-address:${clientAddress}`, ...PER_ADDRESS }] : [])];
}

/**
 * Sends a reset link if the address has an account and no limit is reached; answers the same
 * sentence in every case (the caller shows PASSWORD_RESET_MESSAGES.sent). Returns whether a link
 * went out, for tests and logs only — never for the page.
 */
export async function requestPasswordReset(db: Db, input: { email: string; clientAddress: string | null; now?: Date }): Promise<{ sent: boolean }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    if (!(await hitRateLimits(tx, resetRequestBuckets(input.email, input.clientAddress), now))) {
      log.info("auth", "password reset request over its limit");
      return { sent: false };
    }
    const [user] = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.email, input.email));
    if (!user) return { sent: false };
    const expiresAt = new Date(now.getTime() + RESET_TTL_MINUTES * 60_000);
    const url = await issuePasswordLink(tx, user.id, { expiresAt, now });
    await enqueueEmail(tx, {
      to: user.email,
      template: EMAIL_TEMPLATES.passwordReset,
      email: renderPasswordResetEmail({ name: user.name, url, expiresText: formatDeadlineFr(expiresAt) }),
    });
    return { sent: true };
  });
}

/**
 * A single-use link to set the account's password (only its hash stored), inside the caller's
 * transaction: « Mot de passe oublié ? », and the first password of an admin another admin
 * created (lib/use-cases/admin-accounts.ts), whose link lives longer than an hour.
 */
export async function issuePasswordLink(tx: Executor, userId: string, input: { expiresAt: Date; now: Date }): Promise<string> {
  const token = newToken();
  await tx.insert(passwordResetTokens).values({ userId, tokenHash: hashToken(token), expiresAt: input.expiresAt, createdAt: input.now });
  return `${env.appUrl}${RESET_PATH}?t=${encodeURIComponent(token)}`;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Whether a reset link can still be used (the page checks before showing its form). */
export async function resetTokenUsable(db: Db, token: string, now: Date = new Date()): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)));
  return Boolean(row);
}

export type ResetPasswordResult = { ok: true } | { ok: false; field: "token" | "password" | "confirmation"; message: string };

/**
 * Sets the new password through a reset link, in one transaction: the link is locked, checked
 * (exists, unused, not expired) and spent; the password checked against the policy (an admin's
 * needs 12 characters); the account's other links spent too; its session version raised.
 */
export async function resetPassword(db: Db, input: { token: string; password: string; confirmation: string; now?: Date }): Promise<ResetPasswordResult> {
  const now = input.now ?? new Date();
  if (!TOKEN.test(input.token)) return { ok: false, field: "token", message: PASSWORD_RESET_MESSAGES.linkInvalid };
  return db.transaction(async (tx): Promise<ResetPasswordResult> => {
    const [link] = await tx.select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, hashToken(input.token))).for("update");
    if (!link || link.usedAt || link.expiresAt.getTime() <= now.getTime()) return { ok: false, field: "token", message: PASSWORD_RESET_MESSAGES.linkInvalid };
    const [user] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, link.userId)).for("update");
    if (!user) return { ok: false, field: "token", message: PASSWORD_RESET_MESSAGES.linkInvalid };
    const holder: PasswordHolder = user.role === "admin" ? "admin" : "customer";
    const problem = passwordProblem(input.password, holder);
    if (problem) return { ok: false, field: "password", message: problem };
    if (input.password !== input.confirmation) return { ok: false, field: "confirmation", message: PASSWORD_RESET_MESSAGES.confirmation };
    await tx.update(passwordResetTokens).set({ usedAt: now }).where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    const [row] = await tx.select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password), sessionVersion: (row?.v ?? 0) + 1, updatedAt: now })
      .where(eq(users.id, user.id));
    log.info("auth", "password reset: new password set, sessions ended", { userId: user.id });
    return { ok: true };
  });
}
