import { describe, expect, it } from "vitest";
import { findMismatches, nextPaymentStatus } from "@/lib/payments/attempt-status";
import { paymentLinkExpiry, paymentLinkState } from "@/lib/payments/payment-links";
import { isAllowedRedirect } from "@/lib/providers/redirect-check";
import { receiptResult } from "@/lib/payments/receipt";
import { toWinAnsi } from "@/lib/documents/receipt-pdf";

describe("nextPaymentStatus: states only move forward", () => {
  it.each([
    ["created", "pending", "pending"],
    ["pending", "paid", "paid"],
    ["pending", "failed", "failed"],
    ["pending", "cancelled", "cancelled"],
    ["paid", "failed", "paid"],
    ["paid", "cancelled", "paid"],
    ["paid", "pending", "paid"],
    ["failed", "cancelled", "failed"],
    ["cancelled", "failed", "cancelled"],
    ["paid", "partially_refunded", "partially_refunded"],
    ["refunded", "partially_refunded", "refunded"],
    ["refunded", "paid", "refunded"],
    ["pending", "refunded", "refunded"],
  ] as const)("%s + provider says %s → %s", (current, provider, expected) => {
    expect(nextPaymentStatus(current, provider)).toBe(expected);
  });
});

describe("findMismatches", () => {
  const ours = { paymentId: "p1", amountCents: 2590, currency: "EUR", live: false, orderReference: "CA-7K4M2QX9" };
  const theirs = { amountCents: 2590, currency: "EUR", ourPaymentId: "p1", ourOrderReference: "CA-7K4M2QX9", live: false };

  it("accepts the payment we made", () => {
    expect(findMismatches(ours, theirs, false)).toEqual([]);
    expect(findMismatches(ours, { ...theirs, ourOrderReference: null }, false)).toEqual([]);
  });

  it.each([
    ["amount", { amountCents: 100 }, /montant/],
    ["currency", { currency: "USD" }, /devise/],
    ["payment id", { ourPaymentId: "p2" }, /identifiant/],
    ["no metadata", { ourPaymentId: null }, /absent/],
    ["order reference", { ourOrderReference: "CA-AAAAAAAA" }, /référence/],
    ["mode", { live: true }, /mode réel/],
  ] as const)("flags a different %s", (_label, change, pattern) => {
    const problems = findMismatches(ours, { ...theirs, ...change }, false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(pattern);
  });

  it("uses the configured mode when the attempt recorded none", () => {
    expect(findMismatches({ ...ours, live: null }, theirs, true)).toHaveLength(1);
    expect(findMismatches({ ...ours, live: null }, theirs, false)).toHaveLength(0);
  });

  it("compares the provider's mode with the shop's, never with the flag the provider gave us (a test payment adopted by a live shop)", () => {
    // Adoption stored the provider's own "test" flag on our attempt: the shop is live all the same.
    const problems = findMismatches({ ...ours, live: false }, { ...theirs, live: false }, true);
    expect(problems).toEqual(["paiement en mode test alors que la boutique est en mode réel"]);
    expect(findMismatches({ ...ours, live: true }, { ...theirs, live: false }, false)).toEqual(["mode du paiement différent de celui de sa création"]);
  });
});

describe("payment links: state and expiry", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  const link = { expiresAt: paymentLinkExpiry(now, 7), usedAt: null };

  it("expires after the configured number of days", () => {
    expect(link.expiresAt.toISOString()).toBe("2026-12-03T10:00:00.000Z");
    expect(paymentLinkState(link, { status: "payment_failed" }, now)).toBe("valid");
    expect(paymentLinkState(link, { status: "payment_failed" }, new Date("2026-12-03T09:59:59Z"))).toBe("valid");
    expect(paymentLinkState(link, { status: "payment_failed" }, new Date("2026-12-03T10:00:00Z"))).toBe("expired");
  });

  it("is single use, and says so before saying it expired", () => {
    expect(paymentLinkState({ ...link, usedAt: now }, { status: "pending_payment" }, new Date("2027-01-01"))).toBe("used");
  });

  it("says the order is paid or cancelled whatever the link", () => {
    expect(paymentLinkState({ ...link, usedAt: now }, { status: "paid" }, now)).toBe("paid");
    expect(paymentLinkState(link, { status: "refunded" }, now)).toBe("paid");
    expect(paymentLinkState(link, { status: "cancelled" }, now)).toBe("cancelled");
  });
});

describe("isAllowedRedirect", () => {
  const hosts = ["secure.payplug.com", "secure-qa.payplug.com"];
  it.each([
    ["https://secure.payplug.com/pay/abc", true],
    ["https://SECURE.payplug.com/pay/abc", true],
    ["http://secure.payplug.com/pay/abc", false],
    ["https://secure.payplug.com.evil.fr/pay/abc", false],
    ["https://evil.fr/?https://secure.payplug.com", false],
    ["https://user:pw@secure.payplug.com/pay", false],
    ["javascript:alert(1)", false],
    ["/pay/abc", false],
    ["", false],
  ])("%s → %s", (url, expected) => {
    expect(isAllowedRedirect(url, hosts, { allowHttp: false })).toBe(expected);
  });
  it("allows http only when told (sandbox on the shop's own host)", () => {
    expect(isAllowedRedirect("http://127.0.0.1:3104/sandbox/payplug/pay/pay_x", ["127.0.0.1:3104"], { allowHttp: true })).toBe(true);
    expect(isAllowedRedirect("http://127.0.0.1:3104/sandbox/payplug/pay/pay_x", ["127.0.0.1:3104"], { allowHttp: false })).toBe(false);
  });
});

describe("receipt wording", () => {
  it("never says refused without a failure", () => {
    expect(receiptResult("pending")).toBe("pending");
    expect(receiptResult("created")).toBe("not_started");
    expect(receiptResult("failed")).toBe("refused");
    expect(receiptResult("cancelled")).toBe("cancelled");
    expect(receiptResult("refunded")).toBe("accepted");
  });
  it("keeps PDF text inside WinAnsi", () => {
    expect(toWinAnsi("25,90\u202f€ •••• 4242 – « oui »")).toBe("25,90 € •••• 4242 – « oui »");
  });
});
