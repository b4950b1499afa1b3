import { z } from "zod";
import { CARRIERS, type Carrier } from "@/lib/db/schema";

/*
 * The French carriers whose public tracking page the shop knows, and the link to a parcel on it.
 * A carrier not listed is « Autre transporteur »: its name and link are typed by the admin (an
 * https link only, never a script). Pure.
 */

export const CARRIER_LABELS: Readonly<Record<Carrier, string>> = {
  colissimo: "La Poste / Colissimo",
  chronopost: "Chronopost",
  dpd: "DPD",
  gls: "GLS",
  ups: "UPS",
  mondial_relay: "Mondial Relay",
  other: "Autre transporteur",
};

/** Each known carrier's public tracking page, the parcel number URL-encoded into it. */
const TRACKING_PAGES: Readonly<Record<Exclude<Carrier, "other">, (n: string) => string>> = {
  colissimo: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}`,
  chronopost: (n) => `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${n}`,
  dpd: (n) => `https://trace.dpd.fr/fr/trace/${n}`,
  gls: (n) => `https://gls-group.com/FR/fr/suivi-colis?match=${n}`,
  ups: (n) => `https://www.ups.com/track?loc=fr_FR&tracknum=${n}`,
  mondial_relay: (n) => `https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=${n}`,
};

/** A tracking number as carriers print it, without the spaces people type: « 6a 123 456 » → « 6A123456 ». */
export function normaliseTrackingNumber(raw: string): string {
  return raw.replace(/[\s.]/g, "").toUpperCase();
}

export const TRACKING_NUMBER_PATTERN = /^[A-Z0-9-]{6,40}$/;

/** The link to a parcel on a known carrier's page; null for « other » (its link is typed). */
export function carrierTrackingUrl(carrier: Carrier, trackingNumber: string): string | null {
  if (carrier === "other") return null;
  return TRACKING_PAGES[carrier](encodeURIComponent(normaliseTrackingNumber(trackingNumber)));
}

/** What a parcel shows: the carrier's name as a person reads it. */
export function carrierDisplayName(shipment: { carrier: Carrier; carrierName: string | null }): string {
  return shipment.carrier === "other" ? shipment.carrierName?.trim() || CARRIER_LABELS.other : CARRIER_LABELS[shipment.carrier];
}

export const carrierField = z.enum(CARRIERS, { error: "Choisissez le transporteur." });

/** A typed tracking link: https only (it becomes a link in an e-mail and on the customer's page). */
export const typedTrackingUrlField = z
  .string()
  .trim()
  .max(500, "Le lien de suivi tient en 500 caractères au plus.")
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "Le lien de suivi doit être une adresse https://… complète.");
