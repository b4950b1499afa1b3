import { describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { chequeInstructions, formatIban, offlineInstructionsFor, transferInstructions } from "./offline-instructions";

describe("offline instructions", () => {
  it("formats an IBAN in groups of four", () => {
    expect(formatIban("FR7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect(formatIban("fr76 3000 6000 0112 3456 7890 189")).toBe("FR76 3000 6000 0112 3456 7890 189");
  });

  it("gives the configured bank details, the amount and the reference for a transfer", () => {
    const t = transferInstructions({ reference: "CA-ABCDEFGH", amountCents: 3180 });
    expect(t).toMatchObject({ kind: "transfer", holder: env.bank.holder, iban: env.bank.iban, bic: env.bank.bic, bankName: env.bank.bankName, amountCents: 3180, reference: "CA-ABCDEFGH" });
    expect(t.ibanDisplay.replace(/ /g, "")).toBe(env.bank.iban);
  });

  it("gives payee and postal address for a cheque", () => {
    const c = chequeInstructions({ reference: "CA-ABCDEFGH", amountCents: 3180 });
    expect(c.payee).toBe(env.cheque.payee);
    expect(c.addressLines.length).toBeGreaterThanOrEqual(2);
    expect(c.addressLines.join("\n")).toContain("Lyon");
  });

  it("has nothing for online methods", () => {
    expect(offlineInstructionsFor("card", { reference: "CA-ABCDEFGH", amountCents: 1 })).toBeNull();
  });
});
