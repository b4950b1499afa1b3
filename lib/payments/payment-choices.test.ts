import { describe, expect, it } from "vitest";
import { cardBrandLabel, cardLine } from "@/lib/payments/labels";
import { offlineSwitchPayability, onlinePayability, paymentChoices, PAYABILITY_MESSAGES } from "@/lib/payments/payability";

const order = { status: "payment_failed" as const, totalCents: 5000, paidCents: 0, refundedCents: 0, paymentMethod: "card" as const };
const failedCard = { method: "card" as const, provider: "payplug" as const, status: "failed", recordedBy: null, offlineReference: null, transactionId: null, captureClaimedAt: null };
const chequeInHand = { method: "cheque" as const, provider: null, status: "pending", recordedBy: "admin-1", offlineReference: "1234567", transactionId: null, captureClaimedAt: null };
const pro = { id: "u1", role: "pro" as const, proStatus: "approved" as const, net30Allowed: true };

describe("payment choices: what a page offers for an existing order", () => {
  it("a failed order: every method a guest may use, in the checkout's order", () => {
    const choices = paymentChoices({ order, payments: [failedCard] });
    expect(choices.state === "choose" && choices.methods.map((m) => m.id)).toEqual(["card", "transfer", "cheque", "paypal"]);
  });

  it("an order waiting for a transfer: the other methods", () => {
    const choices = paymentChoices({ order: { ...order, status: "awaiting_transfer", paymentMethod: "transfer" }, payments: [] });
    expect(choices).toMatchObject({ state: "choose", awaitingOffline: "transfer" });
    expect(choices.state === "choose" && choices.methods.map((m) => m.id)).toEqual(["card", "cheque", "paypal"]);
  });

  it("a PayPal capture being verified: nothing to choose, so nothing is paid twice", () => {
    const pending = { ...failedCard, method: "paypal" as const, provider: "paypal" as const, status: "pending", transactionId: "CAP-1" };
    expect(paymentChoices({ order: { ...order, status: "pending_payment" }, payments: [pending] })).toEqual({ state: "verifying" });
    const claimed = { ...pending, transactionId: null, captureClaimedAt: new Date() };
    expect(paymentChoices({ order: { ...order, status: "pending_payment" }, payments: [claimed] })).toEqual({ state: "verifying" });
  });

  it.each([
    ["paid", { ...order, status: "paid" as const, paidCents: 5000 }, [], "not_payable"],
    ["cancelled", { ...order, status: "cancelled" as const }, [], "not_payable"],
    ["covered by a partial transfer and a card", { ...order, paidCents: 5000 }, [], "covered"],
    ["a cheque in hand", order, [chequeInHand], "cheque_in_hand"],
  ] as const)("none when %s", (_what, o, rows, reason) => {
    expect(paymentChoices({ order: o, payments: rows })).toMatchObject({ state: "none", reason });
  });

  it("what is due, not the total", () => {
    expect(paymentChoices({ order: { ...order, paidCents: 2000 }, payments: [] })).toMatchObject({ state: "choose", dueCents: 3000 });
  });
});

describe("switching: the same money rules for every method", () => {
  it("to an offline method: an offline method the customer may use", () => {
    expect(offlineSwitchPayability({ order, payments: [], method: "transfer" })).toEqual({ ok: true, dueCents: 5000 });
    expect(offlineSwitchPayability({ order, payments: [], method: "card" })).toMatchObject({ ok: false, reason: "method_unavailable" });
    expect(offlineSwitchPayability({ order, payments: [chequeInHand], method: "transfer" })).toMatchObject({ ok: false, message: PAYABILITY_MESSAGES.cheque_in_hand });
    expect(offlineSwitchPayability({ order: { ...order, status: "paid" }, payments: [], method: "cheque" })).toMatchObject({ ok: false, reason: "not_payable" });
  });

  it("to an online method from a transfer order: only when the customer chose it (or through a payment link)", () => {
    const awaiting = { ...order, status: "awaiting_transfer" as const };
    const input = { order: awaiting, payments: [], method: "card" as const, provider: "payplug" as const };
    expect(onlinePayability({ ...input, channel: "customer_retry" })).toMatchObject({ ok: false, reason: "offline_order" });
    expect(onlinePayability({ ...input, channel: "customer_switch" })).toEqual({ ok: true, dueCents: 5000 });
    expect(onlinePayability({ ...input, channel: "payment_link" })).toEqual({ ok: true, dueCents: 5000 });
  });

  it("net-30 is never a switch target for a guest, nor an online one", () => {
    expect(offlineSwitchPayability({ order, payments: [], method: "net30" })).toMatchObject({ ok: false, reason: "method_unavailable" });
    expect(offlineSwitchPayability({ order, payments: [], method: "net30", user: pro })).toMatchObject({ ok: false, reason: "method_unavailable" });
  });
});

describe("card brands read the same whoever reports them", () => {
  it.each([
    ["VISA", "Visa"],
    ["Visa", "Visa"],
    ["MASTERCARD", "Mastercard"],
    ["AMEX", "American Express"],
    ["CB", "CB"],
    ["UnknownNet", "UnknownNet"],
  ])("%s → %s", (raw, label) => {
    expect(cardBrandLabel(raw)).toBe(label);
  });
  it("in the card line", () => {
    expect(cardLine("VISA", "4242")).toBe("Visa •••• 4242");
    expect(cardLine(null, null)).toBeNull();
  });
});
