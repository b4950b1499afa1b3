import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

/*
 * Password rules after OWASP ASVS 5.0, chapter V6.2 (length over composition):
 * - V6.2.1: at least 8 characters (15 recommended): 8 for customers, 12 for admins, who hold the
 *   keys to every order and refund;
 * - V6.2.9: at least 64 characters allowed: we take up to 128;
 * - V6.2.5: no composition rule (no "one digit, one capital"): any printable Unicode, spaces and
 *   emoji included; only control characters, which no keyboard types, are refused;
 * - V6.2.8: the password is checked exactly as typed (never trimmed, truncated or lower-cased);
 * - V6.2.4 / V6.2.12: refused when it is in a list of common passwords, here the 49 000 most
 *   frequent of the breached-password lists compiled by zxcvbn-ts (@zxcvbn-ts/language-common,
 *   "passwords-common"), compared case-insensitively so "Password123" counts as "password123".
 * Lengths count characters as a person sees them (code points), not UTF-16 units.
 */

export const PASSWORD_MIN_LENGTH = { admin: 12, customer: 8 } as const;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordHolder = keyof typeof PASSWORD_MIN_LENGTH;

let common: Set<string> | undefined;

/** True when the password is one of the common (breached) passwords, whatever its case. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

// C0 and C1 control characters (and DEL): not printable, and a sign of pasted garbage.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const PASSWORD_MESSAGES = {
  required: "Choisissez un mot de passe.",
  tooShort: (min: number) => `Le mot de passe doit contenir au moins ${min} caractères.`,
  tooLong: `Le mot de passe doit contenir ${PASSWORD_MAX_LENGTH} caractères au plus.`,
  control: "Le mot de passe contient un caractère invisible (tabulation, retour à la ligne…) : retirez-le.",
  common: "Ce mot de passe fait partie des plus courants (listes de mots de passe divulgués) : choisissez-en un autre, par exemple une phrase de plusieurs mots.",
} as const;

/** The French reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, holder: PasswordHolder): string | null {
  const length = [...password].length;
  const min = PASSWORD_MIN_LENGTH[holder];
  if (length === 0) return PASSWORD_MESSAGES.required;
  if (length < min) return PASSWORD_MESSAGES.tooShort(min);
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  if (CONTROL.test(password)) return PASSWORD_MESSAGES.control;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}

/** The zod field for a new password, with its French messages. */
export function newPasswordSchema(holder: PasswordHolder) {
  return z.string({ error: PASSWORD_MESSAGES.required }).superRefine((password, ctx) => {
    const problem = passwordProblem(password, holder);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}
