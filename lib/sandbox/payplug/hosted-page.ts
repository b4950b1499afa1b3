import "server-only";
import { randomInt } from "node:crypto";
import { getDb, type Tx } from "@/lib/db/client";
import { findObject, insertObject, lockObject, saveObject } from "../store";
import { planKey, payFirstInstallment } from "./installment-plans";
import { runPayplugTransaction, type Notify } from "./notifications";
import { failPayment, paymentKey, succeedPayment, type PaidCard } from "./payments";
import { getPayplugSettings } from "./settings";
import { hasTimedOut, timeOutIfDue } from "./timeouts";
import { brandFromNumber, digitsOnly, maskMobile, outcomeForNumber, parseExpiry, passesLuhn, TEST_CARDS } from "./test-cards";
import { KIND, PROVIDER, type HostedSession, type InstallmentPlan, type Payment } from "./types";

/*
 * PayPlug's hosted card page, emulated: card form → 3-D Secure SMS step → back to the shop. The
 * page is plain HTML forms posting to server actions (works without client JS, passes the CSP);
 * its state lives in a "hosted_session" object next to the payment, so a reload, a second tab or a
 * restart continue where the payer was. The card number and CVC are checked and then forgotten:
 * only what PayPlug itself returns (brand, last 4 digits, expiry, country) is kept.
 */

export const MAX_OTP_ATTEMPTS = 3;

type Target = { kind: "payment"; mode: string; payment: Payment } | { kind: "installment_plan"; mode: string; plan: InstallmentPlan };

/** "expired": the payer let the payment time out (failure `timeout`, lib/sandbox/payplug/timeouts.ts). */
export type ClosedOutcome = "paid" | "failed" | "cancelled" | "expired";

export type HostedPageView =
  | { status: "not_found" }
  | { status: "closed"; outcome: ClosedOutcome; reason: string | null; continueUrl: string | null; shopName: string }
  | {
      status: "open";
      id: string;
      kind: Target["kind"];
      /** What the payer pays now (the first installment for a plan). */
      amount: number;
      schedule: { date: string; amount: number }[] | null;
      description: string | null;
      shopName: string;
      isLive: boolean;
      step: "card" | "otp";
      error: HostedSession["error"];
      otpCode: string | null;
      maskedPhone: string | null;
      attemptsLeft: number;
      card: { brand: string; last4: string } | null;
      testCards: typeof TEST_CARDS;
    };

/** French wording of PayPlug's failure codes, for the payer. */
export const FAILURE_REASONS_FR: Record<string, string> = {
  card_declined: "Votre banque a refusé le paiement.",
  insufficient_funds: "Le paiement a été refusé : provision insuffisante.",
  fraud_suspected: "Le paiement a été refusé par mesure de sécurité.",
  processing_error: "Une erreur est survenue lors du traitement de votre carte.",
  "3ds_declined": "L'authentification 3-D Secure a échoué.",
  incorrect_number: "Le numéro de carte est incorrect.",
  timeout: "Le délai pour payer est dépassé : cette page de paiement a expiré. Aucun montant n'a été débité.",
  aborted: "Le paiement a été annulé.",
};

const sessionKey = (id: string) => ({ provider: PROVIDER, kind: KIND.session, id });
const NEW_SESSION: HostedSession = { step: "card", card: null, otp: null, otpAttempts: 0, error: null };

export function hostedPagePath(id: string): string {
  return `/sandbox/payplug/pay/${id}`;
}

async function loadTarget(tx: Tx | null, id: string): Promise<Target | null> {
  const ex = tx ?? (await getDb());
  if (id.startsWith("pay_")) {
    const s = tx ? await lockObject<Payment>(tx, paymentKey(id)) : await findObject<Payment>(ex, paymentKey(id));
    return s ? { kind: "payment", mode: s.mode, payment: s.data } : null;
  }
  if (id.startsWith("inst_")) {
    const s = tx ? await lockObject<InstallmentPlan>(tx, planKey(id)) : await findObject<InstallmentPlan>(ex, planKey(id));
    return s ? { kind: "installment_plan", mode: s.mode, plan: s.data } : null;
  }
  return null;
}

async function planFirstPayment(tx: Tx | null, plan: InstallmentPlan): Promise<Payment | null> {
  const last = plan.schedule[0]?.payment_ids.at(-1);
  if (!last) return null;
  return (await findObject<Payment>(tx ?? (await getDb()), paymentKey(last)))?.data ?? null;
}

function outcomeOfFailure(code: string): ClosedOutcome {
  return code === "aborted" ? "cancelled" : code === "timeout" ? "expired" : "failed";
}

async function closedState(tx: Tx | null, t: Target): Promise<{ outcome: ClosedOutcome; code: string | null } | null> {
  if (t.kind === "payment") {
    const p = t.payment;
    if (p.is_paid || p.authorization?.authorized_at) return { outcome: "paid", code: null };
    if (p.failure) return { outcome: outcomeOfFailure(p.failure.code), code: p.failure.code };
    return null;
  }
  const plan = t.plan;
  if (plan.failure) return { outcome: plan.failure.code === "aborted" ? "cancelled" : "failed", code: plan.failure.code };
  if ((await planFirstPayment(tx, plan))?.is_paid) return { outcome: "paid", code: null };
  return null;
}

function urls(t: Target): { returnUrl: string | null; cancelUrl: string | null } {
  const h = t.kind === "payment" ? t.payment.hosted_payment : t.plan.hosted_payment;
  return { returnUrl: h.return_url, cancelUrl: h.cancel_url };
}

function continueUrlFor(t: Target, outcome: ClosedOutcome): string | null {
  const u = urls(t);
  return outcome === "cancelled" ? (u.cancelUrl ?? u.returnUrl) : u.returnUrl;
}

export async function loadHostedPage(id: string, opts: { defaultShopName: string }): Promise<HostedPageView> {
  const settings = await getPayplugSettings();
  const shopName = settings.shopName ?? opts.defaultShopName;
  const t = await loadTarget(null, id);
  if (!t) return { status: "not_found" };
  // Past its deadline but not yet timed out by the job (it runs every few seconds): already expired
  // for the payer; the job (or a submission, see step) records the failure and notifies the shop.
  const closed = t.kind === "payment" && hasTimedOut(t.payment, settings) ? { outcome: "expired" as const, code: "timeout" } : await closedState(null, t);
  if (closed) return { status: "closed", outcome: closed.outcome, reason: closed.code ? (FAILURE_REASONS_FR[closed.code] ?? null) : null, continueUrl: continueUrlFor(t, closed.outcome), shopName };
  const session = (await findObject<HostedSession>(await getDb(), sessionKey(id)))?.data ?? NEW_SESSION;
  const billing = t.kind === "payment" ? t.payment.billing : t.plan.billing;
  const metaShop = (t.kind === "payment" ? t.payment.metadata : t.plan.metadata)?.shop_name;
  return {
    status: "open",
    id,
    kind: t.kind,
    amount: t.kind === "payment" ? t.payment.amount : (t.plan.schedule[0]?.amount ?? 0),
    schedule: t.kind === "installment_plan" ? t.plan.schedule.map((s) => ({ date: s.date, amount: s.amount })) : null,
    description: t.kind === "payment" ? t.payment.description : null,
    shopName: typeof metaShop === "string" && metaShop ? metaShop : shopName,
    isLive: t.kind === "payment" ? t.payment.is_live : t.plan.is_live,
    step: session.step === "otp" ? "otp" : "card",
    error: session.error,
    otpCode: session.step === "otp" ? session.otp : null,
    maskedPhone: maskMobile(billing?.mobile_phone_number),
    attemptsLeft: MAX_OTP_ATTEMPTS - session.otpAttempts,
    card: session.card ? { brand: session.card.brand, last4: session.card.last4 } : null,
    testCards: TEST_CARDS,
  };
}

export type HostedResult = { redirectTo: string };

/** Runs one step of the page on the locked target and its session; a closed payment just sends the payer on. */
async function step(
  id: string,
  work: (ctx: { tx: Tx; t: Target; session: HostedSession; notify: Notify }) => Promise<{ session: HostedSession; closed?: ClosedOutcome }>,
): Promise<HostedResult> {
  return runPayplugTransaction(async (tx, notify) => {
    const t = await loadTarget(tx, id);
    if (!t) return { redirectTo: hostedPagePath(id) };
    const already = await closedState(tx, t);
    if (already) return { redirectTo: continueUrlFor(t, already.outcome) ?? hostedPagePath(id) };
    // Submitted after the deadline: the payment times out now (nothing is charged) and the page says so.
    if (t.kind === "payment" && (await timeOutIfDue(tx, t.payment, notify))) return { redirectTo: hostedPagePath(id) };
    const stored = await lockObject<HostedSession>(tx, sessionKey(id));
    if (!stored) await insertObject(tx, { ...sessionKey(id), mode: t.mode, parentId: id, data: NEW_SESSION });
    const result = await work({ tx, t, session: stored?.data ?? NEW_SESSION, notify });
    await saveObject(tx, sessionKey(id), result.session);
    return { redirectTo: result.closed ? (continueUrlFor(t, result.closed) ?? hostedPagePath(id)) : hostedPagePath(id) };
  });
}

async function finish(tx: Tx, t: Target, notify: Notify, outcome: { card: PaidCard | null; failureCode: string | null; is3ds: boolean | null }): Promise<void> {
  if (t.kind === "payment") {
    if (outcome.failureCode) await failPayment(tx, t.payment, outcome.failureCode, notify, { is_3ds: outcome.is3ds, card: outcome.card });
    else if (outcome.card) await succeedPayment(tx, t.payment, outcome.card, notify);
    return;
  }
  if (outcome.failureCode === "aborted" || !outcome.card) {
    const next: InstallmentPlan = { ...t.plan, is_active: false, failure: { code: "aborted", message: "The installment plan was aborted by the payer." } };
    await saveObject(tx, planKey(t.plan.id), next);
    await notify(next, next.notification.url);
    return;
  }
  await payFirstInstallment(tx, t.mode, t.plan, { card: outcome.card, failureCode: outcome.failureCode }, notify);
}

export type CardInput = { number: string; expiry: string; cvc: string; holder: string };

/** Step 1: the card form. Input errors come back to the page; a refusal card ends the payment; a good card goes to the SMS step. */
export async function submitHostedCard(id: string, input: CardInput): Promise<HostedResult> {
  return step(id, async ({ tx, t, session, notify }) => {
    const fail = (field: NonNullable<HostedSession["error"]>["field"], message: string) => ({ session: { ...session, step: "card" as const, error: { field, message } } });
    const number = digitsOnly(input.number);
    if (!number) return fail("number", "Saisissez le numéro de votre carte.");
    if (!passesLuhn(number)) return fail("number", "Numéro de carte incorrect : vérifiez les chiffres saisis.");
    const expiry = parseExpiry(input.expiry);
    if ("error" in expiry) return fail("expiry", expiry.error);
    const brand = brandFromNumber(number);
    const cvcLength = brand === "American Express" ? 4 : 3;
    if (!new RegExp(`^\\d{${cvcLength}}$`).test(input.cvc.trim())) return fail("cvc", `Le cryptogramme visuel compte ${cvcLength} chiffres, au dos de la carte.`);
    const holder = input.holder.trim();
    if (!holder || holder.length > 100) return fail("holder", "Saisissez le nom du titulaire tel qu'il figure sur la carte.");
    const card: PaidCard = { last4: number.slice(-4), brand, exp_month: expiry.month, exp_year: expiry.year, country: "FR" };
    const outcome = outcomeForNumber(number);
    if (outcome !== "success") {
      await finish(tx, t, notify, { card, failureCode: outcome, is3ds: false });
      return { session: { ...NEW_SESSION, step: "done" }, closed: "failed" };
    }
    const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
    return { session: { step: "otp", card, otp, otpAttempts: 0, error: null } };
  });
}

/** Step 2: the one-time SMS code. Three wrong codes end the payment with `3ds_declined`. */
export async function submitHostedOtp(id: string, code: string): Promise<HostedResult> {
  return step(id, async ({ tx, t, session, notify }) => {
    if (session.step !== "otp" || !session.card || !session.otp) return { session: { ...NEW_SESSION, error: { field: "number", message: "Saisissez à nouveau votre carte." } } };
    if (code.replace(/\s/g, "") === session.otp) {
      await finish(tx, t, notify, { card: session.card, failureCode: null, is3ds: true });
      return { session: { ...session, step: "done", otp: null }, closed: "paid" };
    }
    const attempts = session.otpAttempts + 1;
    if (attempts >= MAX_OTP_ATTEMPTS) {
      await finish(tx, t, notify, { card: session.card, failureCode: "3ds_declined", is3ds: true });
      return { session: { ...session, step: "done", otp: null, otpAttempts: attempts }, closed: "failed" };
    }
    const left = MAX_OTP_ATTEMPTS - attempts;
    return { session: { ...session, otpAttempts: attempts, error: { field: "otp", message: `Code incorrect. Il vous reste ${left} essai${left > 1 ? "s" : ""}.` } } };
  });
}

/** "Annuler": the payment ends as cancelled (failure `aborted`) and the payer goes back to cancel_url. */
export async function cancelHostedPayment(id: string): Promise<HostedResult> {
  return step(id, async ({ tx, t, session, notify }) => {
    await finish(tx, t, notify, { card: null, failureCode: "aborted", is3ds: session.step === "otp" ? true : null });
    return { session: { ...session, step: "done", otp: null }, closed: "cancelled" };
  });
}
