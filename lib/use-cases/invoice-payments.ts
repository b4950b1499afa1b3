import "server-only";
import { and, asc, eq, inArray, sql, type AnyColumn } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { accountPayments, invoiceAllocations, invoices, orders, payments, proAccountEvents, proAccounts, type PaymentProvider } from "@/lib/db/schema";
import { checkAllocations, remainingCents, spreadPayment, type AllocationRequest } from "@/lib/billing/invoice-status";
import { applyMoneyReceived } from "@/lib/orders/ledger";
import { findMismatches, isPaidStatus, nextPaymentStatus } from "@/lib/payments/attempt-status";
import { isGatewayError, GATEWAY_ERROR_MESSAGES, type GatewayErrorCode } from "@/lib/providers/errors";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import type { PaymentGateway, ProviderPayment } from "@/lib/providers/types";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderNoticeEmail } from "@/lib/mail/templates/notice";
import { releaseHoldIfSettled } from "@/lib/use-cases/automatic-holds";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";
import { env } from "@/lib/shared/env";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";
import { randomSymbols } from "@/lib/shared/tokens";
import type { Admin } from "@/lib/use-cases/pro-accounts";

/*
 * Paying invoices. A pro pays one or several of its open invoices by card (PayPlug, the same
 * gateway and the same reconcilePayment as orders: reconcileAccountPayment below is its branch
 * for account payments); an admin records a transfer or a cheque against one or several. Either
 * way the money lands through applyAccountPayment, in one transaction:
 *
 * - each allocation pays its invoice up to what the invoice still owes (another payment may have
 *   paid it meanwhile), and the order behind it receives the money through the one ledger path
 *   (an on-account order becomes paid with its invoice);
 * - whatever is left becomes credit on the account, shown in the portal and the back-office —
 *   never silently lost;
 * - an invoice fully paid gets its e-mail with the receipt.
 */

type AccountPaymentRow = typeof accountPayments.$inferSelect;
type ProAccountRow = typeof proAccounts.$inferSelect;

export type InvoicePaymentResult = { ok: true; accountPaymentId: string; redirectUrl?: string; creditCents?: number; already?: boolean } | { ok: false; message: string };

export const INVOICE_PAYMENT_MESSAGES = {
  noAccount: "Seul un compte professionnel validé peut régler des factures ici.",
  amount: "Le montant doit être positif, au centime près.",
  short: "Le montant reçu est inférieur au total réparti sur les factures.",
  duplicate: "Ce virement ou ce chèque (même référence) est déjà enregistré pour ce compte.",
  reference: "Indiquez la référence du virement ou le numéro du chèque.",
  date: "Indiquez la date de réception (JJ/MM/AAAA), au plus tard aujourd'hui.",
} as const;

const newPaymentReference = () => `RG-${randomSymbols(8)}`;

/** The open invoices of an account with what each still owes, locked when asked (applying money). */
async function openInvoices(tx: Db | Tx, accountId: string, lock = false) {
  const query = tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.proAccountId, accountId), eq(invoices.kind, "invoice")))
    .orderBy(asc(invoices.dueDate), asc(invoices.sequence));
  const rows = lock ? await query.for("update") : await query;
  return rows.filter((i) => i.settledAt === null).map((i) => ({ ...i, remainingCents: remainingCents(i) }));
}

/**
 * Applies a paid account payment to its allocations (planned at the start of a card payment, or
 * given by the admin) and keeps the rest as credit. Runs once per payment: the caller moves the
 * payment to paid in the same transaction, with the payment row locked.
 */
type PaymentActor = { type: "admin" | "provider" | "system"; id: string };

async function applyAccountPayment(tx: Tx, payment: AccountPaymentRow, actor: PaymentActor): Promise<{ creditCents: number }> {
  // Locks in one order everywhere — the account, then its invoices, then their orders — as
  // place-order does (the account, then, applying credit, the invoices): never a deadlock between them.
  await tx.select({ id: proAccounts.id }).from(proAccounts).where(eq(proAccounts.id, payment.proAccountId)).for("update");
  const planned = await tx.select().from(invoiceAllocations).where(and(eq(invoiceAllocations.accountPaymentId, payment.id), eq(invoiceAllocations.applied, false))).orderBy(asc(invoiceAllocations.id));
  let left = payment.amountCents;
  for (const allocation of planned) {
    const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, allocation.invoiceId)).for("update");
    if (!invoice) throw new Error(`invoice ${allocation.invoiceId} vanished`);
    const take = Math.min(allocation.amountCents, remainingCents(invoice), left);
    if (take <= 0) {
      await tx.delete(invoiceAllocations).where(eq(invoiceAllocations.id, allocation.id));
      continue;
    }
    left -= take;
    await tx.update(invoiceAllocations).set({ amountCents: take, applied: true }).where(eq(invoiceAllocations.id, allocation.id));
    const paidCents = invoice.paidCents + take;
    const settled = paidCents >= invoice.totalCents;
    await tx.update(invoices).set({ paidCents, settledAt: settled ? new Date() : null }).where(eq(invoices.id, invoice.id));
    await creditOrder(tx, invoice.orderId, take, payment, actor);
    if (settled) await queueInvoicePaidEmail(tx, { ...invoice, paidCents }, payment);
  }
  if (left > 0) {
    await tx
      .update(proAccounts)
      .set({ creditCents: sqlAdd(proAccounts.creditCents, left), updatedAt: new Date() })
      .where(eq(proAccounts.id, payment.proAccountId));
    await tx.insert(proAccountEvents).values({
      proAccountId: payment.proAccountId,
      actorType: actor.type,
      actorId: actor.id,
      type: "credit_added",
      reason: `Trop-perçu de ${formatEur(left)} sur le règlement ${payment.reference} : gardé en avoir sur le compte.`,
      data: { accountPaymentId: payment.id, amountCents: left },
    });
    log.info("invoices", "payment beyond what the invoices owed kept as account credit", { reference: payment.reference, creditCents: left });
  }
  // Paying what was late lifts the shop's own hold now, not at the next sweep.
  await releaseHoldIfSettled(tx, payment.proAccountId);
  return { creditCents: left };
}

const sqlAdd = (column: AnyColumn, cents: number) => sql`${column} + ${cents}`;

/** The order behind an invoice receives the money through the one ledger path. */
async function creditOrder(tx: Tx, orderId: string, amountCents: number, payment: AccountPaymentRow, actor: PaymentActor) {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!order) return;
  // The order's net-30 payment row carries the ledger's events; it is paid when the order is. An
  // order paid in several cheques has none: its checkout cheque line (no number, recorded by no
  // one) carries them instead, the cheques themselves being instalments.
  const [line] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), sql`(${payments.method} = 'net30' or (${payments.method} = 'cheque' and ${payments.offlineReference} is null and exists (select 1 from instalment_plans p where p.order_id = ${orderId} and p.kind = 'cheques')))`))
    .orderBy(asc(payments.createdAt))
    .limit(1);
  if (!line) return;
  const received = await applyMoneyReceived(tx, {
    orderId,
    amountCents,
    paymentId: line.id,
    actor,
    reason: `Facture réglée (${payment.reference})`,
    label: `Règlement ${payment.reference}`,
    data: { accountPaymentId: payment.id, method: payment.method },
  });
  if (received.becamePaid) {
    await tx.update(payments).set({ status: "paid", paidAt: new Date(), updatedAt: new Date() }).where(eq(payments.id, line.id));
  }
}

const METHOD_WORDS = { card: "carte bancaire", transfer: "virement", cheque: "chèque", credit: "avoir" } as const;

async function queueInvoicePaidEmail(tx: Tx, invoice: typeof invoices.$inferSelect, payment: AccountPaymentRow) {
  const [account] = await tx.select().from(proAccounts).where(eq(proAccounts.id, invoice.proAccountId!));
  if (!account) return;
  await enqueueEmail(tx, {
    to: account.contactEmail,
    template: EMAIL_TEMPLATES.invoicePaid,
    orderId: invoice.orderId,
    email: renderNoticeEmail({
      subject: `Facture ${invoice.number} réglée – reçu`,
      greeting: `Bonjour ${account.contactName},`,
      paragraphs: [`Nous avons bien reçu le règlement de la facture ${invoice.number} : elle est entièrement payée. Merci.`],
      details: [
        ["Facture", invoice.number],
        ["Montant TTC", formatEur(invoice.totalCents)],
        ["Dernier règlement", `${payment.reference} · ${METHOD_WORDS[payment.method]} · ${formatEur(payment.amountCents)}`],
        ["Date", formatIsoDateFr(payment.receivedOn ?? todayInParis())],
        ...(payment.cardLast4 ? ([["Carte", `${payment.cardBrand ?? ""} •••• ${payment.cardLast4}`.trim()]] as [string, string][]) : []),
        ...(payment.transactionId ? ([["N° de transaction", payment.transactionId]] as [string, string][]) : []),
      ],
      action: { url: `${env.appUrl}/pro/factures/${encodeURIComponent(invoice.number)}`, label: "Voir la facture" },
      signature: `L'équipe ${env.merchant.name}`,
    }),
  });
}

/**
 * Credit left on an account (an overpayment) pays its open invoices, oldest due first, as a
 * "credit" account payment: called when a new invoice on account is issued, so the money already
 * received settles what is owed without anyone asking.
 */
export async function applyAccountCredit(tx: Tx, accountId: string): Promise<number> {
  const [account] = await tx.select().from(proAccounts).where(eq(proAccounts.id, accountId)).for("update");
  if (!account || account.creditCents <= 0) return 0;
  const { allocations } = spreadPayment(account.creditCents, await openInvoices(tx, accountId, true));
  const used = allocations.reduce((sum, a) => sum + a.amountCents, 0);
  if (used === 0) return 0;
  const [payment] = await tx
    .insert(accountPayments)
    .values({ reference: newPaymentReference(), proAccountId: accountId, method: "credit", status: "paid", amountCents: used, receivedOn: todayInParis(), paidAt: new Date() })
    .returning();
  await tx.insert(invoiceAllocations).values(allocations.map((a) => ({ invoiceId: a.invoiceId, accountPaymentId: payment!.id, amountCents: a.amountCents })));
  await tx.update(proAccounts).set({ creditCents: account.creditCents - used, updatedAt: new Date() }).where(eq(proAccounts.id, accountId));
  await tx.insert(proAccountEvents).values({
    proAccountId: accountId,
    actorType: "system",
    actorId: "invoices",
    type: "credit_used",
    reason: `Avoir de ${formatEur(used)} imputé sur les factures ouvertes (${payment!.reference}).`,
    data: { accountPaymentId: payment!.id, amountCents: used },
  });
  await applyAccountPayment(tx, payment!, { type: "system", id: "invoices" });
  return used;
}

/** The approved account of a signed-in user, or null. */
export async function approvedAccountOf(db: Db | Tx, userId: string): Promise<ProAccountRow | null> {
  const [row] = await db.select().from(proAccounts).where(and(eq(proAccounts.userId, userId), eq(proAccounts.status, "approved")));
  return row ?? null;
}

/**
 * A pro pays invoices by card: the account payment and its planned allocations are written
 * first (checked against what its own open invoices still owe), then PayPlug's hosted page is
 * created for exactly that total. A double submit (same form key) finds the same payment.
 */
export async function startInvoiceCardPayment(db: Db, userId: string, input: { requests: AllocationRequest[]; requestKey: string }): Promise<InvoicePaymentResult> {
  const account = await approvedAccountOf(db, userId);
  if (!account) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.noAccount };
  const [again] = await db.select().from(accountPayments).where(eq(accountPayments.requestKey, input.requestKey));
  if (again) {
    if (again.proAccountId !== account.id) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.noAccount };
    return again.redirectUrl ? { ok: true, accountPaymentId: again.id, redirectUrl: again.redirectUrl, already: true } : { ok: false, message: START_LATER };
  }
  const open = await openInvoices(db, account.id);
  const check = checkAllocations(input.requests, open);
  if (!check.ok) return { ok: false, message: check.message };
  if (!env.payplug.enabled || check.totalCents < 99 || check.totalCents > 2_000_000) {
    return { ok: false, message: "Le paiement par carte accepte de 0,99 € à 20 000 € par règlement : ajustez les montants, ou réglez par virement." };
  }

  let payment: AccountPaymentRow;
  try {
    payment = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(accountPayments)
        .values({ reference: newPaymentReference(), proAccountId: account.id, method: "card", provider: "payplug", status: "created", amountCents: check.totalCents, requestKey: input.requestKey })
        .returning();
      await tx.insert(invoiceAllocations).values(input.requests.map((r) => ({ invoiceId: r.invoiceId, accountPaymentId: row!.id, amountCents: r.amountCents })));
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error, "account_payments_request_key_unique")) return startInvoiceCardPayment(db, userId, input);
    throw error;
  }

  const gateway = getGatewayOrThrow("payplug");
  const back = `${env.appUrl}/pro/reglements/${payment.id}`;
  try {
    const created = await gateway.create({
      paymentId: payment.id,
      attempt: 1,
      amountCents: payment.amountCents,
      currency: "EUR",
      order: {
        id: payment.id,
        reference: payment.reference,
        email: account.contactEmail,
        phone: account.phone,
        billingAddress: account.billingAddress,
        shippingAddress: account.billingAddress,
      },
      urls: { returnUrl: back, cancelUrl: `${back}?annulation=1`, notificationUrl: `${env.appUrl}/api/ipn/payplug` },
    });
    if (!created.redirectUrl || !gateway.redirectAllowed(created.redirectUrl)) throw new Error("PayPlug gave no usable hosted page");
    await db
      .update(accountPayments)
      .set({ providerRef: created.providerRef, providerLive: created.live, redirectUrl: created.redirectUrl, status: "pending", updatedAt: new Date() })
      .where(eq(accountPayments.id, payment.id));
    return { ok: true, accountPaymentId: payment.id, redirectUrl: created.redirectUrl };
  } catch (error) {
    const code: GatewayErrorCode = isGatewayError(error) ? error.code : "provider_unavailable";
    log.warn("invoices", "card payment of invoices could not start", { reference: payment.reference, code });
    await db.update(accountPayments).set({ status: "failed", failureCode: code, failureMessage: GATEWAY_ERROR_MESSAGES[code], updatedAt: new Date() }).where(eq(accountPayments.id, payment.id));
    await db.delete(invoiceAllocations).where(and(eq(invoiceAllocations.accountPaymentId, payment.id), eq(invoiceAllocations.applied, false)));
    return { ok: false, message: GATEWAY_ERROR_MESSAGES[code] };
  }
}

const START_LATER = "Ce règlement est en cours de préparation : patientez quelques secondes puis rechargez la page.";

/**
 * reconcilePayment's branch for a provider payment that pays invoices: the same checks (amount,
 * currency, our id and reference in its metadata, live mode), the same forward-only status, and
 * on payment the money applied to its invoices once.
 */
export async function reconcileAccountPayment(
  db: Db,
  provider: PaymentProvider,
  providerRef: string,
  fetched: ProviderPayment,
  gateway: PaymentGateway,
): Promise<{ outcome: "updated" | "unchanged" | "mismatch"; accountPaymentId: string; status: string } | null> {
  const [found] = await db.select({ id: accountPayments.id }).from(accountPayments).where(and(eq(accountPayments.provider, provider), eq(accountPayments.providerRef, providerRef)));
  if (!found) return null;
  return db.transaction(async (tx) => {
    const [payment] = await tx.select().from(accountPayments).where(eq(accountPayments.id, found.id)).for("update");
    if (!payment) throw new Error("account payment vanished");
    const mismatches = findMismatches(
      { paymentId: payment.id, amountCents: payment.amountCents, currency: payment.currency, live: payment.providerLive, orderReference: payment.reference },
      fetched,
      gateway.isLiveMode(),
    );
    if (mismatches.length) {
      if (payment.failureCode !== "mismatch") {
        await tx.update(accountPayments).set({ failureCode: "mismatch", failureMessage: mismatches.join(" ; "), providerData: fetched.raw, updatedAt: new Date() }).where(eq(accountPayments.id, payment.id));
        await queueAdminAlert(tx, {
          subject: `Règlement de factures ${payment.reference} non validé`,
          summary: `Le paiement ${providerRef} ne correspond pas au règlement ${payment.reference} : il n'est pas appliqué aux factures.`,
          details: mismatches.map((m) => ["Écart", m] as [string, string]),
          advice: "Vérifiez le paiement dans le tableau de bord PayPlug avant toute autre action.",
        });
        log.error("invoices", "provider payment does not match the account payment: not applied", { providerRef, mismatches });
      }
      return { outcome: "mismatch" as const, accountPaymentId: payment.id, status: payment.status };
    }
    const to = nextPaymentStatus(payment.status, fetched.status);
    const newlyPaid = !isPaidStatus(payment.status) && isPaidStatus(to);
    if (to === payment.status && !newlyPaid) return { outcome: "unchanged" as const, accountPaymentId: payment.id, status: payment.status };
    await tx
      .update(accountPayments)
      .set({
        status: to,
        providerData: fetched.raw,
        transactionId: fetched.transactionId ?? payment.transactionId,
        cardBrand: fetched.card?.brand ?? payment.cardBrand,
        cardLast4: fetched.card?.last4 ?? payment.cardLast4,
        failureCode: fetched.failure?.code ?? payment.failureCode,
        failureMessage: fetched.failure?.message ?? payment.failureMessage,
        paidAt: newlyPaid ? (fetched.paidAt ?? new Date()) : payment.paidAt,
        receivedOn: newlyPaid ? todayInParis(fetched.paidAt ?? new Date()) : payment.receivedOn,
        updatedAt: new Date(),
      })
      .where(eq(accountPayments.id, payment.id));
    if (newlyPaid) {
      const fresh = { ...payment, cardBrand: fetched.card?.brand ?? null, cardLast4: fetched.card?.last4 ?? null, transactionId: fetched.transactionId ?? null, receivedOn: todayInParis(fetched.paidAt ?? new Date()) };
      await applyAccountPayment(tx, fresh, { type: "provider", id: provider });
    } else if (to === "failed" || to === "cancelled") {
      await tx.delete(invoiceAllocations).where(and(eq(invoiceAllocations.accountPaymentId, payment.id), eq(invoiceAllocations.applied, false)));
    }
    log.info("invoices", "account payment reconciled", { reference: payment.reference, from: payment.status, to });
    return { outcome: "updated" as const, accountPaymentId: payment.id, status: to };
  });
}

export type RecordInvoicePaymentInput = {
  accountId: string;
  method: "transfer" | "cheque";
  amountCents: number;
  reference: string;
  receivedOn: string;
  /** Which invoices it pays; empty: the oldest due first. */
  allocations: AllocationRequest[];
};

/** An admin records a transfer or a cheque (cashed) against one or several invoices of an account. */
export async function recordInvoicePayment(db: Db, admin: Admin, input: RecordInvoicePaymentInput): Promise<InvoicePaymentResult> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.amount };
  const reference = input.reference.trim();
  if (reference.length < 2) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.reference };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.receivedOn) || input.receivedOn > todayInParis()) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.date };
  try {
    return await db.transaction(async (tx) => {
      const [account] = await tx.select().from(proAccounts).where(eq(proAccounts.id, input.accountId)).for("update");
      if (!account) return { ok: false, message: "Ce compte professionnel n'existe pas." };
      const open = await openInvoices(tx, account.id, true);
      let allocations = input.allocations.filter((a) => a.amountCents !== 0);
      if (allocations.length > 0) {
        const check = checkAllocations(allocations, open);
        if (!check.ok) return { ok: false, message: check.message };
        if (check.totalCents > input.amountCents) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.short };
      } else {
        allocations = spreadPayment(input.amountCents, open).allocations;
      }
      const { accountPaymentId, creditCents } = await applyOfflineAccountPayment(tx, admin, { ...input, accountId: account.id, reference, allocations });
      return { ok: true, accountPaymentId, creditCents };
    });
  } catch (error) {
    if (isUniqueViolation(error, "account_payments_offline_unique")) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.duplicate };
    throw error;
  }
}

/**
 * Writes a paid transfer or cheque account payment with its allocations and applies it, in the
 * caller's transaction (the account locked by the caller). Also the path of a cashed instalment
 * cheque (lib/use-cases/instalment-cheques.ts), allocated to its order's invoice.
 */
export async function applyOfflineAccountPayment(
  tx: Tx,
  admin: Admin,
  input: { accountId: string; method: "transfer" | "cheque"; amountCents: number; reference: string; receivedOn: string; allocations: AllocationRequest[] },
): Promise<{ accountPaymentId: string; creditCents: number }> {
  const [payment] = await tx
    .insert(accountPayments)
    .values({
      reference: newPaymentReference(),
      proAccountId: input.accountId,
      method: input.method,
      status: "paid",
      amountCents: input.amountCents,
      offlineReference: input.reference,
      receivedOn: input.receivedOn,
      recordedBy: admin.id,
      paidAt: new Date(),
    })
    .returning();
  const { allocations } = input;
  if (allocations.length) await tx.insert(invoiceAllocations).values(allocations.map((a) => ({ invoiceId: a.invoiceId, accountPaymentId: payment!.id, amountCents: a.amountCents })));
  await tx.insert(proAccountEvents).values({
    proAccountId: input.accountId,
    actorType: "admin",
    actorId: admin.id,
    type: `${input.method}_recorded`,
    data: { accountPaymentId: payment!.id, amountCents: input.amountCents, reference: input.reference, receivedOn: input.receivedOn, by: admin.name, invoices: allocations },
  });
  const { creditCents } = await applyAccountPayment(tx, payment!, { type: "admin", id: admin.id });
  return { accountPaymentId: payment!.id, creditCents };
}

/** The account payments of an account still waiting on the provider (the sweep and the return page re-check them). */
export async function pendingAccountPayments(db: Db, accountId: string) {
  return db.select().from(accountPayments).where(and(eq(accountPayments.proAccountId, accountId), inArray(accountPayments.status, ["created", "pending"])));
}

export type RefundCreditInput = { accountId: string; amountCents: number; method: "transfer" | "cheque"; reference: string; paidOn: string };

/**
 * The shop pays a pro back (part of) the credit its account holds — by transfer or cheque, made
 * outside the shop — and records it here, so the credit cannot also pay the next invoices: the
 * money would go back twice. Recorded once per reference (a double click finds the first).
 */
export async function refundAccountCredit(db: Db, admin: Admin, input: RefundCreditInput): Promise<{ ok: true; already?: boolean; creditLeftCents: number } | { ok: false; message: string }> {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.amount };
  const reference = input.reference.trim();
  if (reference.length < 2) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.reference };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.paidOn) || input.paidOn > todayInParis()) return { ok: false, message: INVOICE_PAYMENT_MESSAGES.date };
  return db.transaction(async (tx) => {
    const [account] = await tx.select().from(proAccounts).where(eq(proAccounts.id, input.accountId)).for("update");
    if (!account) return { ok: false as const, message: "Ce compte professionnel n'existe pas." };
    const [earlier] = await tx
      .select({ id: proAccountEvents.id })
      .from(proAccountEvents)
      .where(and(eq(proAccountEvents.proAccountId, account.id), eq(proAccountEvents.type, "credit_refunded"), sql`${proAccountEvents.data}->>'reference' = ${reference}`));
    if (earlier) return { ok: true as const, already: true, creditLeftCents: account.creditCents };
    if (input.amountCents > account.creditCents) {
      return { ok: false as const, message: `L'avoir du compte est de ${formatEur(account.creditCents)} : on ne peut pas rembourser davantage.` };
    }
    const creditLeftCents = account.creditCents - input.amountCents;
    await tx.update(proAccounts).set({ creditCents: creditLeftCents, updatedAt: new Date() }).where(eq(proAccounts.id, account.id));
    await tx.insert(proAccountEvents).values({
      proAccountId: account.id,
      actorType: "admin",
      actorId: admin.id,
      type: "credit_refunded",
      reason: `Avoir remboursé : ${formatEur(input.amountCents)} par ${input.method === "transfer" ? "virement" : "chèque"} (${reference}).`,
      data: { amountCents: input.amountCents, method: input.method, reference, paidOn: input.paidOn, by: admin.name },
    });
    await enqueueEmail(tx, {
      to: account.contactEmail,
      template: EMAIL_TEMPLATES.creditRefunded,
      email: renderNoticeEmail({
        subject: `Remboursement de votre avoir – ${env.merchant.name}`,
        greeting: `Bonjour ${account.contactName},`,
        paragraphs: [`Nous vous avons remboursé ${formatEur(input.amountCents)} de l'avoir de votre compte, par ${input.method === "transfer" ? "virement" : "chèque"} (${reference}), le ${formatIsoDateFr(input.paidOn)}.`],
        details: [["Avoir restant", formatEur(creditLeftCents)]],
        signature: `L'équipe ${env.merchant.name}`,
      }),
    });
    return { ok: true as const, creditLeftCents };
  });
}
