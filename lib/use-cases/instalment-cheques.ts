import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/auth/session";
import { rowsOf, type Db, type Executor, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { depositSlips, instalmentPlans, instalments, invoices, orders, payments, proAccounts, users, type InstalmentStatus } from "@/lib/db/schema";
import { buildSchedule, checkSchedule, type InstalmentCount, type SchedulePart } from "@/lib/billing/instalments";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderNoticeEmail } from "@/lib/mail/templates/notice";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";
import { applyOfflineAccountPayment } from "@/lib/use-cases/invoice-payments";
import { invoiceOfOrder, issueInvoiceForOrder } from "@/lib/use-cases/invoices";
import { holdAccountAutomatically, type Admin } from "@/lib/use-cases/pro-accounts";
import { currentTime } from "@/lib/shared/clock";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";
import type { DepositSlipView } from "@/lib/payments/deposit-slips";
import { describeSummary, type OfflineResult } from "@/lib/payments/offline-result";
import { bounceCheque, cashCheque } from "@/lib/use-cases/record-offline-payment";

/*
 * Orders paid in several bank cheques (issue 9) and the cheques the back-office deposits (issue
 * 11, item 5). The rules (split, dates, cap, edited schedules) are in lib/billing/instalments.ts;
 * here is what happens, each step in one transaction:
 *
 * 1. place-order writes the plan and its parts with the order (awaiting_cheques).
 * 2. Until a cheque arrives an admin may edit the schedule (same total).
 * 3. Each cheque is recorded received (drawer, bank, number, amount = its part). With the last
 *    one the order goes on account (shippable) and its invoice is issued, showing the schedule.
 *    The invoice waits for that moment on purpose: until then the schedule may still change (an
 *    issued invoice never does), an order whose cheques never come is cancelled with no invoice
 *    nor credit note to undo, and the 60-day cap from the invoice date is met by construction.
 * 4. Received cheques go to the bank on a deposit slip; an instalment cheque not before its day
 *    (the shop's promise to the customer), and only once the order holds them all.
 * 5. A deposited cheque is cashed (the money pays the invoice as an account payment, through
 *    lib/use-cases/invoice-payments.ts; the last one makes the invoice and the order paid) or
 *    bounced (the account is held automatically, the admins alerted, the portal shows what is
 *    owed).
 *
 * Locks, everywhere in the same order so two actions never deadlock: the pro account, then the
 * order, then the cheque rows — the order invoice-payments uses (account, invoices, orders).
 */

export type ChequeAdmin = { id: string; name: string; role: string };

/** A refusal may name the form field at fault (« part2Date », « amount »), for the page to show the message on it. */
export type ChequeResult = { ok: true; message: string; already?: boolean; orderReference?: string; slipId?: string; slipNumber?: number } | { ok: false; message: string; field?: string };

export const CHEQUE_MESSAGES = {
  forbidden: "Action réservée aux administrateurs.",
  notFound: "Ce chèque ou cet échéancier est introuvable.",
  orderState: "Cette commande n'attend plus ses chèques : l'action n'est pas possible.",
  scheduleFrozen: "Un chèque de l'échéancier est déjà reçu : l'échéancier ne peut plus être modifié.",
  alreadyReceived: "Ce chèque de l'échéancier est déjà enregistré comme reçu.",
  duplicateNumber: "Un chèque avec ce numéro est déjà enregistré pour cette commande.",
  notDeposited: "Ce chèque n'est pas à la banque : déposez-le d'abord sur une remise.",
  noSelection: "Sélectionnez au moins un chèque à déposer.",
  noInvoice: "La facture de cette commande est introuvable.",
  alreadySettled: "Ce chèque a déjà été encaissé ou déclaré impayé.",
  notAllHeld: "Les chèques d'un échéancier se déposent une fois tous reçus (la commande n'est confirmée qu'à ce moment).",
  reason: "Indiquez le motif du rejet (au moins 3 caractères).",
} as const;

class ChequeRefusal extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ChequeRefusal";
  }
}

/** Admin-only unit of work in one transaction; a refusal rolls everything back and comes out as a value. */
async function runChequeAction(db: Db, user: ChequeAdmin | null, work: (tx: Tx, admin: Admin, actor: Actor) => Promise<ChequeResult>): Promise<ChequeResult> {
  if (!user || user.role !== "admin") return { ok: false, message: CHEQUE_MESSAGES.forbidden };
  try {
    return await db.transaction((tx) => work(tx, { id: user.id, name: user.name }, { type: "admin", id: user.id }));
  } catch (error) {
    if (error instanceof ChequeRefusal) return error.field ? { ok: false, message: error.message, field: error.field } : { ok: false, message: error.message };
    if (isUniqueViolation(error, "instalments_cheque_unique") || isUniqueViolation(error, "account_payments_offline_unique")) return { ok: false, message: CHEQUE_MESSAGES.duplicateNumber };
    throw error;
  }
}

type PlanRow = typeof instalmentPlans.$inferSelect;
type PartRow = typeof instalments.$inferSelect;
type OrderRow = typeof orders.$inferSelect;

/* ------------------------------------------------------------------ placing the order */

/** Writes the plan and its parts in place-order's transaction; returns the schedule for the e-mail. */
export async function createChequePlan(tx: Tx, input: { orderId: string; totalCents: number; count: InstalmentCount; startDay: string }): Promise<SchedulePart[]> {
  const schedule = buildSchedule(input.totalCents, input.count, input.startDay);
  const [plan] = await tx.insert(instalmentPlans).values({ orderId: input.orderId, kind: "cheques", count: input.count, totalCents: input.totalCents }).returning({ id: instalmentPlans.id });
  await tx.insert(instalments).values(schedule.map((p) => ({ planId: plan!.id, position: p.position, dueOn: p.dueOn, amountCents: p.amountCents })));
  return schedule;
}

/* ------------------------------------------------------------------ reading */

export type ChequePlanView = { plan: PlanRow; parts: PartRow[] };

/** The cheque plan of an order with its parts in order, or null (not an instalment order). */
export async function chequePlanOf(db: Executor, orderId: string): Promise<ChequePlanView | null> {
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "cheques")));
  if (!plan) return null;
  const parts = await db.select().from(instalments).where(eq(instalments.planId, plan.id)).orderBy(asc(instalments.position));
  return { plan, parts };
}

/** Bounced cheques whose order's invoice is still open: what the portal tells the pro to settle. */
export async function bouncedChequesOfAccount(db: Executor, accountId: string) {
  return db
    .select({ id: instalments.id, position: instalments.position, amountCents: instalments.amountCents, chequeNumber: instalments.chequeNumber, settledOn: instalments.settledOn, orderReference: orders.reference, count: instalmentPlans.count })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .innerJoin(proAccounts, eq(proAccounts.userId, orders.userId))
    .where(and(eq(proAccounts.id, accountId), eq(instalments.status, "bounced"), sql`exists (select 1 from invoices i where i.order_id = ${orders.id} and i.kind = 'invoice' and i.settled_at is null)`))
    .orderBy(asc(instalments.settledOn));
}

/* ------------------------------------------------------------------ locking helpers */

async function partContext(tx: Tx, instalmentId: string): Promise<{ order: OrderRow; plan: PlanRow; part: PartRow; accountId: string | null }> {
  const [ref] = await tx
    .select({ orderId: instalmentPlans.orderId, userId: orders.userId })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .where(and(eq(instalments.id, instalmentId), eq(instalmentPlans.kind, "cheques")));
  if (!ref) throw new ChequeRefusal(CHEQUE_MESSAGES.notFound);
  let accountId: string | null = null;
  if (ref.userId) {
    const [account] = await tx.select({ id: proAccounts.id }).from(proAccounts).where(eq(proAccounts.userId, ref.userId)).for("update");
    accountId = account?.id ?? null;
  }
  const [order] = await tx.select().from(orders).where(eq(orders.id, ref.orderId)).for("update");
  const [plan] = await tx.select().from(instalmentPlans).where(eq(instalmentPlans.orderId, ref.orderId));
  const [part] = await tx.select().from(instalments).where(eq(instalments.id, instalmentId)).for("update");
  if (!order || !plan || !part) throw new ChequeRefusal(CHEQUE_MESSAGES.notFound);
  return { order, plan, part, accountId };
}

const chequeLabel = (p: Pick<PartRow, "position" | "chequeNumber">, count: number) => `chèque ${p.position}/${count}${p.chequeNumber ? ` (n° ${p.chequeNumber})` : ""}`;

/* ------------------------------------------------------------------ editing the schedule */

export type EditScheduleInput = { orderId: string; parts: { dueOn: string; amountCents: number }[] };

/** « Modifier l'échéancier »: dates and amounts, same total, before any cheque is in hand. */
export async function editChequeSchedule(db: Db, user: ChequeAdmin | null, input: EditScheduleInput): Promise<ChequeResult> {
  return runChequeAction(db, user, async (tx, admin, actor) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
    if (!order) throw new ChequeRefusal(CHEQUE_MESSAGES.notFound);
    const current = await chequePlanOf(tx, order.id);
    if (!current) throw new ChequeRefusal(CHEQUE_MESSAGES.notFound);
    if (order.status !== "awaiting_cheques") throw new ChequeRefusal(CHEQUE_MESSAGES.orderState);
    if (current.parts.some((p) => p.status !== "expected")) throw new ChequeRefusal(CHEQUE_MESSAGES.scheduleFrozen);
    const check = checkSchedule({ parts: input.parts, totalCents: current.plan.totalCents, startDay: todayInParis(order.createdAt) });
    if (!check.ok) throw new ChequeRefusal(check.message, check.field);
    const same = check.parts.length === current.parts.length && check.parts.every((p, i) => p.dueOn === current.parts[i]!.dueOn && p.amountCents === current.parts[i]!.amountCents);
    if (same) return { ok: true, already: true, orderReference: order.reference, message: "L'échéancier est inchangé." };

    await tx.delete(instalments).where(eq(instalments.planId, current.plan.id));
    await tx.insert(instalments).values(check.parts.map((p) => ({ planId: current.plan.id, position: p.position, dueOn: p.dueOn, amountCents: p.amountCents })));
    await tx.update(instalmentPlans).set({ count: check.parts.length, updatedAt: new Date() }).where(eq(instalmentPlans.id, current.plan.id));
    const before = current.parts.map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents }));
    const after = check.parts.map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents }));
    await recordOrderEvent(tx, { orderId: order.id, actor, type: "instalments_rescheduled", data: { before, after, by: admin.name } });
    await enqueueEmail(tx, {
      to: order.email,
      template: EMAIL_TEMPLATES.instalmentsRescheduled,
      orderId: order.id,
      email: renderNoticeEmail({
        subject: `Nouvel échéancier de vos chèques – commande ${order.reference}`,
        greeting: "Bonjour,",
        paragraphs: [
          `Comme convenu, l'échéancier de votre commande ${order.reference} est modifié. Envoyez-nous ${after.length} chèques de ces montants ; nous déposerons chacun à sa date.`,
          "Datez chaque chèque du jour où vous l'écrivez (un chèque est payable à vue) et inscrivez la référence de la commande au dos.",
        ],
        details: after.map((p, i) => [`Chèque ${i + 1}`, `${formatEur(p.amountCents)}, déposé le ${formatIsoDateFr(p.dueOn)}`] as [string, string]),
        signature: `L'équipe ${env.merchant.name}`,
      }),
    });
    return { ok: true, orderReference: order.reference, message: "Échéancier modifié ; le client en est informé par e-mail." };
  });
}

/* ------------------------------------------------------------------ receiving */

export type RecordInstalmentChequeInput = { instalmentId: string; drawer: string; bank: string; chequeNumber: string; amountCents: number; receivedOn: string };

/**
 * « Chèque reçu » for one part: its amount must be the part's (else the admin adjusts the
 * schedule first). With the last part in hand the order is invoiced and goes on account.
 */
export async function recordInstalmentCheque(db: Db, user: ChequeAdmin | null, input: RecordInstalmentChequeInput): Promise<ChequeResult> {
  return runChequeAction(db, user, async (tx, admin, actor) => {
    const { order, plan, part } = await partContext(tx, input.instalmentId);
    if (part.status !== "expected") {
      // A double click finds its own cheque already recorded.
      if (part.chequeNumber === input.chequeNumber && part.amountCents === input.amountCents) return { ok: true, already: true, orderReference: order.reference, message: CHEQUE_MESSAGES.alreadyReceived };
      throw new ChequeRefusal(CHEQUE_MESSAGES.alreadyReceived);
    }
    if (order.status !== "awaiting_cheques") throw new ChequeRefusal(CHEQUE_MESSAGES.orderState);
    if (input.amountCents !== part.amountCents) {
      throw new ChequeRefusal(
        `Ce chèque (${formatEur(input.amountCents)}) ne correspond pas au chèque ${part.position} de l'échéancier (${formatEur(part.amountCents)}) : modifiez d'abord l'échéancier.`,
        "amount",
      );
    }
    const [twin] = await tx
      .select({ id: instalments.id })
      .from(instalments)
      .where(and(eq(instalments.planId, plan.id), eq(instalments.chequeNumber, input.chequeNumber), sql`${instalments.status} <> 'bounced'`));
    if (twin) throw new ChequeRefusal(CHEQUE_MESSAGES.duplicateNumber, "chequeNumber");

    await tx
      .update(instalments)
      .set({ status: "received", chequeDrawer: input.drawer, chequeBank: input.bank, chequeNumber: input.chequeNumber, receivedOn: input.receivedOn, recordedBy: admin.id, updatedAt: new Date() })
      .where(eq(instalments.id, part.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      actor,
      type: "instalment_cheque_received",
      data: { position: part.position, count: plan.count, amountCents: part.amountCents, chequeNumber: input.chequeNumber, drawer: input.drawer, bank: input.bank, receivedOn: input.receivedOn, by: admin.name },
    });

    const parts = await tx.select().from(instalments).where(eq(instalments.planId, plan.id)).orderBy(asc(instalments.position));
    const missing = parts.filter((p) => p.status === "expected").length;
    if (missing > 0) {
      return { ok: true, orderReference: order.reference, message: `Chèque ${part.position} enregistré. Reste ${missing} chèque${missing > 1 ? "s" : ""} à recevoir avant l'expédition.` };
    }
    await issueInvoiceForOrder(tx, order.id, "on_account", currentTime(), { instalments: parts.map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents })) });
    await transitionOrder(tx, { orderId: order.id, to: "on_account", actor, reason: "Tous les chèques de l'échéancier sont reçus : la commande peut être expédiée", data: { by: admin.name } });
    log.info("instalments", "every cheque of the schedule held: order on account", { reference: order.reference });
    return { ok: true, orderReference: order.reference, message: `Chèque ${part.position} enregistré : tous les chèques sont reçus, la commande est facturée et peut être expédiée.` };
  });
}

/* ------------------------------------------------------------------ cancelling the order */

export type ReturnedCheque = { position: number; chequeNumber: string | null; drawer: string | null; bank: string | null; amountCents: number };

/**
 * The order waiting for its cheques is being cancelled (lib/use-cases/cancel-order.ts, in its
 * transaction, the order locked): every part still expected or received is cancelled, and the
 * cheques already received are returned — the shop never deposits a cheque for a cancelled order.
 * Returns them, for the timeline and the customer's e-mail. Parts deposited, cashed or bounced
 * cannot exist here: a plan's cheques go to the bank only once the order is on account.
 */
export async function cancelChequePlanParts(tx: Tx, orderId: string, actor: Actor): Promise<ReturnedCheque[]> {
  const plan = await chequePlanOf(tx, orderId);
  if (!plan) return [];
  const open = plan.parts.filter((p) => p.status === "expected" || p.status === "received");
  if (!open.length) return [];
  await tx
    .update(instalments)
    .set({ status: "cancelled", updatedAt: new Date() })
    .where(inArray(instalments.id, open.map((p) => p.id)));
  const returned = open
    .filter((p) => p.status === "received")
    .map((p) => ({ position: p.position, chequeNumber: p.chequeNumber, drawer: p.chequeDrawer, bank: p.chequeBank, amountCents: p.amountCents }));
  if (returned.length) {
    await recordOrderEvent(tx, {
      orderId,
      actor,
      type: "instalment_cheques_returned",
      reason: `Chèque${returned.length > 1 ? "s" : ""} à renvoyer au client : ${returned.map((c) => `n° ${c.chequeNumber ?? "?"} (${formatEur(c.amountCents)})`).join(", ")}`,
      data: { cheques: returned },
    });
  }
  return returned;
}

/* ------------------------------------------------------------------ deposit slips */

export type DepositSelection = { paymentIds: string[]; instalmentIds: string[] };

/**
 * « Remise de chèques »: the selected cheques in hand go to the bank together, on a slip with the
 * next number. A cheque already on a slip is refused (a double click finds its own slip).
 */
export async function createDepositSlip(db: Db, user: ChequeAdmin | null, selection: DepositSelection): Promise<ChequeResult> {
  const paymentIds = [...new Set(selection.paymentIds)].sort();
  const instalmentIds = [...new Set(selection.instalmentIds)].sort();
  if (paymentIds.length + instalmentIds.length === 0) return user?.role === "admin" ? { ok: false, message: CHEQUE_MESSAGES.noSelection } : { ok: false, message: CHEQUE_MESSAGES.forbidden };
  return runChequeAction(db, user, async (tx, admin, actor) => {
    const today = todayInParis(currentTime());
    // Orders first (sorted: two slips made at once lock in the same order), then the cheques.
    const orderIds = new Set<string>();
    if (paymentIds.length) for (const r of await tx.select({ orderId: payments.orderId }).from(payments).where(inArray(payments.id, paymentIds))) orderIds.add(r.orderId);
    if (instalmentIds.length) {
      for (const r of await tx.select({ orderId: instalmentPlans.orderId }).from(instalments).innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId)).where(inArray(instalments.id, instalmentIds))) orderIds.add(r.orderId);
    }
    const lockedOrders = orderIds.size ? await tx.select().from(orders).where(inArray(orders.id, [...orderIds].sort())).orderBy(asc(orders.id)).for("update") : [];
    const orderById = new Map(lockedOrders.map((o) => [o.id, o]));
    const chequeRows = paymentIds.length ? await tx.select().from(payments).where(inArray(payments.id, paymentIds)).orderBy(asc(payments.id)).for("update") : [];
    const partRows = instalmentIds.length
      ? await tx.select({ part: instalments, orderId: instalmentPlans.orderId }).from(instalments).innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId)).where(inArray(instalments.id, instalmentIds)).orderBy(asc(instalments.id)).for("update", { of: instalments })
      : [];
    if (chequeRows.length !== paymentIds.length || partRows.length !== instalmentIds.length) throw new ChequeRefusal(CHEQUE_MESSAGES.notFound);

    // The same selection already deposited together: a double submit, answered with its slip.
    const slipIds = new Set([...chequeRows.map((p) => p.depositSlipId), ...partRows.map((r) => r.part.depositSlipId)]);
    if (slipIds.size === 1 && !slipIds.has(null)) {
      const [slip] = await tx.select().from(depositSlips).where(eq(depositSlips.id, [...slipIds][0]!));
      if (slip && slip.count === chequeRows.length + partRows.length) return { ok: true, already: true, slipId: slip.id, slipNumber: slip.number, message: `Ces chèques sont déjà sur la remise n° ${slip.number}.` };
    }
    for (const p of chequeRows) {
      const ref = orderById.get(p.orderId)?.reference ?? "?";
      if (p.depositSlipId) throw new ChequeRefusal(`Le chèque n° ${p.offlineReference} (commande ${ref}) est déjà sur une remise.`);
      if (p.method !== "cheque" || p.status !== "pending" || !p.offlineReference) throw new ChequeRefusal(`Le chèque de la commande ${ref} n'est plus à déposer (déjà encaissé ou impayé).`);
    }
    for (const { part, orderId } of partRows) {
      const order = orderById.get(orderId);
      const ref = order?.reference ?? "?";
      if (part.depositSlipId || part.status === "deposited") throw new ChequeRefusal(`Le chèque n° ${part.chequeNumber} (commande ${ref}) est déjà sur une remise.`);
      if (part.status !== "received") throw new ChequeRefusal(`Le chèque ${part.position} de la commande ${ref} n'est pas à déposer (${INSTALMENT_STATUS_LABELS[part.status].toLowerCase()}).`);
      if (order?.status !== "on_account") throw new ChequeRefusal(`Commande ${ref} : ${CHEQUE_MESSAGES.notAllHeld}`);
      if (part.dueOn > today) throw new ChequeRefusal(`Le chèque n° ${part.chequeNumber} (commande ${ref}) se dépose le ${formatIsoDateFr(part.dueOn)}, pas avant : nous nous y sommes engagés auprès du client.`);
    }

    const count = chequeRows.length + partRows.length;
    const totalCents = chequeRows.reduce((s, p) => s + p.amountCents, 0) + partRows.reduce((s, r) => s + r.part.amountCents, 0);
    // Numbers follow each other without gaps: taken under a lock held until this transaction ends.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('caisse:deposit-slip-number'))`);
    const [last] = await tx.select({ n: sql<number>`coalesce(max(${depositSlips.number}), 0)::int` }).from(depositSlips);
    const number = Number(last?.n ?? 0) + 1;
    const [slip] = await tx.insert(depositSlips).values({ number, depositedOn: today, count, totalCents, createdBy: admin.id }).returning();

    if (chequeRows.length) await tx.update(payments).set({ depositSlipId: slip!.id, updatedAt: new Date() }).where(inArray(payments.id, paymentIds));
    if (partRows.length) await tx.update(instalments).set({ status: "deposited", depositSlipId: slip!.id, depositedOn: today, updatedAt: new Date() }).where(inArray(instalments.id, instalmentIds));
    for (const p of chequeRows) {
      await recordOrderEvent(tx, { orderId: p.orderId, paymentId: p.id, actor, type: "cheque_deposited", data: { slip: number, chequeNumber: p.offlineReference, amountCents: p.amountCents, by: admin.name } });
    }
    for (const { part, orderId } of partRows) {
      await recordOrderEvent(tx, { orderId, actor, type: "cheque_deposited", data: { slip: number, position: part.position, chequeNumber: part.chequeNumber, amountCents: part.amountCents, by: admin.name } });
    }
    log.info("cheques", "deposit slip made", { number, count, totalCents });
    return { ok: true, slipId: slip!.id, slipNumber: number, message: `Remise n° ${number} : ${count} chèque${count > 1 ? "s" : ""}, ${formatEur(totalCents)}. Imprimez-la et joignez-la aux chèques.` };
  });
}

export async function depositSlipView(db: Executor, slipId: string): Promise<DepositSlipView | null> {
  const [slip] = await db.select({ slip: depositSlips, by: users.name }).from(depositSlips).leftJoin(users, eq(users.id, depositSlips.createdBy)).where(eq(depositSlips.id, slipId));
  if (!slip) return null;
  const singles = await db
    .select({ number: payments.offlineReference, amountCents: payments.amountCents, orderReference: orders.reference, billing: orders.billingAddress })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .where(eq(payments.depositSlipId, slipId))
    .orderBy(asc(orders.reference));
  const parts = await db
    .select({ drawer: instalments.chequeDrawer, bank: instalments.chequeBank, number: instalments.chequeNumber, amountCents: instalments.amountCents, orderReference: orders.reference })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .where(eq(instalments.depositSlipId, slipId))
    .orderBy(asc(orders.reference), asc(instalments.position));
  return {
    id: slip.slip.id,
    number: slip.slip.number,
    depositedOn: slip.slip.depositedOn,
    count: slip.slip.count,
    totalCents: slip.slip.totalCents,
    createdByName: slip.by,
    cheques: [
      // A single cheque's drawer is not asked when it is recorded: the order's payer stands for it.
      ...singles.map((c) => ({ drawer: c.billing.company?.trim() || `${c.billing.firstName} ${c.billing.lastName}`.trim(), bank: "—", number: c.number ?? "—", amountCents: c.amountCents, orderReference: c.orderReference })),
      ...parts.map((c) => ({ drawer: c.drawer ?? "—", bank: c.bank ?? "—", number: c.number ?? "—", amountCents: c.amountCents, orderReference: c.orderReference })),
    ],
  };
}

/* ------------------------------------------------------------------ cashed or bounced */

/** « Encaissé »: the cheque cleared; its money pays the order's invoice (the last one: invoice and order paid). */
export async function cashInstalmentCheque(db: Db, user: ChequeAdmin | null, input: { instalmentId: string }): Promise<ChequeResult> {
  return runChequeAction(db, user, async (tx, admin, actor) => {
    const { order, plan, part, accountId } = await partContext(tx, input.instalmentId);
    if (part.status === "cashed") return { ok: true, already: true, orderReference: order.reference, message: "Ce chèque est déjà encaissé." };
    if (part.status === "bounced") throw new ChequeRefusal(CHEQUE_MESSAGES.alreadySettled);
    if (part.status !== "deposited") throw new ChequeRefusal(CHEQUE_MESSAGES.notDeposited);
    const invoice = await invoiceOfOrder(tx, order.id);
    if (!invoice || !accountId) throw new ChequeRefusal(CHEQUE_MESSAGES.noInvoice);
    const today = todayInParis(currentTime());
    const { accountPaymentId } = await applyOfflineAccountPayment(tx, admin, {
      accountId,
      method: "cheque",
      amountCents: part.amountCents,
      reference: part.chequeNumber ?? `${order.reference}-${part.position}`,
      receivedOn: today,
      allocations: [{ invoiceId: invoice.id, amountCents: part.amountCents }],
    });
    await tx.update(instalments).set({ status: "cashed", settledOn: today, accountPaymentId, updatedAt: new Date() }).where(eq(instalments.id, part.id));
    await recordOrderEvent(tx, { orderId: order.id, actor, type: "instalment_cheque_cashed", data: { position: part.position, count: plan.count, amountCents: part.amountCents, chequeNumber: part.chequeNumber, accountPaymentId, by: admin.name } });
    const [after] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    return {
      ok: true,
      orderReference: order.reference,
      message: after?.status === "paid" ? `Chèque ${part.position} encaissé : la facture est réglée, la commande est payée.` : `Chèque ${part.position} encaissé : ${formatEur(part.amountCents)} imputés sur la facture ${invoice.number}.`,
    };
  });
}

/**
 * « Impayé »: the bank returned the cheque. The account goes on hold by itself (no more net-30 or
 * instalment orders until it is settled), the admins are alerted, and the portal shows the pro
 * what is owed and how to pay it (card on the invoice, or transfer).
 */
export async function bounceInstalmentCheque(db: Db, user: ChequeAdmin | null, input: { instalmentId: string; reason: string }): Promise<ChequeResult> {
  const reason = input.reason.trim();
  if (user?.role === "admin" && reason.length < 3) return { ok: false, message: CHEQUE_MESSAGES.reason };
  return runChequeAction(db, user, async (tx, admin, actor) => {
    const { order, plan, part, accountId } = await partContext(tx, input.instalmentId);
    if (part.status === "bounced") return { ok: true, already: true, orderReference: order.reference, message: "Ce chèque est déjà déclaré impayé." };
    if (part.status === "cashed") throw new ChequeRefusal(CHEQUE_MESSAGES.alreadySettled);
    if (part.status !== "deposited") throw new ChequeRefusal(CHEQUE_MESSAGES.notDeposited);
    const today = todayInParis(currentTime());
    await tx.update(instalments).set({ status: "bounced", settledOn: today, updatedAt: new Date() }).where(eq(instalments.id, part.id));
    const what = `${chequeLabel(part, plan.count)} de ${formatEur(part.amountCents)}`;
    await recordOrderEvent(tx, { orderId: order.id, actor, type: "instalment_cheque_bounced", reason, data: { position: part.position, count: plan.count, amountCents: part.amountCents, chequeNumber: part.chequeNumber, by: admin.name } });
    const held = accountId ? await holdAccountAutomatically(tx, accountId, { source: "bounced_cheque", reason: `Chèque impayé : ${what}, commande ${order.reference}` }) : false;
    await queueAdminAlert(tx, {
      subject: `Chèque impayé – commande ${order.reference}`,
      summary: `Le ${what} de la commande ${order.reference} est revenu impayé (${reason}).${held ? " Le compte du client est suspendu pour le paiement à terme jusqu'au règlement." : ""}`,
      details: [
        ["Montant", formatEur(part.amountCents)],
        ["Tireur", part.chequeDrawer ?? "—"],
        ["Banque", part.chequeBank ?? "—"],
      ],
      advice: "Le client voit dans son espace pro le montant dû et peut le régler par carte ou par virement ; un nouveau chèque s'enregistre comme règlement de la facture.",
      order: { id: order.id, reference: order.reference },
    });
    return { ok: true, orderReference: order.reference, message: `Chèque ${part.position} déclaré impayé : le compte est suspendu et l'équipe prévenue.` };
  });
}

/* ------------------------------------------------------------------ the back-office board */

export const INSTALMENT_STATUS_LABELS: Readonly<Record<InstalmentStatus, string>> = {
  expected: "Attendu",
  received: "Reçu, à déposer",
  deposited: "Déposé",
  cashed: "Encaissé",
  bounced: "Impayé",
  failed: "Échoué",
  cancelled: "Annulé",
};

export type BoardCheque = {
  kind: "single" | "instalment";
  /** payments.id (single) or instalments.id (instalment). */
  id: string;
  orderReference: string;
  customer: string;
  /** « 2/3 » for an instalment. */
  part: string | null;
  amountCents: number;
  /** Instalment: the day to deposit it; single: the day it was received (deposit at once). */
  dueOn: string | null;
  receivedOn: string | null;
  drawer: string | null;
  bank: string | null;
  number: string | null;
  status: string;
  slipNumber: number | null;
  slipId: string | null;
  /** An instalment cheque whose order does not hold every cheque yet: not to deposit. */
  waitingForOthers: boolean;
};

const customerName = (o: { billingAddress: OrderRow["billingAddress"]; email: string }) => o.billingAddress.company?.trim() || `${o.billingAddress.firstName} ${o.billingAddress.lastName}`.trim() || o.email;

/** Every cheque the shop expects, holds, deposited, or settled lately, for /admin/cheques. */
export async function chequesBoard(db: Executor, options: { settledLimit?: number } = {}) {
  const partRows = await db
    .select({ part: instalments, count: instalmentPlans.count, order: { reference: orders.reference, status: orders.status, billingAddress: orders.billingAddress, email: orders.email }, slipNumber: depositSlips.number })
    .from(instalments)
    .innerJoin(instalmentPlans, and(eq(instalmentPlans.id, instalments.planId), eq(instalmentPlans.kind, "cheques")))
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .leftJoin(depositSlips, eq(depositSlips.id, instalments.depositSlipId))
    .where(and(sql`${orders.status} <> 'cancelled'`, sql`(${instalments.status} in ('expected','received','deposited') or ${instalments.settledOn} >= current_date - 60)`))
    .orderBy(asc(instalments.dueOn), asc(orders.reference), asc(instalments.position));
  const singleRows = await db
    .select({ payment: payments, order: { reference: orders.reference, status: orders.status, billingAddress: orders.billingAddress, email: orders.email }, slipNumber: depositSlips.number })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .leftJoin(depositSlips, eq(depositSlips.id, payments.depositSlipId))
    .where(and(eq(payments.method, "cheque"), isNotNull(payments.offlineReference), sql`(${payments.status} = 'pending' or ${payments.updatedAt} >= now() - interval '60 days')`))
    .orderBy(asc(payments.receivedOn), asc(orders.reference));
  const awaitingSingles = await db
    .select({ id: orders.id, reference: orders.reference, totalCents: orders.totalCents, createdAt: orders.createdAt, billingAddress: orders.billingAddress, email: orders.email })
    .from(orders)
    .where(and(eq(orders.status, "awaiting_cheque"), sql`not exists (select 1 from payments p where p.order_id = ${orders.id} and p.method = 'cheque' and p.status = 'pending' and p.offline_reference is not null)`))
    .orderBy(asc(orders.createdAt));

  const parts: BoardCheque[] = partRows.map((r) => ({
    kind: "instalment",
    id: r.part.id,
    orderReference: r.order.reference,
    customer: customerName(r.order),
    part: `${r.part.position}/${r.count}`,
    amountCents: r.part.amountCents,
    dueOn: r.part.dueOn,
    receivedOn: r.part.receivedOn,
    drawer: r.part.chequeDrawer,
    bank: r.part.chequeBank,
    number: r.part.chequeNumber,
    status: r.part.status,
    slipNumber: r.slipNumber,
    slipId: r.part.depositSlipId,
    waitingForOthers: r.order.status === "awaiting_cheques",
  }));
  const singles: BoardCheque[] = singleRows.map((r) => ({
    kind: "single",
    id: r.payment.id,
    orderReference: r.order.reference,
    customer: customerName(r.order),
    part: null,
    amountCents: r.payment.amountCents,
    dueOn: r.payment.receivedOn,
    receivedOn: r.payment.receivedOn,
    drawer: null,
    bank: null,
    number: r.payment.offlineReference,
    status: r.payment.status === "pending" ? (r.payment.depositSlipId ? "deposited" : "received") : r.payment.status === "paid" ? "cashed" : r.payment.failureCode === "cheque_bounced" ? "bounced" : r.payment.status,
    slipNumber: r.slipNumber,
    slipId: r.payment.depositSlipId,
    waitingForOthers: false,
  }));
  const all = [...parts, ...singles];
  const byDue = (a: BoardCheque, b: BoardCheque) => (a.dueOn ?? "").localeCompare(b.dueOn ?? "") || a.orderReference.localeCompare(b.orderReference);
  const slips = await db.select({ id: depositSlips.id, number: depositSlips.number, depositedOn: depositSlips.depositedOn, count: depositSlips.count, totalCents: depositSlips.totalCents, by: users.name }).from(depositSlips).leftJoin(users, eq(users.id, depositSlips.createdBy)).orderBy(desc(depositSlips.number)).limit(20);
  return {
    expectedInstalments: all.filter((c) => c.status === "expected").sort(byDue),
    expectedSingles: awaitingSingles.map((o) => ({ reference: o.reference, amountCents: o.totalCents, since: o.createdAt, customer: customerName(o) })),
    toDeposit: all.filter((c) => c.status === "received").sort(byDue),
    deposited: all.filter((c) => c.status === "deposited").sort(byDue),
    settled: all.filter((c) => c.status === "cashed" || c.status === "bounced").sort((a, b) => byDue(b, a)).slice(0, options.settledLimit ?? 50),
    slips,
  };
}

/** Slips by number or total, for the bank-statement import (a deposit is one credit of the slip's total). */
export async function depositSlipsByTotal(db: Executor, totalCents: number) {
  return db.select().from(depositSlips).where(eq(depositSlips.totalCents, totalCents)).orderBy(desc(depositSlips.depositedOn));
}

/* ------------------------------------------------------------------ the pages' schedule (order, portal, back-office) */

export type ChequePartView = {
  id: string;
  position: number;
  dueOn: string;
  amountCents: number;
  status: InstalmentStatus;
  drawer: string | null;
  bank: string | null;
  number: string | null;
  receivedOn: string | null;
  depositedOn: string | null;
  settledOn: string | null;
  slipNumber: number | null;
};

export type ChequeScheduleView = { kind: "cheques"; count: number; totalCents: number; parts: ChequePartView[] };

/** An order's cheque schedule as the pages show it (each cheque's details and its slip's number), or null. */
export async function chequeScheduleView(db: Executor, orderId: string): Promise<ChequeScheduleView | null> {
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "cheques")));
  if (!plan) return null;
  const rows = await db
    .select({ part: instalments, slipNumber: depositSlips.number })
    .from(instalments)
    .leftJoin(depositSlips, eq(depositSlips.id, instalments.depositSlipId))
    .where(eq(instalments.planId, plan.id))
    .orderBy(asc(instalments.position));
  return {
    kind: "cheques",
    count: plan.count,
    totalCents: plan.totalCents,
    parts: rows.map(({ part: p, slipNumber }) => ({
      id: p.id,
      position: p.position,
      dueOn: p.dueOn,
      amountCents: p.amountCents,
      status: p.status,
      drawer: p.chequeDrawer,
      bank: p.chequeBank,
      number: p.chequeNumber,
      receivedOn: p.receivedOn,
      depositedOn: p.depositedOn,
      settledOn: p.settledOn,
      slipNumber,
    })),
  };
}

/** A customer's orders in several cheques still running (cheques awaited, or held and not all cashed), newest first: the pro portal's list. */
export async function runningChequePlansOfUser(db: Executor, userId: string): Promise<{ reference: string; status: OrderRow["status"]; plan: ChequeScheduleView }[]> {
  const rows = await db
    .select({ id: orders.id, reference: orders.reference, status: orders.status })
    .from(orders)
    .innerJoin(instalmentPlans, and(eq(instalmentPlans.orderId, orders.id), eq(instalmentPlans.kind, "cheques")))
    .where(and(eq(orders.userId, userId), inArray(orders.status, ["awaiting_cheques", "on_account"])))
    .orderBy(desc(orders.createdAt))
    .limit(20);
  const views = await Promise.all(rows.map(async (r) => ({ reference: r.reference, status: r.status, plan: await chequeScheduleView(db, r.id) })));
  return views.flatMap((v) => (v.plan ? [{ reference: v.reference, status: v.status, plan: v.plan }] : []));
}

/** bouncedChequesOfAccount with the number of each order's open invoice: what the portal's banner tells the pro to pay, and on which invoice. */
export async function bouncedChequesToSettle(db: Executor, accountId: string) {
  const bounced = await bouncedChequesOfAccount(db, accountId);
  if (!bounced.length) return [];
  const numbers = await db
    .select({ reference: orders.reference, number: invoices.number })
    .from(orders)
    .innerJoin(invoices, and(eq(invoices.orderId, orders.id), eq(invoices.kind, "invoice")))
    .where(inArray(orders.reference, [...new Set(bounced.map((b) => b.orderReference))]));
  const byReference = new Map(numbers.map((n) => [n.reference, n.number]));
  return bounced.map((b) => ({ ...b, invoiceNumber: byReference.get(b.orderReference) ?? null }));
}

/* ------------------------------------------------------------------ the board's actions (/admin/cheques) */

/** A cheque as the board names it: a single cheque's payment, or an instalment. */
export type BoardChequeRef = { kind: "single" | "instalment"; id: string };
type BoardCaller = Pick<CurrentUser, "id" | "name" | "role"> | null;

function fromOffline(result: OfflineResult, what: string): ChequeResult {
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, orderReference: result.summary.reference, message: `Commande ${result.summary.reference} : ${describeSummary(what, result.summary)}` };
}

const withOrder = (result: ChequeResult): ChequeResult => (result.ok && result.orderReference ? { ...result, message: `Commande ${result.orderReference} : ${result.message}` } : result);

/**
 * « Encaissé » on the board: an instalment cheque through cashInstalmentCheque (its invoice), a
 * single cheque through cashCheque (its order), the very use cases of the order page.
 */
export async function cashBoardCheque(db: Db, user: BoardCaller, ref: BoardChequeRef): Promise<ChequeResult> {
  if (ref.kind === "instalment") return withOrder(await cashInstalmentCheque(db, user, { instalmentId: ref.id }));
  return fromOffline(await cashCheque(db, user, { paymentId: ref.id }), "Chèque encaissé.");
}

/** « Impayé » on the board, with the bank's reason (required, whatever the kind). */
export async function bounceBoardCheque(db: Db, user: BoardCaller, ref: BoardChequeRef & { reason: string }): Promise<ChequeResult> {
  if (!user || user.role !== "admin") return { ok: false, message: CHEQUE_MESSAGES.forbidden };
  const reason = ref.reason.trim();
  if (reason.length < 3) return { ok: false, message: CHEQUE_MESSAGES.reason };
  if (ref.kind === "instalment") return withOrder(await bounceInstalmentCheque(db, user, { instalmentId: ref.id, reason }));
  return fromOffline(await bounceCheque(db, user, { paymentId: ref.id, reason }), "Chèque déclaré impayé.");
}

/**
 * How many cheques in hand may go to the bank today (the back-office menu's badge): instalment
 * cheques whose day has come on orders holding them all, and single cheques not on a slip. Two
 * counts on indexed columns (instalments by status and date, payments by status).
 */
export async function countChequesToDeposit(db: Executor, today = todayInParis(currentTime())): Promise<number> {
  const result = await db.execute(sql`
    select (
      select count(*) from instalments i
      join instalment_plans p on p.id = i.plan_id and p.kind = 'cheques'
      join orders o on o.id = p.order_id and o.status = 'on_account'
      where i.status = 'received' and i.due_on <= ${today}
    )::int + (
      select count(*) from payments
      where status = 'pending' and method = 'cheque' and offline_reference is not null and deposit_slip_id is null
    )::int as n`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
