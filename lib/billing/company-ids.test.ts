import { describe, expect, it } from "vitest";
import { checkSiret, checkVatNumber, frenchVatKey, isEuCountry, luhnValid, offlineVatNumberChecker } from "./company-ids";

describe("SIRET and SIREN", () => {
  it.each([
    ["54205118000066", "542051180"],
    ["732 829 320 00074", "732829320"],
    ["120.027.016-00357", "120027016"],
    // La Poste: its head office passes Luhn, its other establishments the sum-of-digits rule.
    ["35600000000048", "356000000"],
    ["35600000049837", "356000000"],
  ])("accepts %s (SIREN %s)", (input, siren) => {
    expect(checkSiret(input)).toEqual({ ok: true, siret: input.replace(/\D/g, ""), siren });
  });

  it.each([
    ["54205118000067", /pas valide/],
    ["35600000049838", /pas valide/],
    ["5420511800006", /14 chiffres/],
    ["5420511800006A", /14 chiffres/],
    ["", /14 chiffres/],
  ])("refuses %s in French", (input, message) => {
    const check = checkSiret(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it("Luhn over digits only", () => {
    expect(luhnValid("542051180")).toBe(true);
    expect(luhnValid("542051181")).toBe(false);
    expect(luhnValid("54a")).toBe(false);
  });
});

describe("VAT numbers", () => {
  it("computes the French key from the SIREN", () => {
    expect(frenchVatKey("542051180")).toBe("59");
    expect(frenchVatKey("356000000")).toBe("39");
    // A key below 10 keeps its leading zero.
    expect(frenchVatKey("000000002")).toBe("18");
    expect(frenchVatKey("404833048")).toMatch(/^\d{2}$/);
  });

  it("accepts a French number whose key and SIREN match the company's", () => {
    expect(checkVatNumber("FR 59 542051180", "FR", { siren: "542051180" })).toEqual({ ok: true, vatNumber: "FR59542051180" });
  });

  it.each([
    ["FR60542051180", "FR", { siren: "542051180" }, /clé.*FR59542051180/],
    ["FR59542051181", "FR", { siren: "542051180" }, /SIREN/],
    ["DE59542051180", "FR", {}, /commence par « FR »/],
    ["FR5954205118", "FR", {}, /format/],
  ])("refuses %s", (input, country, options, message) => {
    const check = checkVatNumber(input, country, options);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it.each([
    ["DE123456789", "DE"],
    ["BE0123456789", "BE"],
    ["NL123456789B01", "NL"],
    ["EL123456789", "GR"],
    ["ATU12345678", "AT"],
    ["ESX1234567X", "ES"],
    ["IE1234567WA", "IE"],
  ])("accepts the EU format %s (%s)", (input, country) => {
    expect(checkVatNumber(input, country)).toMatchObject({ ok: true });
  });

  it("refuses a wrong format for the country, and any VAT number outside the EU", () => {
    expect(checkVatNumber("DE12345678", "DE")).toMatchObject({ ok: false });
    expect(checkVatNumber("NL123456789", "NL")).toMatchObject({ ok: false });
    expect(checkVatNumber("CHE123456789", "CH")).toMatchObject({ ok: false, message: expect.stringMatching(/Union européenne/) as unknown });
    expect(isEuCountry("GR")).toBe(true);
    expect(isEuCountry("CH")).toBe(false);
  });

  it("the default checker is the offline format check (VIES needs the internet)", async () => {
    expect(await offlineVatNumberChecker.check("DE123456789", "DE")).toMatchObject({ ok: true });
    expect(await offlineVatNumberChecker.check("DE1234", "DE")).toMatchObject({ ok: false });
  });
});
