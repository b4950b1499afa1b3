import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cfonbAmountToCents } from "./cfonb120";
import { frenchAmountToCents, guessCsvMapping, headerSignature, parseCsvStatement, readCsvTable } from "./csv";
import { decodeStatement, detectFormat, MAX_STATEMENT_BYTES, parseSelfDescribing } from "./read-statement";
import { isShopAccount, keyLines, StatementError, type ParsedStatement } from "./statement";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/bank");
const SHOP_IBAN = "FR7630006000011234567890189";
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function read(name: string): ParsedStatement {
  const text = decodeStatement(fixture(name));
  const format = detectFormat(text);
  if (format === "csv") {
    const table = readCsvTable(text);
    return parseCsvStatement(table, guessCsvMapping(table.header)!);
  }
  return parseSelfDescribing(text, format);
}

function errorOf(fn: () => unknown): StatementError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatementError) return error;
    throw error;
  }
  throw new Error("no StatementError thrown");
}

const amounts = (s: ParsedStatement) => s.lines.map((l) => l.amountCents);

describe("CFONB 120", () => {
  it.each([
    ["0000000001250{", 2, 12500],
    ["0000000001250}", 2, -12500],
    ["0000000000352J", 2, -3521],
    ["0000000000899I", 2, 8999],
    ["0000000000012E", 0, 12500],
    ["0000000012500{", 3, 12500],
  ])("reads the amount %s with %i decimals as %i cents", (field, decimals, cents) => {
    expect(cfonbAmountToCents(field, decimals, "test")).toBe(cents);
  });

  it("reads movements, their complements (05) and the account, and skips the balances", () => {
    const s = read("releve.cfonb120.txt");
    expect(s.format).toBe("cfonb120");
    expect(s.account).toEqual({ iban: null, bankCode: "30006", branchCode: "00001", accountNumber: "12345678901" });
    expect(amounts(s)).toEqual([12500, 4000, 8990, -3520, 25000]);
    expect(s.lines[0]).toMatchObject({ bookedOn: "2026-12-02", valueOn: "2026-12-02", counterparty: "JEANNE MARTIN", bankReference: null });
    expect(s.lines[0]!.label).toContain("CA-7K4M2QX9");
    expect(s.lines[1]!.label).toContain("ca 3hwpn8r");
    expect(isShopAccount(s.account, SHOP_IBAN)).toBe(true);
  });

  it("refuses another account, a bad sign character, a line over 120 characters", () => {
    expect(isShopAccount(read("autre-compte.cfonb120.txt").account, SHOP_IBAN)).toBe(false);
    const bad = errorOf(() => read("malforme.cfonb120.txt"));
    expect(bad.code).toBe("malformed");
    expect(bad.message).toMatch(/ligne 2 : montant/);
    const long = `${readFileSync(path.join(FIXTURES, "releve.cfonb120.txt"), "utf8").split("\r\n")[0]}XX`;
    expect(errorOf(() => parseSelfDescribing(long, "cfonb120")).message).toMatch(/plus de 120 caractères/);
  });
});

describe("CAMT.053", () => {
  it("reads booked entries with their direction, references, remittance and debtor", () => {
    const s = read("releve.camt053.xml");
    expect(s.format).toBe("camt053");
    expect(s.account.iban).toBe(SHOP_IBAN);
    // The pending entry (Sts PDNG) is not a movement yet.
    expect(amounts(s)).toEqual([12500, 4000, 8990, -3520, 25000]);
    expect(s.lines[0]).toMatchObject({ bookedOn: "2026-12-02", bankReference: "2026120200012345", counterparty: "JEANNE MARTIN" });
    expect(s.lines[0]!.label).toContain("CA-7K4M2QX9");
    expect(s.lines[2]!.counterparty).toBe("ATELIER DURAND & FILS");
    expect(s.lines[3]!.counterparty).toBe("EDF");
  });

  it("refuses another account and malformed XML", () => {
    expect(isShopAccount(read("autre-compte.camt053.xml").account, SHOP_IBAN)).toBe(false);
    expect(errorOf(() => read("malforme.camt053.xml")).code).toBe("malformed");
  });

  it("refuses an entry in another currency", () => {
    const text = readFileSync(path.join(FIXTURES, "releve.camt053.xml"), "utf8").replace('<Amt Ccy="EUR">40.00', '<Amt Ccy="USD">40.00');
    expect(errorOf(() => parseSelfDescribing(text, "camt053")).code).toBe("currency");
  });
});

describe("OFX", () => {
  it.each(["releve-ofx1.ofx", "releve-ofx2.ofx"])("reads %s (SGML 1.x and XML 2.x alike)", (name) => {
    const s = read(name);
    expect(s.format).toBe("ofx");
    expect(amounts(s)).toEqual([12500, 4000, 8990, -3520, 25000]);
    expect(s.lines.map((l) => l.bankReference)).toEqual(["20261202-0001", "20261203-0002", "20261203-0003", "20261204-0004", "20261204-0005"]);
    expect(s.lines[0]).toMatchObject({ bookedOn: "2026-12-02", label: "VIR SEPA JEANNE MARTIN CA-7K4M2QX9" });
    expect(isShopAccount(s.account, SHOP_IBAN)).toBe(true);
  });

  it("decodes entities in 2.x and refuses a statement without STMTRS", () => {
    expect(read("releve-ofx2.ofx").lines[2]!.label).toBe("VIR SEPA ATELIER DURAND & FILS");
    expect(errorOf(() => parseSelfDescribing("OFXHEADER:100\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "ofx")).message).toMatch(/STMTRS/);
  });

  it("an account number of another account is not the shop's", () => {
    const text = readFileSync(path.join(FIXTURES, "releve-ofx1.ofx"), "utf8").replace("<ACCTID>12345678901", "<ACCTID>10987654321");
    expect(isShopAccount(parseSelfDescribing(text, "ofx").account, SHOP_IBAN)).toBe(false);
  });
});

describe("bank CSV exports", () => {
  it("bank A: « ; », ISO-8859-1, lines above the titles, Débit and Crédit columns, a balance line", () => {
    const text = decodeStatement(fixture("banque-a-latin1.csv"));
    expect(text).toContain("Libellé");
    const table = readCsvTable(text);
    expect(table.separator).toBe(";");
    expect(table.header).toEqual(["Date", "Libellé", "Débit", "Crédit", "Date de valeur"]);
    expect(guessCsvMapping(table.header)).toEqual({ date: "Date", label: "Libellé", debit: "Débit", credit: "Crédit", amount: null, valueDate: "Date de valeur" });
    const s = read("banque-a-latin1.csv");
    expect(amounts(s)).toEqual([12500, 4000, 8990, -3520, 125000]);
    expect(s.lines[3]!.label).toBe("PRLV SEPA EDF « électricité »");
    expect(s.account.accountNumber).toBe("12345678901");
    expect(isShopAccount(s.account, SHOP_IBAN)).toBe(true);
  });

  it("bank B: « , », UTF-8 with BOM, ISO dates, one signed amount column, a quoted label holding a comma", () => {
    const text = decodeStatement(fixture("banque-b-utf8-bom.csv"));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const s = read("banque-b-utf8-bom.csv");
    expect(amounts(s)).toEqual([12500, 4000, 8990, -3520, 25000]);
    expect(s.lines[0]).toMatchObject({ bookedOn: "2026-12-02", label: "VIR SEPA JEANNE MARTIN, CA-7K4M2QX9" });
    // Names no account: cannot be checked, accepted (docs/back-office.md).
    expect(isShopAccount(s.account, SHOP_IBAN)).toBe(true);
  });

  it("the two banks' exports have different signatures (a mapping is remembered per bank)", () => {
    const a = readCsvTable(decodeStatement(fixture("banque-a-latin1.csv")));
    const b = readCsvTable(decodeStatement(fixture("banque-b-utf8-bom.csv")));
    expect(headerSignature(a.header)).toBe("date|libelle|debit|credit|date de valeur");
    expect(headerSignature(b.header)).not.toBe(headerSignature(a.header));
  });

  it.each([
    ["1 234,56", 123456],
    ["-12,50", -1250],
    ["1.234,56", 123456],
    ["1234.56", 123456],
    ["+12,50 €", 1250],
    ["12", 1200],
    ["1.234", 123400],
    ["12,5", 1250],
    ["douze", null],
    ["1,2,3", null],
  ])("reads the amount « %s »", (value, cents) => {
    expect(frenchAmountToCents(value)).toBe(cents);
  });

  it("refuses an unreadable amount, naming the line", () => {
    expect(errorOf(() => read("malforme.csv")).message).toMatch(/ligne 2 : montant illisible/);
  });

  it("asks for a mapping when the titles say nothing", () => {
    const table = readCsvTable("A;B;C\n02/12/2026;VIR;12,00\n");
    expect(guessCsvMapping(table.header)).toBeNull();
    expect(errorOf(() => parseCsvStatement(table, { date: "X", label: "B", amount: "C" })).code).toBe("csv_mapping");
    expect(parseCsvStatement(table, { date: "A", label: "B", amount: "C" }).lines[0]).toMatchObject({ bookedOn: "2026-12-02", amountCents: 1200 });
  });
});

describe("reading any file", () => {
  it("detects each format", () => {
    expect(["releve.cfonb120.txt", "releve.camt053.xml", "releve-ofx1.ofx", "releve-ofx2.ofx", "banque-a-latin1.csv", "banque-b-utf8-bom.csv"].map((n) => detectFormat(decodeStatement(fixture(n))))).toEqual([
      "cfonb120",
      "camt053",
      "ofx",
      "ofx",
      "csv",
      "csv",
    ]);
  });

  it("refuses what is not a statement, an empty file and a file too large", () => {
    expect(errorOf(() => detectFormat(decodeStatement(fixture("pas-un-releve.txt")))).code).toBe("unknown_format");
    expect(errorOf(() => detectFormat(decodeStatement(new TextEncoder().encode("<html><body>relevé</body></html>")))).code).toBe("unknown_format");
    expect(errorOf(() => decodeStatement(new Uint8Array())).code).toBe("empty");
    expect(errorOf(() => decodeStatement(new Uint8Array(MAX_STATEMENT_BYTES + 1))).code).toBe("too_large");
  });
});

describe("line keys", () => {
  it("uses the bank's reference when there is one, else a hash with the occurrence in the file", () => {
    const line = { bookedOn: "2026-12-02", valueOn: null, amountCents: 1000, label: "VIR  X", counterparty: null, bankReference: null };
    const keys = keyLines(SHOP_IBAN, [line, { ...line, label: "vir x" }, { ...line, amountCents: 1001 }, { ...line, bankReference: "ABC" }]).map((l) => l.lineKey);
    expect(keys[0]).toMatch(/^h:[0-9a-f]{32}:1$/);
    expect(keys[1]).toBe(keys[0]!.replace(/:1$/, ":2"));
    expect(keys[2]).toMatch(/:1$/);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBe("ref:ABC");
    // The same lines in another file give the same keys.
    expect(keyLines(SHOP_IBAN, [line]).map((l) => l.lineKey)).toEqual([keys[0]]);
  });
});
