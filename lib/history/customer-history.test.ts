import { describe, expect, it } from "vitest";
import { formatDateFr, formatDateTimeFr } from "@/lib/shared/dates";
import { customerTimeline, describeEventForCustomer, type HistoryEvent } from "./customer-history";

const at = new Date("2026-11-26T13:05:00Z");
const ev = (over: Partial<HistoryEvent>): HistoryEvent => ({ type: "x", fromStatus: null, toStatus: null, data: null, createdAt: at, ...over });

describe("describeEventForCustomer", () => {
  it.each<[Partial<HistoryEvent>, string | null]>([
    [{ type: "order_created", data: { method: "transfer" } }, "Commande passée (paiement par virement)"],
    [{ type: "order_created", data: { method: "cheque" } }, "Commande passée (paiement par chèque)"],
    [{ type: "order_created", data: { method: "paypal" } }, "Commande passée (paiement par PayPal)"],
    [{ type: "status_changed", fromStatus: "awaiting_cheque", toStatus: "paid" }, "Commande payée : nous la préparons"],
    // Technical moves repeat a payment line: the back-office shows them.
    [{ type: "status_changed", fromStatus: "pending_payment", toStatus: "payment_failed" }, null],
    [{ type: "status_changed", fromStatus: "payment_failed", toStatus: "pending_payment" }, null],
    [{ type: "transfer_recorded", data: { amountCents: 1250 } }, "Virement reçu : 12,50 €"],
    [{ type: "cheque_cashed", data: { amountCents: 4200 } }, "Chèque encaissé : 42,00 €"],
    [{ type: "cheque_bounced" }, "Chèque rejeté par la banque"],
    [{ type: "instalment_cheque_received", data: { position: 1, count: 3, amountCents: 40001 } }, "Chèque 1/3 reçu : 400,01 €"],
    [{ type: "instalment_cheque_cashed", data: { position: 1, count: 3, amountCents: 40001 } }, "Chèque 1/3 encaissé : 400,01 €"],
    [{ type: "instalment_cheque_bounced", data: { position: 1, count: 3, amountCents: 40001 } }, "Chèque 1/3 rejeté par la banque : 400,01 €"],
    [{ type: "instalments_rescheduled", data: {} }, "Échéancier de vos chèques modifié (envoyé par e-mail)"],
    [{ type: "payment_paid", data: { from: "pending", to: "paid" } }, "Paiement en ligne accepté"],
    [{ type: "payment_failed", data: { from: "pending", to: "failed" } }, "Paiement refusé par la banque"],
    [{ type: "payment_cancelled", data: { from: "pending", to: "cancelled" } }, "Paiement en ligne annulé"],
    [{ type: "payment_cancelled", data: { failureCode: "superseded" } }, null],
    [{ type: "payment_method_changed", data: { from: "paypal", to: "transfer" } }, "Paiement par virement choisi"],
    [{ type: "payment_started" }, null],
    [{ type: "payment_attempt_created" }, null],
    [{ type: "payment_mismatch", toStatus: "paid" }, null],
    [{ type: "order_links_revoked", data: { version: 1 } }, "Anciens liens de la commande désactivés par notre service client"],
    [{ type: "order_link_sent" }, "Nouveau lien de suivi envoyé par e-mail"],
    [{ type: "order_shipped", data: { shippedOn: "2026-12-04", carrierName: "Chronopost", trackingNumber: "XY1" } }, "Colis expédié le 04/12/2026 par Chronopost"],
    [{ type: "offline_refund_recorded", data: { amountCents: 1240, reference: "RB-1" } }, "Remboursement : 12,40 €"],
    [{ type: "something_new" }, null],
  ])("%j → %s", (event, expected) => {
    expect(describeEventForCustomer(ev(event))?.replace(/\u202f|\u00a0/g, " ") ?? null).toBe(expected);
  });
});

describe("customerTimeline", () => {
  it("a card declined twice then retried and paid reads as four lines, in the customer's words", () => {
    const t = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    const events: HistoryEvent[] = [
      ev({ type: "order_created", data: { method: "card" }, createdAt: t(0), paymentId: "p1" }),
      ev({ type: "payment_start_requested", createdAt: t(0), paymentId: "p1" }),
      ev({ type: "payment_started", createdAt: t(0), paymentId: "p1" }),
      ev({ type: "payment_failed", createdAt: t(1), paymentId: "p1" }),
      ev({ type: "status_changed", fromStatus: "pending_payment", toStatus: "payment_failed", createdAt: t(1) }),
      ev({ type: "status_changed", fromStatus: "payment_failed", toStatus: "pending_payment", createdAt: t(2), paymentId: "p2" }),
      ev({ type: "payment_attempt_created", createdAt: t(2), paymentId: "p2" }),
      ev({ type: "payment_started", createdAt: t(2), paymentId: "p2" }),
      ev({ type: "payment_failed", createdAt: t(3), paymentId: "p2" }),
      ev({ type: "status_changed", fromStatus: "pending_payment", toStatus: "payment_failed", createdAt: t(3) }),
      ev({ type: "payment_attempt_created", createdAt: t(4), paymentId: "p3" }),
      ev({ type: "payment_paid", createdAt: t(5), paymentId: "p3" }),
      ev({ type: "status_changed", fromStatus: "pending_payment", toStatus: "paid", createdAt: t(5) }),
    ];
    const payments = [
      { id: "p1", method: "card" as const },
      { id: "p2", method: "card" as const },
      { id: "p3", method: "paypal" as const },
    ];
    expect(customerTimeline(events, payments)).toEqual([
      { at: t(0), text: "Commande passée (paiement par carte bancaire)" },
      { at: t(3), text: "Paiement refusé par la banque (2 tentatives)" },
      { at: t(5), text: "Paiement PayPal accepté" },
      { at: t(5), text: "Commande payée : nous la préparons" },
    ]);
  });
});

describe("French dates", () => {
  it("formats in Paris time", () => {
    expect(formatDateFr(at)).toBe("26/11/2026");
    expect(formatDateTimeFr(at)).toBe("26/11/2026 14:05");
  });
});
