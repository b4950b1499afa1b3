import { describe, expect, it } from "vitest";
import { formatEur } from "@/lib/money";
import { TransitionRefusedError } from "@/lib/orders/events";
import { GatewayError, type GatewayErrorCode } from "@/lib/payments/errors";
import { overpaymentFlagLine, stateAfterRefund, withOverpaymentFlag } from "@/lib/payments/money-received";
import { classifyNotificationFailure } from "@/lib/payments/notifications";
import { PAYPAL_APPROVAL_WINDOW_MS, paypalOrderExpired, paypalOrderReusable } from "@/lib/payments/paypal/expiry";
import { onlinePayability } from "@/lib/payments/retry";

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
