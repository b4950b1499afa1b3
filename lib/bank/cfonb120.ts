import { checkedIsoDate, malformed, type ParsedStatement, type StatementLine, StatementError } from "./statement";

/*
 * CFONB 120, the « relevé de compte » French banks deliver over EBICS: fixed lines of 120
 * characters (some banks drop the trailing spaces or end lines with CRLF; both are accepted).
 *
 *   01 ancien solde · 04 mouvement · 05 complément du mouvement précédent · 07 nouveau solde
 *
 * Positions (1-based, CFONB brochure « Relevé de compte sur support informatique »):
 *   1-2 code · 3-7 code banque · 8-11 code opération (04/05) · 12-16 code guichet · 17-19 devise
 *   20 nombre de décimales · 22-32 numéro de compte · 35-40 date d'opération JJMMAA
 *   43-48 date de valeur (04) · 49-79 libellé (04) · 82-88 numéro d'écriture (04)
 *   91-104 montant (01, 04, 07) · 105-120 référence (04)
 *   05: 46-48 qualifiant (LIB libellé, NPY nom du payeur, RCN référence client…) · 49-118 texte
 *
 * The amount is 14 characters: digits, the last one replaced by a letter that carries the sign
 * and the last digit: « { A B … I » are +0 … +9, « } J K … R » are −0 … −9.
 */

const POSITIVE = "{ABCDEFGHI";
const NEGATIVE = "}JKLMNOPQR";

/** 14 characters with the sign in the last one, and the number of decimals → signed cents. */
export function cfonbAmountToCents(field: string, decimals: number, where: string): number {
  if (!/^\d{13}[{}A-R]$/.test(field)) throw malformed(`${where} : montant « ${field.trim()} » illisible`);
  const last = field[13]!;
  const positive = POSITIVE.indexOf(last);
  const negative = NEGATIVE.indexOf(last);
  const digit = positive >= 0 ? positive : negative;
  if (digit < 0) throw malformed(`${where} : signe du montant « ${last} » inconnu`);
  const units = BigInt(field.slice(0, 13) + String(digit));
  // To cents whatever the number of decimals the bank used (2 for euros, but 0..3 exist).
  const cents = decimals <= 2 ? units * 10n ** BigInt(2 - decimals) : units / 10n ** BigInt(decimals - 2);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) throw malformed(`${where} : montant trop grand`);
  return (negative >= 0 ? -1 : 1) * Number(cents);
}

function cfonbDate(field: string, where: string): string {
  if (!/^\d{6}$/.test(field)) throw malformed(`${where} : date « ${field} » illisible`);
  const day = Number(field.slice(0, 2));
  const month = Number(field.slice(2, 4));
  const year = 2000 + Number(field.slice(4, 6));
  return checkedIsoDate(year, month, day, where);
}

/** Does this text look like CFONB 120: every non-empty line 120 characters or fewer, starting 01/04/05/07? */
export function looksLikeCfonb120(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  return lines.length > 0 && /^01/.test(lines[0]!) && lines.every((l) => /^(01|04|05|07)\d{5}/.test(l) && l.length <= 120);
}

export function parseCfonb120(text: string): ParsedStatement {
  const raw = text.split(/\r?\n/);
  let bankCode: string | null = null;
  let branchCode: string | null = null;
  let accountNumber: string | null = null;
  const lines: (StatementLine & { extra: string[] })[] = [];
  raw.forEach((original, index) => {
    if (original.trim() === "") return;
    const where = `ligne ${index + 1}`;
    if (original.length > 120) throw malformed(`${where} : plus de 120 caractères`);
    const line = original.padEnd(120, " ");
    const code = line.slice(0, 2);
    if (!["01", "04", "05", "07"].includes(code)) throw malformed(`${where} : type d'enregistrement « ${code} » inconnu`);
    const bank = line.slice(2, 7);
    const branch = line.slice(11, 16);
    const account = line.slice(21, 32).trim();
    if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9A-Z]{11}$/.test(account)) throw malformed(`${where} : identifiant du compte illisible`);
    if (accountNumber === null) {
      bankCode = bank;
      branchCode = branch;
      accountNumber = account;
    } else if (bank !== bankCode || branch !== branchCode || account !== accountNumber) {
      // One file may carry several accounts; we reconcile one: refuse rather than mix them.
      throw malformed(`${where} : le fichier contient plusieurs comptes, importez-les séparément`);
    }
    const currency = line.slice(16, 19);
    if (currency.trim() !== "" && currency !== "EUR") throw new StatementError("currency");
    const decimals = Number(line[19]);
    if (!Number.isInteger(decimals)) throw malformed(`${where} : nombre de décimales illisible`);
    if (code === "04") {
      lines.push({
        bookedOn: cfonbDate(line.slice(34, 40), where),
        valueOn: line.slice(42, 48).trim() ? cfonbDate(line.slice(42, 48), where) : null,
        amountCents: cfonbAmountToCents(line.slice(90, 104), decimals, where),
        label: line.slice(48, 79).trim(),
        counterparty: null,
        bankReference: null,
        extra: [line.slice(104, 120).trim()].filter(Boolean),
      });
    } else if (code === "05") {
      const previous = lines.at(-1);
      if (!previous) throw malformed(`${where} : complément (05) sans mouvement (04) avant lui`);
      const qualifier = line.slice(45, 48);
      const info = line.slice(48, 118).trim();
      if (qualifier === "NPY" && info) previous.counterparty = info;
      else if (info) previous.extra.push(info);
    } else {
      // 01 and 07 carry balances; their amounts must at least be readable.
      cfonbAmountToCents(line.slice(90, 104), decimals, where);
      cfonbDate(line.slice(34, 40), where);
    }
  });
  if (accountNumber === null) throw new StatementError("empty");
  return {
    format: "cfonb120",
    account: { iban: null, bankCode, branchCode, accountNumber },
    lines: lines.map(({ extra, ...l }) => ({ ...l, label: [l.label, ...extra].join(" ").trim() })),
  };
}
