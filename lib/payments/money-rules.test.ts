import { describe, expect, it } from "vitest";
import { formatEur } from "@/lib/shared/money";
import { TransitionRefusedError } from "@/lib/orders/events";
import { GatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import {
  appendFlag,
  moneyPosition,
  overpaymentFlagLine,
  stateAfterRefund,
  unwantedMoneyFlagLine,
  withOverpaymentFlag,
  withoutUnwantedMoneyFlags,
} from "@/lib/orders/ledger";
import { classifyNotificationFailure, notificationFailureStatus, UnplacedPaymentError } from "@/lib/use-cases/handle-notification";
import { CAPTURE_CLAIM_TTL_MS, captureClaimActive } from "@/lib/payments/attempt-status";
import { PAYPAL_APPROVAL_WINDOW_MS, paypalOrderExpired, paypalOrderReusable } from "@/lib/providers/paypal/expiry";
import { customerRetryMethod, onlinePayability } from "@/lib/payments/payability";
import { moneyMayBeMoving } from "@/lib/payments/attempt-status";

describe("refund state from NET money (paid − refunded) against the total", () => {
  const order = { status: "paid" as const, totalCents: 2590 };
  it.each([
    ["a duplicate paid attempt refunded: still paid", 5180, 2590, "paid"],
    ["part of the only payment refunded", 2590, 1000, "partially_refunded"],
    ["everything refunded", 2590, 2590, "refunded"],
    ["duplicate refunded then part of the rest", 5180, 3590, "partially_refunded"],
    ["both payments refunded", 5180, 5180, "refunded"],
  ] as const)("%s", (_label, paidCents, refundedCents, expected) => {
    expect(stateAfterRefund({ ...order, paidCents, refundedCents })).toBe(expected);
  });
  it("moves only paid or partially refunded orders", () => {
    expect(stateAfterRefund({ status: "cancelled", totalCents: 2590, paidCents: 2590, refundedCents: 2590 })).toBe("cancelled");
    expect(stateAfterRefund({ status: "partially_refunded", totalCents: 2590, paidCents: 2590, refundedCents: 2590 })).toBe("refunded");
  });
});

describe("overpayment flag", () => {
  it("says in French what an admin must do", () => {
    expect(overpaymentFlagLine(1880)).toBe(`Trop-perçu de ${formatEur(1880)} : à rembourser.`);
    expect(overpaymentFlagLine(1880)).toMatch(/^Trop-perçu de 18,80\s€ : à rembourser\.$/);
  });
  it("sets, replaces and clears its own line, keeping the others", () => {
    const mismatch = "Paiement payplug pay_x non validé : montant. À vérifier avant expédition.";
    const once = withOverpaymentFlag(mismatch, 1880);
    expect(once).toBe(`${mismatch}\n${overpaymentFlagLine(1880)}`);
    expect(withOverpaymentFlag(once, 500)).toBe(`${mismatch}\n${overpaymentFlagLine(500)}`);
    expect(withOverpaymentFlag(once, 0)).toBe(mismatch);
    expect(withOverpaymentFlag(overpaymentFlagLine(100), 0)).toBeNull();
    expect(withOverpaymentFlag(null, 0)).toBeNull();
  });
});

describe("payability: who may start a new online attempt", () => {
  const order = { status: "payment_failed" as const, totalCents: 5000, paidCents: 0, refundedCents: 0 };
  const base = { order, payments: [], method: "card" as const, provider: "payplug" as const, channel: "customer_retry" as const };
  const placeholder = { method: "cheque" as const, status: "pending", recordedBy: null, offlineReference: null };
  const chequeInHand = { method: "cheque" as const, status: "pending", recordedBy: "admin-1", offlineReference: "1234567" };

  it("a failed or pending online order: yes, for what is due", () => {
    expect(onlinePayability(base)).toEqual({ ok: true, dueCents: 5000 });
    expect(onlinePayability({ ...base, order: { ...order, status: "pending_payment" }, method: "paypal", provider: "paypal" })).toEqual({ ok: true, dueCents: 5000 });
    expect(onlinePayability({ ...base, order: { ...order, paidCents: 1500 } })).toEqual({ ok: true, dueCents: 3500 });
  });

  it.each([
    ["paid", { order: { ...order, status: "paid" } }, "not_payable"],
    ["cancelled", { order: { ...order, status: "cancelled" } }, "not_payable"],
    ["on account", { order: { ...order, status: "on_account" } }, "not_payable"],
    ["money recorded covers the total", { order: { ...order, status: "awaiting_transfer", paidCents: 5000 } }, "covered"],
    ["a cheque in hand, not cashed", { order: { ...order, status: "awaiting_cheque" }, payments: [chequeInHand], channel: "payment_link" }, "cheque_in_hand"],
    ["a cheque in hand, even on a link", { payments: [placeholder, chequeInHand], channel: "payment_link" }, "cheque_in_hand"],
    ["the retry button on a transfer order", { order: { ...order, status: "awaiting_transfer" } }, "offline_order"],
    ["the retry button on a cheque order", { order: { ...order, status: "awaiting_cheque" }, payments: [placeholder] }, "offline_order"],
    ["an offline method", { method: "transfer" }, "method_unavailable"],
    ["a method with another provider", { method: "card", provider: "paypal" }, "method_unavailable"],
    ["a card payment under PayPlug's minimum", { order: { ...order, totalCents: 50 } }, "method_unavailable"],
  ] as const)("refuses: %s", (_label, change, reason) => {
    const result = onlinePayability({ ...base, ...change });
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(/[a-zé]/);
  });

  it("a transfer or cheque order pays online through a payment link (the instructions placeholder is no cheque in hand)", () => {
    expect(onlinePayability({ ...base, order: { ...order, status: "awaiting_transfer", paidCents: 1000 }, channel: "payment_link" })).toEqual({ ok: true, dueCents: 4000 });
    expect(onlinePayability({ ...base, order: { ...order, status: "awaiting_cheque" }, payments: [placeholder], channel: "payment_link" })).toEqual({ ok: true, dueCents: 5000 });
  });
});

describe("notification failures: 503 when a resend can help, 422 when it cannot", () => {
  const gatewayError = (code: GatewayErrorCode) => new GatewayError(code, "x", { provider: "payplug" });
  it.each([
    [gatewayError("provider_unreachable"), "provider_unreachable", 503],
    [gatewayError("provider_unavailable"), "provider_unreachable", 503],
    [gatewayError("invalid_response"), "provider_answer_unreadable", 503],
    [gatewayError("provider_auth"), "credentials_refused", 503],
    [new Error("connection terminated"), "our_side_failed", 503],
    ["a thrown string", "our_side_failed", 503],
    [gatewayError("provider_rejected"), "provider_refuses_request", 422],
    [gatewayError("not_allowed"), "provider_refuses_request", 422],
    [gatewayError("not_found"), "unknown_to_provider", 422],
    [new TransitionRefusedError("o1", "cancelled", "paid"), "transition_refused", 422],
    [new UnplacedPaymentError("payment_not_recorded_yet", "x"), "payment_not_recorded_yet", 503],
    [new UnplacedPaymentError("payment_not_placeable", "x"), "payment_not_placeable", 422],
  ] as const)("%s → %s (%i)", (error, failure, status) => {
    expect(classifyNotificationFailure(error)).toEqual({ failure, status });
  });
});

describe("PayPal order expiry (3 hours to approve, from the spec)", () => {
  const requested = new Date("2026-11-26T10:00:00Z");
  const at = (ms: number) => new Date(requested.getTime() + ms);
  const MIN = 60_000;
  it("hands an open order back only while it has time left", () => {
    expect(PAYPAL_APPROVAL_WINDOW_MS).toBe(3 * 60 * MIN);
    expect(paypalOrderReusable(requested, at(10 * MIN))).toBe(true);
    expect(paypalOrderReusable(requested, at(2 * 60 * MIN + 39 * MIN))).toBe(true);
    expect(paypalOrderReusable(requested, at(2 * 60 * MIN + 40 * MIN))).toBe(false);
    expect(paypalOrderReusable(requested, at(3 * 60 * MIN))).toBe(false);
  });
  it("gives up only once PayPal has surely expired it", () => {
    expect(paypalOrderExpired(requested, at(3 * 60 * MIN))).toBe(false);
    expect(paypalOrderExpired(requested, at(3 * 60 * MIN + 14 * MIN))).toBe(false);
    expect(paypalOrderExpired(requested, at(3 * 60 * MIN + 15 * MIN))).toBe(true);
  });
});

describe("moneyPosition: what an order still waits for and what it holds beyond, from NET money", () => {
  it.each([
    ["nothing received yet", "pending_payment", 2590, 0, 0, 2590, 0],
    ["a partial transfer", "awaiting_transfer", 2590, 1000, 0, 1590, 0],
    ["a partial transfer, part of it given back", "awaiting_transfer", 2590, 1000, 400, 1990, 0],
    ["paid exactly", "paid", 2590, 2590, 0, 0, 0],
    ["paid twice", "paid", 2590, 5180, 0, 0, 2590],
    ["paid twice, the duplicate refunded", "paid", 2590, 5180, 2590, 0, 0],
    ["partially refunded: the merchant owes nothing more, and is owed nothing", "partially_refunded", 2590, 2590, 590, 0, 0],
    ["money on a cancelled order: all of it to give back", "cancelled", 2590, 2590, 0, 0, 2590],
    ["money on a cancelled order, refunded", "cancelled", 2590, 2590, 2590, 0, 0],
    ["refunded, then paid again", "refunded", 2590, 5180, 2590, 0, 2590],
    ["on account, part paid", "on_account", 10000, 4000, 0, 6000, 0],
  ] as const)("%s", (_label, status, totalCents, paidCents, refundedCents, dueCents, excessCents) => {
    expect(moneyPosition({ status, totalCents, paidCents, refundedCents })).toEqual({ dueCents, excessCents });
  });
});

describe("the flag for money an order did not want", () => {
  it("has a fixed start, and goes once the money went back, keeping the other lines", () => {
    const line = unwantedMoneyFlagLine("Paiement payplug pay_1", 2590, "cancelled");
    expect(line).toBe(`Argent non attendu : Paiement payplug pay_1 de ${formatEur(2590)} reçu alors que la commande est « annulée » : à rembourser.`);
    const mismatch = "Paiement payplug pay_x non validé : montant. À vérifier avant expédition.";
    const flag = appendFlag(appendFlag(mismatch, line), unwantedMoneyFlagLine("Virement VIR-1", 1000, "refunded"));
    expect(withoutUnwantedMoneyFlags(flag)).toBe(mismatch);
    expect(withoutUnwantedMoneyFlags(line)).toBeNull();
    expect(withoutUnwantedMoneyFlags(null)).toBeNull();
  });
});

describe("PayPal capture claim and money in flight", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it("a claim holds for its TTL only", () => {
    expect(captureClaimActive(null, now)).toBe(false);
    expect(captureClaimActive(ago(1000), now)).toBe(true);
    expect(captureClaimActive(ago(CAPTURE_CLAIM_TTL_MS - 1), now)).toBe(true);
    expect(captureClaimActive(ago(CAPTURE_CLAIM_TTL_MS), now)).toBe(false);
  });
  const open = { provider: "paypal", status: "pending" as const, transactionId: null, captureClaimedAt: null };
  it.each([
    ["a PayPal order nobody approved", open, false],
    ["a PayPal capture PayPal is verifying", { ...open, transactionId: "CAP1" }, true],
    ["a PayPal capture claimed a minute ago", { ...open, captureClaimedAt: ago(60_000) }, true],
    ["a claim on an attempt never started", { ...open, status: "created" as const, captureClaimedAt: ago(60_000) }, true],
    ["a claim that lapsed", { ...open, captureClaimedAt: ago(CAPTURE_CLAIM_TTL_MS + 1) }, false],
    ["a PayPlug payment still pending", { ...open, provider: "payplug" }, true],
    ["a closed attempt, claim or not", { ...open, status: "cancelled" as const, captureClaimedAt: ago(1000) }, false],
    ["an offline payment", { ...open, provider: null }, false],
  ] as const)("%s → %s", (_label, payment, expected) => {
    expect(moneyMayBeMoving(payment, now)).toBe(expected);
  });
});

describe("the customer's retry pays the way the order was paid", () => {
  it.each([
    ["paypal", { method: "paypal", provider: "paypal" }],
    ["card", { method: "card", provider: "payplug" }],
    ["transfer", { method: "card", provider: "payplug" }],
  ] as const)("%s → %j", (paymentMethod, expected) => {
    expect(customerRetryMethod({ paymentMethod })).toEqual(expected);
  });
});

describe("notification failure status per provider: PayPal resends any non-2xx, PayPlug does not resend a 4xx", () => {
  const rejected = new GatewayError("provider_rejected", "x", { provider: "paypal" });
  const unavailable = new GatewayError("provider_unavailable", "x", { provider: "paypal" });
  const refused = new TransitionRefusedError("o1", "cancelled", "paid");
  it.each([
    ["paypal", rejected, "provider_refuses_request", 200],
    ["paypal", refused, "transition_refused", 200],
    ["paypal", unavailable, "provider_unreachable", 503],
    ["payplug", rejected, "provider_refuses_request", 422],
    ["payplug", refused, "transition_refused", 422],
    ["payplug", unavailable, "provider_unreachable", 503],
  ] as const)("%s, %s → %s %i", (provider, error, failure, status) => {
    expect(notificationFailureStatus(provider, error)).toEqual({ failure, status });
  });
});
