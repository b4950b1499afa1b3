import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "@/lib/db/client";
import { documentSequences, invoices, orderEvents, orderLines, orders, payments, proAccounts, shipments, type InvoiceKind } from "@/lib/db/schema";
import { buildInvoiceDocument, sameAddress } from "@/lib/billing/invoice-builder";
import type { DocumentAddress, DocumentParty, InvoiceDocument, SellerParty } from "@/lib/billing/invoice-document";
import { b2bLegalMentions } from "@/lib/billing/legal-mentions";
import { dueDate, termsLabel } from "@/lib/billing/payment-terms";
import { documentNumber } from "@/lib/billing/vat";
import { PAYMENT_METHOD_LABELS } from "@/lib/payments/labels";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderNoticeEmail } from "@/lib/mail/templates/notice";
import { env } from "@/lib/shared/env";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";
import { currentTime } from "@/lib/shared/clock";
import { applyAccountCredit } from "@/lib/use-cases/invoice-payments";
import type { PostalAddress } from "@/lib/shared/postal-address";

/*
 * Issuing invoices and credit notes. A number is taken from its series (kind, year) inside the
 * issuing transaction: the sequence row stays locked until that transaction ends, so two
 * issuances never share a number, and a rolled-back one gives its number back — no gaps, no
 * duplicates (tested with 50 concurrent issuances on PostgreSQL). The document is built once and
 * frozen in the row; nothing edits an issued invoice, a correction is a credit note.
 *
 * Which orders get one:
 * - a net-30 order: its invoice on account, with a due date, when the order is placed;
 * - a professional's order paid upfront: its invoice « Acquittée » when it becomes paid;
 * - any other paid order: on demand, when its customer downloads it from the order page.
 */

export type InvoiceRow = typeof invoices.$inferSelect;
type OrderRow = typeof orders.$inferSelect;
type ProAccountRow = typeof proAccounts.$inferSelect;

/** The next number of a series; call inside the issuing transaction only. */
export async function takeDocumentNumber(tx: Executor, kind: InvoiceKind, year: number): Promise<{ sequence: number; number: string }> {
  const [row] = await tx
    .insert(documentSequences)
    .values({ kind, year, lastValue: 1 })
    .onConflictDoUpdate({ target: [documentSequences.kind, documentSequences.year], set: { lastValue: sql`${documentSequences.lastValue} + 1` } })
    .returning({ lastValue: documentSequences.lastValue });
  const sequence = row!.lastValue;
  return { sequence, number: documentNumber(kind, year, sequence) };
}

export function sellerParty(): SellerParty {
  const m = env.merchant;
  const [street, ...rest] = m.address.split("\n").map((l) => l.trim()).filter(Boolean);
  // MERCHANT_ADDRESS is written as on an envelope: street lines, « 69003 Lyon », country.
  const cityLine = rest.find((l) => /^\S*\d{4,5}\s+\S/.test(l)) ?? "";
  const [, postalCode = "", city = ""] = /^(\S+)\s+(.*)$/.exec(cityLine) ?? [];
  const streetLines = [street ?? "", ...rest.slice(0, Math.max(0, rest.indexOf(cityLine)))].filter(Boolean);
  const siret = m.siret.replace(/\s+/g, "");
  return {
    name: m.legalName,
    siren: siret.slice(0, 9) || null,
    siret: siret || null,
    vatNumber: m.vatNumber.replace(/\s+/g, "") || null,
    registrationNumber: null,
    address: { lines: streetLines, postalCode, city, country: "FR" },
    email: m.email,
    contact: null,
    phone: null,
    legalForm: m.legalForm,
    shareCapital: m.shareCapital,
    registration: m.registration,
    iban: env.bank.iban,
    bic: env.bank.bic,
  };
}

function documentAddress(a: PostalAddress): DocumentAddress {
  return { lines: [a.line1, a.line2].filter((l): l is string => Boolean(l && l.trim())), postalCode: a.postalCode, city: a.city, country: a.country };
}

const personName = (a: PostalAddress) => `${a.firstName} ${a.lastName}`.trim();

function buyerParty(order: OrderRow, account: ProAccountRow | null): DocumentParty {
  if (account) {
    return {
      name: account.companyName,
      siren: account.siren,
      siret: account.siret,
      vatNumber: account.vatNumber,
      registrationNumber: account.registrationNumber,
      address: documentAddress(account.billingAddress),
      email: account.contactEmail,
      contact: account.contactName,
      phone: account.phone,
    };
  }
  return {
    name: order.billingAddress.company?.trim() || personName(order.billingAddress),
    siren: null,
    siret: null,
    vatNumber: null,
    registrationNumber: null,
    address: documentAddress(order.billingAddress),
    email: order.email,
    contact: order.billingAddress.company ? personName(order.billingAddress) : null,
    phone: order.phone,
  };
}

const MEANS: Record<string, InvoiceDocument["paymentMeansCode"]> = { card: "48", paypal: "68", transfer: "30", cheque: "20", net30: "30" };

/** The approved pro account of an order's customer, if any. */
export async function proAccountOfOrder(tx: Executor, order: Pick<OrderRow, "userId">): Promise<ProAccountRow | null> {
  if (!order.userId) return null;
  const [account] = await tx.select().from(proAccounts).where(and(eq(proAccounts.userId, order.userId), eq(proAccounts.status, "approved")));
  return account ?? null;
}

export async function invoiceOfOrder(tx: Executor, orderId: string): Promise<InvoiceRow | null> {
  const [row] = await tx.select().from(invoices).where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "invoice")));
  return row ?? null;
}

/**
 * The day the goods left: the first parcel's day (lib/use-cases/ship-order.ts writes one
 * shipments row, and its `order_shipped` event, per parcel), else the order's day.
 */
async function deliveryDay(tx: Executor, order: OrderRow): Promise<string> {
  const [first] = await tx.select({ shippedOn: shipments.shippedOn }).from(shipments).where(eq(shipments.orderId, order.id)).orderBy(asc(shipments.shippedOn)).limit(1);
  return first?.shippedOn ?? todayInParis(order.createdAt);
}

/**
 * Issues the invoice of an order in the caller's transaction (the order row locked by the
 * caller), or returns the one it already has. "on_account": net-30, due per the account's terms.
 * "settled": the order is paid, the invoice says so.
 */
export async function issueInvoiceForOrder(
  tx: Tx,
  orderId: string,
  mode: "on_account" | "settled",
  now = currentTime(),
  /** Paid in several cheques: the schedule replaces the account's terms (its last day is the due date). */
  options: { instalments?: { dueOn: string; amountCents: number }[] } = {},
): Promise<InvoiceRow> {
  const existing = await invoiceOfOrder(tx, orderId);
  if (existing) return existing;
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  if (!order) throw new Error(`order ${orderId} not found`);
  const account = await proAccountOfOrder(tx, order);
  if (mode === "on_account" && !account) throw new Error("an invoice on account needs an approved professional account");
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));

  const issueDate = todayInParis(now);
  const year = Number(issueDate.slice(0, 4));
  const { sequence, number } = await takeDocumentNumber(tx, "invoice", year);

  let settled: InvoiceDocument["settled"] = null;
  let means = MEANS[order.paymentMethod] ?? "30";
  if (mode === "settled") {
    const [paid] = await tx
      .select({ method: payments.method, paidAt: payments.paidAt, receivedOn: payments.receivedOn, updatedAt: payments.updatedAt })
      .from(payments)
      .where(and(eq(payments.orderId, orderId), eq(payments.status, "paid")))
      .orderBy(desc(payments.updatedAt))
      .limit(1);
    const method = paid?.method ?? order.paymentMethod;
    means = MEANS[method] ?? means;
    settled = { on: paid?.receivedOn ?? todayInParis(paid?.paidAt ?? paid?.updatedAt ?? now), methodLabel: PAYMENT_METHOD_LABELS[method] };
  }
  const terms = account ? { kind: account.termsKind, days: account.termsDays } : null;
  const schedule = mode === "on_account" && options.instalments?.length ? options.instalments : null;
  const due = schedule ? schedule[schedule.length - 1]!.dueOn : mode === "on_account" && terms ? dueDate(issueDate, terms) : null;
  const buyer = buyerParty(order, account);
  const shipTo = documentAddress(order.shippingAddress);

  const document = buildInvoiceDocument({
    kind: "invoice",
    number,
    issueDate,
    deliveryDate: await deliveryDay(tx, order),
    dueDate: due,
    orderReference: order.reference,
    seller: sellerParty(),
    buyer,
    deliveryAddress: sameAddress(shipTo, buyer.address) ? null : { ...shipTo, name: order.shippingAddress.company?.trim() || personName(order.shippingAddress) },
    lines: lines.map((l) => ({ name: l.name, quantity: l.quantity, lineTotalCents: l.lineTotalCents, vatRateBp: l.vatRateBp })),
    shipping: { totalCents: order.shippingCents, vatRateBp: env.shipping.vatRateBp },
    vatExemption: order.vatExemption,
    paidCents: mode === "settled" ? order.totalCents : 0,
    settled,
    paymentTermsText: schedule
      ? `Paiement en ${schedule.length} chèques, déposés aux dates de l'échéancier, le dernier le ${formatIsoDateFr(due)}.`
      : due && terms
        ? `Paiement à ${termsLabel(terms)}, soit au plus tard le ${formatIsoDateFr(due)}.`
        : "Payée à la commande.",
    instalments: schedule,
    paymentMeansCode: schedule ? "20" : means,
    legalMentions: account ? b2bLegalMentions(env.invoiceTerms) : [],
  });
  if (document.totals.grossCents !== order.totalCents) {
    throw new Error(`invoice total ${document.totals.grossCents} differs from order ${order.reference} total ${order.totalCents}`);
  }

  const [row] = await tx
    .insert(invoices)
    .values({
      kind: "invoice",
      number,
      year,
      sequence,
      orderId,
      proAccountId: account?.id ?? null,
      issueDate,
      dueDate: due,
      totalCents: document.totals.grossCents,
      netCents: document.totals.netCents,
      vatCents: document.totals.vatCents,
      paidCents: document.totals.paidCents,
      settledAt: mode === "settled" ? now : null,
      document,
    })
    .returning();
  await tx.insert(orderEvents).values({
    orderId,
    actorType: "system",
    actorId: "invoices",
    type: "invoice_issued",
    data: { number, mode, totalCents: document.totals.grossCents, dueDate: due },
  });
  if (account) {
    await enqueueEmail(tx, {
      to: account.contactEmail,
      template: EMAIL_TEMPLATES.invoiceIssued,
      orderId,
      email: renderNoticeEmail({
        subject: `Facture ${number} – commande ${order.reference}`,
        greeting: `Bonjour ${account.contactName},`,
        paragraphs:
          mode === "on_account"
            ? [`Voici la facture ${number} de votre commande ${order.reference}, à régler au plus tard le ${formatIsoDateFr(due)}.`, "Vous la téléchargez (PDF Factur-X, lisible par votre logiciel comptable) et la réglez depuis votre espace pro."]
            : [`Voici la facture acquittée ${number} de votre commande ${order.reference}.`, "Vous la téléchargez (PDF Factur-X) depuis votre espace pro."],
        details: [
          ["Facture", number],
          ["Montant TTC", formatEur(document.totals.grossCents)],
          ...(due ? ([["Échéance", formatIsoDateFr(due)]] as [string, string][]) : []),
        ],
        action: { url: `${env.appUrl}/pro/factures/${encodeURIComponent(number)}`, label: "Voir la facture" },
        signature: `L'équipe ${env.merchant.name}`,
      }),
    });
  }
  // Money the account holds beyond what it owed pays the new invoice first.
  if (mode === "on_account" && account) await applyAccountCredit(tx, account.id);
  log.info("invoices", "invoice issued", { number, orderId, mode });
  return row!;
}

/**
 * An order just became paid: a professional's gets its invoice « Acquittée » now (a net-30
 * order has had its invoice since it was placed). Others get theirs when they ask for it.
 */
export async function invoiceOnceOrderPaid(tx: Tx, orderId: string): Promise<void> {
  const [order] = await tx.select({ userId: orders.userId }).from(orders).where(eq(orders.id, orderId));
  if (!order || !(await proAccountOfOrder(tx, order))) return;
  await issueInvoiceForOrder(tx, orderId, "settled");
}

/** Open invoices of an account, oldest due first (what a payment pays first). */
export async function openInvoicesOf(tx: Executor, accountId: string): Promise<InvoiceRow[]> {
  return tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.proAccountId, accountId), eq(invoices.kind, "invoice"), isNull(invoices.settledAt)))
    .orderBy(asc(invoices.dueDate), asc(invoices.sequence));
}

/** An invoice or credit note of this account by its number; null for any other account's (a 404). */
export async function invoiceOfAccount(db: Executor, accountId: string, number: string): Promise<InvoiceRow | null> {
  const [row] = await db.select().from(invoices).where(and(eq(invoices.number, number), eq(invoices.proAccountId, accountId)));
  return row ?? null;
}


/**
 * The invoice of an order for its order page: the one issued, or, for a paid order that has none
 * yet (a consumer's), issued now « Acquittée ». Null while the order is not paid.
 */
export async function invoiceForOrderPage(db: Db, orderId: string): Promise<InvoiceRow | null> {
  const existing = await invoiceOfOrder(db, orderId);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const [order] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)).for("update");
    // Paid, or paid then partly refunded (the refund's credit note corrects it); never before.
    if (!order || (order.status !== "paid" && order.status !== "partially_refunded")) return null;
    return issueInvoiceForOrder(tx, orderId, "settled");
  });
}
