import "server-only";
import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import { generateSecret, generateURI, verify } from "otplib";
import type { Executor } from "@/lib/db/client";
import { recoveryCodes, users, type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { hashToken, randomSymbols } from "@/lib/shared/tokens";
import { clearRateLimit, hitRateLimit } from "./rate-limit";

/*
 * Admins' second factor: TOTP (RFC 6238: 6 digits, 30-second steps, SHA-1, the settings every
 * authenticator app expects) through otplib, or one of ten one-time recovery codes.
 * - A code is accepted once: the step of the last accepted code is kept (users.totp_last_step) and
 *   only a later step is accepted, through a conditional UPDATE so two requests racing with the
 *   same code cannot both win.
 * - One step either side of now is accepted: phones' clocks drift, and a code typed at the end of
 *   its 30 seconds arrives in the next step.
 * - Wrong codes count against a fixed window per account (rate_limits): 6 digits are a million
 *   values, 5 tries per 15 minutes make guessing hopeless. A success clears the counter.
 * - Recovery codes have 50 bits of randomness (10 symbols of a 31-letter alphabet), so a plain
 *   SHA-256 is enough to store them: no one can try 2^50 hashes against a leaked table in time.
 */

export const SECOND_FACTOR_LIMIT = { limit: 5, windowSeconds: 15 * 60 } as const;
export const RECOVERY_CODE_COUNT = 10;
const TOTP_TOLERANCE_SECONDS = 30;
const RECOVERY_CODE_LENGTH = 10;

/** Error codes the sign-in form receives (?error=…); French text in sign-in-messages.ts. */
export const SECOND_FACTOR_ERROR_CODES = {
  required: "SecondFactorRequired",
  invalid: "SecondFactorInvalid",
  rateLimited: "SecondFactorTooManyAttempts",
} as const;

export type SecondFactorErrorCode = (typeof SECOND_FACTOR_ERROR_CODES)[keyof typeof SECOND_FACTOR_ERROR_CODES];

/** What the person typed, read as a TOTP code (6 digits, spaces allowed) or a recovery code (dash and case free). */
export function readSecondFactorCode(raw: unknown): { kind: "totp" | "recovery"; code: string } | null {
  if (typeof raw !== "string") return null;
  const compact = raw.replace(/[\s-]/g, "").toUpperCase();
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  if (compact.length === RECOVERY_CODE_LENGTH && /^[0-9A-Z]+$/.test(compact)) return { kind: "recovery", code: compact };
  return null;
}

/** The step of `code` if it is valid now and later than the last accepted one, else null. */
export async function acceptedTotpStep(secret: string, code: string, lastStep: number | null, nowSeconds: number): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: nowSeconds,
    epochTolerance: TOTP_TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

/** Records `step` as used unless a later or equal one already is; false when another request won. */
async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

async function spendRecoveryCode(db: Executor, userId: string, code: string, now: Date): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashToken(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export type SecondFactorResult = { ok: true; role: UserRole } | { ok: false; code: SecondFactorErrorCode };

/**
 * The sign-in's second step, after the password was right: nothing to do for an account without
 * TOTP; otherwise the code typed must be a fresh TOTP code or an unused recovery code.
 */
export async function verifySecondFactor(db: Executor, userId: string, rawCode: unknown, now = new Date()): Promise<SecondFactorResult> {
  const [user] = await db
    .select({ role: users.role, secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { ok: false, code: SECOND_FACTOR_ERROR_CODES.invalid };
  if (!user.enabledAt || !user.secret) return { ok: true, role: user.role };
  if (typeof rawCode !== "string" || rawCode.trim() === "") return { ok: false, code: SECOND_FACTOR_ERROR_CODES.required };
  const key = `2fa:${userId}`;
  const limit = await hitRateLimit(db, { key, ...SECOND_FACTOR_LIMIT, now });
  if (!limit.allowed) return { ok: false, code: SECOND_FACTOR_ERROR_CODES.rateLimited };
  const typed = readSecondFactorCode(rawCode);
  let ok = false;
  if (typed?.kind === "totp") {
    const step = await acceptedTotpStep(user.secret, typed.code, user.lastStep, Math.floor(now.getTime() / 1000));
    ok = step !== null && (await claimTotpStep(db, userId, step));
  } else if (typed?.kind === "recovery") {
    ok = await spendRecoveryCode(db, userId, typed.code, now);
  }
  if (!ok) return { ok: false, code: SECOND_FACTOR_ERROR_CODES.invalid };
  await clearRateLimit(db, key);
  return { ok: true, role: user.role };
}

export type SecondFactorStatus =
  | { enabled: true; enabledAt: Date; recoveryCodesLeft: number }
  | { enabled: false; secret: string; uri: string };

/**
 * What /admin/securite shows: the state of an enabled factor, or the secret being set up. The
 * pending secret is created on first view and kept until confirmed, so reloading the page shows
 * the same key as the app already holds.
 */
export async function secondFactorStatus(db: Executor, user: { id: string; email: string }): Promise<SecondFactorStatus> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt, pending: users.totpPendingSecret }).from(users).where(eq(users.id, user.id));
  if (row?.enabledAt) {
    const [left] = await db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
    return { enabled: true, enabledAt: row.enabledAt, recoveryCodesLeft: left?.n ?? 0 };
  }
  let secret = row?.pending ?? null;
  if (!secret) {
    const fresh = generateSecret();
    // Two tabs opening the page at once: the first secret written wins, both show it.
    const [kept] = await db
      .update(users)
      .set({ totpPendingSecret: fresh })
      .where(and(eq(users.id, user.id), isNull(users.totpPendingSecret)))
      .returning({ secret: users.totpPendingSecret });
    secret = kept?.secret ?? (await db.select({ s: users.totpPendingSecret }).from(users).where(eq(users.id, user.id)))[0]?.s ?? fresh;
  }
  return { enabled: false, secret, uri: totpUri(secret, user.email) };
}

/** The otpauth:// URI an authenticator app reads (from the QR code, or pasted). */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: `${env.merchant.name} (Caisse)`, label: email, secret });
}

/** Ten fresh recovery codes such as "7K4M2-QX9AB", to show once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const s = randomSymbols(RECOVERY_CODE_LENGTH);
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/** Replaces an account's recovery codes (the old ones stop working); returns the new ones in clear, once. */
export async function replaceRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashToken(c.replace("-", "")) })));
  return codes;
}

export type EnableTotpResult = { ok: true; recoveryCodes: string[] } | { ok: false; message: string };

export const ENROLMENT_MESSAGES = {
  invalid: "Ce code ne correspond pas. Vérifiez l'heure du téléphone et saisissez le code affiché maintenant dans l'application.",
  rateLimited: "Trop de codes erronés. Réessayez dans quelques minutes.",
  expired: "La clé a changé entre-temps : rechargez la page et recommencez.",
} as const;

/**
 * Turns the pending secret into the account's second factor once the admin proves their app
 * computes the same codes, and issues ten recovery codes. One transaction: an account never ends
 * up with a factor and no codes, or codes for a factor it does not have.
 */
export async function enableTotp(db: Executor, userId: string, rawCode: unknown, now = new Date()): Promise<EnableTotpResult> {
  const key = `2fa:${userId}`;
  const limit = await hitRateLimit(db, { key, ...SECOND_FACTOR_LIMIT, now });
  if (!limit.allowed) return { ok: false, message: ENROLMENT_MESSAGES.rateLimited };
  const [row] = await db.select({ pending: users.totpPendingSecret }).from(users).where(eq(users.id, userId));
  if (!row?.pending) return { ok: false, message: ENROLMENT_MESSAGES.expired };
  const typed = readSecondFactorCode(rawCode);
  const step = typed?.kind === "totp" ? await acceptedTotpStep(row.pending, typed.code, null, Math.floor(now.getTime() / 1000)) : null;
  if (step === null) return { ok: false, message: ENROLMENT_MESSAGES.invalid };
  const codes = await db.transaction(async (tx) => {
    const [enabled] = await tx
      .update(users)
      .set({ totpSecret: row.pending, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step })
      .where(and(eq(users.id, userId), eq(users.totpPendingSecret, row.pending!)))
      .returning({ id: users.id });
    return enabled ? replaceRecoveryCodes(tx, userId) : null;
  });
  if (!codes) return { ok: false, message: ENROLMENT_MESSAGES.expired };
  await clearRateLimit(db, key);
  return { ok: true, recoveryCodes: codes };
}

/**
 * Takes an admin's second factor away (lost phone and no recovery code left): npm run
 * admin:reset-2fa, run by someone with access to the server. On a real shop the admin then
 * enrols again at their next sign-in. False when there is no such admin.
 */
export async function resetSecondFactor(db: Executor, email: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null })
      .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.role, "admin")))
      .returning({ id: users.id });
    if (!user) return false;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    return true;
  });
}
