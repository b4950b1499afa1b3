/*
 * Which credit line of a statement pays what. Pure: it is given the statement line and the
 * candidates (what may be paid by a transfer today: orders waiting for money, open invoices…, each
 * from its own source, see lib/use-cases/bank-statements.ts) and proposes; only an admin decides.
 *
 * A reference written by the payer is the strongest sign: an order reference (CA-7K4M2QX9) also
 * when mistyped — lower case, spaces or dashes moved, one character wrong, missing or added (the
 * references use an alphabet without 0/O, 1/I/L and are random, so one slip never lands on
 * another order) — or an invoice number, exactly (consecutive numbers are one digit apart: a typo
 * there would point at the neighbour). Without a reference, the same amount and the payer's name
 * are only a suggestion, closest amount first.
 */

export type MatchCandidate = {
  /** What it is ("order", "invoice", …): the use case knows how to record each kind. */
  kind: string;
  id: string;
  /** What a payer writes on the transfer: an order reference, an invoice number… */
  reference: string;
  /** One wrong or missing character still finds it: only for references random enough. */
  fuzzy: boolean;
  /** What it still expects, in cents. */
  dueCents: number;
  /** Customer, company: to suggest a line without a reference. */
  names: string[];
  /** How the back-office names it (« Commande CA-7K4M2QX9 · Jeanne Martin »). */
  label: string;
  /**
   * For what a bank names in its own words rather than the payer's (a deposit slip: « REMISE
   * CHEQUES N 12 »): found in the label (accents stripped, upper case) like a written reference.
   */
  pattern?: RegExp;
};

export type MatchBasis = "reference" | "reference_approx" | "amount_and_name" | "amount" | "name";
export type AmountFit = "exact" | "partial" | "over";

export type Proposal = {
  candidate: MatchCandidate;
  basis: MatchBasis;
  fit: AmountFit;
  /** Line amount minus what is due: negative for a partial payment, positive for an over-payment. */
  differenceCents: number;
};

export const BASIS_LABELS: Record<MatchBasis, string> = {
  reference: "Référence trouvée dans le libellé",
  reference_approx: "Référence approchante (une faute de frappe)",
  amount_and_name: "Suggestion : même montant et même nom",
  amount: "Suggestion : même montant, sans référence",
  name: "Suggestion : nom trouvé, montant le plus proche",
};

export const FIT_LABELS: Record<AmountFit, string> = { exact: "Montant exact", partial: "Paiement partiel", over: "Trop-perçu" };

const compact = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "");

const words = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .split(/[^0-9A-Z]+/)
    .filter(Boolean);

/** Legal forms and courtesy words say nothing about who paid. */
const NOISE = new Set(["SARL", "SAS", "SASU", "EURL", "SA", "SCI", "SNC", "EI", "STE", "SOCIETE", "ETS", "MME", "MLLE", "MR", "M", "MONSIEUR", "MADAME", "LES", "DES", "ET", "DE", "DU", "LA", "LE"]);

/** Levenshtein distance, stopping as soon as it exceeds `max`. */
function distanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** The string with each one of its characters left out in turn (and itself): two strings within one edit share one. */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** Does the text hold the reference, exactly ("exact") or with one slip ("approx")? */
export function findReference(text: string, reference: string, fuzzy: boolean): "exact" | "approx" | null {
  const hay = compact(text);
  const needle = compact(reference);
  if (needle.length === 0) return null;
  if (hay.includes(needle)) return "exact";
  if (!fuzzy || needle.length < 8) return null;
  for (const size of [needle.length - 1, needle.length, needle.length + 1]) {
    for (let i = 0; i + size <= hay.length; i++) {
      if (distanceAtMost(hay.slice(i, i + size), needle, 1)) return "approx";
    }
  }
  return null;
}

/** Is this name (every significant word of it) written in the text? */
export function nameAppears(text: string, name: string): boolean {
  const have = new Set(words(text));
  const significant = significantWords(name);
  return significant.length > 0 && significant.every((w) => have.has(w));
}

const significantWords = (name: string) => words(name).filter((w) => w.length >= 3 && !NOISE.has(w));

function fitOf(amountCents: number, dueCents: number): { fit: AmountFit; differenceCents: number } {
  const differenceCents = amountCents - dueCents;
  return { fit: differenceCents === 0 ? "exact" : differenceCents < 0 ? "partial" : "over", differenceCents };
}

const MAX_SUGGESTIONS = 3;

const upperAscii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();

/**
 * How banks label the credit of a deposit slip: « REMISE CHEQUES N° 0000012 », « REM CHQ 12 »,
 * « REMISE DE 3 CHEQUES BORDEREAU 12 »: a word of the deposit, then the number, leading zeros
 * allowed, not part of a longer number. Banks differ and some print no number at all: then the
 * slip is found by its total only.
 */
export function slipNumberPattern(slipNumber: number): RegExp {
  return new RegExp(`\\b(?:REMISES?|REM|RCH|BORDEREAUX?|BORD|BDX|CHQS?|CHEQUES?)\\b[^0-9]{0,20}0*${slipNumber}(?![0-9])`);
}

export type StatementLineText = { amountCents: number; label: string; counterparty: string | null };

/**
 * Prepares the candidates once for the lines of a statement (thousands of orders waiting, hundreds
 * of lines): the fuzzy references go into an index of their one-character deletions, so that a
 * line is compared with the few references sharing one with a piece of its text, not with all.
 */
export function createMatcher(candidates: readonly MatchCandidate[]): (line: StatementLineText) => Proposal[] {
  const patterned = candidates.filter((c) => c.pattern !== undefined);
  const prepared = candidates.map((candidate) => ({ candidate, needle: compact(candidate.reference), names: candidate.names.map(significantWords).filter((n) => n.length > 0) }));
  const exactOnly = prepared.filter((p) => p.needle.length > 0 && !(p.candidate.fuzzy && p.needle.length >= 8));
  const fuzzy = prepared.filter((p) => p.candidate.fuzzy && p.needle.length >= 8);
  const index = new Map<string, (typeof fuzzy)[number][]>();
  for (const p of fuzzy) {
    for (const d of new Set(deletions(p.needle))) {
      const list = index.get(d);
      if (list) list.push(p);
      else index.set(d, [p]);
    }
  }
  const sizes = [...new Set(fuzzy.map((p) => p.needle.length))];
  // Names by their first significant word: a line looks up its own words, then checks the rest.
  const byFirstWord = new Map<string, { candidate: MatchCandidate; words: string[] }[]>();
  for (const p of prepared) {
    for (const name of p.names) {
      const list = byFirstWord.get(name[0]!);
      if (list) list.push({ candidate: p.candidate, words: name });
      else byFirstWord.set(name[0]!, [{ candidate: p.candidate, words: name }]);
    }
  }

  function byReference(hay: string): Map<MatchCandidate, "exact" | "approx"> {
    const found = new Map<MatchCandidate, "exact" | "approx">();
    for (const p of exactOnly) if (hay.includes(p.needle)) found.set(p.candidate, "exact");
    for (const n of sizes) {
      for (const size of [n - 1, n, n + 1]) {
        for (let i = 0; i + size <= hay.length; i++) {
          const window = hay.slice(i, i + size);
          for (const d of deletions(window)) {
            for (const p of index.get(d) ?? []) {
              if (window === p.needle) found.set(p.candidate, "exact");
              else if (!found.has(p.candidate) && distanceAtMost(window, p.needle, 1)) found.set(p.candidate, "approx");
            }
          }
        }
      }
    }
    return found;
  }

  function namedIn(text: string): Set<MatchCandidate> {
    const have = new Set(words(text));
    const named = new Set<MatchCandidate>();
    for (const word of have) for (const entry of byFirstWord.get(word) ?? []) if (entry.words.every((w) => have.has(w))) named.add(entry.candidate);
    return named;
  }

  return (line) => {
    if (line.amountCents <= 0) return [];
    const text = [line.label, line.counterparty ?? ""].join(" ");
    const references = byReference(compact(text));
    const upper = upperAscii(text);
    for (const c of patterned) if (c.pattern!.test(upper)) references.set(c, "exact");
    if (references.size > 0) {
      // An exact reference beats an approaching one; among equals, the amount that fits best.
      return [...references]
        .map(([candidate, found]) => ({ candidate, basis: found === "exact" ? ("reference" as const) : ("reference_approx" as const), ...fitOf(line.amountCents, candidate.dueCents) }))
        .sort((a, b) => (a.basis === b.basis ? Math.abs(a.differenceCents) - Math.abs(b.differenceCents) : a.basis === "reference" ? -1 : 1));
    }
    const named = namedIn(text);
    const sameAmount = candidates.filter((c) => c.dueCents === line.amountCents);
    const suggestions: Proposal[] = [
      ...sameAmount.filter((c) => named.has(c)).map((candidate) => ({ candidate, basis: "amount_and_name" as const, ...fitOf(line.amountCents, candidate.dueCents) })),
      ...sameAmount.filter((c) => !named.has(c)).map((candidate) => ({ candidate, basis: "amount" as const, ...fitOf(line.amountCents, candidate.dueCents) })),
      ...[...named]
        .filter((c) => c.dueCents !== line.amountCents)
        .map((candidate) => ({ candidate, basis: "name" as const, ...fitOf(line.amountCents, candidate.dueCents) }))
        .sort((a, b) => Math.abs(a.differenceCents) - Math.abs(b.differenceCents)),
    ];
    return suggestions.slice(0, MAX_SUGGESTIONS);
  };
}

/**
 * Proposals for one line, best first; empty when nothing fits (an unmatched line). Debits (money
 * out) pay nothing and get none.
 */
export function proposeMatches(line: StatementLineText, candidates: readonly MatchCandidate[]): Proposal[] {
  return createMatcher(candidates)(line);
}
