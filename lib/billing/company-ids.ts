/*
 * French and EU company identifiers, checked offline. Pure, unit-tested. Used by the professional
 * application (issue 8): a SIRET (14 digits, Luhn), the SIREN derived from it (its first 9), the
 * French VAT number whose key is computed from the SIREN, and the VAT number format of each EU
 * country. Whether a VAT number is registered needs VIES, an online service: it sits behind the
 * VatNumberChecker interface, whose default here is the offline format check.
 */

/** Luhn's checksum over a string of digits (the one INSEE uses for SIREN and SIRET). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
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

/** Spaces, dots and dashes people type between groups of digits, removed. */
export function compactId(value: string): string {
  return value.replace(/[\s.\u00a0\u202f-]/g, "").toUpperCase();
}

// La Poste's establishments share the SIREN 356 000 000 and outnumber what Luhn's check digit
// allows: INSEE also accepts theirs when the sum of the 14 digits is a multiple of 5.
const LA_POSTE_SIREN = "356000000";

export type SiretCheck = { ok: true; siret: string; siren: string } | { ok: false; message: string };

export function checkSiret(input: string): SiretCheck {
  const siret = compactId(input);
  if (!/^\d{14}$/.test(siret)) return { ok: false, message: "Le SIRET compte 14 chiffres (9 pour le SIREN, puis 5 pour l'établissement)." };
  const siren = siret.slice(0, 9);
  const valid = luhnValid(siret) || (siren === LA_POSTE_SIREN && [...siret].reduce((s, d) => s + Number(d), 0) % 5 === 0);
  if (!valid || !luhnValid(siren)) return { ok: false, message: "Ce numéro SIRET n'est pas valide : vérifiez-le sur votre extrait Kbis ou avis de situation INSEE." };
  return { ok: true, siret, siren };
}

/** The two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
}

export function frenchVatNumber(siren: string): string {
  return `FR${frenchVatKey(siren)}${siren}`;
}

/** The VAT number formats of the EU member states (without the country prefix; Greece is EL). */
export const EU_VAT_FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** A country's ISO code as VAT numbers write it (Greece: GR → EL). */
export function vatPrefixOf(countryCode: string): string {
  return countryCode === "GR" ? "EL" : countryCode;
}

export function isEuCountry(countryCode: string): boolean {
  return vatPrefixOf(countryCode) in EU_VAT_FORMATS;
}

export type VatCheck = { ok: true; vatNumber: string } | { ok: false; message: string };

/**
 * An intra-community VAT number for a company of `countryCode`: its prefix, its country's format,
 * and for a French company the key computed from its SIREN.
 */
export function checkVatNumber(input: string, countryCode: string, options: { siren?: string } = {}): VatCheck {
  const vat = compactId(input);
  const prefix = vatPrefixOf(countryCode);
  const format = EU_VAT_FORMATS[prefix];
  if (!format) return { ok: false, message: "Le numéro de TVA intracommunautaire ne concerne que les entreprises de l'Union européenne." };
  if (!vat.startsWith(prefix)) return { ok: false, message: `Un numéro de TVA de ce pays commence par « ${prefix} ».` };
  if (!format.test(vat.slice(2))) return { ok: false, message: "Ce numéro de TVA n'a pas le format attendu pour ce pays : vérifiez-le sur une facture ou auprès de votre comptable." };
  if (prefix === "FR" && options.siren) {
    if (vat.slice(4) !== options.siren) return { ok: false, message: "Ce numéro de TVA ne correspond pas au SIREN de l'entreprise (ses 9 derniers chiffres)." };
    if (/^\d{2}$/.test(vat.slice(2, 4)) && vat.slice(2, 4) !== frenchVatKey(options.siren)) {
      return { ok: false, message: `La clé de ce numéro de TVA ne correspond pas au SIREN : le numéro attendu est ${frenchVatNumber(options.siren)}.` };
    }
  }
  return { ok: true, vatNumber: vat };
}

/** Whether a VAT number is registered: VIES online in production, the offline format check by default. */
export interface VatNumberChecker {
  check(vatNumber: string, countryCode: string): Promise<VatCheck>;
}

export const offlineVatNumberChecker: VatNumberChecker = {
  check: (vatNumber, countryCode) => Promise.resolve(checkVatNumber(vatNumber, countryCode)),
};
