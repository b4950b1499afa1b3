import { describe, expect, it } from "vitest";
import { formatDateFr, formatDateTimeFr } from "@/lib/shared/dates";
import { describeEventForCustomer, type HistoryEvent } from "./customer-history";

const at = new Date("2026-11-26T13:05:00Z");
const ev = (over: Partial<HistoryEvent>): HistoryEvent => ({ type: "x", fromStatus: null, toStatus: null, data: null, createdAt: at, ...over });

describe("describeEventForCustomer", () => {
  it.each<[Partial<HistoryEvent>, string | null]>([
    [{ type: "order_created", data: { method: "transfer" } }, "Commande passée (paiement par virement bancaire)"],
    [{ type: "order_created", data: { method: "cheque" } }, "Commande passée (paiement par chèque)"],
    [{ type: "status_changed", fromStatus: "awaiting_cheque", toStatus: "paid" }, "Statut : Payée"],
    [{ type: "transfer_recorded", data: { amountCents: 1250 } }, "Virement reçu : 12,50 €"],
    [{ type: "cheque_cashed", data: { amountCents: 4200 } }, "Chèque encaissé : 42,00 €"],
    [{ type: "cheque_bounced" }, "Chèque impayé"],
    [{ type: "payment_paid", data: { from: "pending", to: "paid" } }, "Paiement en ligne accepté"],
    [{ type: "payment_failed", data: { from: "pending", to: "failed" } }, "Paiement en ligne refusé"],
    [{ type: "payment_cancelled", data: { from: "pending", to: "cancelled" } }, "Paiement en ligne annulé"],
    [{ type: "payment_mismatch", toStatus: "paid" }, null],
    [{ type: "order_links_revoked", data: { version: 1 } }, "Anciens liens de la commande désactivés par notre service client"],
    [{ type: "order_link_sent" }, "Nouveau lien de suivi envoyé par e-mail"],
    [{ type: "something_new" }, null],
    [{ type: "something_new", toStatus: "cancelled" }, "Statut : Annulée"],
  ])("%j → %s", (event, expected) => {
    expect(describeEventForCustomer(ev(event))?.replace(/\u202f|\u00a0/g, " ") ?? null).toBe(expected);
  });
});

describe("French dates", () => {
  it("formats in Paris time", () => {
    expect(formatDateFr(at)).toBe("26/11/2026");
    expect(formatDateTimeFr(at)).toBe("26/11/2026 14:05");
  });
});
