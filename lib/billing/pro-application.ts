import type { PostalAddress } from "@/lib/shared/postal-address";
import { checkSiret, checkVatNumber, compactId, isEuCountry } from "./company-ids";

/*
 * A company's application for a professional account (/pro/inscription), checked field by field
 * with French messages placed next to the field. Pure, unit-tested; the use case
 * (lib/use-cases/pro-accounts.ts) stores what this returns, never the raw form.
 *
 * What identifies the company depends on where it is:
 * - France (and Monaco, in the French VAT area): SIRET (SIREN derived) and VAT number whose key
 *   must match the SIREN;
 * - another EU country: its VAT number in that country's format (VIES is behind an interface, see
 *   company-ids.ts);
 * - elsewhere: a registration number.
 */

/** Countries a company may apply from, with their names in French. FR first, then the EU, then the rest. */
export const PRO_COUNTRIES: readonly { code: string; label: string }[] = [
  { code: "FR", label: "France" },
  { code: "MC", label: "Monaco" },
  { code: "DE", label: "Allemagne" },
  { code: "AT", label: "Autriche" },
  { code: "BE", label: "Belgique" },
  { code: "BG", label: "Bulgarie" },
  { code: "CY", label: "Chypre" },
  { code: "HR", label: "Croatie" },
  { code: "DK", label: "Danemark" },
  { code: "ES", label: "Espagne" },
  { code: "EE", label: "Estonie" },
  { code: "FI", label: "Finlande" },
  { code: "GR", label: "Grèce" },
  { code: "HU", label: "Hongrie" },
  { code: "IE", label: "Irlande" },
  { code: "IT", label: "Italie" },
  { code: "LV", label: "Lettonie" },
  { code: "LT", label: "Lituanie" },
  { code: "LU", label: "Luxembourg" },
  { code: "MT", label: "Malte" },
  { code: "NL", label: "Pays-Bas" },
  { code: "PL", label: "Pologne" },
  { code: "PT", label: "Portugal" },
  { code: "CZ", label: "Tchéquie" },
  { code: "RO", label: "Roumanie" },
  { code: "SK", label: "Slovaquie" },
  { code: "SI", label: "Slovénie" },
  { code: "SE", label: "Suède" },
  { code: "CH", label: "Suisse" },
  { code: "GB", label: "Royaume-Uni" },
  { code: "NO", label: "Norvège" },
  { code: "US", label: "États-Unis" },
  { code: "CA", label: "Canada" },
];

export function proCountryLabel(code: string): string {
  return PRO_COUNTRIES.find((c) => c.code === code)?.label ?? code;
}

/** Where French VAT rules put a company: France (Monaco included), another EU state, or outside. */
export type VatArea = "france" | "eu" | "outside";

export function vatAreaOf(countryCode: string): VatArea {
  if (countryCode === "FR" || countryCode === "MC") return "france";
  return isEuCountry(countryCode) ? "eu" : "outside";
}

export type ProApplicationFields = {
  companyName: string;
  country: string;
  siret: string;
  vatNumber: string;
  registrationNumber: string;
  contactName: string;
  contactEmail: string;
  phone: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
};

export type ProApplication = {
  companyName: string;
  country: string;
  siret: string | null;
  siren: string | null;
  vatNumber: string | null;
  registrationNumber: string | null;
  contactName: string;
  contactEmail: string;
  phone: string;
  billingAddress: PostalAddress;
};

export type ProApplicationCheck =
  | { ok: true; application: ProApplication }
  | { ok: false; errors: Partial<Record<keyof ProApplicationFields, string>> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .()-]{6,20}$/;

export function checkProApplication(fields: ProApplicationFields): ProApplicationCheck {
  const f = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v ?? "").trim()])) as ProApplicationFields;
  const errors: Partial<Record<keyof ProApplicationFields, string>> = {};

  if (f.companyName.length < 2) errors.companyName = "Indiquez la raison sociale de l'entreprise.";
  else if (f.companyName.length > 120) errors.companyName = "La raison sociale ne peut dépasser 120 caractères.";
  if (!PRO_COUNTRIES.some((c) => c.code === f.country)) errors.country = "Choisissez le pays de l'entreprise dans la liste.";
  const area = vatAreaOf(f.country);

  let siret: string | null = null;
  let siren: string | null = null;
  let vatNumber: string | null = null;
  let registrationNumber: string | null = null;
  if (!errors.country) {
    if (area === "france") {
      if (!f.siret) errors.siret = "Le SIRET est obligatoire pour une entreprise française (14 chiffres, sur votre extrait Kbis).";
      else {
        const check = checkSiret(f.siret);
        if (check.ok) ({ siret, siren } = check);
        else errors.siret = check.message;
      }
      if (!f.vatNumber) errors.vatNumber = "Le numéro de TVA intracommunautaire est obligatoire (FR suivi de 11 caractères).";
      else {
        const check = checkVatNumber(f.vatNumber, "FR", siren ? { siren } : {});
        if (check.ok) vatNumber = check.vatNumber;
        else errors.vatNumber = check.message;
      }
    } else if (area === "eu") {
      if (!f.vatNumber) errors.vatNumber = "Le numéro de TVA intracommunautaire est obligatoire pour une entreprise de l'Union européenne.";
      else {
        const check = checkVatNumber(f.vatNumber, f.country);
        if (check.ok) vatNumber = check.vatNumber;
        else errors.vatNumber = check.message;
      }
    } else {
      const number = compactId(f.registrationNumber);
      if (number.length < 4 || number.length > 30) errors.registrationNumber = "Indiquez le numéro d'immatriculation de l'entreprise dans son pays.";
      else registrationNumber = f.registrationNumber.replace(/\s+/g, " ");
    }
  }

  if (f.contactName.length < 2) errors.contactName = "Indiquez le nom de la personne à contacter.";
  if (!f.contactEmail) errors.contactEmail = "Indiquez l'adresse e-mail de la personne à contacter.";
  else if (!EMAIL.test(f.contactEmail) || f.contactEmail.length > 254) errors.contactEmail = "Cette adresse e-mail n'est pas valide (exemple : compta@entreprise.fr).";
  if (!f.phone) errors.phone = "Indiquez un numéro de téléphone.";
  else if (!PHONE.test(f.phone)) errors.phone = "Ce numéro de téléphone n'est pas valide (exemple : 04 72 00 00 00 ou +33 4 72 00 00 00).";
  if (f.line1.length < 3) errors.line1 = "Indiquez l'adresse de facturation (numéro et rue).";
  if (!f.postalCode) errors.postalCode = "Indiquez le code postal.";
  else if (area === "france" && !/^\d{5}$/.test(f.postalCode)) errors.postalCode = "Un code postal français compte 5 chiffres.";
  if (f.city.length < 1) errors.city = "Indiquez la ville.";

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const [firstName, ...rest] = f.contactName.split(/\s+/);
  return {
    ok: true,
    application: {
      companyName: f.companyName,
      country: f.country,
      siret,
      siren,
      vatNumber,
      registrationNumber,
      contactName: f.contactName,
      contactEmail: f.contactEmail.toLowerCase(),
      phone: f.phone,
      billingAddress: {
        firstName: firstName ?? "",
        lastName: rest.join(" "),
        company: f.companyName,
        line1: f.line1,
        ...(f.line2 ? { line2: f.line2 } : {}),
        postalCode: f.postalCode.toUpperCase(),
        city: f.city,
        country: f.country,
      },
    },
  };
}
