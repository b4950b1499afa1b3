import { describe, expect, it } from "vitest";
import { ageing, checkAllocations, invoiceStatus, spreadPayment } from "./invoice-status";

describe("invoiceStatus", () => {
  const due = "2026-12-31";
  it("is paid when nothing remains, late the day after the due date, partially paid otherwise", () => {
    expect(invoiceStatus({ totalCents: 1000, paidCents: 1000, dueDate: due }, "2027-03-01")).toBe("paid");
    expect(invoiceStatus({ totalCents: 1000, paidCents: 0, dueDate: due }, "2026-12-31")).toBe("open");
    expect(invoiceStatus({ totalCents: 1000, paidCents: 0, dueDate: due }, "2027-01-01")).toBe("overdue");
    expect(invoiceStatus({ totalCents: 1000, paidCents: 400, dueDate: due }, "2026-12-01")).toBe("partially_paid");
    expect(invoiceStatus({ totalCents: 1000, paidCents: 400, dueDate: due }, "2027-01-01")).toBe("overdue");
  });
});

describe("ageing", () => {
  it("puts what remains of each invoice in its bucket, boundary days included", () => {
    const today = "2026-12-31";
    const a = ageing(
      [
        { totalCents: 100, paidCents: 0, dueDate: "2026-12-31" }, // due today: not due
        { totalCents: 200, paidCents: 50, dueDate: "2026-12-01" }, // 30 days late
        { totalCents: 300, paidCents: 0, dueDate: "2026-11-30" }, // 31
        { totalCents: 400, paidCents: 0, dueDate: "2026-10-02" }, // 90
        { totalCents: 500, paidCents: 0, dueDate: "2026-10-01" }, // 91
        { totalCents: 600, paidCents: 600, dueDate: "2026-01-01" }, // paid: nowhere
      ],
      today,
    );
    expect(a).toEqual({ not_due: 100, "1_30": 150, "31_60": 300, "61_90": 400, over_90: 500, totalCents: 1450, overdueCents: 1350 });
  });
});

describe("checkAllocations", () => {
  const open = [
    { id: "a", number: "F-2026-000001", remainingCents: 5000 },
    { id: "b", number: "F-2026-000002", remainingCents: 1250 },
  ];
  it("accepts partial and full amounts and sums them", () => {
    expect(checkAllocations([{ invoiceId: "a", amountCents: 2000 }, { invoiceId: "b", amountCents: 1250 }], open)).toEqual({ ok: true, totalCents: 3250 });
  });
  it("refuses nothing chosen, an unknown invoice, a duplicate, zero, negative, fractional or excessive amounts", () => {
    expect(checkAllocations([], open).ok).toBe(false);
    expect(checkAllocations([{ invoiceId: "z", amountCents: 1 }], open)).toMatchObject({ ok: false });
    expect(checkAllocations([{ invoiceId: "a", amountCents: 1 }, { invoiceId: "a", amountCents: 1 }], open)).toMatchObject({ ok: false });
    for (const amountCents of [0, -100, 10.5, 5001]) {
      expect(checkAllocations([{ invoiceId: "a", amountCents }], open)).toMatchObject({ ok: false });
    }
    expect(checkAllocations([{ invoiceId: "b", amountCents: 1251 }], open)).toEqual({ ok: false, message: "Le montant pour la facture F-2026-000002 dépasse ce qu'elle doit encore." });
  });
});

describe("spreadPayment", () => {
  it("pays invoices in the order given and keeps the excess as credit", () => {
    const open = [
      { id: "a", number: "1", remainingCents: 1000 },
      { id: "b", number: "2", remainingCents: 500 },
    ];
    expect(spreadPayment(1200, open)).toEqual({ allocations: [{ invoiceId: "a", amountCents: 1000 }, { invoiceId: "b", amountCents: 200 }], creditCents: 0 });
    expect(spreadPayment(2000, open)).toEqual({ allocations: [{ invoiceId: "a", amountCents: 1000 }, { invoiceId: "b", amountCents: 500 }], creditCents: 500 });
  });
});
