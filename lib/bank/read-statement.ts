import { looksLikeCamt053, parseCamt053 } from "./camt053";
import { looksLikeCfonb120, parseCfonb120 } from "./cfonb120";
import { looksLikeCsv } from "./csv";
import { looksLikeOfx, parseOfx } from "./ofx";
import { StatementError, type ParsedStatement, type StatementFormat } from "./statement";

/** The largest statement file accepted: a year of a busy shop's account is well under it. */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

/**
 * Bytes → text. UTF-8 (its BOM dropped) when the bytes are valid UTF-8, else Windows-1252 — the
 * superset of ISO-8859-1 that French banks' « Latin-1 » exports really are (€ is 0x80 there).
 */
export function decodeStatement(bytes: Uint8Array): string {
  if (bytes.length > MAX_STATEMENT_BYTES) throw new StatementError("too_large");
  if (bytes.length === 0) throw new StatementError("empty");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export function detectFormat(text: string): StatementFormat {
  const trimmed = text.trimStart();
  if (trimmed === "") throw new StatementError("empty");
  if (looksLikeOfx(trimmed)) return "ofx";
  if (trimmed.startsWith("<") || looksLikeCamt053(trimmed)) {
    if (looksLikeCamt053(trimmed)) return "camt053";
    throw new StatementError("unknown_format");
  }
  if (looksLikeCfonb120(text)) return "cfonb120";
  if (looksLikeCsv(text)) return "csv";
  throw new StatementError("unknown_format");
}

/** The formats that describe themselves; CSV needs a column mapping (csv.ts). */
export function parseSelfDescribing(text: string, format: Exclude<StatementFormat, "csv">): ParsedStatement {
  if (format === "cfonb120") return parseCfonb120(text);
  if (format === "camt053") return parseCamt053(text);
  return parseOfx(text);
}
