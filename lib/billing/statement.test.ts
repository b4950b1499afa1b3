import { describe, expect, it } from "vitest";
import type { DocumentParty, SellerParty } from "@/lib/billing/invoice-document";
import { buildStatement, type StatementEntry } from "@/lib/billing/statement";

const address = { lines: ["1 rue A"], postalCode: "69001", city: "Lyon", country: "FR" };
const company: DocumentParty = { name: "Client SARL", siren: "443061841", siret: null, vatNumber: null, registrationNumber: null, address, email: null, contact: null, phone: null };
const seller: SellerParty = { ...company, name: "Boutique SAS", legalForm: "SAS", shareCapital: "10 000 €", registration: null, iban: null, bic: null };

const entry = (day: string, kind: StatementEntry["kind"], amountCents: number, reference = `${kind}-${day}`): StatementEntry => ({ day, kind, reference, label: kind, amountCents });

const statement = (entries: StatementEntry[], from = "2026-11-01", to = "2026-11-30") => buildStatement({ seller, company, from, to, issuedOn: "2026-12-01", entries });

describe("buildStatement", () => {
  it("an empty period: the opening balance carried to the close, no line", () => {
    const s = statement([entry("2026-10-05", "invoice", 12_000), entry("2026-10-20", "payment", 2_000)]);
    expect(s).toMatchObject({ openingBalanceCents: 10_000, lines: [], totalDebitCents: 0, totalCreditCents: 0, closingBalanceCents: 10_000 });
  });

  it("no entries at all", () => {
    expect(statement([])).toMatchObject({ openingBalanceCents: 0, lines: [], closingBalanceCents: 0 });
  });

  it("entries on the first and last day belong to the period; the day before and after do not", () => {
    const s = statement([
      entry("2026-10-31", "invoice", 100),
      entry("2026-11-01", "invoice", 1_000),
      entry("2026-11-30", "payment", 400),
      entry("2026-12-01", "invoice", 99_999),
    ]);
    expect(s.openingBalanceCents).toBe(100);
    expect(s.lines.map((l) => [l.day, l.debitCents, l.creditCents, l.balanceCents])).toEqual([
      ["2026-11-01", 1_000, 0, 1_100],
      ["2026-11-30", 0, 400, 700],
    ]);
    expect(s.closingBalanceCents).toBe(700);
  });

  it("a running balance through invoices, credit notes, payments and a refund, in date order whatever the input order", () => {
    const s = statement([
      entry("2026-11-20", "payment", 5_000, "VIR-2"),
      entry("2026-11-03", "invoice", 12_050, "F-2026-000010"),
      entry("2026-11-10", "credit_note", 1_780, "A-2026-000002"),
      entry("2026-11-25", "refund", 500, "RB-1"),
    ]);
    expect(s.lines.map((l) => [l.reference, l.balanceCents])).toEqual([
      ["F-2026-000010", 12_050],
      ["A-2026-000002", 10_270],
      ["VIR-2", 5_270],
      ["RB-1", 5_770],
    ]);
    expect(s).toMatchObject({ totalDebitCents: 12_550, totalCreditCents: 6_780, closingBalanceCents: 5_770 });
    expect(s.openingBalanceCents + s.totalDebitCents - s.totalCreditCents).toBe(s.closingBalanceCents);
  });

  it("an overpayment leaves a credit balance (negative), kept from one period to the next", () => {
    const entries = [entry("2026-11-03", "invoice", 10_000), entry("2026-11-15", "payment", 12_500)];
    expect(statement(entries).closingBalanceCents).toBe(-2_500);
    const next = statement([...entries, entry("2026-12-02", "invoice", 4_000)], "2026-12-01", "2026-12-31");
    expect(next.openingBalanceCents).toBe(-2_500);
    expect(next.closingBalanceCents).toBe(1_500);
  });

  it("on one day, the invoice comes before the payment that settles it", () => {
    const s = statement([entry("2026-11-05", "payment", 3_000), entry("2026-11-05", "invoice", 3_000)]);
    expect(s.lines.map((l) => [l.kind, l.balanceCents])).toEqual([
      ["invoice", 3_000],
      ["payment", 0],
    ]);
  });

  it("refuses what is not a statement", () => {
    expect(() => statement([], "2026-11-30", "2026-11-01")).toThrow(/ends before/);
    expect(() => statement([entry("2026-11-05", "payment", -3)])).toThrow(/positive cents/);
    expect(() => statement([entry("2026-11-05", "payment", 1.5)])).toThrow(/positive cents/);
    expect(() => statement([entry("5/11/2026", "payment", 1)])).toThrow(/calendar day/);
  });
});
