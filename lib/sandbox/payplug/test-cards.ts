/*
 * The emulator's own test cards (PayPlug publishes none we could use): DESIGN.md, "Sandbox: the
 * embedded default". Any other number passing the Luhn check is accepted after the SMS step.
 */

export type CardOutcome = "success" | "card_declined" | "insufficient_funds" | "fraud_suspected" | "processing_error";

export const TEST_CARDS: { number: string; outcome: CardOutcome; label: string }[] = [
  { number: "4242 4242 4242 4242", outcome: "success", label: "Acceptée après l'étape SMS 3-D Secure" },
  { number: "4000 0000 0000 0002", outcome: "card_declined", label: "Refusée : carte refusée (card_declined)" },
  { number: "4000 0000 0000 9995", outcome: "insufficient_funds", label: "Refusée : provision insuffisante (insufficient_funds)" },
  { number: "4100 0000 0000 0019", outcome: "fraud_suspected", label: "Refusée : suspicion de fraude (fraud_suspected)" },
  { number: "4000 0000 0000 0119", outcome: "processing_error", label: "Refusée : erreur de traitement (processing_error)" },
  {
    number: "4000 0000 0000 0341",
    outcome: "success",
    label: "Acceptée ; dans un paiement en plusieurs fois, les échéances suivantes sont refusées (insufficient_funds)",
  },
];

/** Last four digits of the test card whose later instalment charges are refused (installment plans). */
export const LATER_CHARGES_FAIL_LAST4 = "0341";

/** failure.message as PayPlug's API gives it (English, like every machine-facing text of the API). */
export const FAILURE_MESSAGES: Record<string, string> = {
  card_declined: "The card was declined by the bank.",
  insufficient_funds: "The card has insufficient funds.",
  fraud_suspected: "The payment was refused because fraud is suspected.",
  processing_error: "An error occurred while processing the card.",
  "3ds_declined": "3-D Secure authentication failed.",
  incorrect_number: "The card number is incorrect.",
  aborted: "The payment was aborted.",
  timeout: "The payer did not complete the payment in time.",
};

export function failureFor(code: string): { code: string; message: string } {
  return { code, message: FAILURE_MESSAGES[code] ?? "The payment failed." };
}

export function digitsOnly(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The scheme from the card number's first digits (BIN ranges), as PayPlug reports it in card.brand. */
export function brandFromNumber(digits: string): string {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith("4")) return "Visa";
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return "Mastercard";
  if (two === 34 || two === 37) return "American Express";
  if (two === 50 || (two >= 56 && two <= 69)) return "Maestro";
  return "CB";
}

export function outcomeForNumber(digits: string): CardOutcome {
  return TEST_CARDS.find((c) => digitsOnly(c.number) === digits)?.outcome ?? "success";
}

/** "+33612345678" → "06 •• •• •• 78" (French mobiles), other numbers keep only their last two digits. */
export function maskMobile(e164: string | null | undefined): string | null {
  if (!e164) return null;
  const m = /^\+33([67])\d{6}(\d{2})$/.exec(e164);
  if (m) return `0${m[1]} •• •• •• ${m[2]}`;
  const d = e164.replace(/\D/g, "");
  return d.length >= 4 ? `+${d.slice(0, 2)} •• •• •• ${d.slice(-2)}` : null;
}

/** "MM/AA" (or MM/AAAA) → month and 4-digit year, or an error in French. */
export function parseExpiry(input: string, now = new Date()): { month: number; year: number } | { error: string } {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input);
  if (!m) return { error: "Saisissez la date d'expiration au format MM/AA." };
  const month = Number(m[1]);
  const year = m[2]?.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  if (month < 1 || month > 12) return { error: "Le mois d'expiration doit être compris entre 01 et 12." };
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year * 12 + (month - 1) < current) return { error: "Cette carte est expirée." };
  return { month, year };
}
