import { checkedIsoDate, malformed, NO_ACCOUNT, type ParsedStatement, type StatementAccount, type StatementLine, StatementError } from "./statement";

/*
 * The CSV exports of French online banking. Every bank has its own shape: « ; » or « , »,
 * ISO-8859-1 or UTF-8 (with or without BOM: decoding is done before, in read-statement.ts), a
 * few lines about the account above the column titles, comma decimals with spaces between
 * thousands, one signed « Montant » column or « Débit » and « Crédit » columns, and the transfer's
 * reference somewhere inside the label. The columns are named by a mapping (guessed from the
 * titles, or chosen by the admin, then remembered per bank by the titles' signature).
 */

export type CsvMapping = {
  date: string;
  label: string;
  /** One signed column… */
  amount?: string | null;
  /** …or two: debit (money out) and credit (money in). */
  debit?: string | null;
  credit?: string | null;
  valueDate?: string | null;
  counterparty?: string | null;
};

export type CsvTable = {
  separator: string;
  /** Lines above the column titles (bank name, account, period). */
  preamble: string[][];
  header: string[];
  rows: { cells: string[]; line: number }[];
};

/** Splits CSV text into rows of cells (RFC 4180 quotes, a quoted cell may hold the separator or a newline). */
function splitRows(text: string, separator: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === separator) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ cells: cells.map((x) => x.trim()), line: start });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ cells: cells.map((x) => x.trim()), line: start });
  }
  return rows.filter((r) => r.cells.some((c) => c !== ""));
}

const normalise = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const DATE_TITLE = /^date( (operation|comptable|comptabilisation|de comptabilisation|d operation|de l operation))?$/;
const LABEL_TITLE = /^(libelle|libelles|libelle operation|libelle de l operation|description|intitule|operation|detail|details|motif)/;
const AMOUNT_TITLE = /^(montant|amount|somme)/;
const DEBIT_TITLE = /^debit/;
const CREDIT_TITLE = /^credit/;
const VALUE_TITLE = /^date (de )?valeur$/;

/** Does this row look like column titles: a date column and a label or amount column. */
function isHeader(cells: string[]): boolean {
  const titles = cells.map(normalise);
  return titles.some((t) => DATE_TITLE.test(t)) && titles.some((t) => LABEL_TITLE.test(t) || AMOUNT_TITLE.test(t) || DEBIT_TITLE.test(t));
}

export function looksLikeCsv(text: string): boolean {
  const firstLines = text.split(/\r?\n/, 30);
  return firstLines.some((l) => (l.match(/;/g)?.length ?? 0) >= 2 || (l.match(/,/g)?.length ?? 0) >= 2);
}

/** Reads the table: the separator giving a header row, the lines above it, the rows under it. */
export function readCsvTable(text: string): CsvTable {
  for (const separator of [";", ",", "\t"]) {
    const rows = splitRows(text, separator);
    const at = rows.findIndex((r) => r.cells.length >= 3 && isHeader(r.cells));
    if (at >= 0) return { separator, preamble: rows.slice(0, at).map((r) => r.cells), header: rows[at]!.cells, rows: rows.slice(at + 1) };
  }
  // No recognisable titles: the first row with the most cells is taken as titles, for the admin to map.
  const separator = (text.match(/;/g)?.length ?? 0) >= (text.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows = splitRows(text, separator);
  const widest = Math.max(0, ...rows.map((r) => r.cells.length));
  const at = rows.findIndex((r) => r.cells.length === widest);
  if (at < 0 || widest < 2) throw new StatementError("unknown_format");
  return { separator, preamble: rows.slice(0, at).map((r) => r.cells), header: rows[at]!.cells, rows: rows.slice(at + 1) };
}

/** The signature a bank's export is remembered by: its column titles, normalised. */
export function headerSignature(header: string[]): string {
  return header.map(normalise).join("|");
}

/** A mapping from the titles alone, when they say clearly what they are; null otherwise. */
export function guessCsvMapping(header: string[]): CsvMapping | null {
  const find = (re: RegExp) => header.find((h) => re.test(normalise(h))) ?? null;
  const date = find(DATE_TITLE);
  const label = find(LABEL_TITLE);
  const amount = find(AMOUNT_TITLE);
  const debit = find(DEBIT_TITLE);
  const credit = find(CREDIT_TITLE);
  if (!date || !label) return null;
  if (debit && credit) return { date, label, debit, credit, amount: null, valueDate: find(VALUE_TITLE) };
  if (amount) return { date, label, amount, valueDate: find(VALUE_TITLE) };
  return null;
}

/** Is every column the mapping names a column of this file, with an amount or debit and credit? */
export function mappingFits(mapping: CsvMapping, header: string[]): boolean {
  const named = [mapping.date, mapping.label, mapping.amount, mapping.debit, mapping.credit, mapping.valueDate, mapping.counterparty].filter((c): c is string => Boolean(c));
  return named.every((c) => header.includes(c)) && (Boolean(mapping.amount) || (Boolean(mapping.debit) && Boolean(mapping.credit)));
}

/**
 * A French bank amount → cents: « 1 234,56 », « -12,50 », « 1.234,56 », « 1234.56 », « +12,50 € ».
 * With both separators the last one is the decimal mark; a lone « . » is decimal only when one or
 * two digits follow it.
 */
export function frenchAmountToCents(value: string): number | null {
  let s = value.replace(/[\s\u00a0\u202f€]|EUR/gi, "");
  if (s === "") return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  let units: string;
  let fraction = "";
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const [u, f] = s.split(thousands).join("").split(decimal);
    units = u ?? "";
    fraction = f ?? "";
  } else if (comma >= 0) {
    const parts = s.split(",");
    if (parts.length !== 2) return null;
    units = parts[0]!;
    fraction = parts[1]!;
  } else if (dot >= 0 && /\.\d{1,2}$/.test(s) && s.split(".").length === 2) {
    [units, fraction] = s.split(".") as [string, string];
  } else {
    units = s.split(".").join("");
  }
  if (!/^\d{1,12}$/.test(units || "0") || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(units || "0") * 100 + Number(fraction.padEnd(2, "0") || "0");
  return negative ? -cents : cents;
}

function csvDate(value: string): string | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return checkedIsoDate(year, Number(m[2]), Number(m[1]), "date");
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return checkedIsoDate(Number(m[1]), Number(m[2]), Number(m[3]), "date");
  return null;
}

/** The account named in the lines above the titles (« Compte : FR76… », « N° de compte 12345678901 »), if any. */
function preambleAccount(preamble: string[][]): StatementAccount {
  const text = preamble.map((r) => r.join(" ")).join("\n");
  const iban = /\b([A-Z]{2}\d{2}(?:\s?[0-9A-Z]{4}){4,7}(?:\s?[0-9A-Z]{1,3})?)\b/.exec(text);
  if (iban) return { ...NO_ACCOUNT, iban: iban[1]!.replace(/\s+/g, "") };
  const number = /compte\D{0,20}(\d{11,23})/i.exec(text);
  if (number) return { ...NO_ACCOUNT, accountNumber: number[1]! };
  return NO_ACCOUNT;
}

export function parseCsvStatement(table: CsvTable, mapping: CsvMapping): ParsedStatement {
  if (!mappingFits(mapping, table.header)) throw new StatementError("csv_mapping");
  const col = (name: string | null | undefined) => (name ? table.header.indexOf(name) : -1);
  const at = { date: col(mapping.date), label: col(mapping.label), amount: col(mapping.amount), debit: col(mapping.debit), credit: col(mapping.credit), value: col(mapping.valueDate), party: col(mapping.counterparty) };
  const lines: StatementLine[] = [];
  for (const row of table.rows) {
    const where = `ligne ${row.line}`;
    const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? "") : "");
    const dateText = cell(at.date);
    // Banks close their exports with a total or a balance line: no date, not a movement.
    if (dateText === "" || /^(solde|total)/i.test(dateText)) continue;
    let bookedOn: string | null;
    try {
      bookedOn = csvDate(dateText);
    } catch {
      bookedOn = null;
    }
    if (!bookedOn) throw malformed(`${where} : date « ${dateText} » illisible`);
    let amountCents: number | null;
    if (at.amount >= 0) amountCents = frenchAmountToCents(cell(at.amount));
    else {
      const debit = cell(at.debit) === "" ? 0 : frenchAmountToCents(cell(at.debit));
      const credit = cell(at.credit) === "" ? 0 : frenchAmountToCents(cell(at.credit));
      amountCents = debit === null || credit === null ? null : Math.abs(credit) - Math.abs(debit);
    }
    if (amountCents === null) throw malformed(`${where} : montant illisible`);
    const valueText = cell(at.value);
    lines.push({
      bookedOn,
      valueOn: valueText ? csvDate(valueText) : null,
      amountCents,
      label: cell(at.label).replace(/\s+/g, " "),
      counterparty: cell(at.party) || null,
      bankReference: null,
    });
  }
  return { format: "csv", account: preambleAccount(table.preamble), lines };
}
