import "server-only";
import type { Executor, Tx } from "@/lib/db/client";
import { findObject, insertObject, listObjects, lockObject, saveObject, type StoredObject } from "../store";
import type { Money } from "./money";
import { PROVIDER } from "./switches";

/*
 * The emulator's stored objects (sandbox.objects, provider "paypal", mode "sandbox") and how they
 * are shown on the wire. Each stored document holds PayPal's own fields plus an `emulator` part
 * that never leaves the emulator (who created it, where its webhooks go, what the buyer chose).
 */

export const MODE = "sandbox";

export type OrderStatus = "CREATED" | "SAVED" | "APPROVED" | "VOIDED" | "COMPLETED" | "PAYER_ACTION_REQUIRED";
export type CaptureStatus = "COMPLETED" | "DECLINED" | "PARTIALLY_REFUNDED" | "PENDING" | "REFUNDED" | "FAILED";

/**
 * What the buyer's chosen instrument will do at capture time (set by the approval window from the
 * test card or sandbox account): capture completes; 422 INSTRUMENT_DECLINED; a capture created
 * DECLINED; PENDING then completed or denied later.
 */
export type Funding = "ok" | "instrument_declined" | "capture_declined" | "pending_completed" | "pending_denied";

export type Name = { given_name: string; surname: string };
export type Payer = { name: Name; email_address: string; payer_id: string; address: { country_code: string } };
export type PaymentSource =
  | { paypal: { email_address: string; account_id: string; account_status: "VERIFIED" | "UNVERIFIED"; name: Name; address: { country_code: string } } }
  | { card: { name: string; last_digits: string; expiry: string; brand: string; type: "CREDIT" | "DEBIT" | "UNKNOWN" } };

export type PurchaseUnit = {
  reference_id: string;
  amount: Money & { breakdown?: Record<string, Money> };
  payee: { email_address: string; merchant_id: string };
  description?: string;
  custom_id?: string;
  invoice_id?: string;
  soft_descriptor?: string;
  items?: unknown[];
  shipping?: unknown;
};

export type WebhookTarget = { url: string; webhookId: string };

export type OrderData = {
  id: string;
  intent: "CAPTURE";
  status: OrderStatus;
  purchase_units: PurchaseUnit[];
  payer?: Payer;
  payment_source?: PaymentSource;
  create_time: string;
  update_time: string;
  emulator: {
    clientId: string;
    baseUrl: string;
    webhook: WebhookTarget;
    /** Created with payment_source.paypal.experience_context: PAYER_ACTION_REQUIRED and rel "payer-action". */
    payerAction: boolean;
    returnUrl?: string;
    cancelUrl?: string;
    brandName?: string;
    /** Bumped on every approval or cancellation in the approval window; the SDK stand-in polls it. */
    approvalSeq: number;
    approvalOutcome: "approved" | "cancelled" | null;
    funding: Funding;
    fundingSource?: "paypal" | "card";
  };
};

export type CaptureData = {
  id: string;
  status: CaptureStatus;
  status_details?: { reason: string };
  amount: Money;
  final_capture: true;
  disbursement_mode: "INSTANT";
  seller_protection: { status: string; dispute_categories?: string[] };
  seller_receivable_breakdown?: { gross_amount: Money; paypal_fee: Money; net_amount: Money };
  custom_id?: string;
  invoice_id?: string;
  create_time: string;
  update_time: string;
  emulator: {
    orderId: string;
    referenceId: string;
    currency: string;
    grossMinor: number;
    refundedMinor: number;
    /** A PENDING capture that settles by itself at `at`. */
    settle?: { outcome: "COMPLETED" | "DENIED"; at: string };
  };
};

export type RefundData = {
  id: string;
  status: "COMPLETED" | "PENDING" | "FAILED" | "CANCELLED";
  amount: Money;
  invoice_id?: string;
  custom_id?: string;
  note_to_payer?: string;
  seller_payable_breakdown: { gross_amount: Money; paypal_fee: Money; net_amount: Money; total_refunded_amount: Money };
  create_time: string;
  update_time: string;
  emulator: { captureId: string; orderId: string; reversal: boolean };
};

/** Disputes v1 (GET /v1/customer/disputes/{id}): what a buyer contests, opened through the control surface. */
export type DisputeStatus = "OPEN" | "WAITING_FOR_BUYER_RESPONSE" | "WAITING_FOR_SELLER_RESPONSE" | "UNDER_REVIEW" | "RESOLVED";
export type DisputeOutcomeCode = "RESOLVED_BUYER_FAVOUR" | "RESOLVED_SELLER_FAVOUR" | "RESOLVED_WITH_PAYOUT" | "CANCELED_BY_BUYER" | "ACCEPTED" | "DENIED";

export type DisputeData = {
  dispute_id: string;
  create_time: string;
  update_time: string;
  reason: string;
  status: DisputeStatus;
  dispute_amount: Money;
  dispute_outcome?: { outcome_code: DisputeOutcomeCode; amount_refunded?: Money };
  dispute_life_cycle_stage: "INQUIRY" | "CHARGEBACK";
  dispute_channel: "INTERNAL";
  seller_response_due_date?: string;
  emulator: { captureId: string; orderId: string };
};

const key = (kind: "order" | "capture" | "refund" | "token" | "event" | "dispute", id: string) => ({ provider: PROVIDER, kind, id });

export const findOrder = (ex: Executor, id: string) => findObject<OrderData>(ex, key("order", id), MODE);
export const lockOrder = (tx: Tx, id: string) => lockObject<OrderData>(tx, key("order", id), MODE);
export const findCapture = (ex: Executor, id: string) => findObject<CaptureData>(ex, key("capture", id), MODE);
export const lockCapture = (tx: Tx, id: string) => lockObject<CaptureData>(tx, key("capture", id), MODE);
export const findRefund = (ex: Executor, id: string) => findObject<RefundData>(ex, key("refund", id), MODE);

export async function insertOrder(ex: Executor, order: OrderData): Promise<void> {
  await insertObject(ex, { ...key("order", order.id), mode: MODE, data: order });
}
export async function insertCapture(ex: Executor, capture: CaptureData): Promise<void> {
  await insertObject(ex, { ...key("capture", capture.id), mode: MODE, parentId: capture.emulator.orderId, data: capture });
}
export async function insertRefund(ex: Executor, refund: RefundData): Promise<void> {
  await insertObject(ex, { ...key("refund", refund.id), mode: MODE, parentId: refund.emulator.captureId, data: refund });
}
export const findDispute = (ex: Executor, id: string) => findObject<DisputeData>(ex, key("dispute", id), MODE);
export const lockDispute = (tx: Tx, id: string) => lockObject<DisputeData>(tx, key("dispute", id), MODE);
export async function insertDispute(ex: Executor, dispute: DisputeData): Promise<void> {
  await insertObject(ex, { ...key("dispute", dispute.dispute_id), mode: MODE, parentId: dispute.emulator.captureId, data: dispute });
}
export const saveDispute = (ex: Executor, dispute: DisputeData) => saveObject(ex, key("dispute", dispute.dispute_id), dispute);
export const saveOrder = (ex: Executor, order: OrderData) => saveObject(ex, key("order", order.id), order);
export const saveCapture = (ex: Executor, capture: CaptureData) => saveObject(ex, key("capture", capture.id), capture);

async function children<T>(ex: Executor, kind: "capture" | "refund", parentId: string): Promise<StoredObject<T>[]> {
  const rows = await listObjects<T>(ex, { provider: PROVIDER, kind, mode: MODE, parentId, limit: 100, offset: 0 });
  return rows.reverse(); // oldest first, as PayPal lists them
}
export const capturesOf = (ex: Executor, orderId: string) => children<CaptureData>(ex, "capture", orderId);
export const refundsOf = (ex: Executor, captureId: string) => children<RefundData>(ex, "refund", captureId);

export { key as objectKey };

export const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

type Link = { href: string; rel: string; method: string };

// ---- wire representations -------------------------------------------------------------------

export function captureLinks(baseUrl: string, c: { id: string; emulator: { orderId: string } }): Link[] {
  const self = `${baseUrl}/v2/payments/captures/${c.id}`;
  return [
    { href: self, rel: "self", method: "GET" },
    { href: `${self}/refund`, rel: "refund", method: "POST" },
    { href: `${baseUrl}/v2/checkout/orders/${c.emulator.orderId}`, rel: "up", method: "GET" },
  ];
}

export function renderCapture(baseUrl: string, c: CaptureData, withRelatedIds = true): Record<string, unknown> {
  const { emulator, ...wire } = c;
  return {
    ...wire,
    links: captureLinks(baseUrl, c),
    ...(withRelatedIds ? { supplementary_data: { related_ids: { order_id: emulator.orderId } } } : {}),
  };
}

export function renderRefund(baseUrl: string, r: RefundData): Record<string, unknown> {
  const { emulator, ...wire } = r;
  return {
    ...wire,
    links: [
      { href: `${baseUrl}/v2/payments/refunds/${r.id}`, rel: "self", method: "GET" },
      { href: `${baseUrl}/v2/payments/captures/${emulator.captureId}`, rel: "up", method: "GET" },
    ],
  };
}

export function orderLinks(order: OrderData): Link[] {
  const self = `${order.emulator.baseUrl}/v2/checkout/orders/${order.id}`;
  const approve = `${order.emulator.baseUrl}/checkout/${order.id}`;
  const links: Link[] = [{ href: self, rel: "self", method: "GET" }];
  if (order.status === "CREATED" || order.status === "PAYER_ACTION_REQUIRED") {
    links.push({ href: approve, rel: order.emulator.payerAction ? "payer-action" : "approve", method: "GET" });
    links.push({ href: self, rel: "update", method: "PATCH" });
  }
  if (order.status === "APPROVED") {
    links.push({ href: self, rel: "update", method: "PATCH" });
    links.push({ href: `${self}/capture`, rel: "capture", method: "POST" });
  }
  return links;
}

/** The full order (Prefer: return=representation, and GET), with its captures and refunds. */
export async function renderOrder(ex: Executor, order: OrderData): Promise<Record<string, unknown>> {
  const { emulator, purchase_units, ...wire } = order;
  const captures = await capturesOf(ex, order.id);
  const units = await Promise.all(
    purchase_units.map(async (unit) => {
      const mine = captures.filter((c) => c.data.emulator.referenceId === unit.reference_id);
      if (!mine.length) return unit;
      const refunds = (await Promise.all(mine.map((c) => refundsOf(ex, c.id)))).flat();
      return {
        ...unit,
        payments: {
          captures: mine.map((c) => renderCapture(emulator.baseUrl, c.data, false)),
          ...(refunds.length ? { refunds: refunds.map((r) => renderRefund(emulator.baseUrl, r.data)) } : {}),
        },
      };
    }),
  );
  return { ...wire, purchase_units: units, links: orderLinks(order) };
}

/** Prefer: return=minimal (the default for create). */
export function renderOrderMinimal(order: OrderData): Record<string, unknown> {
  return { id: order.id, status: order.status, links: orderLinks(order) };
}

/** A dispute as the Disputes API and the CUSTOMER.DISPUTE.* webhooks show it to the merchant. */
export function renderDispute(baseUrl: string, d: DisputeData, capture: CaptureData): Record<string, unknown> {
  const { emulator, ...wire } = d;
  return {
    ...wire,
    disputed_transactions: [
      {
        seller_transaction_id: emulator.captureId,
        create_time: capture.create_time,
        transaction_status: "COMPLETED",
        gross_amount: capture.amount,
        ...(capture.invoice_id ? { invoice_number: capture.invoice_id } : {}),
        ...(capture.custom_id ? { custom: capture.custom_id } : {}),
        buyer: { name: "Jeanne Dupont" },
      },
    ],
    links: [{ href: `${baseUrl}/v1/customer/disputes/${d.dispute_id}`, rel: "self", method: "GET" }],
  };
}
