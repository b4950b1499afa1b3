import { describe, expect, it } from "vitest";
import {
  buildCreateOrderBody,
  captureIdFromRefundLinks,
  fromPayPalMoney,
  invoiceIdFor,
  paymentIdFromCustomId,
  paypalStatus,
  referenceFromInvoiceId,
  toPayPalMoney,
  toProviderDispute,
  toProviderPayment,
} from "./adapter";
import { paypalDisputeSchema, paypalOrderSchema, type PayPalOrder } from "./schemas";

const PAYMENT_ID = "0b9a6f1e-4c1d-4f7a-9a55-2a1b3c4d5e6f";

function order(overrides: Record<string, unknown> = {}, capture: Record<string, unknown> | null = null): PayPalOrder {
  return paypalOrderSchema.parse({
    id: "5O190127TN364715T",
    status: capture ? "COMPLETED" : "APPROVED",
    purchase_units: [
      {
        reference_id: "CA-7K4M2QX9",
        amount: { currency_code: "EUR", value: "54.90" },
        custom_id: PAYMENT_ID,
        invoice_id: "CA-7K4M2QX9",
        ...(capture
          ? {
              payments: {
                captures: [
                  {
                    id: "3C679366HH908993F",
                    status: "COMPLETED",
                    amount: { currency_code: "EUR", value: "54.90" },
                    custom_id: PAYMENT_ID,
                    invoice_id: "CA-7K4M2QX9",
                    create_time: "2026-11-26T10:00:00Z",
                    ...capture,
                  },
                ],
              },
            }
          : {}),
      },
    ],
    payment_source: { paypal: { email_address: "acheteur@example.fr", account_id: "QYR5Z8XDVJNXQ" } },
    ...overrides,
  });
}

describe("money through lib/shared/money.ts", () => {
  it.each([
    [0, "0.00"],
    [1, "0.01"],
    [1050, "10.50"],
    [5490, "54.90"],
    [123456789, "1234567.89"],
  ])("%i cents ↔ %s", (cents, value) => {
    expect(toPayPalMoney(cents)).toEqual({ currency_code: "EUR", value });
    expect(fromPayPalMoney({ currency_code: "EUR", value })).toEqual({ cents, currency: "EUR" });
  });

  it("reads PayPal values without floats (0.1 + 0.2 style sums stay exact)", () => {
    expect(fromPayPalMoney({ currency_code: "EUR", value: "0.30" }).cents).toBe(30);
    expect(fromPayPalMoney({ currency_code: "EUR", value: "10" }).cents).toBe(1000);
    expect(fromPayPalMoney({ currency_code: "EUR", value: "10.5" }).cents).toBe(1050);
  });

  it.each(["10.505", "1e3", "", "abc", "10,50"])("refuses %j", (value) => {
    expect(() => fromPayPalMoney({ currency_code: "EUR", value })).toThrow(RangeError);
  });
});

describe("ids", () => {
  it("suffixes invoice_id after the first attempt and reads the reference back", () => {
    expect(invoiceIdFor("CA-7K4M2QX9", 1)).toBe("CA-7K4M2QX9");
    expect(invoiceIdFor("CA-7K4M2QX9", 3)).toBe("CA-7K4M2QX9-3");
    expect(referenceFromInvoiceId("CA-7K4M2QX9")).toBe("CA-7K4M2QX9");
    expect(referenceFromInvoiceId("CA-7K4M2QX9-3")).toBe("CA-7K4M2QX9");
    expect(referenceFromInvoiceId("INV-1")).toBeNull();
    expect(referenceFromInvoiceId(null)).toBeNull();
  });

  it("accepts only a UUID as our payment id", () => {
    expect(paymentIdFromCustomId(PAYMENT_ID.toUpperCase())).toBe(PAYMENT_ID);
    expect(paymentIdFromCustomId("1; drop table")).toBeNull();
    expect(paymentIdFromCustomId(undefined)).toBeNull();
  });

  it("finds the capture id of a refund from its up link", () => {
    expect(captureIdFromRefundLinks([{ rel: "up", href: "https://api.paypal.com/v2/payments/captures/2GG279541U471931P" }])).toBe("2GG279541U471931P");
    expect(captureIdFromRefundLinks([{ rel: "self", href: "https://api.paypal.com/v2/payments/refunds/1" }])).toBeNull();
    expect(captureIdFromRefundLinks(undefined)).toBeNull();
  });
});

describe("paypalStatus", () => {
  it.each([
    ["CREATED", null, "pending"],
    ["PAYER_ACTION_REQUIRED", null, "pending"],
    ["APPROVED", null, "pending"],
    ["VOIDED", null, "cancelled"],
    ["COMPLETED", "COMPLETED", "paid"],
    ["COMPLETED", "PENDING", "pending"],
    ["COMPLETED", "DECLINED", "failed"],
    ["COMPLETED", "DENIED", "failed"],
    ["COMPLETED", "FAILED", "failed"],
    ["COMPLETED", "REFUNDED", "refunded"],
    ["COMPLETED", "PARTIALLY_REFUNDED", "partially_refunded"],
    ["COMPLETED", "REVERSED", "refunded"],
    ["COMPLETED", "SOMETHING_NEW", "pending"],
  ] as const)("order %s, capture %s → %s", (orderStatus, captureStatus, expected) => {
    expect(paypalStatus(orderStatus, captureStatus)).toBe(expected);
  });
});

describe("toProviderPayment", () => {
  it("maps a completed PayPal-account capture", () => {
    const p = toProviderPayment(order({}, {}), { raw: true }, false);
    expect(p).toMatchObject({
      provider: "paypal",
      providerRef: "5O190127TN364715T",
      live: false,
      status: "paid",
      amountCents: 5490,
      currency: "EUR",
      refundedCents: 0,
      ourPaymentId: PAYMENT_ID,
      ourOrderReference: "CA-7K4M2QX9",
      failure: null,
      transactionId: "3C679366HH908993F",
      card: null,
      payerEmail: "acheteur@example.fr",
      raw: { raw: true },
    });
    expect(p.paidAt?.toISOString()).toBe("2026-11-26T10:00:00.000Z");
  });

  it("maps a guest card payment: card brand and last digits, no PayPal e-mail", () => {
    const p = toProviderPayment(
      order({ payment_source: { card: { brand: "VISA", last_digits: "1111", type: "CREDIT" } }, payer: { email_address: "invite@example.fr" } }, {}),
      null,
      false,
    );
    expect(p.card).toEqual({ brand: "VISA", last4: "1111", country: null, expiry: null });
    expect(p.payerEmail).toBeNull();
  });

  it("an approved order without capture is pending, with the order's amount", () => {
    const p = toProviderPayment(order(), null, false);
    expect(p).toMatchObject({ status: "pending", amountCents: 5490, transactionId: null, paidAt: null });
  });

  it("a declined or denied capture is failed with a French reason", () => {
    const declined = toProviderPayment(order({}, { status: "DECLINED" }), null, false);
    expect(declined.status).toBe("failed");
    expect(declined.failure?.code).toBe("declined");
    expect(declined.failure?.message).toMatch(/refusé/);
    const denied = toProviderPayment(order({}, { status: "DENIED", status_details: { reason: "PENDING_REVIEW" } }), null, false);
    expect(denied.failure).toEqual({ code: "denied:pending_review", message: expect.stringMatching(/refusé/) as unknown });
    expect(denied.paidAt).toBeNull();
  });

  it("sums completed refunds; a full refund without a refund list counts the whole capture", () => {
    const partial = order({}, { status: "PARTIALLY_REFUNDED" });
    partial.purchase_units![0]!.payments!.refunds = [
      { id: "R1", status: "COMPLETED", amount: { currency_code: "EUR", value: "10.00" } },
      { id: "R2", status: "PENDING", amount: { currency_code: "EUR", value: "5.00" } },
    ];
    expect(toProviderPayment(partial, null, false)).toMatchObject({ status: "partially_refunded", refundedCents: 1000 });
    expect(toProviderPayment(order({}, { status: "REFUNDED" }), null, false)).toMatchObject({ status: "refunded", refundedCents: 5490 });
  });

  it("a foreign custom_id is not taken for one of our payments", () => {
    const foreign = order({}, { custom_id: "someone-else" });
    foreign.purchase_units![0]!.custom_id = "someone-else";
    expect(toProviderPayment(foreign, null, false).ourPaymentId).toBeNull();
  });
});

describe("buildCreateOrderBody", () => {
  const input = {
    paymentId: PAYMENT_ID,
    attempt: 1,
    amountCents: 5490,
    currency: "EUR" as const,
    merchantName: "Maison Lavande",
    order: {
      id: "o1",
      reference: "CA-7K4M2QX9",
      email: "a@example.fr",
      phone: "+33600000000",
      billingAddress: { firstName: "A", lastName: "B", line1: "1 rue", postalCode: "75001", city: "Paris", country: "FR" },
      shippingAddress: { firstName: "A", lastName: "B", line1: "1 rue", postalCode: "75001", city: "Paris", country: "FR" },
    },
  };

  it("carries our ids and our amount as a decimal string", () => {
    const body = buildCreateOrderBody({ ...input, breakdown: { itemsCents: 4900, shippingCents: 590 } });
    expect(body.intent).toBe("CAPTURE");
    expect(body.purchase_units[0]).toMatchObject({
      custom_id: PAYMENT_ID,
      invoice_id: "CA-7K4M2QX9",
      amount: { currency_code: "EUR", value: "54.90", breakdown: { item_total: { value: "49.00" }, shipping: { value: "5.90" } } },
    });
    expect(body.application_context).toMatchObject({ locale: "fr-FR", shipping_preference: "NO_SHIPPING" });
  });

  it("drops a breakdown that would not add up (PayPal would answer AMOUNT_MISMATCH)", () => {
    const body = buildCreateOrderBody({ ...input, attempt: 2, breakdown: { itemsCents: 4900, shippingCents: 0 } });
    expect(body.purchase_units[0]!.amount.breakdown).toBeUndefined();
    expect(body.purchase_units[0]!.invoice_id).toBe("CA-7K4M2QX9-2");
  });
});

describe("toProviderDispute", () => {
  const dispute = (patch: Record<string, unknown> = {}) =>
    paypalDisputeSchema.parse({
      dispute_id: "PP-D-27803",
      reason: "MERCHANDISE_OR_SERVICE_NOT_RECEIVED",
      status: "WAITING_FOR_SELLER_RESPONSE",
      dispute_amount: { currency_code: "EUR", value: "25.90" },
      disputed_transactions: [{ seller_transaction_id: "3GG279541U471931P", buyer_transaction_id: "9E1234567A1234567" }],
      dispute_life_cycle_stage: "INQUIRY",
      ...patch,
    });

  it("maps ids, status, reason and the amount in integer cents", () => {
    expect(toProviderDispute(dispute())).toEqual({
      disputeId: "PP-D-27803",
      captureIds: ["3GG279541U471931P"],
      status: "waiting_for_seller",
      reason: "not_received",
      amountCents: 2590,
      currency: "EUR",
      outcome: null,
      providerStatus: "WAITING_FOR_SELLER_RESPONSE",
      providerReason: "MERCHANDISE_OR_SERVICE_NOT_RECEIVED",
    });
  });

  it.each([
    [{ status: "RESOLVED", dispute_outcome: { outcome_code: "RESOLVED_SELLER_FAVOUR" } }, "seller_favour"],
    [{ status: "RESOLVED", dispute_outcome: { outcome_code: "RESOLVED_BUYER_FAVOUR" } }, "buyer_favour"],
    [{ status: "RESOLVED", dispute_outcome: { outcome_code: "NONE" } }, "unknown"],
    // PayPal sends RESOLVED events without an outcome: never guessed.
    [{ status: "RESOLVED" }, "unknown"],
    [{ status: "OPEN", dispute_outcome: { outcome_code: "RESOLVED_BUYER_FAVOUR" } }, null],
  ])("outcome of %j is %s", (patch, outcome) => {
    expect(toProviderDispute(dispute(patch)).outcome).toBe(outcome);
  });

  it("reads unknown words as other, and an amount it cannot convert as none", () => {
    const d = toProviderDispute(dispute({ status: "NEW_STATUS", reason: "SOMETHING_NEW", dispute_amount: { currency_code: "EUR", value: "1e3" } }));
    expect(d).toMatchObject({ status: "other", reason: "other", amountCents: null, currency: null, providerStatus: "NEW_STATUS" });
  });

  it("keeps each disputed capture once, and none without a seller transaction", () => {
    const d = toProviderDispute(dispute({ disputed_transactions: [{ seller_transaction_id: "A" }, { seller_transaction_id: "A" }, { buyer_transaction_id: "B" }] }));
    expect(d.captureIds).toEqual(["A"]);
  });
});
