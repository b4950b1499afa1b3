import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "@/lib/db/client";
import { invoiceAllocations, invoices, orderEvents, orders, payments, proAccountEvents, proAccounts } from "@/lib/db/schema";
import { buildInvoiceDocument } from "@/lib/billing/invoice-builder";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { remainingCents } from "@/lib/billing/invoice-status";
import { splitProportionally } from "@/lib/billing/vat";
import { recordOrderEvent, transitionOrder } from "@/lib/orders/events";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderNoticeEmail } from "@/lib/mail/templates/notice";
import { env } from "@/lib/shared/env";
import { todayInParis } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";
import { sellerParty, takeDocumentNumber } from "@/lib/use-cases/invoices";
import type { Admin } from "@/lib/use-cases/pro-accounts";

/*
 * Credit notes (avoirs): the only way to correct an issued invoice, which itself never changes.
 *
 * issueCreditNote, in one transaction with the invoice row locked (two admins crediting the same
 * invoice at once are served one after the other, so the cap below holds):
 * - the amount is at most the invoice's total minus its earlier credit notes ("full": all of that);
 * - the credit note takes the next number of its own gapless series (« A-2026-000001 »), and its
 *   document has one line per VAT rate of the invoice, the amount shared over the rates in
 *   proportion to what each rate weighed on the invoice (largest remainders: the shares add up to
 *   the amount exactly), citing the invoice (precedingInvoice) and the reason;
 * - on an invoice still owed, the credit note pays it first (an invoice_allocations row with
 *   credit_note_id). If that settles the invoice, its order has nothing more to wait for: an
 *   on-account order that received no money is cancelled (the sale is undone), one that received
 *   some is paid (the money and the credit note together cover it) — both through the
 *   transitions table. Stock is not put back: the goods may have left; a return is its own story;
 * - what the invoice no longer owed (it was paid) becomes credit on a professional's account,
 *   which pays its next invoices; for a customer without one, the money is refunded separately
 *   (by the refund the admin makes), which the result and the order's timeline say.
 *
 * A double click does not issue two credit notes: the form carries a random key, recorded in the
 * order event of the credit note; the same key again answers "already" with the first one.
 */

type InvoiceRow = typeof invoices.$inferSelect;

export type CreditNoteRequest = ({ full: true } | { full?: false; amountCents: number }) & {
  reason: string;
  requestKey?: string;
  /**
   * « refunded »: the credit note records money already given back (a refund through a provider,
   * or by transfer or cheque): it neither pays the invoice nor becomes account credit.
   */
  settlement?: "refunded";
};

/** Who issues a credit note: an admin, or the shop itself (a refund a provider reported). */
export type CreditNoteIssuer = Admin | null;

export type CreditNoteResult =
  | {
      ok: true;
      creditNoteId: string;
      number: string;
      amountCents: Cents;
      /** What paid the invoice itself (it still owed that much). */
      allocatedCents: Cents;
      /** Put on the professional account as credit. */
      accountCreditCents: Cents;
      /** To refund separately (an invoice already paid by a customer without a pro account). */
      toRefundCents: Cents;
      orderOutcome: "cancelled" | "paid" | null;
      already?: boolean;
    }
  | { ok: false; message: string };

export const CREDIT_NOTE_MESSAGES = {
  notFound: "Cette facture n'existe pas.",
  notAnInvoice: "Un avoir se fait sur une facture, pas sur un autre avoir.",
  reason: "Indiquez le motif de l'avoir (3 caractères au moins) : il figure sur le document.",
  reasonTooLong: "Le motif tient en 300 caractères au plus.",
  amount: "Le montant de l'avoir doit être positif, au centime près.",
  nothingLeft: "Cette facture est déjà entièrement annulée par des avoirs.",
} as const;

export const tooMuchMessage = (creditableCents: Cents) => `L'avoir ne peut dépasser ${formatEur(creditableCents)} : le total de la facture moins les avoirs déjà émis.`;

/**
 * An amount shared over weights (each rate's TTC on the invoice), in proportion, the cents left
 * by rounding down going to the largest remainders: the shares always add up to the amount.
 */
export function shareOverRates(amountCents: Cents, weights: readonly { vatRateBp: number; weightCents: Cents }[]): { vatRateBp: number; totalCents: Cents }[] {
  if (weights.reduce((s, w) => s + w.weightCents, 0) <= 0) throw new Error("an invoice with nothing to credit");
  const out = splitProportionally(amountCents, weights.map((w) => w.weightCents));
  return weights.map((w, i) => ({ vatRateBp: w.vatRateBp, totalCents: out[i]! })).filter((s) => s.totalCents > 0);
}

function exemptionOf(doc: InvoiceDocument): "reverse_charge" | "export" | null {
  if (doc.vat.some((v) => v.vatCategory === "AE")) return "reverse_charge";
  if (doc.vat.some((v) => v.vatCategory === "G")) return "export";
  return null;
}

const rateWords = (bp: number) => `${(bp / 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;

/** What earlier credit notes took off an invoice. */
export async function creditedCents(tx: Executor, invoiceId: string): Promise<Cents> {
  const [row] = await tx
    .select({ total: sql<number>`coalesce(sum(${invoices.totalCents}), 0)::int` })
    .from(invoices)
    .where(and(eq(invoices.kind, "credit_note"), eq(invoices.correctsInvoiceId, invoiceId)));
  return Number(row?.total ?? 0);
}

/** A credit note already issued by the same form (a double click). */
async function creditNoteOfRequest(tx: Executor, orderId: string, requestKey: string): Promise<InvoiceRow | null> {
  const [event] = await tx
    .select({ number: sql<string>`${orderEvents.data}->>'number'` })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "credit_note_issued"), sql`${orderEvents.data}->>'requestKey' = ${requestKey}`))
    .limit(1);
  if (!event) return null;
  const [row] = await tx.select().from(invoices).where(eq(invoices.number, event.number));
  return row ?? null;
}

export async function issueCreditNote(db: Db, admin: Admin, invoiceId: string, request: CreditNoteRequest, now = new Date()): Promise<CreditNoteResult> {
  return db.transaction((tx) => issueCreditNoteInTx(tx, admin, invoiceId, request, now));
}

/**
 * The same, in the caller's transaction: a refund writes its credit note with the refund record
 * (lib/use-cases/refund-follow-up.ts), so that neither exists without the other.
 */
export async function issueCreditNoteInTx(tx: Tx, admin: CreditNoteIssuer, invoiceId: string, request: CreditNoteRequest, now = new Date()): Promise<CreditNoteResult> {
  const reason = request.reason.trim();
  if (reason.length < 3) return { ok: false, message: CREDIT_NOTE_MESSAGES.reason };
  if (reason.length > 300) return { ok: false, message: CREDIT_NOTE_MESSAGES.reasonTooLong };
  if (!request.full && (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0)) return { ok: false, message: CREDIT_NOTE_MESSAGES.amount };

  // The account first, then the invoice: the order in which recording a payment locks them.
  const [owner] = await tx.select({ proAccountId: invoices.proAccountId }).from(invoices).where(eq(invoices.id, invoiceId));
  if (!owner) return { ok: false, message: CREDIT_NOTE_MESSAGES.notFound };
  const [account] = owner.proAccountId ? await tx.select().from(proAccounts).where(eq(proAccounts.id, owner.proAccountId)).for("update") : [];
  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, invoiceId)).for("update");
  if (!invoice) return { ok: false, message: CREDIT_NOTE_MESSAGES.notFound };
  if (invoice.kind !== "invoice") return { ok: false, message: CREDIT_NOTE_MESSAGES.notAnInvoice };

  if (request.requestKey) {
    const earlier = await creditNoteOfRequest(tx, invoice.orderId, request.requestKey);
    if (earlier) return { ...(await outcomeOf(tx, earlier)), already: true };
  }

  const creditable = invoice.totalCents - (await creditedCents(tx, invoice.id));
  if (creditable <= 0) return { ok: false, message: CREDIT_NOTE_MESSAGES.nothingLeft };
  const amountCents = request.full ? creditable : request.amountCents;
  if (amountCents > creditable) return { ok: false, message: tooMuchMessage(creditable) };

  const original = invoice.document as InvoiceDocument;
  // Money already given back settles nothing and credits nothing: the refund was the settlement.
  const refunded = request.settlement === "refunded";
  const allocatedCents = refunded ? 0 : Math.min(amountCents, remainingCents(invoice));
  const restCents = amountCents - allocatedCents;
  const accountCreditCents = account && !refunded ? restCents : 0;
  const toRefundCents = refunded ? 0 : restCents - accountCreditCents;

  const issueDate = todayInParis(now);
  const year = Number(issueDate.slice(0, 4));
  const { sequence, number } = await takeDocumentNumber(tx, "credit_note", year);
  const shares = shareOverRates(
    amountCents,
    original.vat.map((v) => ({ vatRateBp: v.vatRateBp, weightCents: v.netCents + v.vatCents })),
  );
  const settlement = [
    allocatedCents > 0 ? `Imputé sur la facture ${invoice.number} : ${formatEur(allocatedCents)}.` : null,
    accountCreditCents > 0 ? `Porté au crédit de votre compte, imputé sur vos prochaines factures : ${formatEur(accountCreditCents)}.` : null,
    toRefundCents > 0 ? `Remboursé séparément : ${formatEur(toRefundCents)}.` : null,
    refunded ? `Remboursé : ${formatEur(amountCents)}.` : null,
  ].filter(Boolean);
  const document = buildInvoiceDocument({
    kind: "credit_note",
    number,
    issueDate,
    deliveryDate: original.deliveryDate,
    dueDate: null,
    orderReference: original.orderReference,
    seller: sellerParty(),
    buyer: original.buyer,
    deliveryAddress: original.deliveryAddress,
    lines: shares.map((s) => ({
      name: shares.length > 1 ? `Avoir sur la facture ${invoice.number} (TVA ${rateWords(s.vatRateBp)})` : `Avoir sur la facture ${invoice.number}`,
      quantity: 1,
      lineTotalCents: s.totalCents,
      vatRateBp: s.vatRateBp,
    })),
    shipping: { totalCents: 0, vatRateBp: 0 },
    vatExemption: exemptionOf(original),
    paidCents: 0,
    settled: null,
    paymentTermsText: settlement.join(" "),
    paymentMeansCode: original.paymentMeansCode,
    legalMentions: original.legalMentions,
    precedingInvoice: { number: invoice.number, issueDate: invoice.issueDate },
    reason,
  });
  if (document.totals.grossCents !== amountCents) throw new Error(`credit note total ${document.totals.grossCents} differs from ${amountCents}`);

  const [creditNote] = await tx
    .insert(invoices)
    .values({
      kind: "credit_note",
      number,
      year,
      sequence,
      orderId: invoice.orderId,
      proAccountId: invoice.proAccountId,
      correctsInvoiceId: invoice.id,
      issueDate,
      dueDate: null,
      totalCents: document.totals.grossCents,
      netCents: document.totals.netCents,
      vatCents: document.totals.vatCents,
      document,
    })
    .returning();

  let orderOutcome: "cancelled" | "paid" | null = null;
  if (allocatedCents > 0) {
    await tx.insert(invoiceAllocations).values({ invoiceId: invoice.id, creditNoteId: creditNote!.id, amountCents: allocatedCents, applied: true });
    const paidCents = invoice.paidCents + allocatedCents;
    const settled = paidCents >= invoice.totalCents;
    await tx.update(invoices).set({ paidCents, settledAt: settled ? now : null }).where(eq(invoices.id, invoice.id));
    if (settled) orderOutcome = await closeSettledOrder(tx, invoice, number, admin);
  }
  if (account && accountCreditCents > 0) {
    await tx
      .update(proAccounts)
      .set({ creditCents: account.creditCents + accountCreditCents, updatedAt: now })
      .where(eq(proAccounts.id, account.id));
  }
  if (account) {
    await tx.insert(proAccountEvents).values({
      proAccountId: account.id,
      actorType: admin ? "admin" : "system",
      actorId: admin?.id ?? null,
      type: "credit_note_issued",
      reason,
      data: { number, invoiceNumber: invoice.number, amountCents, allocatedCents, accountCreditCents, by: admin?.name ?? null },
    });
  }
  await recordOrderEvent(tx, {
    orderId: invoice.orderId,
    actor: admin ? { type: "admin", id: admin.id } : { type: "system" },
    type: "credit_note_issued",
    reason: `Avoir ${number} de ${formatEur(amountCents)} sur la facture ${invoice.number} : ${reason}${toRefundCents > 0 ? ` (${formatEur(toRefundCents)} à rembourser)` : ""}`,
    data: { number, invoiceNumber: invoice.number, amountCents, allocatedCents, accountCreditCents, toRefundCents, requestKey: request.requestKey ?? null },
  });
  await emailCreditNote(tx, invoice, account ?? null, document);
  log.info("invoices", "credit note issued", { number, invoice: invoice.number, amountCents, allocatedCents, accountCreditCents, toRefundCents });
  return { ok: true, creditNoteId: creditNote!.id, number, amountCents, allocatedCents, accountCreditCents, toRefundCents, orderOutcome };
}

/** The invoice is settled with the help of a credit note: its on-account order stops waiting. */
async function closeSettledOrder(tx: Tx, invoice: InvoiceRow, number: string, admin: CreditNoteIssuer): Promise<"cancelled" | "paid" | null> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, invoice.orderId)).for("update");
  if (!order || order.status !== "on_account") return null;
  const received = order.paidCents - order.refundedCents > 0;
  const to = received ? "paid" : "cancelled";
  await transitionOrder(tx, {
    orderId: order.id,
    to,
    actor: admin ? { type: "admin", id: admin.id } : { type: "system" },
    reason: received ? `Facture ${invoice.number} soldée par les règlements reçus et l'avoir ${number}` : `Facture ${invoice.number} entièrement annulée par l'avoir ${number}`,
    data: { creditNote: number },
  });
  // The net-30 line waited for the invoice's money: it ends with the order.
  await tx
    .update(payments)
    .set({ status: received ? "paid" : "cancelled", ...(received ? { paidAt: new Date() } : {}), updatedAt: new Date() })
    .where(and(eq(payments.orderId, order.id), eq(payments.method, "net30"), eq(payments.status, "pending")));
  return to;
}

/** An answer for a credit note already issued (the same form sent twice), from what was recorded. */
async function outcomeOf(tx: Executor, creditNote: InvoiceRow): Promise<Extract<CreditNoteResult, { ok: true }>> {
  const [event] = await tx
    .select({ data: orderEvents.data })
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, creditNote.orderId), eq(orderEvents.type, "credit_note_issued"), sql`${orderEvents.data}->>'number' = ${creditNote.number}`))
    .orderBy(asc(orderEvents.id))
    .limit(1);
  const data: Record<string, unknown> = event?.data ?? {};
  const n = (key: string) => {
    const value = data[key];
    return typeof value === "number" ? value : 0;
  };
  return {
    ok: true,
    creditNoteId: creditNote.id,
    number: creditNote.number,
    amountCents: creditNote.totalCents,
    allocatedCents: n("allocatedCents"),
    accountCreditCents: n("accountCreditCents"),
    toRefundCents: n("toRefundCents"),
    orderOutcome: null,
  };
}

async function emailCreditNote(tx: Tx, invoice: InvoiceRow, account: typeof proAccounts.$inferSelect | null, document: InvoiceDocument) {
  const [order] = await tx.select({ email: orders.email, reference: orders.reference }).from(orders).where(eq(orders.id, invoice.orderId));
  const to = account?.contactEmail ?? order?.email;
  if (!to) return;
  const url = account ? `${env.appUrl}/pro/factures/${encodeURIComponent(document.number)}` : null;
  await enqueueEmail(tx, {
    to,
    template: EMAIL_TEMPLATES.creditNoteIssued,
    orderId: invoice.orderId,
    email: renderNoticeEmail({
      subject: `Avoir ${document.number} sur la facture ${invoice.number}`,
      greeting: account ? `Bonjour ${account.contactName},` : "Bonjour,",
      paragraphs: [`Nous avons émis l'avoir ${document.number} sur la facture ${invoice.number} (commande ${order?.reference ?? document.orderReference}).`, `Motif : ${document.reason ?? ""}`, document.paymentTermsText],
      details: [
        ["Avoir", document.number],
        ["Facture corrigée", invoice.number],
        ["Montant TTC", formatEur(document.totals.grossCents)],
      ],
      ...(url ? { action: { url, label: "Voir l'avoir" } } : {}),
      signature: `L'équipe ${env.merchant.name}`,
    }),
  });
}

export type CreditableInvoice = {
  id: string;
  number: string;
  totalCents: Cents;
  remainingCents: Cents;
  /** The invoice's total minus its credit notes: the most a new credit note may be. */
  creditableCents: Cents;
  creditNotes: { number: string; totalCents: Cents; issueDate: string }[];
  /** The invoice belongs to a professional account (an excess becomes its credit). */
  proAccountId: string | null;
};

/** The invoice of an order and its credit notes, for the back-office's order page; null when it has none. */
export async function creditableInvoiceOfOrder(db: Db, orderId: string): Promise<CreditableInvoice | null> {
  const rows = await db.select().from(invoices).where(eq(invoices.orderId, orderId)).orderBy(asc(invoices.sequence));
  const invoice = rows.find((r) => r.kind === "invoice");
  if (!invoice) return null;
  return creditableOf(invoice, rows.filter((r) => r.correctsInvoiceId === invoice.id));
}

/** What each invoice of a professional account may still be credited, by invoice id. */
export async function creditableInvoicesOfAccount(db: Db, accountId: string): Promise<Map<string, CreditableInvoice>> {
  const rows = await db.select().from(invoices).where(eq(invoices.proAccountId, accountId)).orderBy(asc(invoices.sequence));
  const out = new Map<string, CreditableInvoice>();
  for (const invoice of rows.filter((r) => r.kind === "invoice")) {
    out.set(invoice.id, creditableOf(invoice, rows.filter((r) => r.correctsInvoiceId === invoice.id)));
  }
  return out;
}

function creditableOf(invoice: InvoiceRow, notes: InvoiceRow[]): CreditableInvoice {
  const credited = notes.reduce((s, n) => s + n.totalCents, 0);
  return {
    id: invoice.id,
    number: invoice.number,
    totalCents: invoice.totalCents,
    remainingCents: remainingCents(invoice),
    creditableCents: Math.max(0, invoice.totalCents - credited),
    creditNotes: notes.map((n) => ({ number: n.number, totalCents: n.totalCents, issueDate: n.issueDate })),
    proAccountId: invoice.proAccountId,
  };
}
