import "server-only";
import { and, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { instalmentPlans, instalments, orders, paymentLinks, payments } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderInstalmentFailedEmail } from "@/lib/mail/templates/instalment-failed";
import { customerNameFor } from "@/lib/orders/customer-name";
import { recordOrderEvent, transitionOrder, type Actor } from "@/lib/orders/events";
import { orderPaymentUrls } from "@/lib/orders/access";
import { cardInstalmentChoice, cardInstalmentSchedule, payplugDoneWithInstalment, type CardInstalmentChoice, type InstalmentBuyer } from "@/lib/payments/card-instalments";
import type { BuyerContext } from "@/lib/use-cases/pro-buyer";
import { createPaymentLinkInTx } from "@/lib/payments/payment-links";
import { isGatewayError, GATEWAY_ERROR_MESSAGES } from "@/lib/providers/errors";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import type { InstalmentPlanGateway, PaymentGateway, ProviderInstalmentPlan, ProviderPayment } from "@/lib/providers/types";
import { formatIsoDateFr, todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { formatEur } from "@/lib/shared/money";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";
import { isUniqueViolation } from "@/lib/db/errors";
import { isOpenStatus } from "@/lib/payments/attempt-status";
import type { PaymentLinkView } from "@/lib/payments/payment-links";
import { startOnlinePayment, type StartOnlinePaymentResult } from "@/lib/use-cases/start-payment";

/**
 * Card instalments through a PayPlug installment plan (issue 9, item 3).
 *
 * - At checkout (createOrder) the plan and its parts are written with the order, from the rules
 *   of lib/payments/card-instalments.ts; the first payments row is the customer's attempt at the
 *   first part. startCardInstalmentPlan then creates the plan at PayPlug (outside any transaction)
 *   and hands back its hosted page.
 * - Every charge of the plan reaches the shop as a PayPlug payment (installment_plan_id on it)
 *   and goes through reconcilePayment like any payment. placePlanCharge finds which part it is
 *   from the plan id and the plan's schedule RE-FETCHED from PayPlug (never the notification),
 *   and records the charge as a payments row of the order: the first part adopts the customer's
 *   attempt, later parts get a row of their own marked instalment_plan_id (charges PayPlug makes
 *   on its schedule are not attempts a customer starts, so the one-live-attempt index leaves them
 *   out). applyInstalmentOutcome, in reconcile's transaction, moves the part and the order: the
 *   first part paid → on_account (shippable), every part paid → paid (the ledger's rule).
 * - A later part refused: the part is "failed". Once PayPlug is done with it (all its attempts
 *   made, or the plan stopped: payplugDoneWithInstalment), the customer gets a secure link for
 *   THAT part's amount and the admins an alert. PayPlug's API cannot stop the retry of one part
 *   (only abort the whole plan, which would also cancel the parts still to come), so the shop
 *   chose "refused while a retry is scheduled": no link is sent, and none can pay, while PayPlug
 *   may still charge that part — never both.
 */

const providerActor: Actor = { type: "provider", id: "payplug" };

export type CardPlanRow = typeof instalmentPlans.$inferSelect;
export type InstalmentRow = typeof instalments.$inferSelect;

function planGateway(gateway: PaymentGateway = getGatewayOrThrow("payplug")): InstalmentPlanGateway {
  if (!gateway.instalmentPlans) throw new Error(`${gateway.provider} has no instalment plans`);
  return gateway.instalmentPlans;
}

/** What the checkout may offer this buyer for this total (env CARD_INSTALMENTS, CARD_INSTALMENTS_MINIMUM_EUROS). */
export function cardInstalmentChoiceFor(buyer: Pick<BuyerContext, "account">, totalCents: number): CardInstalmentChoice {
  return cardInstalmentChoice({
    offer: env.cardInstalments.offer,
    minimumCents: env.cardInstalments.minimumCents,
    totalCents,
    buyer: buyer.account ? "pro" : "consumer",
    onHold: buyer.account?.onHold ?? false,
    formatMinimum: formatEur,
  });
}

/** Inside createOrder's transaction: the plan and its parts; the first part's payment is the order's first attempt. */
export async function writeCardInstalmentPlan(
  tx: Tx,
  input: { orderId: string; firstPaymentId: string; totalCents: number; count: number; buyer: InstalmentBuyer; today?: string },
): Promise<{ planId: string; firstAmountCents: number }> {
  const schedule = cardInstalmentSchedule({ totalCents: input.totalCents, count: input.count, buyer: input.buyer, today: input.today ?? todayInParis() });
  const [plan] = await tx
    .insert(instalmentPlans)
    .values({ orderId: input.orderId, kind: "card", count: input.count, totalCents: input.totalCents })
    .returning({ id: instalmentPlans.id });
  await tx.insert(instalments).values(
    schedule.map((s) => ({ planId: plan!.id, position: s.position, dueOn: s.dueOn, amountCents: s.amountCents, paymentId: s.position === 1 ? input.firstPaymentId : null })),
  );
  await tx.update(payments).set({ amountCents: schedule[0]!.amountCents }).where(eq(payments.id, input.firstPaymentId));
  return { planId: plan!.id, firstAmountCents: schedule[0]!.amountCents };
}

export type StartPlanResult = { ok: true; redirectUrl: string; planRef: string } | { ok: false; code: string; message: string };

const PLAN_UNAVAILABLE = "Le paiement en plusieurs fois par carte est momentanément indisponible. Votre commande est enregistrée : réessayez dans quelques instants depuis la page de votre commande.";

/**
 * Creates the order's plan at PayPlug (once: a second call hands back the same hosted page) and
 * returns where to send the customer for the first part. PayPlug has no idempotency key: the
 * plan's id is written only where none is yet, and a plan created twice by a race is aborted.
 */
export async function startCardInstalmentPlan(orderId: string, gateway: PaymentGateway = getGatewayOrThrow("payplug")): Promise<StartPlanResult> {
  const db = await getDb();
  const [row] = await db
    .select({ plan: instalmentPlans, order: orders })
    .from(instalmentPlans)
    .innerJoin(orders, eq(orders.id, instalmentPlans.orderId))
    .where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "card")));
  if (!row) return { ok: false, code: "not_found", message: "Commande introuvable." };
  const { plan, order } = row;
  if (order.status !== "pending_payment" && order.status !== "payment_failed") return { ok: false, code: "not_payable", message: "Cette commande n'attend plus le paiement de sa première échéance." };
  const parts = await db.select().from(instalments).where(eq(instalments.planId, plan.id)).orderBy(instalments.position);
  const first = parts[0]?.paymentId ? (await db.select().from(payments).where(eq(payments.id, parts[0].paymentId)))[0] : undefined;
  if (plan.providerRef) {
    if (first?.redirectUrl && first.status === "created") return checked(gateway, plan.providerRef, first.redirectUrl);
    return { ok: false, code: "not_payable", message: "La première échéance de cette commande a déjà été présentée : consultez votre commande." };
  }
  const urls = orderPaymentUrls(order);
  let created;
  try {
    created = await planGateway(gateway).create({
      planId: plan.id,
      currency: "EUR",
      schedule: parts.map((p) => ({ dueOn: p.dueOn, amountCents: p.amountCents })),
      order: { id: order.id, reference: order.reference, email: order.email, phone: order.phone, billingAddress: order.billingAddress, shippingAddress: order.shippingAddress },
      urls: { returnUrl: urls.returnUrl, cancelUrl: urls.cancelUrl, notificationUrl: `${env.appUrl}/api/ipn/payplug` },
    });
  } catch (error) {
    const code = isGatewayError(error) ? error.code : "provider_unavailable";
    log.warn("instalments", "PayPlug installment plan not created", { orderId, code, error });
    await recordOrderEvent(db, { orderId, actor: { type: "system", id: "checkout" }, type: "instalment_plan_start_failed", reason: GATEWAY_ERROR_MESSAGES[code], data: { code } });
    return { ok: false, code, message: PLAN_UNAVAILABLE };
  }
  const won = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(instalmentPlans)
      .set({ providerRef: created.planRef, providerLive: created.live, updatedAt: new Date() })
      .where(and(eq(instalmentPlans.id, plan.id), isNull(instalmentPlans.providerRef)))
      .returning({ id: instalmentPlans.id });
    if (!updated) return false;
    if (first) await tx.update(payments).set({ redirectUrl: created.redirectUrl, providerLive: created.live, updatedAt: new Date() }).where(eq(payments.id, first.id));
    await recordOrderEvent(tx, {
      orderId,
      paymentId: first?.id ?? null,
      actor: { type: "system", id: "checkout" },
      type: "instalment_plan_started",
      data: { provider: "payplug", planRef: created.planRef, count: plan.count, live: created.live },
    });
    return true;
  });
  if (!won) {
    // Another request created the plan first: ours is never shown to anyone.
    await planGateway(gateway).abort(created.planRef).catch((error: unknown) => log.error("instalments", "abort of a duplicate plan failed", { planRef: created.planRef, error }));
    return startCardInstalmentPlan(orderId, gateway);
  }
  return checked(gateway, created.planRef, created.redirectUrl);
}

function checked(gateway: PaymentGateway, planRef: string, url: string): StartPlanResult {
  if (!gateway.redirectAllowed(url)) {
    log.error("instalments", "plan payment page outside the allowed hosts: not redirecting", { planRef });
    return { ok: false, code: "redirect_refused", message: PLAN_UNAVAILABLE };
  }
  return { ok: true, redirectUrl: url, planRef };
}

/** The plan as PayPlug reports it now, for a charge of one of OUR plans; null when it is none of ours. */
export async function fetchPlanOfCharge(fetched: ProviderPayment, gateway: PaymentGateway): Promise<{ plan: CardPlanRow; provider: ProviderInstalmentPlan } | null> {
  if (!fetched.installmentPlanRef || !gateway.instalmentPlans) return null;
  const db = await getDb();
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.providerRef, fetched.installmentPlanRef), eq(instalmentPlans.kind, "card")));
  if (!plan) return null;
  const provider = await gateway.instalmentPlans.retrieve(fetched.installmentPlanRef);
  if (provider.planRef !== plan.providerRef) return null;
  return { plan, provider };
}

/** Which part (1..n) a charge belongs to, by the re-fetched schedule; null when the schedule does not list it. */
export function positionOfCharge(provider: ProviderInstalmentPlan, providerRef: string): number | null {
  const index = provider.schedule.findIndex((s) => s.paymentRefs.includes(providerRef));
  return index < 0 ? null : index + 1;
}

/**
 * A charge of one of our plans that our records do not hold yet: records it as a payments row of
 * the order (the first part adopts the customer's attempt) and points its part at it. Returns the
 * row, or undefined when the re-fetched schedule does not list the charge.
 */
export async function placePlanCharge(fetched: ProviderPayment, found: { plan: CardPlanRow; provider: ProviderInstalmentPlan }): Promise<{ id: string; orderId: string } | undefined> {
  const position = positionOfCharge(found.provider, fetched.providerRef);
  if (!position) return undefined;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [order] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, found.plan.orderId)).for("update");
    if (!order) return undefined;
    const [already] = await tx.select({ id: payments.id, orderId: payments.orderId }).from(payments).where(and(eq(payments.provider, "payplug"), eq(payments.providerRef, fetched.providerRef)));
    if (already) return already;
    const [part] = await tx.select().from(instalments).where(and(eq(instalments.planId, found.plan.id), eq(instalments.position, position))).for("update");
    if (!part) return undefined;
    if (position === 1 && part.paymentId) {
      const [adopted] = await tx
        .update(payments)
        // Forward only: a "created" attempt becomes pending; one closed meanwhile keeps its state and reconcile moves it on.
        .set({ providerRef: fetched.providerRef, providerLive: fetched.live, status: sql`case when ${payments.status} = 'created' then 'pending' else ${payments.status} end`, updatedAt: new Date() })
        .where(and(eq(payments.id, part.paymentId), isNull(payments.providerRef)))
        .returning({ id: payments.id, orderId: payments.orderId });
      if (adopted) return adopted;
    }
    const [{ last } = { last: 0 }] = await tx.select({ last: max(payments.attempt) }).from(payments).where(eq(payments.orderId, order.id));
    const [inserted] = await tx
      .insert(payments)
      .values({
        orderId: order.id,
        method: "card",
        provider: "payplug",
        providerRef: fetched.providerRef,
        providerLive: fetched.live,
        status: "pending",
        // Our part's amount, not PayPlug's: reconcile compares them and flags a difference.
        amountCents: part.amountCents,
        attempt: (last ?? 0) + 1,
        instalmentPlanId: found.plan.id,
      })
      .returning({ id: payments.id, orderId: payments.orderId });
    await tx.update(instalments).set({ paymentId: inserted!.id, updatedAt: new Date() }).where(eq(instalments.id, part.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: inserted!.id,
      actor: providerActor,
      type: "instalment_charge_recorded",
      data: { planRef: found.provider.planRef, position, providerRef: fetched.providerRef, amountCents: part.amountCents },
    });
    return inserted!;
  });
}

type PaymentRow = typeof payments.$inferSelect;
type OrderRow = typeof orders.$inferSelect;

/** The part a payment pays: the charge it is, or the part its payment link was sent for. */
async function partOfPayment(tx: Tx, payment: PaymentRow): Promise<{ part: InstalmentRow; plan: CardPlanRow } | null> {
  const [byCharge] = await tx
    .select({ part: instalments, plan: instalmentPlans })
    .from(instalments)
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .where(and(eq(instalments.paymentId, payment.id), eq(instalmentPlans.kind, "card")))
    .for("update", { of: instalments });
  if (byCharge) return byCharge;
  if (!payment.paymentLinkId) return null;
  const [byLink] = await tx
    .select({ part: instalments, plan: instalmentPlans })
    .from(paymentLinks)
    .innerJoin(instalments, eq(instalments.id, paymentLinks.instalmentId))
    .innerJoin(instalmentPlans, eq(instalmentPlans.id, instalments.planId))
    .where(eq(paymentLinks.id, payment.paymentLinkId))
    .for("update", { of: instalments });
  return byLink ?? null;
}

/**
 * In reconcilePayment's transaction (order and payment locked), after the payment's own move and
 * the ledger: what it means for its part and for the order. Runs only on a change (newly paid or
 * newly failed), so a duplicated notification changes nothing twice.
 */
export async function applyInstalmentOutcome(
  tx: Tx,
  input: { order: OrderRow; payment: PaymentRow; newlyPaid: boolean; newlyFailed: boolean; orderStatus: OrderRow["status"]; planNow: ProviderInstalmentPlan | null },
): Promise<OrderRow["status"]> {
  const found = await partOfPayment(tx, input.payment);
  if (!found) return input.orderStatus;
  const { part, plan } = found;
  const today = todayInParis();
  const { order, payment } = input;
  let orderStatus = input.orderStatus;

  if (input.newlyPaid) {
    if (part.status === "cashed" && part.paymentId !== payment.id) {
      // Paid twice (a link and a charge): the ledger already flags the excess for a refund.
      log.error("instalments", "an instalment was paid twice", { orderId: order.id, position: part.position, paymentId: payment.id });
      return orderStatus;
    }
    await tx.update(instalments).set({ status: "cashed", settledOn: today, paymentId: payment.id, updatedAt: new Date() }).where(eq(instalments.id, part.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor: providerActor,
      type: "instalment_paid",
      reason: `Échéance ${part.position}/${plan.count} réglée (${formatEur(part.amountCents)})`,
      data: { position: part.position, count: plan.count, amountCents: part.amountCents, viaLink: payment.paymentLinkId !== null },
    });
    if (orderStatus === "pending_payment" || orderStatus === "payment_failed") {
      await transitionOrder(tx, {
        orderId: order.id,
        to: "on_account",
        actor: providerActor,
        paymentId: payment.id,
        reason: `Première échéance payée : payée en ${plan.count} fois, échéancier en cours`,
        data: { planRef: plan.providerRef, count: plan.count },
      });
      orderStatus = "on_account";
    }
    return orderStatus;
  }

  if (input.newlyFailed && part.position > 1 && payment.instalmentPlanId) {
    await tx.update(instalments).set({ status: "failed", settledOn: today, updatedAt: new Date() }).where(eq(instalments.id, part.id));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId: payment.id,
      actor: providerActor,
      type: "instalment_failed",
      reason: `Échéance ${part.position}/${plan.count} refusée (${formatEur(part.amountCents)}) : ${payment.failureMessage ?? "paiement non abouti"}`,
      data: { position: part.position, count: plan.count, failureCode: payment.failureCode },
    });
    if (await payplugIsDone(tx, part, input.planNow)) await offerLinkForPart(tx, { order, part, plan, payment });
  }
  return orderStatus;
}

/** Whether PayPlug has made all its attempts at this part (by the schedule re-fetched before the transaction). */
async function payplugIsDone(tx: Tx, part: InstalmentRow, planNow: ProviderInstalmentPlan | null): Promise<boolean> {
  if (!planNow) return false;
  const refs = planNow.schedule[part.position - 1]?.paymentRefs ?? [];
  const rows = refs.length
    ? await tx.select({ ref: payments.providerRef, status: payments.status }).from(payments).where(and(eq(payments.provider, "payplug"), inArray(payments.providerRef, refs)))
    : [];
  const known = new Map(rows.map((r) => [r.ref, r.status]));
  const statuses = refs.map((r) => known.get(r));
  return payplugDoneWithInstalment({
    // A charge we have not recorded yet counts as neither: its own notification decides again.
    failedCharges: statuses.filter((s) => s === "failed" || s === "cancelled").length,
    paidCharges: statuses.filter((s) => s === "paid" || s === "partially_refunded" || s === "refunded").length,
    planActive: planNow.active,
    attempts: env.cardInstalments.payplugChargeAttempts,
  });
}

async function offerLinkForPart(tx: Tx, input: { order: OrderRow; part: InstalmentRow; plan: CardPlanRow; payment: PaymentRow }): Promise<void> {
  const { order, part, plan } = input;
  const [open] = await tx
    .select({ id: paymentLinks.id })
    .from(paymentLinks)
    .where(and(eq(paymentLinks.instalmentId, part.id), isNull(paymentLinks.usedAt)))
    .orderBy(desc(paymentLinks.createdAt))
    .limit(1);
  if (open) return;
  const actor: Actor = { type: "system", id: "instalments" };
  const link = await createPaymentLinkInTx(tx, { orderId: order.id, sentTo: order.email, actor, instalmentId: part.id });
  const reason = input.payment.failureMessage ?? "votre banque a refusé le paiement.";
  await enqueueEmail(tx, {
    to: order.email,
    template: EMAIL_TEMPLATES.instalmentFailed,
    orderId: order.id,
    email: renderInstalmentFailedEmail({
      reference: order.reference,
      customerName: await customerNameFor(tx, order),
      position: part.position,
      count: plan.count,
      amountCents: part.amountCents,
      dueText: formatIsoDateFr(part.dueOn),
      reason,
      url: link.url,
      expiresText: formatIsoDateFr(link.expiresAt.toISOString().slice(0, 10)),
    }),
  });
  await recordOrderEvent(tx, { orderId: order.id, actor, type: "payment_link_sent", data: { linkId: link.id, sentTo: order.email, instalment: part.position } });
  await queueAdminAlert(tx, {
    order,
    subject: `Échéance ${part.position}/${plan.count} impayée – commande ${order.reference}`,
    summary: `PayPlug n'a pas pu prélever l'échéance ${part.position} sur ${plan.count} de la commande ${order.reference} (${formatEur(part.amountCents)}) et ne la représentera plus. Un lien de paiement pour ce montant a été envoyé au client.`,
    details: [
      ["Commande", order.reference],
      ["Échéance", `${part.position}/${plan.count} du ${formatIsoDateFr(part.dueOn)}`],
      ["Montant", formatEur(part.amountCents)],
      ["Motif", reason],
    ],
    advice: "Les échéances d'un paiement en plusieurs fois ne sont pas garanties par PayPlug : le risque reste à la boutique. Si le client ne règle pas, relancez-le ou contactez-le.",
  });
}

export type InstalmentLinkCheck = { ok: true } | { ok: false; message: string };

export const INSTALMENT_LINK_MESSAGES = {
  retry_scheduled: "PayPlug va présenter à nouveau cette échéance sur votre carte : il n'y a rien à faire pour l'instant. Si ce nouveau prélèvement échoue, vous recevrez un lien pour la régler.",
  already_paid: "Cette échéance est déjà réglée : vous n'avez rien à payer.",
  unavailable: "Nous ne pouvons pas vérifier l'état de cette échéance pour le moment : réessayez dans quelques minutes.",
} as const;

/**
 * Before a link pays a part: PayPlug is asked (never our memory of it) whether it has paid that
 * part or may still charge it; either refuses the link.
 */
export async function checkPartPayableByLink(planRef: string, position: number, gateway: PaymentGateway = getGatewayOrThrow("payplug")): Promise<InstalmentLinkCheck> {
  try {
    const plan = await planGateway(gateway).retrieve(planRef);
    const refs = plan.schedule[position - 1]?.paymentRefs ?? [];
    const charges = await Promise.all(refs.map((r) => gateway.retrieve(r)));
    const paidCharges = charges.filter((c) => c.status === "paid" || c.status === "partially_refunded" || c.status === "refunded").length;
    if (paidCharges > 0) return { ok: false, message: INSTALMENT_LINK_MESSAGES.already_paid };
    const failedCharges = charges.filter((c) => c.status === "failed" || c.status === "cancelled").length;
    if (!payplugDoneWithInstalment({ failedCharges, paidCharges, planActive: plan.active, attempts: env.cardInstalments.payplugChargeAttempts })) {
      return { ok: false, message: INSTALMENT_LINK_MESSAGES.retry_scheduled };
    }
    return { ok: true };
  } catch (error) {
    log.warn("instalments", "plan could not be checked before a link payment", { planRef, error });
    return { ok: false, message: INSTALMENT_LINK_MESSAGES.unavailable };
  }
}

/** The customer came back from the hosted page: every charge PayPlug lists on the plan, reconciled (notifications may lag). */
export async function cardPlanChargeRefs(orderId: string): Promise<string[]> {
  const db = await getDb();
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "card")));
  if (!plan?.providerRef) return [];
  try {
    const now = await planGateway().retrieve(plan.providerRef);
    return now.schedule.flatMap((s) => s.paymentRefs);
  } catch (error) {
    log.warn("instalments", "plan not readable on return", { orderId, error });
    return [];
  }
}

export const PART_ATTEMPT_IN_PROGRESS = "Un paiement est déjà en cours pour cette commande : patientez quelques instants, puis rechargez la page avant de réessayer.";

/**
 * « Régler l'échéance » from a part's payment link: PayPlug is asked first (checkPartPayableByLink:
 * paid already, or a retry still to come, refuses it), then a customer attempt for THAT part's
 * amount is started (the one-live-attempt rule applies: it is the customer's), remembering the
 * link — reconcile marks the part paid through it.
 */
export async function payInstalmentWithLink(view: PaymentLinkView & { instalment: NonNullable<PaymentLinkView["instalment"]> }): Promise<StartOnlinePaymentResult> {
  const part = view.instalment;
  if (!part.planRef) return { ok: false, code: "not_payable", message: INSTALMENT_LINK_MESSAGES.unavailable };
  const check = await checkPartPayableByLink(part.planRef, part.position);
  if (!check.ok) return { ok: false, code: "not_payable", message: check.message };
  const db = await getDb();
  let paymentId: string | null;
  try {
    paymentId = await db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, view.order.id)).for("update");
      const [row] = await tx.select().from(instalments).where(eq(instalments.id, part.id)).for("update");
      if (!order || !row || row.status === "cashed" || order.status === "cancelled") return null;
      const attempts = await tx.select().from(payments).where(eq(payments.orderId, order.id)).orderBy(desc(payments.attempt));
      const open = attempts.find((p) => p.provider !== null && isOpenStatus(p.status) && p.instalmentPlanId === null);
      if (open) return open.paymentLinkId === view.linkId ? open.id : "busy";
      const [created] = await tx
        .insert(payments)
        .values({
          orderId: order.id,
          method: "card",
          provider: "payplug",
          status: "created",
          amountCents: row.amountCents,
          currency: order.currency,
          attempt: (attempts[0]?.attempt ?? 0) + 1,
          paymentLinkId: view.linkId,
        })
        .returning({ id: payments.id });
      await recordOrderEvent(tx, {
        orderId: order.id,
        paymentId: created!.id,
        actor: { type: "customer", id: null },
        type: "payment_attempt_created",
        data: { attempt: (attempts[0]?.attempt ?? 0) + 1, method: "card", provider: "payplug", amountCents: row.amountCents, viaPaymentLink: view.linkId, instalment: row.position },
      });
      return created!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "payments_one_open_online_attempt")) return { ok: false, code: "in_progress", message: PART_ATTEMPT_IN_PROGRESS };
    throw error;
  }
  if (paymentId === "busy") return { ok: false, code: "in_progress", message: PART_ATTEMPT_IN_PROGRESS };
  if (!paymentId) return { ok: false, code: "not_payable", message: INSTALMENT_LINK_MESSAGES.already_paid };
  return startOnlinePayment(paymentId);
}

/** The order's card plan as pages show it (InstalmentSchedule), or null. */
export async function cardPlanView(orderId: string): Promise<{ kind: "card"; count: number; planRef: string | null; parts: { position: number; dueOn: string; amountCents: number; status: string }[] } | null> {
  const db = await getDb();
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "card")));
  if (!plan) return null;
  const parts = await db
    .select({ position: instalments.position, dueOn: instalments.dueOn, amountCents: instalments.amountCents, status: instalments.status })
    .from(instalments)
    .where(eq(instalments.planId, plan.id))
    .orderBy(instalments.position);
  return { kind: "card", count: plan.count, planRef: plan.providerRef, parts };
}

/** A customer's card plans still running (order on account through one), newest first: the pro portal's « Paiements en plusieurs fois ». */
export async function runningCardPlansOfUser(userId: string) {
  const db = await getDb();
  const rows = await db
    .select({ orderId: orders.id, reference: orders.reference })
    .from(orders)
    .innerJoin(instalmentPlans, and(eq(instalmentPlans.orderId, orders.id), eq(instalmentPlans.kind, "card")))
    .where(and(eq(orders.userId, userId), eq(orders.status, "on_account")))
    .orderBy(desc(orders.createdAt))
    .limit(20);
  const views = await Promise.all(rows.map(async (r) => ({ reference: r.reference, plan: await cardPlanView(r.orderId) })));
  return views.flatMap((v) => (v.plan ? [{ reference: v.reference, plan: v.plan }] : []));
}

/**
 * Before an unpaid order is cancelled: its PayPlug plan made unpayable (PATCH aborted), so the
 * customer cannot pay its first part afterwards. A plan already paid or ended answers 403/404:
 * nothing to stop. Returns the charges the plan lists, for the caller to reconcile first (a first
 * part paid meanwhile wins: the order is then no longer cancellable).
 */
export async function abortCardPlanOfUnpaidOrder(orderId: string): Promise<string[]> {
  const db = await getDb();
  const [plan] = await db.select().from(instalmentPlans).where(and(eq(instalmentPlans.orderId, orderId), eq(instalmentPlans.kind, "card")));
  if (!plan?.providerRef) return [];
  const gateway = planGateway();
  const now = await gateway.retrieve(plan.providerRef);
  const charges = now.schedule.flatMap((s) => s.paymentRefs);
  if (now.active && charges.length === 0) {
    try {
      await gateway.abort(plan.providerRef);
      await recordOrderEvent(db, { orderId, actor: { type: "system", id: "cancel" }, type: "instalment_plan_aborted", data: { planRef: plan.providerRef } });
    } catch (error) {
      if (!(isGatewayError(error) && (error.code === "not_allowed" || error.code === "not_found"))) throw error;
    }
  }
  return charges;
}
