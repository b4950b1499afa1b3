/**
 * Mobile phone numbers for 3-D Secure 2: card providers want E.164 (+33612345678). French
 * customers type them in every way ("06 12 34 56 78", "+33 6…", "0033 6…", "+33 (0)6…").
 */

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

export const PHONE_MESSAGES = {
  required: "Indiquez votre numéro de téléphone mobile.",
  invalid: "Ce numéro de téléphone n'est pas valide.",
  notMobile: "Indiquez un numéro de mobile (commençant par 06 ou 07) : votre banque peut y envoyer un code.",
} as const;

export function normalisePhone(input: string): PhoneResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: PHONE_MESSAGES.required };
  if (!/^[+\d][\d\s.\-()/]*$/.test(trimmed)) return { ok: false, message: PHONE_MESSAGES.invalid };
  let digits = trimmed.replace(/\(0\)/g, "").replace(/[\s.\-()/]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;

  let national: string | null = null;
  if (digits.startsWith("+33")) national = digits.slice(3);
  else if (/^0\d{9}$/.test(digits)) national = digits.slice(1);

  if (national !== null) {
    if (!/^\d{9}$/.test(national)) return { ok: false, message: PHONE_MESSAGES.invalid };
    if (!/^[67]/.test(national)) return { ok: false, message: PHONE_MESSAGES.notMobile };
    return { ok: true, e164: `+33${national}` };
  }
  // Another country: accept a full international number as typed (E.164: up to 15 digits).
  if (/^\+[1-9]\d{7,14}$/.test(digits)) return { ok: true, e164: digits };
  return { ok: false, message: PHONE_MESSAGES.invalid };
}

/** +33612345678 → "06 12 34 56 78" for display; other numbers unchanged. */
export function formatPhoneForDisplay(e164: string): string {
  const m = /^\+33(\d{9})$/.exec(e164);
  if (!m) return e164;
  return `0${m[1]}`.replace(/(\d{2})(?=\d)/g, "$1 ");
}
