import { describe, expect, it } from "vitest";
import { createMatcher, findReference, nameAppears, proposeMatches, slipNumberPattern, type MatchCandidate } from "./matching";

const order = (reference: string, dueCents: number, names: string[] = []): MatchCandidate => ({ kind: "order", id: reference, reference, fuzzy: true, dueCents, names, label: `Commande ${reference}` });
const invoice = (number: string, dueCents: number, names: string[] = []): MatchCandidate => ({ kind: "invoice", id: number, reference: number, fuzzy: false, dueCents, names, label: `Facture ${number}` });

const CANDIDATES = [
  order("CA-7K4M2QX9", 12500, ["Jeanne Martin"]),
  order("CA-3HWPN8RT", 6000, ["Marc Dupont"]),
  order("CA-Z9Y8X7W6", 8990, ["Paul Bernard"]),
  invoice("F-2026-000001", 25000, ["Atelier Durand SARL"]),
  invoice("F-2026-000002", 8990, ["Atelier Durand SARL"]),
];
const line = (amountCents: number, label: string, counterparty: string | null = null) => ({ amountCents, label, counterparty });

describe("proposeMatches", () => {
  it("exact: the reference in the label and the amount due", () => {
    const [first, ...rest] = proposeMatches(line(12500, "VIR SEPA RECU /DE JEANNE MARTIN /MOTIF CA-7K4M2QX9"), CANDIDATES);
    expect(first).toMatchObject({ candidate: { id: "CA-7K4M2QX9" }, basis: "reference", fit: "exact", differenceCents: 0 });
    expect(rest).toEqual([]);
  });

  it("partial: less than is due, by a mistyped reference (lower case, spaces, one character missing)", () => {
    const [first] = proposeMatches(line(4000, "VIR M DUPONT ca 3hwpn8r"), CANDIDATES);
    expect(first).toMatchObject({ candidate: { id: "CA-3HWPN8RT" }, basis: "reference_approx", fit: "partial", differenceCents: -2000 });
  });

  it.each(["CA-3HWPN8RX", "CA3HWPN8RTT", "ca-3hw pn8rt", "CA 3HWPN 8RT"])("finds a reference written « %s »", (written) => {
    expect(proposeMatches(line(6000, `VIREMENT ${written}`), CANDIDATES)[0]?.candidate.id).toBe("CA-3HWPN8RT");
  });

  it("two characters wrong is not the order", () => {
    expect(findReference("VIR CA-3HWPN8XX", "CA-3HWPN8RT", true)).toBeNull();
  });

  it("over: more than is due, by an invoice number", () => {
    const [first] = proposeMatches(line(30000, "VIR ATELIER DURAND FACTURE F-2026-000001"), CANDIDATES);
    expect(first).toMatchObject({ candidate: { kind: "invoice", id: "F-2026-000001" }, basis: "reference", fit: "over", differenceCents: 5000 });
  });

  it("an invoice number is never guessed from a neighbour: one digit off matches no invoice", () => {
    expect(findReference("FACTURE F-2026-000003", "F-2026-000002", false)).toBeNull();
    const proposals = proposeMatches(line(1234, "FACTURE F-2026-000003"), CANDIDATES);
    expect(proposals).toEqual([]);
  });

  it("without a reference: same amount and name first, then the same amount, as suggestions", () => {
    const proposals = proposeMatches(line(8990, "VIR SEPA RECU", "ATELIER DURAND"), CANDIDATES);
    expect(proposals.map((p) => [p.candidate.id, p.basis])).toEqual([
      ["F-2026-000002", "amount_and_name"],
      ["CA-Z9Y8X7W6", "amount"],
      ["F-2026-000001", "name"],
    ]);
  });

  it("without a reference nor the amount: the name, closest amount first", () => {
    const proposals = proposeMatches(line(20000, "VIR ATELIER DURAND"), CANDIDATES);
    expect(proposals.map((p) => [p.candidate.id, p.fit])).toEqual([
      ["F-2026-000001", "partial"],
      ["F-2026-000002", "over"],
    ]);
  });

  it("unmatched: nothing in common; and a debit pays nothing", () => {
    expect(proposeMatches(line(777, "VIR SEPA INCONNU"), CANDIDATES)).toEqual([]);
    expect(proposeMatches(line(-12500, "CA-7K4M2QX9"), CANDIDATES)).toEqual([]);
  });

  it("names: every significant word, legal forms aside, accents and case ignored", () => {
    expect(nameAppears("VIR DE MME JÉANNE MARTIN", "Jeanne Martin")).toBe(true);
    expect(nameAppears("VIR DE JEANNE", "Jeanne Martin")).toBe(false);
    expect(nameAppears("ATELIER DURAND", "Atelier Durand SARL")).toBe(true);
    expect(nameAppears("SARL", "SARL")).toBe(false);
  });
});

describe("deposit slips", () => {
  const slip = (n: number, totalCents: number): MatchCandidate => ({ kind: "slip", id: `slip-${n}`, reference: "", fuzzy: false, dueCents: totalCents, names: [], label: `Remise de chèques n° ${n}`, pattern: slipNumberPattern(n) });

  it.each([
    ["REMISE CHEQUES N° 0000012", true],
    ["REM CHQ 12", true],
    ["Remise de 3 chèques bordereau 12", true],
    ["REMISE CHEQUES 120", false],
    ["REMISE CHEQUES 112", false],
    ["VIR SEPA 12", false],
    ["REMISE CHEQUES", false],
  ])("the number of slip 12 in %s: %s", (label, found) => {
    expect(slipNumberPattern(12).test(label.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase())).toBe(found);
  });

  it("by its number whatever the amount (a different total is not exact), else by its total as a suggestion", () => {
    const candidates = [slip(12, 120000), slip(13, 4580), order("CA-7K4M2QX9", 120000)];
    expect(proposeMatches(line(120000, "REMISE CHEQUES N 12"), candidates).map((p) => [p.candidate.id, p.basis, p.fit])).toEqual([["slip-12", "reference", "exact"]]);
    expect(proposeMatches(line(110000, "REMISE CHEQUES N 12"), candidates).map((p) => [p.candidate.id, p.basis, p.fit])).toEqual([["slip-12", "reference", "partial"]]);
    expect(proposeMatches(line(4580, "REMISE CHEQUES"), candidates).map((p) => [p.candidate.id, p.basis, p.fit])).toEqual([["slip-13", "amount", "exact"]]);
    expect(proposeMatches(line(4581, "REMISE CHEQUES"), candidates)).toEqual([]);
  });
});

describe("createMatcher at scale", () => {
  it("finds a mistyped reference among 20 000 orders waiting, for 300 lines, quickly", () => {
    const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    const many = Array.from({ length: 20_000 }, (_, i) => order(`CA-${Array.from({ length: 8 }, () => alphabet[next()]).join("")}`, 1000 + i, [`Client ${i}`]));
    const target = many[12_345]!;
    const mistyped = target.reference.toLowerCase().replace("-", " ").slice(0, -1);
    const propose = createMatcher(many);
    const started = performance.now();
    for (let i = 0; i < 299; i++) propose(line(5, `VIR SEPA RECU /DE QUELQU UN /MOTIF FACTURE DU MOIS ${i} MERCI BEAUCOUP`));
    const [first] = propose(line(target.dueCents, `VIR SEPA RECU /DE CLIENT /MOTIF ${mistyped}`));
    expect(first).toMatchObject({ candidate: { id: target.id }, basis: "reference_approx", fit: "exact" });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
