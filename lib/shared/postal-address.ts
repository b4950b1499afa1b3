import { SHIPPING_COUNTRIES } from "@/lib/shared/countries";

/** A postal address as orders store it (jsonb). */
export type PostalAddress = {
  firstName: string;
  lastName: string;
  company?: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string; // ISO 3166-1 alpha-2
};

/** A postal address as it is written on an envelope, one line per item (the order page, e-mails). */
export function postalAddressLines(a: PostalAddress): string[] {
  const country = SHIPPING_COUNTRIES.find((c) => c.code === a.country)?.label ?? a.country;
  return [`${a.firstName} ${a.lastName}`.trim(), a.company, a.line1, a.line2, `${a.postalCode} ${a.city}`, country].filter(
    (line): line is string => typeof line === "string" && line.trim() !== "",
  );
}
