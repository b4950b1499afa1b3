import { XMLParser, XMLValidator } from "fast-xml-parser";
import { checkedIsoDate, decimalToCents, malformed, NO_ACCOUNT, type ParsedStatement, type StatementLine, StatementError } from "./statement";

/*
 * CAMT.053, the ISO 20022 « Bank to Customer Statement » (camt.053.001.02 to .001.13: the parts
 * read here did not change): Document/BkToCstmrStmt/Stmt, one per account and period.
 *
 *   Stmt/Acct/Id/IBAN                       the account
 *   Stmt/Ntry                               one booked movement
 *     Amt (@Ccy) · CdtDbtInd CRDT|DBIT      amount, always positive, and its direction
 *     Sts (or Sts/Cd from .001.08) BOOK     only booked entries are movements (PDNG/INFO are not)
 *     BookgDt/Dt|DtTm · ValDt/Dt|DtTm       dates
 *     AcctSvcrRef                           the bank's unique reference of the entry
 *     AddtlNtryInf                          the bank's label
 *     NtryDtls/TxDtls/RmtInf/Ustrd          the payer's free text (where the order reference is)
 *     NtryDtls/TxDtls/RltdPties/Dbtr/Nm     the payer (Dbtr/Pty/Nm from .001.08), Cdtr for debits
 *
 * The XML is read by fast-xml-parser with namespaces dropped (each version has its own URN) and
 * every value kept as text: amounts never pass through a float.
 */

type Node = Record<string, unknown>;

const ARRAYS = new Set(["Stmt", "Ntry", "TxDtls", "Ustrd", "Bal", "NtryDtls"]);
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const asNode = (v: unknown): Node | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** The text of an element, whether it has attributes (then under #text) or not. */
function text(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  const n = asNode(v);
  if (n && typeof n["#text"] === "string") return n["#text"];
  return null;
}
function at(v: unknown, ...path: string[]): unknown {
  let cur: unknown = v;
  for (const key of path) {
    const n = asNode(Array.isArray(cur) ? cur[0] : cur);
    if (!n) return undefined;
    cur = n[key];
  }
  return cur;
}

export function looksLikeCamt053(text: string): boolean {
  return /<(\w+:)?BkToCstmrStmt[\s>]/.test(text.slice(0, 4096)) || /camt\.053/.test(text.slice(0, 2048));
}

function isoDate(node: unknown, where: string): string | null {
  const value = text(at(node, "Dt")) ?? text(at(node, "DtTm"));
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) throw malformed(`${where} : date « ${value} » illisible`);
  return checkedIsoDate(Number(m[1]), Number(m[2]), Number(m[3]), where);
}

export function parseCamt053(xml: string): ParsedStatement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw malformed(`XML invalide ligne ${valid.err.line} : ${valid.err.msg}`);
  const root = parser.parse(xml) as Node;
  const statements = list(at(root, "Document", "BkToCstmrStmt", "Stmt"));
  if (statements.length === 0) throw malformed("aucun élément Stmt (relevé) dans le document");
  let iban: string | null = null;
  const lines: StatementLine[] = [];
  statements.forEach((stmt, s) => {
    const stmtIban = text(at(stmt, "Acct", "Id", "IBAN"));
    if (!stmtIban) throw malformed(`relevé ${s + 1} : IBAN du compte (Acct/Id/IBAN) absent`);
    if (iban && stmtIban.replace(/\s+/g, "") !== iban) throw malformed("le fichier contient plusieurs comptes, importez-les séparément");
    iban = stmtIban.replace(/\s+/g, "").toUpperCase();
    const currency = text(at(stmt, "Acct", "Ccy"));
    if (currency && currency !== "EUR") throw new StatementError("currency");
    list(asNode(stmt)?.["Ntry"]).forEach((entry, e) => {
      const where = `relevé ${s + 1}, écriture ${e + 1}`;
      const status = text(at(entry, "Sts")) ?? text(at(entry, "Sts", "Cd"));
      if (status && status !== "BOOK") return;
      const amt = at(entry, "Amt");
      const amount = text(amt);
      if (!amount) throw malformed(`${where} : montant (Amt) absent`);
      const ccy = asNode(amt)?.["@Ccy"];
      if (ccy !== undefined && ccy !== "EUR") throw new StatementError("currency");
      const direction = text(at(entry, "CdtDbtInd"));
      if (direction !== "CRDT" && direction !== "DBIT") throw malformed(`${where} : sens (CdtDbtInd) « ${direction ?? ""} » inconnu`);
      const cents = decimalToCents(amount, where);
      if (cents < 0) throw malformed(`${where} : montant négatif`);
      const bookedOn = isoDate(at(entry, "BookgDt"), where);
      if (!bookedOn) throw malformed(`${where} : date de comptabilisation (BookgDt) absente`);
      const details = list(at(entry, "NtryDtls")).flatMap((d) => list(asNode(d)?.["TxDtls"]));
      const remittance = details.flatMap((t) => list(at(t, "RmtInf", "Ustrd")).map(text)).filter((t): t is string => Boolean(t));
      const endToEnd = details.map((t) => text(at(t, "Refs", "EndToEndId"))).filter((t): t is string => Boolean(t) && t !== "NOTPROVIDED");
      const party = direction === "CRDT" ? "Dbtr" : "Cdtr";
      const counterparty = details.map((t) => text(at(t, "RltdPties", party, "Nm")) ?? text(at(t, "RltdPties", party, "Pty", "Nm"))).find(Boolean) ?? null;
      const label = [text(at(entry, "AddtlNtryInf")), ...remittance, ...endToEnd].filter(Boolean).join(" ");
      lines.push({
        bookedOn,
        valueOn: isoDate(at(entry, "ValDt"), where),
        amountCents: direction === "CRDT" ? cents : -cents,
        label,
        counterparty,
        bankReference: text(at(entry, "AcctSvcrRef")),
      });
    });
  });
  return { format: "camt053", account: { ...NO_ACCOUNT, iban }, lines };
}
