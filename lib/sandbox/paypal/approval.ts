import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getDb, type Executor } from "@/lib/db/client";
import { findOrder, lockOrder, nowIso, renderOrder, saveOrder, type Funding, type OrderData, type Payer } from "./model";
import { enqueueWebhook, kickPaypalDeliveries } from "./webhooks";

/*
 * What the buyer does in the approval window (/sandbox/paypal/checkout/[orderId]): log in with a
 * sandbox PayPal account, pay by card as a guest, or cancel. The window is the emulator's own page;
 * these functions are what its server actions call, and what tests call to stand in for a buyer.
 */

export const DEFAULT_BUYER = { email: "acheteur@sandbox.caisse.fr", givenName: "Camille", surname: "Martin" };

/** Sandbox buyer accounts with a special behaviour; any other e-mail logs in as an ordinary buyer. */
export const SANDBOX_ACCOUNTS: Record<string, { funding: Funding; givenName: string; surname: string; label: string }> = {
  "acheteur@sandbox.caisse.fr": { funding: "ok", givenName: "Camille", surname: "Martin", label: "paiement accepté" },
  "attente@sandbox.caisse.fr": { funding: "pending_completed", givenName: "Paul", surname: "Attente", label: "paiement en attente, puis accepté" },
  "litige@sandbox.caisse.fr": { funding: "pending_denied", givenName: "Lucie", surname: "Litige", label: "paiement en attente, puis refusé" },
  "refus@sandbox.caisse.fr": { funding: "instrument_declined", givenName: "Rémi", surname: "Refus", label: "moyen de paiement refusé à la capture (INSTRUMENT_DECLINED)" },
};

/** Test cards of the guest card form (digits only). Any other Luhn-valid number pays normally. */
export const TEST_CARDS: Record<string, { funding: Funding; label: string }> = {
  "4242424242424242": { funding: "ok", label: "paiement accepté" },
  "4000000000000002": { funding: "instrument_declined", label: "refusée à la capture : 422 INSTRUMENT_DECLINED" },
  "4000000000009995": { funding: "capture_declined", label: "capture créée au statut DECLINED (webhook PAYMENT.CAPTURE.DECLINED)" },
  "4000000000007007": { funding: "pending_completed", label: "capture PENDING, puis COMPLETED plus tard" },
  "4000000000017006": { funding: "pending_denied", label: "capture PENDING, puis refusée plus tard (PAYMENT.CAPTURE.DENIED)" },
};

export type ApprovalView = {
  orderId: string;
  status: OrderData["status"];
  amount: { currencyCode: string; value: string };
  brandName: string;
  description: string | null;
  outcome: "approved" | "cancelled" | null;
  /** Whether the buyer may still act (approve, change the instrument, or cancel). */
  open: boolean;
  returnUrl: string | null;
  cancelUrl: string | null;
  payerId: string | null;
};

function view(order: OrderData): ApprovalView {
  const unit = order.purchase_units[0];
  return {
    orderId: order.id,
    status: order.status,
    amount: { currencyCode: unit?.amount.currency_code ?? "EUR", value: unit?.amount.value ?? "0.00" },
    brandName: order.emulator.brandName ?? "la boutique",
    description: unit?.description ?? null,
    outcome: order.emulator.approvalOutcome,
    open: order.status === "CREATED" || order.status === "PAYER_ACTION_REQUIRED" || order.status === "APPROVED",
    returnUrl: order.emulator.returnUrl ?? null,
    cancelUrl: order.emulator.cancelUrl ?? null,
    payerId: order.payer?.payer_id ?? null,
  };
}

export async function getApprovalView(orderId: string): Promise<ApprovalView | null> {
  const order = await findOrder(await getDb(), orderId);
  return order ? view(order.data) : null;
}

/** What the SDK stand-in polls: the order status and the latest approval-window outcome. */
export async function getApprovalStatus(ex: Executor, orderId: string) {
  const order = await findOrder(ex, orderId);
  if (!order) return null;
  const o = order.data;
  return { id: o.id, status: o.status, seq: o.emulator.approvalSeq, outcome: o.emulator.approvalOutcome, payerID: o.payer?.payer_id ?? null, fundingSource: o.emulator.fundingSource ?? null };
}

/** A stable payer id per e-mail address, as PayPal keeps one per account. */
const payerIdFor = (email: string) =>
  createHash("sha256").update(email.toLowerCase()).digest("base64").replace(/[^A-Z0-9]/g, "").padEnd(13, "X").slice(0, 13);

export type ApprovalResult = { ok: true; view: ApprovalView } | { ok: false; code: "not_found" | "closed"; view?: ApprovalView };

async function approve(orderId: string, apply: (order: OrderData) => void): Promise<ApprovalResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<ApprovalResult> => {
    const stored = await lockOrder(tx, orderId);
    if (!stored) return { ok: false, code: "not_found" };
    const order = stored.data;
    if (order.status !== "CREATED" && order.status !== "PAYER_ACTION_REQUIRED" && order.status !== "APPROVED") {
      return { ok: false, code: "closed", view: view(order) };
    }
    apply(order);
    order.status = "APPROVED";
    order.update_time = nowIso();
    order.emulator.approvalSeq += 1;
    order.emulator.approvalOutcome = "approved";
    await saveOrder(tx, order);
    await enqueueWebhook(tx, {
      eventType: "CHECKOUT.ORDER.APPROVED",
      resourceType: "checkout-order",
      summary: "An order has been approved by buyer",
      resource: await renderOrder(tx, order),
      baseUrl: order.emulator.baseUrl,
      target: order.emulator.webhook,
    });
    return { ok: true, view: view(order) };
  });
  if (result.ok) kickPaypalDeliveries();
  return result;
}

function payerFrom(email: string, givenName: string, surname: string): Payer {
  return { name: { given_name: givenName, surname }, email_address: email, payer_id: payerIdFor(email), address: { country_code: "FR" } };
}

export const paypalLoginSchema = z.object({
  email: z.email({ error: "Saisissez l'adresse e-mail de votre compte PayPal." }).max(254),
  password: z.string().min(1, { error: "Saisissez votre mot de passe." }).max(200),
});

/** "Se connecter": any password; the account decides the outcome (see SANDBOX_ACCOUNTS). */
export async function approveWithPaypalAccount(orderId: string, input: z.infer<typeof paypalLoginSchema>): Promise<ApprovalResult> {
  const email = input.email.trim().toLowerCase();
  const account = SANDBOX_ACCOUNTS[email] ?? { funding: "ok" as const, givenName: DEFAULT_BUYER.givenName, surname: DEFAULT_BUYER.surname };
  return approve(orderId, (order) => {
    const payer = payerFrom(email, account.givenName, account.surname);
    order.payer = payer;
    order.payment_source = {
      paypal: { email_address: email, account_id: payer.payer_id, account_status: "VERIFIED", name: payer.name, address: { country_code: "FR" } },
    };
    order.emulator.funding = account.funding;
    order.emulator.fundingSource = "paypal";
  });
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 12 && sum % 10 === 0;
}

export function cardBrand(digits: string): string {
  if (/^3[47]/.test(digits)) return "AMEX";
  if (/^(5[1-5]|2[2-7])/.test(digits)) return "MASTERCARD";
  if (/^4/.test(digits)) return "VISA";
  if (/^(6011|65)/.test(digits)) return "DISCOVER";
  return "UNKNOWN";
}

export const guestCardSchema = z
  .object({
    email: z.email({ error: "Saisissez une adresse e-mail valide." }).max(254),
    name: z.string().trim().min(2, { error: "Saisissez le nom du titulaire de la carte." }).max(100),
    number: z
      .string()
      .transform((s) => s.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^\d{12,19}$/, { error: "Le numéro de carte doit contenir entre 12 et 19 chiffres." }))
      .refine(luhnValid, { error: "Ce numéro de carte n'est pas valide. Vérifiez-le." }),
    expiry: z
      .string()
      .trim()
      .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/, { error: "Saisissez la date d'expiration au format MM/AA." }),
    cvc: z.string().trim().regex(/^\d{3,4}$/, { error: "Le cryptogramme comporte 3 ou 4 chiffres." }),
  })
  .superRefine((v, ctx) => {
    const [mm, yy] = v.expiry.split("/").map((s) => Number(s.trim()));
    const now = new Date();
    const expiresAfter = new Date(Date.UTC(2000 + (yy ?? 0), mm ?? 0, 1)); // first day of the month after
    if (expiresAfter <= now) ctx.addIssue({ code: "custom", path: ["expiry"], message: "Cette carte est expirée." });
    const amex = cardBrand(v.number) === "AMEX";
    if (amex ? v.cvc.length !== 4 : v.cvc.length !== 3) ctx.addIssue({ code: "custom", path: ["cvc"], message: amex ? "Le cryptogramme American Express comporte 4 chiffres." : "Le cryptogramme comporte 3 chiffres." });
  });

/** "Payer par carte sans compte PayPal": the test card decides what the capture will do (see TEST_CARDS). */
export async function approveWithGuestCard(orderId: string, input: z.output<typeof guestCardSchema>): Promise<ApprovalResult> {
  const email = input.email.trim().toLowerCase();
  const [mm, yy] = input.expiry.split("/").map((s) => s.trim());
  const [givenName, ...rest] = input.name.trim().split(/\s+/);
  return approve(orderId, (order) => {
    order.payer = payerFrom(email, givenName ?? input.name, rest.join(" ") || (givenName ?? input.name));
    order.payment_source = {
      card: { name: input.name.trim(), last_digits: input.number.slice(-4), expiry: `20${yy}-${mm}`, brand: cardBrand(input.number), type: "CREDIT" },
    };
    order.emulator.funding = TEST_CARDS[input.number]?.funding ?? "ok";
    order.emulator.fundingSource = "card";
  });
}

/** "Annuler et revenir à la boutique": PayPal leaves the order as it was; the SDK reports onCancel. */
export async function cancelApproval(orderId: string): Promise<ApprovalResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<ApprovalResult> => {
    const stored = await lockOrder(tx, orderId);
    if (!stored) return { ok: false, code: "not_found" };
    const order = stored.data;
    order.emulator.approvalSeq += 1;
    order.emulator.approvalOutcome = "cancelled";
    await saveOrder(tx, order);
    return { ok: true, view: view(order) };
  });
}
