import { describe, expect, it } from "vitest";
import { CARRIERS } from "@/lib/db/schema";
import { CARRIER_LABELS, carrierDisplayName, carrierTrackingUrl, normaliseTrackingNumber, TRACKING_NUMBER_PATTERN, typedTrackingUrlField } from "./carriers";

describe("carriers' tracking links", () => {
  it.each([
    ["colissimo", "6A12345678901", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"],
    ["chronopost", "XY123456789FR", "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=XY123456789FR"],
    ["dpd", "250012345678", "https://trace.dpd.fr/fr/trace/250012345678"],
    ["gls", "ZX12AB34", "https://gls-group.com/FR/fr/suivi-colis?match=ZX12AB34"],
    ["ups", "1Z999AA10123456784", "https://www.ups.com/track?loc=fr_FR&tracknum=1Z999AA10123456784"],
    ["mondial_relay", "12345678", "https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=12345678"],
  ] as const)("%s: %s → its public tracking page", (carrier, number, url) => {
    expect(carrierTrackingUrl(carrier, number)).toBe(url);
  });

  it("takes the number as people type it (spaces, dots, lower case) and never lets it break out of the URL", () => {
    expect(normaliseTrackingNumber(" 6a 123.456 78 ")).toBe("6A12345678");
    expect(carrierTrackingUrl("colissimo", "6a 1234 5678")).toBe("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678");
    expect(carrierTrackingUrl("dpd", "AB&x=<1>")).toBe("https://trace.dpd.fr/fr/trace/AB%26X%3D%3C1%3E");
    expect(TRACKING_NUMBER_PATTERN.test("AB&X=<1>")).toBe(false);
    expect(TRACKING_NUMBER_PATTERN.test("6A12345678")).toBe(true);
  });

  it("has no computed link for another carrier: its name and typed https link are used", () => {
    expect(carrierTrackingUrl("other", "ABC123456")).toBeNull();
    expect(carrierDisplayName({ carrier: "other", carrierName: "Transports Dupont" })).toBe("Transports Dupont");
    expect(carrierDisplayName({ carrier: "other", carrierName: null })).toBe("Autre transporteur");
    expect(carrierDisplayName({ carrier: "colissimo", carrierName: "ignored" })).toBe("La Poste / Colissimo");
    expect(typedTrackingUrlField.safeParse("https://suivi.example.fr/colis/1").success).toBe(true);
    expect(typedTrackingUrlField.safeParse("javascript:alert(1)").success).toBe(false);
    expect(typedTrackingUrlField.safeParse("http://suivi.example.fr").success).toBe(false);
  });

  it("labels every carrier in French", () => {
    for (const c of CARRIERS) expect(CARRIER_LABELS[c]).toMatch(/\S/);
  });
});
