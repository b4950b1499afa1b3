import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { accountPayments, invoiceAllocations, invoices, orders, proAccountEvents, proAccounts, shipments, type ProAccountStatus } from "@/lib/db/schema";
import { ageing, invoiceStatus, remainingCents, type Ageing, type InvoiceStatus } from "@/lib/billing/invoice-status";
import { termsLabel } from "@/lib/billing/payment-terms";
import { todayInParis } from "@/lib/shared/dates";
import type { DocumentParty, InvoiceDocument } from "@/lib/billing/invoice-document";
import { buildStatement, type Statement, type StatementEntry } from "@/lib/billing/statement";
import { sellerParty } from "@/lib/use-cases/invoices";
import { shipmentView, type ShipmentView } from "@/lib/use-cases/ship-order";

/*
 * What a professional account owes and has paid, as the portal (/pro) and the back-office's pro
 * page show it: one reading, from the invoices and the payments applied to them.
 */

export type PortalInvoice = {
  id: string;
  kind: "invoice" | "credit_note";
  number: string;
  orderId: string;
  issueDate: string;
  dueDate: string | null;
  totalCents: number;
  paidCents: number;
  remainingCents: number;
  status: InvoiceStatus;
};

export type PortalPayment = {
  id: string;
  reference: string;
  method: "card" | "transfer" | "cheque" | "credit";
  status: string;
  amountCents: number;
  on: string;
  offlineReference: string | null;
  invoices: { number: string; amountCents: number }[];
};

export type AccountView = {
  account: typeof proAccounts.$inferSelect;
  termsLabel: string;
  invoices: PortalInvoice[];
  payments: PortalPayment[];
  ageing: Ageing;
  /** What open invoices still owe, minus nothing: credit is shown apart, never netted silently. */
  balanceCents: number;
  roomCents: number;
  events: (typeof proAccountEvents.$inferSelect)[];
  /** The latest parcels sent for the account's orders, newest first. */
  shipments: (ShipmentView & { orderReference: string })[];
};

export async function accountView(db: Db, accountId: string, today = todayInParis()): Promise<AccountView | null> {
  // Every read at once, each keyed by the account id (the parcels through the account's user, the
  // allocations through its payments, as subqueries): one round trip of latency instead of three.
  const paymentStatuses = ["paid", "pending", "partially_refunded", "refunded"] as const;
  const ofAccount = and(eq(accountPayments.proAccountId, accountId), inArray(accountPayments.status, [...paymentStatuses]));
  const [[account], rows, paymentRows, events, parcels, allocations] = await Promise.all([
    db.select().from(proAccounts).where(eq(proAccounts.id, accountId)),
    db.select().from(invoices).where(eq(invoices.proAccountId, accountId)).orderBy(desc(invoices.issueDate), desc(invoices.sequence)),
    db.select().from(accountPayments).where(ofAccount).orderBy(desc(accountPayments.createdAt)),
    db.select().from(proAccountEvents).where(eq(proAccountEvents.proAccountId, accountId)).orderBy(desc(proAccountEvents.id)).limit(50),
    db
      .select({ shipment: shipments, orderReference: orders.reference })
      .from(shipments)
      .innerJoin(orders, eq(orders.id, shipments.orderId))
      .where(sql`${orders.userId} = (select ${proAccounts.userId} from ${proAccounts} where ${proAccounts.id} = ${accountId})`)
      .orderBy(desc(shipments.shippedOn), desc(shipments.createdAt))
      .limit(20),
    db
      .select({ accountPaymentId: invoiceAllocations.accountPaymentId, number: invoices.number, amountCents: invoiceAllocations.amountCents })
      .from(invoiceAllocations)
      .innerJoin(invoices, eq(invoices.id, invoiceAllocations.invoiceId))
      .where(inArray(invoiceAllocations.accountPaymentId, db.select({ id: accountPayments.id }).from(accountPayments).where(ofAccount)))
      .orderBy(asc(invoiceAllocations.id)),
  ]);
  if (!account) return null;
  const list: PortalInvoice[] = rows.map((i) => ({
    id: i.id,
    kind: i.kind,
    number: i.number,
    orderId: i.orderId,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    totalCents: i.totalCents,
    paidCents: i.paidCents,
    remainingCents: i.kind === "invoice" ? remainingCents(i) : 0,
    status: i.kind === "invoice" ? invoiceStatus(i, today) : "paid",
  }));
  const open = rows.filter((i) => i.kind === "invoice");
  const age = ageing(open, today);
  return {
    account,
    termsLabel: termsLabel({ kind: account.termsKind, days: account.termsDays }),
    invoices: list,
    payments: paymentRows.map((p) => ({
      id: p.id,
      reference: p.reference,
      method: p.method,
      status: p.status,
      amountCents: p.amountCents,
      on: p.receivedOn ?? todayInParis(p.createdAt),
      offlineReference: p.offlineReference,
      invoices: allocations.filter((a) => a.accountPaymentId === p.id).map((a) => ({ number: a.number, amountCents: a.amountCents })),
    })),
    ageing: age,
    balanceCents: age.totalCents,
    roomCents: Math.max(0, account.creditLimitCents - age.totalCents),
    events,
    shipments: parcels.map(({ shipment, orderReference }) => ({ ...shipmentView(shipment), orderReference })),
  };
}

export async function accountIdOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ id: proAccounts.id, status: proAccounts.status }).from(proAccounts).where(eq(proAccounts.userId, userId));
  return row && row.status === "approved" ? row.id : null;
}

/**
 * The account's statement over [from, to]: its invoices and credit notes, the money it paid
 * against them (a credit applied is not money: it is left out, the overpayment that made it
 * already counted), and for an invoice paid at the order (« Acquittée ») the payment it records.
 */
export async function statementFor(db: Db, accountId: string, from: string, to: string): Promise<Statement | null> {
  const [account] = await db.select().from(proAccounts).where(eq(proAccounts.id, accountId));
  if (!account) return null;
  const [docs, paid] = await Promise.all([
    db.select().from(invoices).where(eq(invoices.proAccountId, accountId)),
    db
      .select()
      .from(accountPayments)
      .where(and(eq(accountPayments.proAccountId, accountId), inArray(accountPayments.status, ["paid", "partially_refunded", "refunded"]))),
  ]);
  const entries: StatementEntry[] = [];
  for (const d of docs) {
    const doc = d.document as InvoiceDocument;
    entries.push({ day: d.issueDate, kind: d.kind, reference: d.number, label: d.kind === "invoice" ? `Facture (commande ${doc.orderReference})` : "Avoir", amountCents: d.totalCents });
    if (d.kind === "invoice" && doc.settled) {
      entries.push({ day: doc.settled.on, kind: "payment", reference: d.number, label: `Réglée à la commande (${doc.settled.methodLabel.toLowerCase()})`, amountCents: d.totalCents });
    }
  }
  const refunds = await db.select().from(proAccountEvents).where(and(eq(proAccountEvents.proAccountId, accountId), eq(proAccountEvents.type, "credit_refunded")));
  for (const r of refunds) {
    const data = r.data ?? {};
    const amountCents = typeof data.amountCents === "number" ? data.amountCents : 0;
    const day = typeof data.paidOn === "string" ? data.paidOn : todayInParis(r.createdAt);
    const reference = typeof data.reference === "string" ? data.reference : "";
    if (amountCents > 0) entries.push({ day, kind: "refund", reference, label: `Remboursement d'avoir (${data.method === "cheque" ? "chèque" : "virement"})`, amountCents });
  }
  for (const p of paid) {
    if (p.method === "credit") continue;
    const how = p.method === "card" ? "Paiement par carte" : p.method === "transfer" ? "Virement reçu" : "Chèque encaissé";
    entries.push({ day: p.receivedOn ?? todayInParis(p.createdAt), kind: "payment", reference: p.reference, label: `${how}${p.offlineReference ? ` ${p.offlineReference}` : ""}`, amountCents: p.amountCents });
  }
  const company: DocumentParty = {
    name: account.companyName,
    siren: account.siren,
    siret: account.siret,
    vatNumber: account.vatNumber,
    registrationNumber: account.registrationNumber,
    address: { lines: [account.billingAddress.line1, account.billingAddress.line2].filter((l): l is string => Boolean(l)), postalCode: account.billingAddress.postalCode, city: account.billingAddress.city, country: account.billingAddress.country },
    email: account.contactEmail,
    contact: account.contactName,
    phone: account.phone,
  };
  return buildStatement({ seller: sellerParty(), company, from, to, issuedOn: todayInParis(), entries });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A statement period from the form (?du=…&au=…): valid days, in order, at most ten years. */
export function statementPeriod(params: URLSearchParams, today = todayInParis()): { from: string; to: string } | null {
  const from = params.get("du") ?? `${today.slice(0, 4)}-01-01`;
  const to = params.get("au") ?? today;
  if (!DAY.test(from) || !DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || from > to) return null;
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10) return null;
  return { from, to };
}

/*
 * The back-office's list of professional accounts (/admin/professionnels): each account with what
 * it owes, what is late and its credit, the count per filter, and the ageing of every account
 * that owes something, from the same rules as accountView (ageing, remainingCents).
 */

export const PRO_LIST_FILTERS = ["a-valider", "valides", "suspendus", "refuses", "tous"] as const;
export type ProListFilter = (typeof PRO_LIST_FILTERS)[number];

export type ProListRow = {
  id: string;
  companyName: string;
  country: string;
  siret: string | null;
  vatNumber: string | null;
  registrationNumber: string | null;
  contactName: string;
  contactEmail: string;
  phone: string;
  status: ProAccountStatus;
  onHold: boolean;
  createdAt: Date;
  decidedAt: Date | null;
  balanceCents: number;
  overdueCents: number;
  creditCents: number;
  creditLimitCents: number;
  ageing: Ageing;
};

export type ProList = {
  rows: ProListRow[];
  counts: Record<ProListFilter, number>;
  /** Accounts that owe something, with the total of every bucket. */
  ageing: { rows: ProListRow[]; total: Ageing };
};

function filterOf(row: Pick<ProListRow, "status" | "onHold">): Exclude<ProListFilter, "tous"> {
  if (row.status === "pending") return "a-valider";
  if (row.status === "rejected") return "refuses";
  return row.onHold ? "suspendus" : "valides";
}

/** One collator for the whole sort: localeCompare(…, "fr") builds one per comparison, seconds for 10 000 accounts. */
const FRENCH = new Intl.Collator("fr");

const STATUS_ORDER: Record<Exclude<ProListFilter, "tous">, number> = { "a-valider": 0, suspendus: 1, valides: 2, refuses: 3 };

export async function listProAccountsForAdmin(db: Db, filter: ProListFilter, today = todayInParis()): Promise<ProList> {
  const [accounts, open] = await Promise.all([
    // Only the columns the list shows: the whole row (addresses as JSON, hold reasons…) costs
    // five times as much to read and map for 10 000 accounts.
    db
      .select({
        id: proAccounts.id,
        companyName: proAccounts.companyName,
        country: proAccounts.country,
        siret: proAccounts.siret,
        vatNumber: proAccounts.vatNumber,
        registrationNumber: proAccounts.registrationNumber,
        contactName: proAccounts.contactName,
        contactEmail: proAccounts.contactEmail,
        phone: proAccounts.phone,
        status: proAccounts.status,
        onHold: proAccounts.onHold,
        createdAt: proAccounts.createdAt,
        decidedAt: proAccounts.decidedAt,
        creditCents: proAccounts.creditCents,
        creditLimitCents: proAccounts.creditLimitCents,
      })
      .from(proAccounts)
      .orderBy(asc(proAccounts.createdAt)),
    db
      .select({ proAccountId: invoices.proAccountId, totalCents: invoices.totalCents, paidCents: invoices.paidCents, dueDate: invoices.dueDate })
      .from(invoices)
      .where(and(eq(invoices.kind, "invoice"), isNull(invoices.settledAt), isNotNull(invoices.proAccountId))),
  ]);
  const byAccount = new Map<string, (typeof open)[number][]>();
  for (const i of open) byAccount.set(i.proAccountId!, [...(byAccount.get(i.proAccountId!) ?? []), i]);
  const all: ProListRow[] = accounts.map((a) => {
    const age = ageing(byAccount.get(a.id) ?? [], today);
    return {
      id: a.id,
      companyName: a.companyName,
      country: a.country,
      siret: a.siret,
      vatNumber: a.vatNumber,
      registrationNumber: a.registrationNumber,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      phone: a.phone,
      status: a.status,
      onHold: a.onHold,
      createdAt: a.createdAt,
      decidedAt: a.decidedAt,
      balanceCents: age.totalCents,
      overdueCents: age.overdueCents,
      creditCents: a.creditCents,
      creditLimitCents: a.creditLimitCents,
      ageing: age,
    };
  });
  const counts = Object.fromEntries(PRO_LIST_FILTERS.map((f) => [f, f === "tous" ? all.length : all.filter((r) => filterOf(r) === f).length])) as Record<ProListFilter, number>;
  // Applications waiting first (oldest first: who has waited longest), then by company name.
  const rows = all
    .filter((r) => filter === "tous" || filterOf(r) === filter)
    .sort((x, y) => STATUS_ORDER[filterOf(x)] - STATUS_ORDER[filterOf(y)] || (filterOf(x) === "a-valider" ? x.createdAt.getTime() - y.createdAt.getTime() : FRENCH.compare(x.companyName, y.companyName)));
  const owing = all.filter((r) => r.balanceCents > 0).sort((x, y) => y.overdueCents - x.overdueCents || y.balanceCents - x.balanceCents);
  return { rows, counts, ageing: { rows: owing, total: ageing(open, today) } };
}

/** How many applications wait for a decision (the back-office's menu shows it). */
export async function countPendingProAccounts(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(proAccounts).where(eq(proAccounts.status, "pending"));
  return row?.n ?? 0;
}

/** A transfer or cheque already recorded on an account under this bank reference or cheque number. */
export async function offlineAccountPaymentOf(db: Db, accountId: string, method: "transfer" | "cheque", reference: string) {
  const [row] = await db
    .select()
    .from(accountPayments)
    .where(and(eq(accountPayments.proAccountId, accountId), eq(accountPayments.method, method), eq(accountPayments.offlineReference, reference.trim())));
  return row ?? null;
}
