import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import { orderEvents, orders, paymentLinks, payments } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { recordOrderEvent } from "@/lib/orders/events";
import { isUnpaid } from "@/lib/orders/transitions";
import { GATEWAY_ERROR_MESSAGES, isGatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import type { CreatePaymentInput, CreatedPayment } from "@/lib/providers/types";
import { getGatewayOrThrow } from "@/lib/providers/registry";
import { PAYABILITY_MESSAGES } from "@/lib/payments/payability";
import { orderPaymentUrls } from "@/lib/orders/access";

/**
 * Hands one payment attempt (a payments row in status "created") to its provider, after the order
 * transaction has committed: creates the provider payment from OUR amount (never one from a
 * browser), stores its id, live flag and hosted page URL, and returns where to send the browser —
 * once we checked that URL's host is the provider's.
 *
 * Retry-safe. The provider call happens outside any transaction (in sandbox mode the emulator
 * shares our database) and PayPlug has no idempotency key, so:
 * - a short transaction first claims the attempt (event payment_start_requested, row locked):
 *   a double click waits for the first call instead of creating a second provider payment;
 * - if an earlier call for this attempt may have reached the provider (timeout, 5xx, crash), we
 *   look the provider payment up by our payment id (gateway.findStarted) before creating one;
 * - when the provider is unreachable or refuses, the attempt stays "created", the order stays
 *   unpaid, and the caller shows the French message: calling again is the retry.
 */

export type StartOnlinePaymentResult =
  | { ok: true; redirectUrl: string; providerRef: string }
  | { ok: false; code: GatewayErrorCode | "not_payable" | "in_progress" | "redirect_refused"; message: string };

export const START_MESSAGES = {
  not_payable: PAYABILITY_MESSAGES.not_payable,
  in_progress: "Le paiement est en cours de préparation : patientez quelques secondes puis réessayez.",
  redirect_refused: "Le paiement par carte est momentanément indisponible. Votre commande est enregistrée : réessayez plus tard ou choisissez un autre moyen de paiement.",
} as const;

// A claim older than this (longer than the client's write timeout) belongs to a call that died.
const CLAIM_TTL_MS = 30_000;
const START_EVENTS = ["payment_start_requested", "payment_started", "payment_start_failed"];

export async function startOnlinePayment(paymentId: string, options: { waitMs?: number } = {}): Promise<StartOnlinePaymentResult> {
  const db = await getDb();
  const claim = await db.transaction(async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!payment?.provider) return { kind: "not_payable" } as const;
    const [order] = await tx.select().from(orders).where(eq(orders.id, payment.orderId));
    if (!order) return { kind: "not_payable" } as const;
    if (payment.providerRef) return { kind: "existing", payment, order } as const;
    if (payment.status !== "created") return { kind: "not_payable" } as const;
    // An order on account through a card plan is still paid part by part: a link for a part.
    if (!isUnpaid(order.status) && !(order.status === "on_account" && (await isInstalmentLinkAttempt(tx, payment.paymentLinkId)))) return { kind: "not_payable" } as const;
    const history = await tx
      .select({ type: orderEvents.type, createdAt: orderEvents.createdAt })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, paymentId), inArray(orderEvents.type, START_EVENTS)))
      .orderBy(desc(orderEvents.id));
    const last = history[0];
    if (last?.type === "payment_start_requested" && Date.now() - last.createdAt.getTime() < CLAIM_TTL_MS) return { kind: "in_progress" } as const;
    await recordOrderEvent(tx, { orderId: order.id, paymentId, actor: { type: "system", id: "checkout" }, type: "payment_start_requested", data: { attempt: payment.attempt } });
    return { kind: "claimed", payment, order, mayExist: history.some((e) => e.type === "payment_start_requested") } as const;
  });

  if (claim.kind === "not_payable") return { ok: false, code: "not_payable", message: START_MESSAGES.not_payable };
  if (claim.kind === "in_progress") return waitForConcurrentStart(paymentId, options.waitMs ?? CLAIM_TTL_MS);
  if (claim.kind === "existing") {
    const { payment } = claim;
    if (payment.status !== "pending" || !payment.redirectUrl) return { ok: false, code: "not_payable", message: START_MESSAGES.not_payable };
    return checkedRedirect(payment.provider!, payment.providerRef!, payment.redirectUrl);
  }

  const { payment, order } = claim;
  const provider = payment.provider!;
  const gateway = getGatewayOrThrow(provider);
  const urls = orderPaymentUrls(order);
  const input: CreatePaymentInput = {
    paymentId: payment.id,
    attempt: payment.attempt,
    amountCents: payment.amountCents,
    currency: "EUR",
    order: {
      id: order.id,
      reference: order.reference,
      email: order.email,
      phone: order.phone,
      billingAddress: order.billingAddress,
      shippingAddress: order.shippingAddress,
    },
    urls: { returnUrl: urls.returnUrl, cancelUrl: urls.cancelUrl, notificationUrl: `${env.appUrl}/api/ipn/${provider}` },
  };

  let started: CreatedPayment | null = null;
  try {
    if (claim.mayExist) started = await gateway.findCreated({ paymentId: payment.id, createdAfter: payment.createdAt });
    started ??= await gateway.create(input);
  } catch (error) {
    const code: GatewayErrorCode = isGatewayError(error) ? error.code : "provider_unavailable";
    const outcomeUnknown = isGatewayError(error) ? Boolean(error.details.outcomeUnknown) : true;
    if (!isGatewayError(error)) log.error("payments", "unexpected error while starting a payment", error);
    await recordOrderEvent(db, {
      orderId: order.id,
      paymentId,
      actor: { type: "system", id: "checkout" },
      type: "payment_start_failed",
      reason: GATEWAY_ERROR_MESSAGES[code],
      data: { code, outcomeUnknown, status: isGatewayError(error) ? (error.details.status ?? null) : null },
    });
    return { ok: false, code, message: GATEWAY_ERROR_MESSAGES[code] };
  }

  const stored = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for("update");
    if (!row) throw new Error(`payment ${paymentId} vanished`);
    // A notification may have adopted the provider payment meanwhile (reconcile's adoptOrphan).
    if (row.providerRef && row.providerRef !== started.providerRef) return { ref: row.providerRef, url: row.redirectUrl, duplicate: true };
    // Closed while the provider was being called (the order was cancelled, the sweep gave up on
    // it): keep the provider's id for the record, but never send the customer to pay it.
    if (row.status !== "created" && row.status !== "pending") {
      await tx.update(payments).set({ providerRef: started.providerRef, providerLive: started.live, updatedAt: new Date() }).where(eq(payments.id, paymentId));
      return { ref: started.providerRef, url: null, duplicate: false, closed: true };
    }
    await tx
      .update(payments)
      .set({
        providerRef: started.providerRef,
        providerLive: started.live,
        redirectUrl: started.redirectUrl ?? null,
        status: row.status === "created" ? "pending" : row.status,
        updatedAt: new Date(),
      })
      .where(eq(payments.id, paymentId));
    await recordOrderEvent(tx, {
      orderId: order.id,
      paymentId,
      actor: { type: "system", id: "checkout" },
      type: "payment_started",
      data: { provider, providerRef: started.providerRef, live: started.live, attempt: payment.attempt },
    });
    return { ref: started.providerRef, url: started.redirectUrl ?? null, duplicate: false, closed: false };
  });
  if (stored.closed) {
    log.warn("payments", "attempt closed while its provider payment was being created: aborting it", { paymentId, providerRef: stored.ref });
    await gateway.cancel(stored.ref).catch((error: unknown) => log.error("payments", "abort of a payment started for a closed attempt failed", error));
    return { ok: false, code: "not_payable", message: START_MESSAGES.not_payable };
  }
  if (stored.duplicate) {
    log.error("payments", "two provider payments for one attempt: aborting the newer one", { paymentId, kept: stored.ref, aborted: started.providerRef });
    await gateway.cancel(started.providerRef).catch((error: unknown) => log.error("payments", "abort of the duplicate failed", error));
  }
  if (!stored.url) return { ok: false, code: "invalid_response", message: GATEWAY_ERROR_MESSAGES.invalid_response };
  return checkedRedirect(provider, stored.ref, stored.url);
}

async function isInstalmentLinkAttempt(tx: Tx, linkId: string | null): Promise<boolean> {
  if (!linkId) return false;
  const [link] = await tx.select({ instalmentId: paymentLinks.instalmentId }).from(paymentLinks).where(eq(paymentLinks.id, linkId));
  return Boolean(link?.instalmentId);
}

function checkedRedirect(provider: NonNullable<(typeof payments.$inferSelect)["provider"]>, providerRef: string, url: string): StartOnlinePaymentResult {
  if (!getGatewayOrThrow(provider).redirectAllowed(url)) {
    log.error("payments", "provider redirect URL outside the allowed hosts: not redirecting", { provider, providerRef, host: safeHost(url) });
    return { ok: false, code: "redirect_refused", message: START_MESSAGES.redirect_refused };
  }
  return { ok: true, redirectUrl: url, providerRef };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Another request is creating the provider payment for this attempt: wait for its result. */
async function waitForConcurrentStart(paymentId: string, waitMs: number): Promise<StartOnlinePaymentResult> {
  const db = await getDb();
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const [row] = await db.select().from(payments).where(eq(payments.id, paymentId));
    if (row?.providerRef && row.provider && row.redirectUrl) return checkedRedirect(row.provider, row.providerRef, row.redirectUrl);
    const [last] = await db
      .select({ type: orderEvents.type })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, paymentId), inArray(orderEvents.type, START_EVENTS)))
      .orderBy(desc(orderEvents.id))
      .limit(1);
    if (last?.type === "payment_start_failed") break;
  }
  return { ok: false, code: "in_progress", message: START_MESSAGES.in_progress };
}
