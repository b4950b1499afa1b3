import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { newPrefixedId } from "../ids";
import { findObject, insertObject, lockObject, saveObject } from "../store";
import { forbidden, notFound } from "./errors";
import { runPayplugTransaction, type Notify } from "./notifications";
import { failPayment, hostedPageUrl, newPaymentObject, nowSeconds, paymentKey, succeedPayment, type PaidCard } from "./payments";
import { getPayplugSettings } from "./settings";
import { LATER_CHARGES_FAIL_LAST4 } from "./test-cards";
import { KIND, PROVIDER, type InstallmentPlan, type Payment, type PayplugMode } from "./types";
import { checkShopUrls, createPlanSchema, parseOrThrow, patchSchema, todayIso } from "./validation";
import { listObjects } from "../store";

/*
 * Installment plans (spec §8): the payer pays the first installment on the hosted page, which
 * "saves the card"; PayPlug then charges the next ones on their dates, each as a payment with
 * installment_plan_id, notified like any payment (and the plan notified too).
 *
 * The emulator charges later installments on their dates by ITS clock (today + the setting
 * clockOffsetDays): chargeDueInstallments runs with the sandbox-deliveries job and whenever a test
 * moves the clock (admin action advance_clock). A refused charge is retried planRetryDelayDays
 * later, planChargeAttempts charges in all; then that installment is given up and the plan goes on
 * with the next dates (PayPlug's own retry policy is not documented: these are the emulator's).
 * The plan stays active through a later failure; it ends when every installment is paid or given
 * up. A later charge fails when the saved card is the test card 4000 0000 0000 0341, or when a test
 * asked for it (admin action fail_installment_charges: the plan's next N charges fail).
 * chargeNextInstallment stays as the older test hook: the next unpaid installment, now.
 */

export const planKey = (id: string) => ({ provider: PROVIDER, kind: KIND.plan, id });

export async function createInstallmentPlan(mode: PayplugMode, body: unknown, ctx: { publicBaseUrl: string }): Promise<InstallmentPlan> {
  const b = parseOrThrow(createPlanSchema, body);
  checkShopUrls(b, ctx.publicBaseUrl);
  const id = newPrefixedId("inst_");
  const plan: InstallmentPlan = {
    id,
    object: "installment_plan",
    is_live: mode === "live",
    is_active: true,
    is_fully_paid: false,
    currency: "EUR",
    created_at: nowSeconds(),
    schedule: b.schedule.map((s) => ({ date: s.date === "TODAY" ? todayIso() : s.date, amount: s.amount, payment_ids: [] })),
    billing: b.billing,
    shipping: b.shipping,
    hosted_payment: { payment_url: hostedPageUrl(ctx.publicBaseUrl, id), return_url: b.hosted_payment.return_url, cancel_url: b.hosted_payment.cancel_url },
    notification: { url: b.notification_url },
    failure: null,
    metadata: b.metadata,
  };
  await insertObject(await getDb(), { ...planKey(id), mode, data: plan });
  return plan;
}

export async function getInstallmentPlan(mode: PayplugMode, id: string): Promise<InstallmentPlan> {
  const stored = await findObject<InstallmentPlan>(await getDb(), planKey(id), mode);
  if (!stored) throw notFound("installment plan");
  return stored.data;
}

export async function patchInstallmentPlan(mode: PayplugMode, id: string, body: unknown): Promise<InstallmentPlan> {
  const b = parseOrThrow(patchSchema, body);
  if (b.aborted !== true && b.abort !== true) throw forbidden("This update is not supported on this installment plan.");
  return runPayplugTransaction(async (tx, notify) => {
    const stored = await lockObject<InstallmentPlan>(tx, planKey(id), mode);
    if (!stored) throw notFound("installment plan");
    const plan = stored.data;
    if (plan.failure?.code === "aborted") return plan;
    if (plan.is_fully_paid) throw forbidden("This installment plan is fully paid and cannot be aborted.");
    const next: InstallmentPlan = { ...plan, is_active: false, failure: { code: "aborted", message: "The installment plan was aborted." } };
    await saveObject(tx, planKey(id), next);
    await notify(next, next.notification.url);
    return next;
  });
}

/** Creates the payment of the first unpaid installment, charged with `card`, and updates the plan. */
async function chargeInstallment(
  tx: Tx,
  mode: string,
  plan: InstallmentPlan,
  index: number,
  outcome: { card: PaidCard; failureCode: string | null; givenUp?: boolean },
  notify: Notify,
): Promise<{ plan: InstallmentPlan; payment: Payment }> {
  const item = plan.schedule[index];
  if (!item) throw forbidden("Every installment of this plan has been charged.");
  let payment = newPaymentObject({
    amount: item.amount,
    is_live: plan.is_live,
    billing: plan.billing,
    shipping: plan.shipping,
    metadata: plan.metadata,
    installment_plan_id: plan.id,
    notification: { url: plan.notification.url, response_code: null },
    hosted_payment: { payment_url: null, return_url: plan.hosted_payment.return_url, cancel_url: plan.hosted_payment.cancel_url, paid_at: null, sent_by: null },
  });
  await insertObject(tx, { ...paymentKey(payment.id), mode, data: payment });
  // Only the first installment is paid by the payer (with 3-D Secure); the next ones are merchant-initiated.
  payment = outcome.failureCode
    ? await failPayment(tx, payment, outcome.failureCode, notify, { is_3ds: index === 0 ? outcome.failureCode === "3ds_declined" : false, card: outcome.card })
    : await succeedPayment(tx, payment, outcome.card, notify, index === 0);
  const schedule = plan.schedule.map((s, i) => (i === index ? { ...s, payment_ids: [...s.payment_ids, payment.id] } : s));
  const isLast = index === plan.schedule.length - 1;
  const fullyPaid = !outcome.failureCode && isLast && (await everyEarlierPaid(tx, schedule, index));
  // The first installment refused: the plan never started. A later one: PayPlug goes on with the
  // next dates (and retries this one), so the plan stays active until its last installment.
  const ended = index === 0 ? Boolean(outcome.failureCode) : isLast && (fullyPaid || !outcome.failureCode || outcome.givenUp === true);
  const next: InstallmentPlan = {
    ...plan,
    schedule,
    is_fully_paid: fullyPaid,
    is_active: !fullyPaid && !ended,
    failure: outcome.failureCode && index === 0 ? payment.failure : null,
  };
  await saveObject(tx, planKey(plan.id), next);
  await notify(next, next.notification.url);
  return { plan: next, payment };
}

/** The hosted page: the payer's card for the first installment (success, or a refusal code). */
export async function payFirstInstallment(tx: Tx, mode: string, plan: InstallmentPlan, outcome: { card: PaidCard; failureCode: string | null }, notify: Notify) {
  return chargeInstallment(tx, mode, plan, 0, outcome, notify);
}

/** Index of the first installment without a paid payment, or -1. */
async function nextUnpaidIndex(tx: Tx, plan: InstallmentPlan): Promise<number> {
  for (const [i, item] of plan.schedule.entries()) {
    let paid = false;
    for (const id of item.payment_ids) {
      if ((await findObject<Payment>(tx, paymentKey(id)))?.data.is_paid) paid = true;
    }
    if (!paid) return i;
  }
  return -1;
}

/** Test hook: PayPlug charges the saved card for the next installment, as it would on its date. */
export async function chargeNextInstallment(id: string, failureCode: string | null = null): Promise<{ plan: InstallmentPlan; payment: Payment }> {
  return runPayplugTransaction(async (tx, notify) => {
    const stored = await lockObject<InstallmentPlan>(tx, planKey(id));
    if (!stored) throw notFound("installment plan");
    const plan = stored.data;
    if (!plan.is_active) throw forbidden("This installment plan is not active.");
    const firstId = plan.schedule[0]?.payment_ids.at(-1);
    const first = firstId ? await findObject<Payment>(tx, paymentKey(firstId)) : null;
    if (!first?.data.is_paid || !first.data.card.last4) throw forbidden("The first installment has not been paid yet.");
    const c = first.data.card;
    const card: PaidCard = { last4: c.last4 ?? "", brand: c.brand ?? "", exp_month: c.exp_month ?? 1, exp_year: c.exp_year ?? 2000, country: c.country ?? "FR" };
    const index = await nextUnpaidIndex(tx, plan);
    if (index < 0) throw forbidden("Every installment of this plan has been charged.");
    return chargeInstallment(tx, stored.mode, plan, index, { card, failureCode }, notify);
  });
}

async function everyEarlierPaid(tx: Tx, schedule: InstallmentPlan["schedule"], index: number): Promise<boolean> {
  for (const item of schedule.slice(0, index)) {
    let paid = false;
    for (const id of item.payment_ids) if ((await findObject<Payment>(tx, paymentKey(id)))?.data.is_paid) paid = true;
    if (!paid) return false;
  }
  return true;
}

/** The emulator's side notes on a plan (not part of PayPlug's object): when each charge was made by its clock, and failures a test asked for. */
type PlanState = { chargedOn: Record<string, string[]>; failNext: number; failureCode: string };
const stateKey = (id: string) => ({ provider: PROVIDER, kind: "installment_plan_state", id });

async function lockPlanState(tx: Tx, id: string, mode: string): Promise<PlanState> {
  const stored = await lockObject<PlanState>(tx, stateKey(id));
  if (stored) return stored.data;
  const fresh: PlanState = { chargedOn: {}, failNext: 0, failureCode: "card_declined" };
  await insertObject(tx, { ...stateKey(id), mode, data: fresh });
  return fresh;
}

/** The emulator's today: the real date plus the clock offset a test or a demo set. */
export function emulatorToday(offsetDays: number, now: Date = new Date()): string {
  return todayIso(new Date(now.getTime() + offsetDays * 86_400_000));
}

const addDays = (iso: string, days: number) => todayIso(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));

/** Test hook: the next `count` charges PayPlug makes on this plan are refused with `failureCode`. */
export async function failInstallmentCharges(id: string, count: number, failureCode: string): Promise<{ id: string; fail_next: number; failure_code: string }> {
  return runPayplugTransaction(async (tx) => {
    const stored = await findObject<InstallmentPlan>(tx, planKey(id));
    if (!stored) throw notFound("installment plan");
    const state = await lockPlanState(tx, id, stored.mode);
    await saveObject(tx, stateKey(id), { ...state, failNext: count, failureCode });
    return { id, fail_next: count, failure_code: failureCode };
  });
}

type DueCharge = { index: number; givenUpAfter: boolean };

/** What PayPlug charges on this plan today: the first installment not paid nor given up, if its date (or its retry's) has come. */
async function dueCharge(tx: Tx, plan: InstallmentPlan, state: PlanState, today: string, attempts: number, retryDays: number): Promise<DueCharge | null> {
  for (const [index, item] of plan.schedule.entries()) {
    if (index === 0) continue;
    let paid = false;
    for (const pid of item.payment_ids) if ((await findObject<Payment>(tx, paymentKey(pid)))?.data.is_paid) paid = true;
    if (paid) continue;
    const charges = item.payment_ids.length;
    if (charges >= attempts) continue;
    const last = state.chargedOn[String(index)]?.at(-1);
    const dueOn = last ? addDays(last, retryDays) : item.date;
    if (dueOn > today) return null;
    return { index, givenUpAfter: charges + 1 >= attempts };
  }
  return null;
}

/**
 * PayPlug's scheduler: charges every installment due by the emulator's clock, oldest first, on
 * every active plan whose first installment was paid. Each charge in its own transaction (plan and
 * its side notes locked), so two runs at once never charge one installment twice.
 */
export async function chargeDueInstallments(opts: { now?: Date } = {}): Promise<{ today: string; charged: { plan: string; payment: string; index: number; paid: boolean }[] }> {
  const settings = await getPayplugSettings();
  const today = emulatorToday(settings.clockOffsetDays, opts.now);
  const charged: { plan: string; payment: string; index: number; paid: boolean }[] = [];
  const db = await getDb();
  for (const mode of ["test", "live"]) {
    for (let offset = 0; ; offset += 200) {
      const page = await listObjects<InstallmentPlan>(db, { provider: PROVIDER, kind: KIND.plan, mode, limit: 200, offset });
      for (const candidate of page) {
        if (!candidate.data.is_active) continue;
        for (let guard = 0; guard < 10; guard++) {
          const done = await runPayplugTransaction(async (tx, notify) => {
            const stored = await lockObject<InstallmentPlan>(tx, planKey(candidate.id));
            if (!stored?.data.is_active) return null;
            const plan = stored.data;
            const card = await savedCard(tx, plan);
            if (!card) return null;
            const state = await lockPlanState(tx, plan.id, stored.mode);
            const due = await dueCharge(tx, plan, state, today, settings.planChargeAttempts, settings.planRetryDelayDays);
            if (!due) return null;
            let failureCode: string | null = null;
            if (state.failNext > 0) failureCode = state.failureCode;
            else if (card.last4 === LATER_CHARGES_FAIL_LAST4) failureCode = "insufficient_funds";
            const chargedOn = { ...state.chargedOn, [String(due.index)]: [...(state.chargedOn[String(due.index)] ?? []), today] };
            await saveObject(tx, stateKey(plan.id), { ...state, chargedOn, failNext: Math.max(0, state.failNext - (failureCode && state.failNext > 0 ? 1 : 0)) });
            const r = await chargeInstallment(tx, stored.mode, plan, due.index, { card, failureCode, givenUp: due.givenUpAfter }, notify);
            return { plan: plan.id, payment: r.payment.id, index: due.index, paid: r.payment.is_paid };
          });
          if (!done) break;
          charged.push(done);
        }
      }
      if (page.length < 200) break;
    }
  }
  return { today, charged };
}

/** The card saved by the first installment's payment, or null while it is not paid. */
async function savedCard(tx: Tx, plan: InstallmentPlan): Promise<PaidCard | null> {
  for (const id of plan.schedule[0]?.payment_ids ?? []) {
    const p = (await findObject<Payment>(tx, paymentKey(id)))?.data;
    if (p?.is_paid && p.card.last4) {
      const c = p.card;
      return { last4: c.last4 ?? "", brand: c.brand ?? "", exp_month: c.exp_month ?? 1, exp_year: c.exp_year ?? 2000, country: c.country ?? "FR" };
    }
  }
  return null;
}
