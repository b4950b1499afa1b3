import "server-only";
import { createHash } from "node:crypto";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db, Executor, Tx } from "@/lib/db/client";
import {
  bankCsvMappings,
  bankStatementImportLines,
  bankStatementImports,
  bankStatementLines,
  depositSlips,
  instalments,
  invoices,
  orders,
  payments,
  proAccounts,
  users,
} from "@/lib/db/schema";
import { guessCsvMapping, headerSignature, mappingFits, parseCsvStatement, readCsvTable, type CsvMapping } from "@/lib/bank/csv";
import { createMatcher, slipNumberPattern, type MatchCandidate, type Proposal } from "@/lib/bank/matching";
import { decodeStatement, detectFormat, MAX_STATEMENT_BYTES, parseSelfDescribing } from "@/lib/bank/read-statement";
import { isShopAccount, keyLines, StatementError, STATEMENT_ERRORS, type ParsedStatement, type StatementFormat } from "@/lib/bank/statement";
import { remainingCents } from "@/lib/billing/invoice-status";
import { customerDisplayName } from "@/lib/orders/customer-name";
import { moneyPosition } from "@/lib/orders/ledger";
import { UNPAID_STATUSES } from "@/lib/orders/transitions";
import { depositSlipSummary, depositSlipTitle } from "@/lib/payments/deposit-slips";
import { CHEQUE_MESSAGES, cashInstalmentCheque } from "@/lib/use-cases/instalment-cheques";
import { recordInvoicePayment } from "@/lib/use-cases/invoice-payments";
import { cashCheque, recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { env } from "@/lib/shared/env";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";

/*
 * Bank statements in the back-office: what transfers the shop expects, the import of the bank's
 * own file, and the admin's confirmation of what each credit line paid.
 *
 * - Import reads the file (lib/bank: CFONB 120, CAMT.053, OFX, CSV with a column mapping
 *   remembered per bank), refuses another account's statement, and stores each movement once:
 *   its key (the bank's reference, else a hash with the occurrence — lib/bank/statement.ts) is
 *   unique per account, so the same file twice or two overlapping files add nothing twice; the
 *   lines a file repeats are listed with it as « déjà importée ». Importing records no money.
 * - Proposals are computed when the page is read (lib/bank/matching.ts) from the candidates of
 *   every source below; nothing is stored until an admin confirms one.
 * - Confirming records the money through the existing use cases (recordTransfer for an order,
 *   recordInvoicePayment for an invoice, cashCheque / cashInstalmentCheque for each cheque of a
 *   deposit slip, whose total the bank credits as one line), in one transaction with the statement line locked and
 *   marked as matched to what it paid: a double click or a second admin finds it matched, and a
 *   refusal of the use case (order paid meanwhile, cancelled…) leaves the line open.
 */

type Caller = Pick<CurrentUser, "id" | "role" | "name"> | null;
type LineRow = typeof bankStatementLines.$inferSelect;

export type BankResult<T> = ({ ok: true } & T) | { ok: false; code: BankErrorCode; message: string; columns?: string[] };

export const BANK_MESSAGES = {
  ...STATEMENT_ERRORS,
  forbidden: "Action réservée aux administrateurs.",
  line_not_found: "Cette ligne de relevé n'existe pas.",
  line_matched: "Cette ligne de relevé est déjà rapprochée d'une autre opération : rien n'a été enregistré.",
  not_credit: "Seul un crédit (argent reçu) peut régler une commande ou une facture.",
  unknown_kind: "Rapprochement impossible : type d'opération inconnu.",
  target_gone: "Cette commande ou cette facture n'attend plus de virement.",
  slip_total: "Ce crédit n'a pas le montant de la remise de chèques",
  slip_matched: "Cette remise de chèques est déjà rapprochée d'une autre ligne du relevé : rien n'a été enregistré.",
  refused: "Le rapprochement a été refusé",
} as const;
export type BankErrorCode = keyof typeof BANK_MESSAGES;

class BankRefusal extends Error {
  constructor(
    public readonly code: BankErrorCode,
    readonly detail?: string,
  ) {
    super(detail ?? BANK_MESSAGES[code]);
  }
}

const refuse = (code: BankErrorCode, message: string = BANK_MESSAGES[code]) => ({ ok: false as const, code, message });
const isAdmin = (user: Caller): user is NonNullable<Caller> => user !== null && user.role === "admin";

// ---------------------------------------------------------------------------------------------
// What may be paid by a transfer: one source per kind. Another kind (a cheque deposit slip, paid
// by one credit for its total) is one more source and one more recorder below.

export type CandidateSource = (db: Executor) => Promise<MatchCandidate[]>;

/**
 * Orders waiting for money (any unpaid state: a customer who chose card may still send a transfer).
 * What a cheque in hand (received or deposited, not yet cashed) will pay is not expected by
 * transfer: an order it covers is no candidate, and one it covers in part expects the rest. Else
 * the credit of a one-cheque deposit slip, of the order's amount, would also be proposed as the
 * order's transfer — confirming that would record the money twice (the transfer now, the cheque
 * when cashed).
 */
async function orderCandidates(db: Executor): Promise<MatchCandidate[]> {
  const chequesInHand = sql<number>`coalesce((select sum(p.amount_cents) from payments p where p.order_id = "orders"."id" and p.method = 'cheque' and p.status = 'pending' and p.offline_reference is not null), 0)::int`;
  const rows = await db
    .select({ order: orders, accountName: users.name, chequesInHand })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(inArray(orders.status, [...UNPAID_STATUSES]))
    .orderBy(asc(orders.createdAt))
    .limit(5000);
  return rows.flatMap(({ order, accountName, chequesInHand: inHandCents }) => {
    const dueCents = moneyPosition(order).dueCents - Number(inHandCents);
    if (dueCents <= 0) return [];
    const name = customerDisplayName(accountName, order.billingAddress);
    const names = [name, `${order.billingAddress.firstName} ${order.billingAddress.lastName}`, order.billingAddress.company ?? ""].filter((n) => n.trim() !== "");
    return {
      kind: "order",
      id: order.id,
      reference: order.reference,
      fuzzy: true,
      dueCents,
      names,
      label: `Commande ${order.reference} · ${name}`,
    } satisfies MatchCandidate;
  });
}

/** Open invoices of professional accounts. */
async function invoiceCandidates(db: Executor): Promise<MatchCandidate[]> {
  const rows = await db
    .select({ invoice: invoices, company: proAccounts.companyName, contact: proAccounts.contactName })
    .from(invoices)
    .innerJoin(proAccounts, eq(proAccounts.id, invoices.proAccountId))
    .where(and(eq(invoices.kind, "invoice"), isNull(invoices.settledAt)))
    .orderBy(asc(invoices.dueDate))
    .limit(5000);
  return rows.map(({ invoice, company, contact }) => ({
    kind: "invoice",
    id: invoice.id,
    reference: invoice.number,
    fuzzy: false,
    dueCents: remainingCents(invoice),
    names: [company, contact],
    label: `Facture ${invoice.number} · ${company}`,
  }));
}

/**
 * Deposit slips whose credit has not been matched yet. The bank credits a slip as one line of its
 * total; some banks print the slip's number in the label (found by slipNumberPattern), others do
 * not (then the total is a suggestion). Listed first: a credit of a slip's exact total is more
 * likely the slip than a transfer of the same amount without a reference.
 */
async function slipCandidates(db: Executor): Promise<MatchCandidate[]> {
  const rows = await db
    .select()
    .from(depositSlips)
    .where(sql`not exists (select 1 from bank_statement_lines l where l.matched_kind = 'slip' and l.matched_id = ${depositSlips.id}::text)`)
    .orderBy(desc(depositSlips.number))
    .limit(500);
  return rows.map((slip) => ({ kind: "slip", id: slip.id, reference: "", fuzzy: false, dueCents: slip.totalCents, names: [], label: depositSlipSummary(slip), pattern: slipNumberPattern(slip.number) }));
}

export const CANDIDATE_SOURCES: readonly CandidateSource[] = [slipCandidates, orderCandidates, invoiceCandidates];

type Recorded = { paymentId?: string; accountPaymentId?: string; message: string };
type Recorder = (tx: Tx, admin: NonNullable<Caller>, line: LineRow, targetId: string) => Promise<Recorded>;

/** The bank's reference of the line, or one made from the line's id: what the payment records as its reference. */
function transferReference(line: LineRow): string {
  return line.bankReference ?? `Relevé ${line.bookedOn} ${line.id.slice(0, 8).toUpperCase()}`;
}

const recordForOrder: Recorder = async (tx, admin, line, orderId) => {
  const result = await recordTransfer(tx, admin, { orderId, amountCents: line.amountCents, receivedOn: line.bookedOn, bankReference: transferReference(line) });
  if (!result.ok) throw new BankRefusal("refused", result.message);
  const s = result.summary;
  const state = s.status === "paid" ? `la commande ${s.reference} est payée${s.overpaidCents > 0 ? ` (trop-perçu : ${formatEur(s.overpaidCents)})` : ""}` : `reste à recevoir sur ${s.reference} : ${formatEur(s.outstandingCents)}`;
  return { paymentId: s.paymentId, message: `Virement de ${formatEur(line.amountCents)} enregistré : ${state}.` };
};

const recordForInvoice: Recorder = async (tx, admin, line, invoiceId) => {
  const [invoice] = await tx.select().from(invoices).where(and(eq(invoices.id, invoiceId), eq(invoices.kind, "invoice")));
  if (!invoice?.proAccountId || invoice.settledAt) throw new BankRefusal("target_gone");
  const take = Math.min(line.amountCents, remainingCents(invoice));
  const result = await recordInvoicePayment(tx, admin, {
    accountId: invoice.proAccountId,
    method: "transfer",
    amountCents: line.amountCents,
    reference: transferReference(line),
    receivedOn: line.bookedOn,
    allocations: [{ invoiceId: invoice.id, amountCents: take }],
  });
  if (!result.ok) throw new BankRefusal("refused", result.message);
  const credit = result.creditCents ? ` ; ${formatEur(result.creditCents)} de trop-perçu gardés en avoir sur le compte` : "";
  const rest = remainingCents(invoice) - take;
  return {
    accountPaymentId: result.accountPaymentId,
    message: `Virement de ${formatEur(line.amountCents)} enregistré sur la facture ${invoice.number}${rest > 0 ? ` (reste ${formatEur(rest)})` : " (réglée)"}${credit}.`,
  };
};

/**
 * A slip's credit: the bank has collected its cheques, so every cheque of the slip still
 * deposited is cashed through the board's own use cases (nested in this transaction as
 * savepoints: one refusal and nothing of the confirmation stays). A cheque already cashed, or
 * declared bounced, on the back-office is left as it is. The credit must be the slip's total: a
 * different amount is another movement, and the cheques are then settled one by one.
 */
const recordForSlip: Recorder = async (tx, admin, line, slipId) => {
  const [slip] = await tx.select().from(depositSlips).where(eq(depositSlips.id, slipId)).for("update");
  if (!slip) throw new BankRefusal("target_gone", "Cette remise de chèques n'existe pas.");
  const title = depositSlipTitle(slip.number);
  if (line.amountCents !== slip.totalCents) {
    throw new BankRefusal("slip_total", `${BANK_MESSAGES.slip_total} (${formatEur(line.amountCents)} au lieu de ${formatEur(slip.totalCents)} pour la ${title.toLowerCase()}) : rien n'a été enregistré ; encaissez ses chèques un par un depuis la page Chèques.`);
  }
  const [other] = await tx
    .select({ id: bankStatementLines.id })
    .from(bankStatementLines)
    .where(and(eq(bankStatementLines.matchedKind, "slip"), eq(bankStatementLines.matchedId, slip.id)));
  if (other) throw new BankRefusal("slip_matched");
  const singles = await tx.select({ id: payments.id, status: payments.status, number: payments.offlineReference }).from(payments).where(eq(payments.depositSlipId, slip.id)).orderBy(asc(payments.id));
  const parts = await tx.select({ id: instalments.id, status: instalments.status, number: instalments.chequeNumber }).from(instalments).where(eq(instalments.depositSlipId, slip.id)).orderBy(asc(instalments.id));
  let cashed = 0;
  for (const cheque of singles.filter((c) => c.status === "pending")) {
    const result = await cashCheque(tx, admin, { paymentId: cheque.id });
    // Settled on the order page between our read and its lock: left as it is.
    if (!result.ok && result.code === "payment_state") continue;
    if (!result.ok) throw new BankRefusal("refused", `chèque n° ${cheque.number ?? "?"} : ${result.message}`);
    cashed++;
  }
  for (const cheque of parts.filter((c) => c.status === "deposited")) {
    const result = await cashInstalmentCheque(tx, admin, { instalmentId: cheque.id });
    if (!result.ok && result.message === CHEQUE_MESSAGES.alreadySettled) continue;
    if (!result.ok) throw new BankRefusal("refused", `chèque n° ${cheque.number ?? "?"} : ${result.message}`);
    if (!result.already) cashed++;
  }
  const left = slip.count - cashed;
  const s = (n: number) => (n > 1 ? "s" : "");
  return {
    message: `${title} rapprochée (${formatEur(slip.totalCents)}) : ${cashed} chèque${s(cashed)} encaissé${s(cashed)}${left > 0 ? ` ; ${left} déjà traité${s(left)} auparavant (encaissé ou impayé), inchangé${s(left)}` : ""}.`,
  };
};

export const RECORDERS: Readonly<Record<string, Recorder>> = { order: recordForOrder, invoice: recordForInvoice, slip: recordForSlip };

// ---------------------------------------------------------------------------------------------
// Expected transfers

export type ExpectedTransfers = {
  orders: { id: string; reference: string; customer: string; email: string; dueCents: number; ageDays: number; createdAt: Date }[];
  invoices: { id: string; number: string; company: string; accountId: string; dueCents: number; dueDate: string | null; daysLate: number }[];
};

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export async function listExpectedTransfers(db: Executor, now = new Date()): Promise<ExpectedTransfers> {
  const today = todayInParis(now);
  const orderRows = await db
    .select({ order: orders, accountName: users.name })
    .from(orders)
    .leftJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.status, "awaiting_transfer"))
    .orderBy(asc(orders.createdAt))
    .limit(500);
  const invoiceRows = await db
    .select({ invoice: invoices, company: proAccounts.companyName })
    .from(invoices)
    .innerJoin(proAccounts, eq(proAccounts.id, invoices.proAccountId))
    .where(and(eq(invoices.kind, "invoice"), isNull(invoices.settledAt), isNotNull(invoices.dueDate)))
    .orderBy(asc(invoices.dueDate))
    .limit(500);
  return {
    orders: orderRows.map(({ order, accountName }) => ({
      id: order.id,
      reference: order.reference,
      customer: customerDisplayName(accountName, order.billingAddress),
      email: order.email,
      dueCents: moneyPosition(order).dueCents,
      ageDays: daysBetween(todayInParis(order.createdAt), today),
      createdAt: order.createdAt,
    })),
    invoices: invoiceRows.map(({ invoice, company }) => ({
      id: invoice.id,
      number: invoice.number,
      company,
      accountId: invoice.proAccountId!,
      dueCents: remainingCents(invoice),
      dueDate: invoice.dueDate,
      daysLate: invoice.dueDate ? Math.max(0, daysBetween(invoice.dueDate, today)) : 0,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export type ImportInput = { fileName: string; bytes: Uint8Array; mapping?: CsvMapping | null };
export type ImportSummary = { importId: string; format: StatementFormat; lineCount: number; newCount: number; knownCount: number };

async function readStatement(db: Executor, text: string, format: StatementFormat, given: CsvMapping | null | undefined): Promise<{ statement: ParsedStatement; remember?: { signature: string; mapping: CsvMapping } }> {
  if (format !== "csv") return { statement: parseSelfDescribing(text, format) };
  const table = readCsvTable(text);
  const signature = headerSignature(table.header);
  const [remembered] = await db.select().from(bankCsvMappings).where(eq(bankCsvMappings.headerSignature, signature));
  const candidates = [given, remembered?.mapping as CsvMapping | undefined, guessCsvMapping(table.header)];
  const mapping = candidates.find((m): m is CsvMapping => Boolean(m) && mappingFits(m!, table.header));
  if (!mapping) throw Object.assign(new StatementError("csv_mapping"), { columns: table.header });
  return { statement: parseCsvStatement(table, mapping), remember: { signature, mapping } };
}

/** Imports a statement file: stores its new lines, recognises the known ones, records no money. */
export async function importBankStatement(db: Db, user: Caller, input: ImportInput): Promise<BankResult<ImportSummary>> {
  if (!isAdmin(user)) return refuse("forbidden");
  if (input.bytes.length > MAX_STATEMENT_BYTES) return refuse("too_large");
  let parsed: { statement: ParsedStatement; remember?: { signature: string; mapping: CsvMapping } };
  try {
    const text = decodeStatement(input.bytes);
    parsed = await readStatement(db, text, detectFormat(text), input.mapping);
  } catch (error) {
    if (error instanceof StatementError) {
      const columns = (error as StatementError & { columns?: string[] }).columns;
      return { ...refuse(error.code, error.message), ...(columns ? { columns } : {}) };
    }
    throw error;
  }
  const { statement } = parsed;
  if (!isShopAccount(statement.account, env.bank.iban)) return refuse("wrong_account");
  if (statement.lines.length === 0) return refuse("no_lines");
  const keyed = keyLines(env.bank.iban, statement.lines);
  const dates = keyed.map((l) => l.bookedOn).sort();
  const summary = await db.transaction(async (tx) => {
    const [imported] = await tx
      .insert(bankStatementImports)
      .values({
        format: statement.format,
        fileName: input.fileName.slice(0, 200),
        fileSha256: createHash("sha256").update(input.bytes).digest("hex"),
        accountIban: env.bank.iban,
        lineCount: keyed.length,
        newLineCount: 0,
        firstBookedOn: dates[0] ?? null,
        lastBookedOn: dates.at(-1) ?? null,
        importedBy: user.id,
      })
      .returning({ id: bankStatementImports.id });
    const importId = imported!.id;
    // A line another import (or a concurrent one) already stored is left as it is: it may be matched.
    const inserted = await tx
      .insert(bankStatementLines)
      .values(
        keyed.map((l) => ({
          importId,
          accountIban: env.bank.iban,
          lineKey: l.lineKey,
          bookedOn: l.bookedOn,
          valueOn: l.valueOn,
          amountCents: l.amountCents,
          label: l.label.slice(0, 1000),
          counterparty: l.counterparty?.slice(0, 200) ?? null,
          bankReference: l.bankReference?.slice(0, 140) ?? null,
        })),
      )
      .onConflictDoNothing({ target: [bankStatementLines.accountIban, bankStatementLines.lineKey] })
      .returning({ id: bankStatementLines.id, lineKey: bankStatementLines.lineKey });
    const fresh = new Set(inserted.map((r) => r.lineKey));
    const ids = await tx
      .select({ id: bankStatementLines.id, lineKey: bankStatementLines.lineKey })
      .from(bankStatementLines)
      .where(and(eq(bankStatementLines.accountIban, env.bank.iban), inArray(bankStatementLines.lineKey, keyed.map((l) => l.lineKey))));
    const idOf = new Map(ids.map((r) => [r.lineKey, r.id]));
    const links = new Map<string, { importId: string; lineId: string; position: number; alreadyKnown: boolean }>();
    keyed.forEach((l, position) => {
      const lineId = idOf.get(l.lineKey)!;
      if (!links.has(lineId)) links.set(lineId, { importId, lineId, position, alreadyKnown: !fresh.has(l.lineKey) });
    });
    await tx.insert(bankStatementImportLines).values([...links.values()]);
    await tx.update(bankStatementImports).set({ newLineCount: fresh.size }).where(eq(bankStatementImports.id, importId));
    if (parsed.remember) {
      await tx
        .insert(bankCsvMappings)
        .values({ headerSignature: parsed.remember.signature, mapping: parsed.remember.mapping, updatedBy: user.id })
        .onConflictDoUpdate({ target: bankCsvMappings.headerSignature, set: { mapping: parsed.remember.mapping, updatedBy: user.id, updatedAt: new Date() } });
    }
    return { importId, format: statement.format, lineCount: keyed.length, newCount: fresh.size, knownCount: links.size - fresh.size };
  });
  log.info("bank", "statement imported", { ...summary, by: user.id });
  return { ok: true, ...summary };
}

// ---------------------------------------------------------------------------------------------
// Reading lines with their proposals

export type BankLineView = {
  id: string;
  bookedOn: string;
  amountCents: number;
  label: string;
  counterparty: string | null;
  bankReference: string | null;
  /** Listed by an earlier import (only meaningful when viewing one import). */
  alreadyKnown: boolean;
  matched: { kind: string; id: string; at: Date; by: string | null; label: string } | null;
  proposals: Proposal[];
};

export type StatementImportView = typeof bankStatementImports.$inferSelect & { importedByName: string | null };

async function loadCandidates(db: Executor): Promise<MatchCandidate[]> {
  return (await Promise.all(CANDIDATE_SOURCES.map((source) => source(db)))).flat();
}

/** How a matched line names what it paid. */
async function matchedLabels(db: Executor, rows: LineRow[]): Promise<Map<string, string>> {
  const orderIds = rows.filter((r) => r.matchedKind === "order").map((r) => r.matchedId!);
  const invoiceIds = rows.filter((r) => r.matchedKind === "invoice").map((r) => r.matchedId!);
  const slipIds = rows.filter((r) => r.matchedKind === "slip").map((r) => r.matchedId!);
  const out = new Map<string, string>();
  if (slipIds.length) for (const s of await db.select().from(depositSlips).where(inArray(depositSlips.id, slipIds))) out.set(s.id, depositSlipSummary(s));
  if (orderIds.length) for (const o of await db.select({ id: orders.id, reference: orders.reference }).from(orders).where(inArray(orders.id, orderIds))) out.set(o.id, `Commande ${o.reference}`);
  if (invoiceIds.length) for (const i of await db.select({ id: invoices.id, number: invoices.number }).from(invoices).where(inArray(invoices.id, invoiceIds))) out.set(i.id, `Facture ${i.number}`);
  return out;
}

async function viewLines(db: Executor, rows: (LineRow & { alreadyKnown?: boolean })[]): Promise<BankLineView[]> {
  const open = rows.some((r) => r.matchedAt === null && r.amountCents > 0);
  const propose = createMatcher(open ? await loadCandidates(db) : []);
  const labels = await matchedLabels(db, rows);
  const adminIds = [...new Set(rows.map((r) => r.matchedBy).filter((id): id is string => Boolean(id)))];
  const names = new Map(adminIds.length ? (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, adminIds))).map((u) => [u.id, u.name]) : []);
  return rows.map((r) => ({
    id: r.id,
    bookedOn: r.bookedOn,
    amountCents: r.amountCents,
    label: r.label,
    counterparty: r.counterparty,
    bankReference: r.bankReference,
    alreadyKnown: r.alreadyKnown ?? false,
    matched: r.matchedAt ? { kind: r.matchedKind!, id: r.matchedId!, at: r.matchedAt, by: r.matchedBy ? (names.get(r.matchedBy) ?? null) : null, label: labels.get(r.matchedId!) ?? r.matchedKind! } : null,
    proposals: r.matchedAt === null ? propose(r) : [],
  }));
}

/** The lines one import listed, in the file's order, each with its state and proposals. */
export async function getStatementImport(db: Executor, importId: string): Promise<{ statement: StatementImportView; lines: BankLineView[] } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(importId)) return null;
  const [row] = await db
    .select({ statement: bankStatementImports, importedByName: users.name })
    .from(bankStatementImports)
    .leftJoin(users, eq(users.id, bankStatementImports.importedBy))
    .where(eq(bankStatementImports.id, importId));
  if (!row) return null;
  const rows = await db
    .select({ line: bankStatementLines, alreadyKnown: bankStatementImportLines.alreadyKnown })
    .from(bankStatementImportLines)
    .innerJoin(bankStatementLines, eq(bankStatementLines.id, bankStatementImportLines.lineId))
    .where(eq(bankStatementImportLines.importId, importId))
    .orderBy(asc(bankStatementImportLines.position));
  return { statement: { ...row.statement, importedByName: row.importedByName }, lines: await viewLines(db, rows.map((r) => ({ ...r.line, alreadyKnown: r.alreadyKnown }))) };
}

/** Every credit line not matched yet, oldest first, with its proposals. */
export async function listOpenBankLines(db: Executor, limit = 200): Promise<BankLineView[]> {
  const rows = await db
    .select()
    .from(bankStatementLines)
    .where(and(isNull(bankStatementLines.matchedAt), gt(bankStatementLines.amountCents, 0)))
    .orderBy(asc(bankStatementLines.bookedOn), asc(bankStatementLines.createdAt))
    .limit(limit);
  return viewLines(db, rows);
}

export async function listStatementImports(db: Executor, limit = 20): Promise<StatementImportView[]> {
  const rows = await db
    .select({ statement: bankStatementImports, importedByName: users.name })
    .from(bankStatementImports)
    .leftJoin(users, eq(users.id, bankStatementImports.importedBy))
    .orderBy(desc(bankStatementImports.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.statement, importedByName: r.importedByName }));
}

// ---------------------------------------------------------------------------------------------
// Confirmation

export type ConfirmInput = { lineId: string; kind: string; targetId: string };

/**
 * The admin confirms that a credit line paid an order or an invoice. The amount, the date and the
 * reference come from the stored line, never from the browser. Running it twice for the same
 * target (a double click) answers « déjà rapprochée » and records nothing more.
 */
export async function confirmBankMatch(db: Db, user: Caller, input: ConfirmInput): Promise<BankResult<{ message: string; already?: boolean }>> {
  if (!isAdmin(user)) return refuse("forbidden");
  const recorder = RECORDERS[input.kind];
  if (!recorder) return refuse("unknown_kind");
  if (!/^[0-9a-f-]{36}$/i.test(input.lineId) || !/^[0-9a-f-]{36}$/i.test(input.targetId)) return refuse("line_not_found");
  try {
    return await db.transaction(async (tx) => {
      const [line] = await tx.select().from(bankStatementLines).where(eq(bankStatementLines.id, input.lineId)).for("update");
      if (!line) throw new BankRefusal("line_not_found");
      if (line.matchedAt) {
        if (line.matchedKind === input.kind && line.matchedId === input.targetId) return { ok: true as const, already: true, message: `Cette ligne du ${formatIsoDateFr(line.bookedOn)} est déjà rapprochée : rien de plus n'a été enregistré.` };
        throw new BankRefusal("line_matched");
      }
      if (line.amountCents <= 0) throw new BankRefusal("not_credit");
      const recorded = await recorder(tx, user, line, input.targetId);
      await tx
        .update(bankStatementLines)
        .set({
          matchedKind: input.kind,
          matchedId: input.targetId,
          paymentId: recorded.paymentId ?? null,
          accountPaymentId: recorded.accountPaymentId ?? null,
          matchedBy: user.id,
          matchedAt: new Date(),
        })
        .where(eq(bankStatementLines.id, line.id));
      log.info("bank", "statement line matched", { lineId: line.id, kind: input.kind, targetId: input.targetId, by: user.id });
      return { ok: true as const, message: recorded.message };
    });
  } catch (error) {
    if (error instanceof BankRefusal) return refuse(error.code, error.code === "refused" ? `${BANK_MESSAGES.refused} : ${error.message}` : error.message);
    throw error;
  }
}

/** For the page: counts of what is waiting. */
export async function countOpenBankLines(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(bankStatementLines).where(and(isNull(bankStatementLines.matchedAt), gt(bankStatementLines.amountCents, 0)));
  return row?.n ?? 0;
}
