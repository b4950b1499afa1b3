import { describe, expect, it } from "vitest";
import { checkProApplication, vatAreaOf, type ProApplicationFields } from "./pro-application";

const french: ProApplicationFields = {
  companyName: "Institut Beauté Paul",
  country: "FR",
  siret: "552 100 554 00013",
  vatNumber: "FR 96 552100554",
  registrationNumber: "",
  contactName: "Paul Martin",
  contactEmail: "Compta@Institut.fr",
  phone: "04 72 00 00 00",
  line1: "8 cours Mirabeau",
  line2: "",
  postalCode: "13100",
  city: "Aix-en-Provence",
};

describe("checkProApplication", () => {
  it("accepts a French company, derives the SIREN and compacts the numbers", () => {
    const r = checkProApplication(french);
    expect(r).toMatchObject({ ok: true, application: { siret: "55210055400013", siren: "552100554", vatNumber: "FR96552100554", contactEmail: "compta@institut.fr" } });
  });

  it("refuses a bad SIRET, and a VAT number whose key or SIREN does not match, next to the field", () => {
    expect(checkProApplication({ ...french, siret: "55210055400014" })).toMatchObject({ ok: false, errors: { siret: expect.stringContaining("pas valide") as unknown } });
    expect(checkProApplication({ ...french, vatNumber: "FR41552100554" })).toMatchObject({ ok: false, errors: { vatNumber: expect.stringContaining("FR96552100554") as unknown } });
    expect(checkProApplication({ ...french, vatNumber: "" })).toMatchObject({ ok: false, errors: { vatNumber: expect.any(String) as unknown } });
  });

  it("asks a company of another EU state for its VAT number in that state's format, not a SIRET", () => {
    const belgian = { ...french, country: "BE", siret: "", vatNumber: "BE0123456789", postalCode: "1000", city: "Bruxelles" };
    expect(checkProApplication(belgian)).toMatchObject({ ok: true, application: { siret: null, vatNumber: "BE0123456789" } });
    expect(checkProApplication({ ...belgian, vatNumber: "BE123" })).toMatchObject({ ok: false, errors: { vatNumber: expect.any(String) as unknown } });
  });

  it("asks a company outside the EU for a registration number", () => {
    const swiss = { ...french, country: "CH", siret: "", vatNumber: "", registrationNumber: "CHE-123.456.789", postalCode: "1200", city: "Genève" };
    expect(checkProApplication(swiss)).toMatchObject({ ok: true, application: { registrationNumber: "CHE-123.456.789", vatNumber: null } });
    expect(checkProApplication({ ...swiss, registrationNumber: "" })).toMatchObject({ ok: false, errors: { registrationNumber: expect.any(String) as unknown } });
  });

  it("refuses missing contact details and an unknown country with one message per field", () => {
    const r = checkProApplication({ ...french, country: "XX", contactEmail: "pas-une-adresse", phone: "abc", line1: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["contactEmail", "country", "line1", "phone"]);
  });
});

describe("vatAreaOf", () => {
  it("puts Monaco with France, Greece in the EU, Switzerland outside", () => {
    expect(vatAreaOf("MC")).toBe("france");
    expect(vatAreaOf("GR")).toBe("eu");
    expect(vatAreaOf("CH")).toBe("outside");
  });
});
