import { describe, expect, it } from "vitest";
import { formatDateTimeFr } from "@/lib/dates";
import { describeEvent, type TimelineEvent } from "./timeline";

const names = new Map([["u1", "Alice Admin"]]);
const base: TimelineEvent = { id: 1, type: "", actorType: "admin", actorId: "u1", fromStatus: null, toStatus: null, reason: null, data: null, createdAt: new Date() };
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("describeEvent", () => {
  it.each([
    [{ type: "order_created", actorType: "customer", actorId: null, data: { method: "transfer" } }, "Commande créée par le client (paiement par virement)"],
    [{ type: "transfer_recorded", data: { amountCents: 1250, bankReference: "VIR-9", receivedOn: "2026-01-15" } }, "Virement reçu 12,50 € (réf. VIR-9) le 15/01/2026 par Alice Admin"],
    [{ type: "status_changed", fromStatus: "awaiting_transfer", toStatus: "paid" }, "Statut : En attente de votre virement → Payée"],
    [{ type: "cheque_received", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque reçu 42,00 € (n° 123) par Alice Admin"],
    [{ type: "cheque_cashed", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque encaissé 42,00 € (n° 123) par Alice Admin"],
    [{ type: "cheque_bounced", reason: "Sans provision", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque impayé 42,00 € (n° 123) : Sans provision — signalé par Alice Admin"],
    [{ type: "payment_refused", actorType: "provider", actorId: "payplug" }, "Événement « payment_refused » par PayPlug"],
    [{ type: "payment_start_requested", actorType: "system", actorId: "checkout", data: { attempt: 1 } }, "Tentative n° 1 : création du paiement demandée au prestataire"],
    [{ type: "payment_started", actorType: "system", data: { provider: "payplug", providerRef: "pay_abc", live: false, attempt: 1 } }, "Tentative n° 1 : paiement créé chez PayPlug (pay_abc), mode test"],
    [{ type: "payment_paid", actorType: "provider", actorId: "payplug", data: { attempt: 2, providerRef: "pay_abc" } }, "Paiement accepté (tentative n° 2, pay_abc) par PayPlug"],
    [{ type: "payment_failed", actorType: "provider", actorId: "payplug", reason: "Votre banque a refusé le paiement.", data: { attempt: 1, providerRef: "pay_x", failureCode: "card_declined" } }, "Paiement refusé (tentative n° 1, pay_x) : Votre banque a refusé le paiement. [card_declined] par PayPlug"],
    [{ type: "payment_attempt_created", actorType: "customer", data: { attempt: 2, method: "card", amountCents: 1890 } }, "Nouvelle tentative n° 2 (carte bancaire, 18,90 €) par le client"],
    [{ type: "overpayment_flagged", actorType: "system", data: { excessCents: 1880 } }, "⚠ Trop-perçu de 18,80 € : à rembourser"],
    [{ type: "payment_link_sent", data: { sentTo: "jeanne@example.fr" } }, "Lien de paiement envoyé à jeanne@example.fr par Alice Admin"],
    [{ type: "stock_restored", actorType: "system", data: { units: 3 } }, "Stock remis en vente (3 articles)"],
    [{ type: "status_changed", actorType: "system", actorId: "auto-cancel", fromStatus: "awaiting_cheque", toStatus: "cancelled", reason: "délai dépassé" }, "Statut : En attente de votre chèque → Annulée (délai dépassé)"],
  ])("%j", (patch, expected) => {
    expect(nb(describeEvent({ ...base, ...patch }, names))).toBe(expected);
  });

  it("formats dates in Paris time", () => {
    expect(formatDateTimeFr(new Date("2026-07-14T10:05:00Z"))).toBe("14/07/2026 12:05");
    expect(formatDateTimeFr(new Date("2026-01-15T23:30:00Z"))).toBe("16/01/2026 00:30");
  });
});
