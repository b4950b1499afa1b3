import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { newPrefixedId } from "../ids";
import { findObject, insertObject, lockObject, saveObject } from "../store";
import { forbidden, notFound } from "./errors";
import { runPayplugTransaction, type Notify } from "./notifications";
import { failPayment, hostedPageUrl, newPaymentObject, nowSeconds, paymentKey, succeedPayment, type PaidCard } from "./payments";
import { KIND, PROVIDER, type InstallmentPlan, type Payment, type PayplugMode } from "./types";
import { checkShopUrls, createPlanSchema, parseOrThrow, patchSchema, todayIso } from "./validation";

/*
 * Installment plans (spec §8): the payer pays the first installment on the hosted page, which
 * "saves the card"; PayPlug then charges the next ones on their dates, each as a payment with
 * installment_plan_id, notified like any payment. The emulator charges later installments only
 * when asked (chargeNextInstallment, a test hook behind the admin endpoint).
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
  outcome: { card: PaidCard; failureCode: string | null },
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
  const fullyPaid = !outcome.failureCode && index === plan.schedule.length - 1;
  const next: InstallmentPlan = {
    ...plan,
    schedule,
    is_fully_paid: fullyPaid,
    is_active: !outcome.failureCode && !fullyPaid,
    failure: outcome.failureCode ? payment.failure : null,
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
