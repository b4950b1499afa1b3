import { checkedIsoDate, decimalToCents, malformed, type ParsedStatement, type StatementLine, StatementError } from "./statement";

/*
 * OFX, what most French online banks offer as « Money / Quicken »: 1.x is SGML (a leaf element
 * has no closing tag: <TRNAMT>-12.50), 2.x is XML (<TRNAMT>-12.50</TRNAMT>). Aggregates are closed
 * in both, so one reader serves the two: take each <STMTTRN>…</STMTTRN> block and read a leaf as
 * the text after its opening tag, up to the next tag.
 *
 *   BANKACCTFROM: BANKID (code banque), BRANCHID (guichet), ACCTID (compte, often with its RIB key)
 *   STMTTRN: TRNTYPE, DTPOSTED (YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]), DTUSER, TRNAMT (signed),
 *            FITID (unique per account, OFX 2.x §3.2.1), NAME, MEMO
 *   CURDEF: the currency of the statement
 */

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** The text of a leaf element inside a block, SGML or XML alike; null when absent. */
function leaf(block: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([^<]*)`, "i").exec(block);
  if (!m) return null;
  const value = decodeEntities(m[1]!.trim());
  return value === "" ? null : value;
}

function blocks(text: string, tag: string): string[] {
  return [...text.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "gi"))].map((m) => m[1]!);
}

export function looksLikeOfx(text: string): boolean {
  const head = text.slice(0, 2048);
  return /OFXHEADER/i.test(head) || /<OFX>/i.test(text.slice(0, 8192));
}

function ofxDate(value: string | null, where: string): string | null {
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!m) throw malformed(`${where} : date « ${value} » illisible`);
  return checkedIsoDate(Number(m[1]), Number(m[2]), Number(m[3]), where);
}

export function parseOfx(text: string): ParsedStatement {
  if (!/<OFX>/i.test(text)) throw malformed("élément <OFX> absent");
  const statements = blocks(text, "STMTRS");
  if (statements.length === 0) throw malformed("aucun relevé bancaire (STMTRS) : un relevé de carte (CCSTMTRS) ne se rapproche pas");
  if (statements.length > 1) throw malformed("le fichier contient plusieurs comptes, importez-les séparément");
  const stmt = statements[0]!;
  const currency = leaf(stmt, "CURDEF");
  if (currency && currency.toUpperCase() !== "EUR") throw new StatementError("currency");
  const from = blocks(stmt, "BANKACCTFROM")[0];
  if (!from) throw malformed("compte (BANKACCTFROM) absent");
  const acctId = leaf(from, "ACCTID");
  if (!acctId) throw malformed("numéro de compte (ACCTID) absent");
  const compact = acctId.replace(/\s+/g, "").toUpperCase();
  const lines: StatementLine[] = blocks(stmt, "STMTTRN").map((trn, i) => {
    const where = `opération ${i + 1}`;
    const amount = leaf(trn, "TRNAMT");
    if (!amount) throw malformed(`${where} : montant (TRNAMT) absent`);
    const bookedOn = ofxDate(leaf(trn, "DTPOSTED"), where);
    if (!bookedOn) throw malformed(`${where} : date (DTPOSTED) absente`);
    const name = leaf(trn, "NAME");
    const memo = leaf(trn, "MEMO");
    return {
      bookedOn,
      valueOn: ofxDate(leaf(trn, "DTUSER"), where),
      amountCents: decimalToCents(amount, where),
      label: [name, memo].filter(Boolean).join(" "),
      counterparty: null,
      bankReference: leaf(trn, "FITID"),
    };
  });
  return {
    format: "ofx",
    account: /^[A-Z]{2}\d{2}/.test(compact) && compact.length > 20
      ? { iban: compact, bankCode: null, branchCode: null, accountNumber: null }
      : { iban: null, bankCode: leaf(from, "BANKID"), branchCode: leaf(from, "BRANCHID"), accountNumber: compact },
    lines,
  };
}
