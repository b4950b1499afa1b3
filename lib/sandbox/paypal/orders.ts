import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor, Tx } from "@/lib/db/client";
import { sameOrigin } from "../origin";
import { sandboxObjects } from "@/lib/db/sandbox-schema";
import { issue, notFound, PaypalApiError, shown, type ErrorDetail } from "./errors";
import { newResourceId } from "./ids";
import {
  capturesOf,
  findOrder,
  insertCapture,
  insertOrder,
  lockOrder,
  MODE,
  nowIso,
  renderCapture,
  renderOrder,
  renderOrderMinimal,
  saveOrder,
  type CaptureData,
  type OrderData,
  type PurchaseUnit,
  type WebhookTarget,
} from "./model";
import { formatValue, money, parseMoney, paypalFee } from "./money";
import { enqueueWebhook } from "./webhooks";
import { PROVIDER, readSwitches } from "./switches";

/*
 * Orders v2 (intent CAPTURE): create, get, capture. States CREATED (or PAYER_ACTION_REQUIRED)
 * → APPROVED (in the approval window) → COMPLETED (captured; look at the capture's own status).
 */

export type WriteContext = {
  clientId: string;
  baseUrl: string;
  webhook: WebhookTarget;
  /** The shop's public base URL: the only origin the buyer may be sent back to. */
  shopUrl: string;
  /** The PayPal-Mock-Response header's mock_application_codes, if any. */
  mockCode: string | null;
};

export const MERCHANT = { email_address: "boutique@business.sandbox.caisse.fr", merchant_id: "CAISSESANDBOX" };
const MAX_UNITS = 10;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function optionalString(unit: Json, name: string, field: string, max: number): string | undefined {
  const v = unit[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `${field}/${name}`, location: "body" });
  if (v.length < 1 || v.length > max) throw issue(400, "INVALID_STRING_LENGTH", { field: `${field}/${name}`, value: v, location: "body" });
  return v;
}

const BREAKDOWN_PLUS = ["item_total", "tax_total", "shipping", "handling", "insurance"] as const;
const BREAKDOWN_MINUS = ["shipping_discount", "discount"] as const;

function parseUnit(raw: unknown, index: number, several: boolean): PurchaseUnit {
  const field = `/purchase_units/@reference_id=='${isObject(raw) && typeof raw.reference_id === "string" ? raw.reference_id : "default"}'`;
  if (!isObject(raw)) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `/purchase_units/${index}`, location: "body" });
  const referenceId = optionalString(raw, "reference_id", field, 256);
  if (several && !referenceId) throw issue(422, "REFERENCE_ID_REQUIRED", { field: `/purchase_units/${index}/reference_id`, location: "body", description: "'reference_id' is required for each 'purchase_unit' if multiple 'purchase_unit' are provided." });
  const { currency, minor } = parseMoney(raw.amount, `${field}/amount`);
  if (minor <= 0) throw issue(422, "CANNOT_BE_ZERO_OR_NEGATIVE", { field: `${field}/amount/value`, value: formatValue(0, currency), location: "body" });
  const amount: PurchaseUnit["amount"] = money(minor, currency);
  const rawAmount = raw.amount as Json;
  if (rawAmount.breakdown !== undefined) {
    if (!isObject(rawAmount.breakdown)) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `${field}/amount/breakdown`, location: "body" });
    const breakdown: Record<string, ReturnType<typeof money>> = {};
    let total = 0;
    for (const [name, sign] of [...BREAKDOWN_PLUS.map((n) => [n, 1] as const), ...BREAKDOWN_MINUS.map((n) => [n, -1] as const)]) {
      const part = rawAmount.breakdown[name];
      if (part === undefined) continue;
      const parsed = parseMoney(part, `${field}/amount/breakdown/${name}`);
      if (parsed.currency !== currency) throw issue(422, "CURRENCY_MISMATCH", { field: `${field}/amount/breakdown/${name}/currency_code`, value: parsed.currency, location: "body", description: "Should be same as the amount's currency_code." });
      breakdown[name] = money(parsed.minor, currency);
      total += sign * parsed.minor;
    }
    if (total !== minor) throw issue(422, "AMOUNT_MISMATCH", { field: `${field}/amount/value`, value: amount.value, location: "body" });
    amount.breakdown = breakdown;
  }
  let items: unknown[] | undefined;
  if (raw.items !== undefined) {
    if (!Array.isArray(raw.items)) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `${field}/items`, location: "body" });
    const itemTotal = amount.breakdown?.item_total;
    if (!itemTotal) throw issue(422, "ITEM_TOTAL_REQUIRED", { field: `${field}/amount/breakdown/item_total`, location: "body", description: "If item details are specified (items.unit_amount and items.quantity) corresponding amount.breakdown.item_total is required." });
    let sum = 0;
    raw.items.forEach((item, i) => {
      if (!isObject(item) || typeof item.name !== "string" || !item.name) throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: `${field}/items/${i}/name`, location: "body" });
      const quantity = item.quantity;
      if (typeof quantity !== "string" || !/^[1-9]\d{0,9}$/.test(quantity)) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `${field}/items/${i}/quantity`, value: String(quantity), location: "body" });
      const unitAmount = parseMoney(item.unit_amount, `${field}/items/${i}/unit_amount`);
      sum += unitAmount.minor * Number(quantity);
    });
    if (sum !== Number(itemTotal.value.replace(".", ""))) throw issue(422, "ITEM_TOTAL_MISMATCH", { field: `${field}/amount/breakdown/item_total`, value: itemTotal.value, location: "body" });
    items = raw.items;
  }
  return {
    reference_id: referenceId ?? "default",
    amount,
    payee: MERCHANT,
    ...(optionalString(raw, "description", field, 127) !== undefined ? { description: raw.description as string } : {}),
    ...(optionalString(raw, "custom_id", field, 127) !== undefined ? { custom_id: raw.custom_id as string } : {}),
    ...(optionalString(raw, "invoice_id", field, 127) !== undefined ? { invoice_id: raw.invoice_id as string } : {}),
    ...(optionalString(raw, "soft_descriptor", field, 22) !== undefined ? { soft_descriptor: raw.soft_descriptor as string } : {}),
    ...(items ? { items } : {}),
    ...(raw.shipping !== undefined ? { shipping: raw.shipping } : {}),
  };
}

function experienceOf(body: Json, shopUrl: string): { payerAction: boolean; returnUrl?: string; cancelUrl?: string; brandName?: string } {
  const source = isObject(body.payment_source) && isObject(body.payment_source.paypal) ? body.payment_source.paypal : null;
  const modern = source && isObject(source.experience_context) ? source.experience_context : null;
  const legacy = isObject(body.application_context) ? body.application_context : null;
  const ctx = modern ?? legacy ?? {};
  const url = (name: string): string | undefined => {
    const v = ctx[name];
    if (v === undefined) return undefined;
    const field = `/${modern ? "payment_source/paypal/experience_context" : "application_context"}/${name}`;
    if (typeof v !== "string" || !URL.canParse(v)) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field, value: shown(v), location: "body" });
    // Emulator rule: it sends the buyer back only to the shop it belongs to (no open redirect).
    if (!sameOrigin(v, shopUrl)) {
      throw issue(400, "INVALID_PARAMETER_VALUE", {
        field,
        value: v,
        location: "body",
        description: `The sandbox sends the buyer back only to the shop it belongs to: use a URL on ${new URL(shopUrl).origin}.`,
      });
    }
    return v;
  };
  return {
    payerAction: modern !== null,
    returnUrl: url("return_url"),
    cancelUrl: url("cancel_url"),
    brandName: typeof ctx.brand_name === "string" ? ctx.brand_name : undefined,
  };
}

/** Throws the PayPal-Mock-Response error, if the caller asked for one. */
export function applyMock(mockCode: string | null): void {
  if (!mockCode) return;
  const status = mockCode === "INTERNAL_SERVER_ERROR" ? 500 : 422;
  throw status === 500 ? new PaypalApiError(500) : issue(422, mockCode);
}

export async function createOrder(tx: Tx, ctx: WriteContext, body: unknown, prefer: "minimal" | "representation"): Promise<Json> {
  if (!isObject(body)) throw issue(400, "MALFORMED_REQUEST_JSON", { description: "The request JSON is not well formed." });
  const details: ErrorDetail[] = [];
  if (body.intent === undefined) details.push({ issue: "MISSING_REQUIRED_PARAMETER", description: "A required field / parameter is missing.", field: "/intent", location: "body" });
  else if (body.intent !== "CAPTURE" && body.intent !== "AUTHORIZE") details.push({ issue: "INVALID_PARAMETER_VALUE", description: "The value of a field is invalid.", field: "/intent", value: shown(body.intent), location: "body" });
  if (body.purchase_units === undefined) details.push({ issue: "MISSING_REQUIRED_PARAMETER", description: "A required field / parameter is missing.", field: "/purchase_units", location: "body" });
  if (details.length) throw new PaypalApiError(400, details);
  if (body.intent === "AUTHORIZE") throw issue(422, "INTENT_NOT_SUPPORTED", { field: "/intent", value: "AUTHORIZE", location: "body" });
  if (!Array.isArray(body.purchase_units) || body.purchase_units.length === 0) {
    throw issue(400, "INVALID_ARRAY_MIN_ITEMS", { field: "/purchase_units", location: "body", description: "The number of items in an array parameter is too small." });
  }
  if (body.purchase_units.length > MAX_UNITS) {
    throw issue(400, "INVALID_ARRAY_MAX_ITEMS", { field: "/purchase_units", location: "body", description: "The number of items in an array parameter is too large." });
  }
  const several = body.purchase_units.length > 1;
  const units = body.purchase_units.map((u, i) => parseUnit(u, i, several));
  if (new Set(units.map((u) => u.reference_id)).size !== units.length) {
    throw issue(422, "DUPLICATE_REFERENCE_ID", { field: "/purchase_units", location: "body", description: "`reference_id` must be unique if multiple `purchase_unit` are provided." });
  }
  const experience = experienceOf(body, ctx.shopUrl);
  applyMock(ctx.mockCode);
  const now = nowIso();
  const order: OrderData = {
    id: newResourceId(),
    intent: "CAPTURE",
    status: experience.payerAction ? "PAYER_ACTION_REQUIRED" : "CREATED",
    purchase_units: units,
    create_time: now,
    update_time: now,
    emulator: {
      clientId: ctx.clientId,
      baseUrl: ctx.baseUrl,
      webhook: ctx.webhook,
      payerAction: experience.payerAction,
      ...(experience.returnUrl ? { returnUrl: experience.returnUrl } : {}),
      ...(experience.cancelUrl ? { cancelUrl: experience.cancelUrl } : {}),
      ...(experience.brandName ? { brandName: experience.brandName } : {}),
      approvalSeq: 0,
      approvalOutcome: null,
      funding: "ok",
    },
  };
  await insertOrder(tx, order);
  return prefer === "representation" ? renderOrder(tx, order) : renderOrderMinimal(order);
}

export async function getOrder(ex: Executor, id: string): Promise<Json> {
  const order = await findOrder(ex, id);
  if (!order) throw notFound(id);
  return renderOrder(ex, order.data);
}

async function invoiceAlreadyPaid(ex: Executor, invoiceId: string): Promise<boolean> {
  const rows = await ex
    .select({ id: sandboxObjects.id })
    .from(sandboxObjects)
    .where(
      and(
        eq(sandboxObjects.provider, PROVIDER),
        eq(sandboxObjects.kind, "capture"),
        eq(sandboxObjects.mode, MODE),
        sql`${sandboxObjects.data}->>'invoice_id' = ${invoiceId}`,
        sql`${sandboxObjects.data}->>'status' in ('COMPLETED', 'PENDING', 'PARTIALLY_REFUNDED', 'REFUNDED')`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

const summaryAmount = (m: { currency_code: string; value: string }) => `${m.currency_code === "EUR" ? "€" : m.currency_code} ${m.value} ${m.currency_code}`;

export async function captureOrder(tx: Tx, ctx: WriteContext, id: string, body: unknown): Promise<Json> {
  if (body !== undefined && !isObject(body)) throw issue(400, "MALFORMED_REQUEST_JSON", { description: "The request JSON is not well formed." });
  const stored = await lockOrder(tx, id);
  if (!stored) throw notFound(id);
  const order = stored.data;
  if (order.status === "COMPLETED") throw issue(422, "ORDER_ALREADY_CAPTURED");
  if (order.status === "VOIDED") throw issue(422, "ORDER_ALREADY_COMPLETED", { description: "The order cannot be captured because it was voided." });
  if (order.status === "PAYER_ACTION_REQUIRED") throw issue(422, "PAYER_ACTION_REQUIRED");
  if (order.status !== "APPROVED") throw issue(422, "ORDER_NOT_APPROVED");
  applyMock(ctx.mockCode);
  if (order.emulator.funding === "instrument_declined") throw issue(422, "INSTRUMENT_DECLINED");
  const switches = await readSwitches(tx);
  for (const unit of order.purchase_units) {
    if (switches.uniqueInvoiceId && unit.invoice_id && (await invoiceAlreadyPaid(tx, unit.invoice_id))) {
      throw issue(422, "DUPLICATE_INVOICE_ID", { field: `/purchase_units/@reference_id=='${unit.reference_id}'/invoice_id`, value: unit.invoice_id, location: "body" });
    }
  }
  const funding =
    switches.forcePendingCaptures === "complete" ? "pending_completed" : switches.forcePendingCaptures === "deny" ? "pending_denied" : order.emulator.funding;
  const now = nowIso();
  for (const unit of order.purchase_units) {
    const currency = unit.amount.currency_code;
    const gross = Number(unit.amount.value.replace(".", ""));
    const fee = paypalFee(gross, currency);
    const pending = funding === "pending_completed" || funding === "pending_denied";
    const declined = funding === "capture_declined";
    const capture: CaptureData = {
      id: newResourceId(),
      status: pending ? "PENDING" : declined ? "DECLINED" : "COMPLETED",
      ...(pending ? { status_details: { reason: "PENDING_REVIEW" } } : {}),
      amount: { currency_code: currency, value: unit.amount.value },
      final_capture: true,
      disbursement_mode: "INSTANT",
      seller_protection: pending || declined ? { status: "NOT_ELIGIBLE" } : { status: "ELIGIBLE", dispute_categories: ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"] },
      ...(pending || declined
        ? {}
        : { seller_receivable_breakdown: { gross_amount: money(gross, currency), paypal_fee: money(fee, currency), net_amount: money(gross - fee, currency) } }),
      ...(unit.custom_id ? { custom_id: unit.custom_id } : {}),
      ...(unit.invoice_id ? { invoice_id: unit.invoice_id } : {}),
      create_time: now,
      update_time: now,
      emulator: {
        orderId: order.id,
        referenceId: unit.reference_id,
        currency,
        grossMinor: gross,
        refundedMinor: 0,
        ...(pending
          ? { settle: { outcome: funding === "pending_completed" ? "COMPLETED" : "DENIED", at: new Date(Date.now() + switches.pendingSettleDelayMs).toISOString() } }
          : {}),
      },
    };
    await insertCapture(tx, capture);
    await enqueueWebhook(tx, {
      eventType: pending ? "PAYMENT.CAPTURE.PENDING" : declined ? "PAYMENT.CAPTURE.DECLINED" : "PAYMENT.CAPTURE.COMPLETED",
      resourceType: "capture",
      summary: pending
        ? `Payment pending for ${summaryAmount(capture.amount)}`
        : declined
          ? `A payment capture for ${summaryAmount(capture.amount)} was declined.`
          : `Payment completed for ${summaryAmount(capture.amount)}`,
      resource: renderCapture(order.emulator.baseUrl, capture),
      baseUrl: order.emulator.baseUrl,
      target: order.emulator.webhook,
    });
  }
  order.status = "COMPLETED";
  order.update_time = now;
  await saveOrder(tx, order);
  return renderOrder(tx, order);
}

export { capturesOf, summaryAmount };
