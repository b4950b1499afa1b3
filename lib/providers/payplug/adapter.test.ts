import { describe, expect, it } from "vitest";
import type { CreatePaymentInput } from "@/lib/providers/types";
import { buildCreateInstallmentPlanBody, buildCreatePaymentBody, toProviderInstalmentPlan, PAYPLUG_FAILURE_CODES, PAYPLUG_FAILURE_MESSAGES, payplugStatus, splitPhone, toProviderPayment, UNKNOWN_FAILURE_MESSAGE } from "./adapter";
import { payplugNotificationKey } from "./gateway";
import { payplugInstallmentPlanSchema, payplugPaymentSchema, type PayPlugPayment } from "./schemas";

function payment(overrides: Partial<PayPlugPayment> = {}): PayPlugPayment {
  return payplugPaymentSchema.parse({
    id: "pay_5ktNvd3BNCp6GPcqIZvY9j",
    object: "payment",
    is_live: false,
    amount: 2590,
    amount_refunded: 0,
    currency: "EUR",
    created_at: 1_790_000_000,
    is_paid: false,
    paid_at: null,
    is_refunded: false,
    is_3ds: null,
    card: { last4: null, country: null, exp_month: null, exp_year: null, brand: null, id: null },
    hosted_payment: { payment_url: "https://secure.payplug.com/pay/5ktNvd3BNCp6GPcqIZvY9j", return_url: "https://shop/r", cancel_url: "https://shop/c", paid_at: null, sent_by: null },
    notification: { url: "https://shop/api/ipn/payplug", response_code: null },
    failure: null,
    metadata: { payment_id: "8d7c6f39-8f0a-4a3e-9d43-1f0a2b3c4d5e", order_reference: "CA-7K4M2QX9" },
    ...overrides,
  });
}

describe("payplugStatus (PrestaShop's order of checks)", () => {
  it.each([
    ["unpaid, no failure", {}, "pending"],
    ["paid", { is_paid: true, paid_at: 1_790_000_100 }, "paid"],
    ["partially refunded", { is_paid: true, amount_refunded: 1000 }, "partially_refunded"],
    ["fully refunded", { is_paid: true, amount_refunded: 2590, is_refunded: true }, "refunded"],
    ["Oney under review", { payment_method: { type: "oney_x3_with_fees", is_pending: true } }, "pending"],
    ["deferred authorization", { authorization: { authorized_amount: 2590, authorized_at: 1, expires_at: 2 } }, "pending"],
    ["aborted", { failure: { code: "aborted", message: "x" } }, "cancelled"],
    ["timeout", { failure: { code: "timeout", message: "x" } }, "cancelled"],
  ] as const)("%s → %s", (_label, overrides, expected) => {
    expect(payplugStatus(payment(overrides as Partial<PayPlugPayment>))).toBe(expected);
  });

  it.each(PAYPLUG_FAILURE_CODES.filter((c) => c !== "aborted" && c !== "timeout"))("failure %s → failed, with its French reason", (code) => {
    const mapped = toProviderPayment(payment({ failure: { code, message: "English text we never show" } }), {});
    expect(mapped.status).toBe("failed");
    expect(mapped.failure).toEqual({ code, message: PAYPLUG_FAILURE_MESSAGES[code] });
    expect(mapped.failure?.message).not.toMatch(/English/);
  });

  it("gives every documented failure code a French message, and unknown codes a generic one", () => {
    for (const code of PAYPLUG_FAILURE_CODES) expect(PAYPLUG_FAILURE_MESSAGES[code]).toMatch(/[a-zé]/);
    const mapped = toProviderPayment(payment({ failure: { code: "card_stolen", message: "Stolen" } }), {});
    expect(mapped).toMatchObject({ status: "failed", failure: { code: "card_stolen", message: UNKNOWN_FAILURE_MESSAGE } });
  });

  it("a failure wins over is_paid (never report paid with a failure)", () => {
    expect(payplugStatus(payment({ is_paid: true, failure: { code: "card_declined", message: null } }))).toBe("failed");
  });
});

describe("toProviderPayment", () => {
  it("maps a paid 3-D Secure card payment", () => {
    const p = payment({
      is_paid: true,
      paid_at: 1_790_000_100,
      is_3ds: true,
      card: { last4: "4242", country: "FR", exp_month: 3, exp_year: 2031, brand: "Visa", id: null },
      billing: { email: "jeanne@example.fr" },
    });
    expect(toProviderPayment(p, { raw: true })).toEqual({
      provider: "payplug",
      providerRef: p.id,
      live: false,
      status: "paid",
      captureRequired: false,
      providerStatus: "paid",
      amountCents: 2590,
      currency: "EUR",
      refundedCents: 0,
      ourPaymentId: "8d7c6f39-8f0a-4a3e-9d43-1f0a2b3c4d5e",
      ourOrderReference: "CA-7K4M2QX9",
      failure: null,
      transactionId: p.id,
      card: { brand: "Visa", last4: "4242", country: "FR", expiry: "03/2031" },
      threeDSecure: true,
      payerEmail: "jeanne@example.fr",
      paidAt: new Date(1_790_000_100_000),
      installmentPlanRef: null,
      raw: { raw: true },
    });
  });

  it("has no card and no paid date before payment, and no metadata when absent", () => {
    const mapped = toProviderPayment(payment({ metadata: null }), {});
    expect(mapped).toMatchObject({ card: null, paidAt: null, ourPaymentId: null, ourOrderReference: null, threeDSecure: null });
  });
});

describe("buildCreatePaymentBody", () => {
  const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };
  const input: CreatePaymentInput = {
    paymentId: "8d7c6f39-8f0a-4a3e-9d43-1f0a2b3c4d5e",
    attempt: 2,
    amountCents: 2590,
    currency: "EUR",
    order: { id: "o1", reference: "CA-7K4M2QX9", email: "jeanne@example.fr", phone: "+33612345678", billingAddress: address, shippingAddress: address },
    urls: { returnUrl: "https://shop/commandes/CA-7K4M2QX9/retour?t=x", cancelUrl: "https://shop/c", notificationUrl: "https://shop/api/ipn/payplug" },
  };

  it("sends our amount, EUR, 3-D Secure 2 data in French, our ids in metadata", () => {
    const body = buildCreatePaymentBody(input, "Maison Lavande – commande CA-7K4M2QX9");
    expect(body).toMatchObject({
      amount: 2590,
      currency: "EUR",
      billing: { first_name: "Jeanne", last_name: "Martin", email: "jeanne@example.fr", mobile_phone_number: "+33612345678", address1: "1 rue de la Paix", postcode: "75002", city: "Paris", country: "FR", language: "fr" },
      shipping: { delivery_type: "BILLING", language: "fr" },
      hosted_payment: { return_url: input.urls.returnUrl, cancel_url: input.urls.cancelUrl },
      notification_url: "https://shop/api/ipn/payplug",
      metadata: { payment_id: input.paymentId, order_reference: "CA-7K4M2QX9", attempt: "2" },
    });
  });

  it("marks a different shipping address as NEW", () => {
    const body = buildCreatePaymentBody({ ...input, order: { ...input.order, shippingAddress: { ...address, line1: "2 rue Neuve" } } }, "d");
    expect(body.shipping.delivery_type).toBe("NEW");
  });
});

describe("installment plans", () => {
  const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

  it("sends our schedule with TODAY first, no amount nor payment id, our plan and order in metadata", () => {
    const body = buildCreateInstallmentPlanBody({
      planId: "6f1c…",
      currency: "EUR",
      schedule: [
        { dueOn: "2026-12-05", amountCents: 10_002 },
        { dueOn: "2027-01-05", amountCents: 10_000 },
        { dueOn: "2027-02-05", amountCents: 10_000 },
      ],
      order: { id: "o1", reference: "CA-7K4M2QX9", email: "jeanne@example.fr", phone: "+33612345678", billingAddress: address, shippingAddress: address },
      urls: { returnUrl: "https://shop/r", cancelUrl: "https://shop/c", notificationUrl: "https://shop/api/ipn/payplug" },
    });
    expect(body.schedule).toEqual([
      { date: "TODAY", amount: 10_002 },
      { date: "2027-01-05", amount: 10_000 },
      { date: "2027-02-05", amount: 10_000 },
    ]);
    expect(body.metadata).toEqual({ instalment_plan_id: "6f1c…", order_reference: "CA-7K4M2QX9" });
    expect(body).not.toHaveProperty("amount");
    expect(body.shipping.delivery_type).toBe("BILLING");
  });

  it("maps a plan: its parts with their charges, active, our ids", () => {
    const plan = payplugInstallmentPlanSchema.parse({
      id: "inst_1FTGSRWYHla7eDkfTo2Usd",
      object: "installment_plan",
      is_live: false,
      is_active: true,
      is_fully_paid: false,
      currency: "EUR",
      created_at: 1_790_000_000,
      schedule: [
        { date: "2026-12-05", amount: 10_002, payment_ids: ["pay_a"] },
        { date: "2027-01-05", amount: 10_000, payment_ids: ["pay_b", "pay_c"] },
        { date: "2027-02-05", amount: 10_000, payment_ids: [] },
      ],
      billing: null,
      shipping: null,
      hosted_payment: { payment_url: "https://secure.payplug.com/pay/1FTGSRWYHla7eDkfTo2Usd", return_url: null, cancel_url: null },
      notification: { url: null },
      failure: null,
      metadata: { instalment_plan_id: "p1", order_reference: "CA-1" },
    });
    expect(toProviderInstalmentPlan(plan)).toEqual({
      planRef: "inst_1FTGSRWYHla7eDkfTo2Usd",
      live: false,
      active: true,
      fullyPaid: false,
      failureCode: null,
      ourPlanId: "p1",
      ourOrderReference: "CA-1",
      schedule: [
        { dueOn: "2026-12-05", amountCents: 10_002, paymentRefs: ["pay_a"] },
        { dueOn: "2027-01-05", amountCents: 10_000, paymentRefs: ["pay_b", "pay_c"] },
        { dueOn: "2027-02-05", amountCents: 10_000, paymentRefs: [] },
      ],
    });
    expect(toProviderPayment(payment({ installment_plan_id: plan.id }), {}).installmentPlanRef).toBe(plan.id);
  });
});

describe("splitPhone (E.164 for 3-D Secure 2)", () => {
  it.each([
    ["06 12 34 56 78", { mobile_phone_number: "+33612345678" }],
    ["+33712345678", { mobile_phone_number: "+33712345678" }],
    ["0033 6 12 34 56 78", { mobile_phone_number: "+33612345678" }],
    ["01 23 45 67 89", { landline_phone_number: "+33123456789" }],
    ["+32470123456", { mobile_phone_number: "+32470123456" }],
    ["n/a", {}],
  ])("%s", (input, expected) => {
    expect(splitPhone(input)).toEqual(expected);
  });
});

describe("payplugNotificationKey", () => {
  it("is the resource id plus a hash of the exact body: same body, same key; new state, new key", () => {
    const a = JSON.stringify({ object: "payment", id: "pay_abc", is_paid: false });
    const b = JSON.stringify({ object: "payment", id: "pay_abc", is_paid: true });
    expect(payplugNotificationKey(a)).toBe(payplugNotificationKey(a));
    expect(payplugNotificationKey(a)).toMatch(/^pay_abc:[0-9a-f]{40}$/);
    expect(payplugNotificationKey(b)).not.toBe(payplugNotificationKey(a));
    expect(payplugNotificationKey("{not json")).toMatch(/^unreadable:/);
  });
});
