import type { Cents } from "@/lib/shared/money";
import type { JournalEntry } from "./accounting-journal";

/*
 * The FEC (Fichier des Écritures Comptables, article A47 A-1 du Livre des procédures fiscales,
 * arrêté du 29 juillet 2013; BOI-CF-IOR-60-40-20): a flat text file, the 18 columns below in this
 * order, a header line naming them, one line per accounting line, fields separated by a tab, dates
 * AAAAMMJJ, amounts with a comma as decimal mark and no thousands separator, the file named
 * <SIREN>FEC<AAAAMMJJ of the period's end>.txt. The text allows ASCII or ISO 8859-15: we write
 * ISO 8859-15 (Latin-9: French accents and €), a character it lacks becoming « ? ».
 */

export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

export const FEC_SEPARATOR = "\t";
const EOL = "\r\n";

/** "2026-12-03" → "20261203". */
export function fecDate(isoDay: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new RangeError(`jour invalide : ${isoDay}`);
  return isoDay.replaceAll("-", "");
}

/** 123450 → "1234,50"; 0 → "0,00": comma decimal, no thousands separator, never a sign here. */
export function fecAmount(cents: Cents): string {
  if (!Number.isInteger(cents) || cents < 0) throw new RangeError(`montant invalide : ${cents}`);
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

/** A text field: no separator, no line break, no pipe (the other separator the text allows), trimmed. */
export function fecText(value: string): string {
  return value.replace(/[\t\r\n|]+/g, " ").replace(/ {2,}/g, " ").trim();
}

export function fecHeader(): string {
  return FEC_COLUMNS.join(FEC_SEPARATOR) + EOL;
}

/**
 * An entry's lines, each with all 18 columns. ValidDate is the entry's day: the shop records each
 * entry when the event happens, and nothing is edited afterwards. EcritureLet / DateLet
 * (lettrage), Montantdevise / Idevise (euro only) are empty.
 */
export function fecLines(entry: JournalEntry, entryNumber: string): string {
  const date = fecDate(entry.date);
  return entry.lines
    .map((l) =>
      [
        entry.journal.code,
        entry.journal.label,
        entryNumber,
        date,
        l.account,
        l.accountLabel,
        l.auxNumber,
        l.auxLabel,
        entry.pieceRef,
        fecDate(entry.pieceDate),
        entry.label,
        fecAmount(l.debitCents),
        fecAmount(l.creditCents),
        "",
        "",
        date,
        "",
        "",
      ]
        .map(fecText)
        .join(FEC_SEPARATOR) + EOL,
    )
    .join("");
}

/**
 * « 123456789FEC20261231.txt »: the SIREN (the first nine digits of the SIRET) and the period's
 * last day; null when the SIRET given holds no SIREN (the file must not be named wrongly).
 */
export function fecFileName(siretOrSiren: string, periodEnd: string): string | null {
  const digits = siretOrSiren.replace(/\s/g, "");
  if (!/^\d{9}(\d{5})?$/.test(digits)) return null;
  return `${digits.slice(0, 9)}FEC${fecDate(periodEnd)}.txt`;
}

/** Latin-9's eight characters that differ from Latin-1, by code point. */
const LATIN9: Record<number, number> = { 0x20ac: 0xa4, 0x160: 0xa6, 0x161: 0xa8, 0x17d: 0xb4, 0x17e: 0xb8, 0x152: 0xbc, 0x153: 0xbd, 0x178: 0xbe };
const LATIN1_REPLACED = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);
/** Typographic marks people paste, in their Latin-9 equivalent rather than « ? ». */
const FOLDED: Record<string, string> = { "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u202f": " ", "\u00a0": " " };

/** A string in ISO 8859-15 bytes; what Latin-9 cannot hold becomes « ? ». */
export function encodeLatin9(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const folded = FOLDED[ch];
    if (folded !== undefined) {
      for (const c of folded) out.push(c.charCodeAt(0));
      continue;
    }
    const cp = ch.codePointAt(0)!;
    const mapped = LATIN9[cp];
    if (mapped !== undefined) out.push(mapped);
    else if (cp < 0x100 && !LATIN1_REPLACED.has(cp)) out.push(cp);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
