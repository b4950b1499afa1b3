import { describe, expect, it } from "vitest";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { describeEvent, type TimelineEvent } from "./admin-timeline";

const names = new Map([["u1", "Alice Admin"]]);
const base: TimelineEvent = { id: 1, type: "", actorType: "admin", actorId: "u1", fromStatus: null, toStatus: null, reason: null, data: null, createdAt: new Date() };
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("describeEvent", () => {
  it.each([
    [{ type: "order_created", actorType: "customer", actorId: null, data: { method: "transfer" } }, "Commande créée par le client (paiement par virement)"],
    [{ type: "transfer_recorded", data: { amountCents: 1250, bankReference: "VIR-9", receivedOn: "2026-01-15" } }, "Virement reçu 12,50 € le 15/01/2026 par Alice Admin — réf. VIR-9"],
    [{ type: "status_changed", fromStatus: "awaiting_transfer", toStatus: "paid" }, "Statut : Virement attendu → Payée"],
    [{ type: "cheque_received", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque reçu 42,00 € (n° 123) par Alice Admin"],
    [{ type: "cheque_cashed", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque encaissé 42,00 € (n° 123) par Alice Admin"],
    [{ type: "cheque_bounced", reason: "Sans provision", data: { amountCents: 4200, chequeNumber: "123" } }, "Chèque impayé 42,00 € (n° 123) signalé par Alice Admin : Sans provision"],
    [{ type: "instalments_rescheduled", data: { after: [{ dueOn: "2026-12-05", amountCents: 40001 }, { dueOn: "2027-01-04", amountCents: 40000 }] } }, "Échéancier des chèques modifié par Alice Admin : 400,01 € le 05/12/2026, 400,00 € le 04/01/2027"],
    [{ type: "instalment_cheque_received", data: { position: 2, count: 3, amountCents: 40000, chequeNumber: "0042", drawer: "Paul Martin", bank: "LCL", receivedOn: "2026-12-06" } }, "Chèque 2/3 reçu 400,00 € (n° 0042, Paul Martin, LCL) le 06/12/2026 par Alice Admin"],
    [{ type: "instalment_cheque_cashed", data: { position: 2, count: 3, amountCents: 40000, chequeNumber: "0042" } }, "Chèque 2/3 encaissé 400,00 € (n° 0042) par Alice Admin"],
    [{ type: "instalment_cheque_bounced", reason: "Sans provision", data: { position: 2, count: 3, amountCents: 40000, chequeNumber: "0042" } }, "Chèque 2/3 impayé 400,00 € (n° 0042) signalé par Alice Admin : Sans provision"],
    [{ type: "payment_refused", actorType: "provider", actorId: "payplug" }, "Événement « payment_refused » par PayPlug"],
    [{ type: "payment_start_requested", actorType: "system", actorId: "checkout", data: { attempt: 1 } }, "Tentative n° 1 : création du paiement demandée au prestataire"],
    [{ type: "payment_started", actorType: "system", data: { provider: "payplug", providerRef: "pay_abc", live: false, attempt: 1 } }, "Tentative n° 1 : paiement créé chez PayPlug, mode test — réf. pay_abc"],
    [{ type: "payment_paid", actorType: "provider", actorId: "payplug", data: { attempt: 2, providerRef: "pay_abc" } }, "Paiement accepté (tentative n° 2) par PayPlug — réf. pay_abc"],
    [{ type: "payment_failed", actorType: "provider", actorId: "payplug", reason: "Votre banque a refusé le paiement.", data: { attempt: 1, providerRef: "pay_x", failureCode: "card_declined" } }, "Paiement refusé (tentative n° 1) par PayPlug : Votre banque a refusé le paiement — réf. pay_x"],
    [{ type: "payment_attempt_created", actorType: "customer", data: { attempt: 2, method: "card", amountCents: 1890 } }, "Nouvelle tentative n° 2 (carte bancaire, 18,90 €) par le client"],
    [{ type: "overpayment_flagged", actorType: "system", data: { excessCents: 1880 } }, "⚠ Trop-perçu de 18,80 € : à rembourser"],
    [{ type: "payment_link_sent", data: { sentTo: "jeanne@example.fr" } }, "Lien de paiement envoyé à jeanne@example.fr par Alice Admin"],
    [{ type: "email_resent", data: { sentTo: "jeanne@example.fr", subject: "Votre commande CA-7K4M2QX9" } }, "Courriel « Votre commande CA-7K4M2QX9 » renvoyé à jeanne@example.fr par Alice Admin (nouvelle copie)"],
    [{ type: "stock_restored", actorType: "system", data: { units: 3 } }, "Stock remis en vente (3 articles)"],
    [
      { type: "payment_reminder_sent", actorType: "system", data: { method: "transfer", sentTo: "jeanne@example.fr", cancelAfter: "2026-12-18T10:00:00.000Z" } },
      "Rappel de paiement envoyé à jeanne@example.fr automatiquement, annulation prévue après le 18/12/2026",
    ],
    [{ type: "status_changed", actorType: "system", actorId: "auto-cancel", fromStatus: "awaiting_cheque", toStatus: "cancelled", reason: "délai dépassé" }, "Statut : Chèque attendu → Annulée — délai dépassé"],
    // The retry's reason has its own parentheses: no "(… (n° 2))".
    [{ type: "status_changed", actorType: "customer", fromStatus: "payment_failed", toStatus: "pending_payment", reason: "Nouvelle tentative de paiement (n° 2)" }, "Statut : Paiement échoué → Paiement en cours — Nouvelle tentative de paiement (n° 2)"],
    [{ type: "status_changed", actorType: "provider", actorId: "payplug", fromStatus: "pending_payment", toStatus: "payment_failed", reason: "Votre banque a refusé le paiement." }, "Statut : Paiement en cours → Paiement échoué — Votre banque a refusé le paiement"],
    [{ type: "payment_cancelled", actorType: "customer", reason: "Paiement abandonné sur la page PayPlug.", data: { attempt: 3, providerRef: "pay_c" } }, "Paiement annulé (tentative n° 3) par le client : Paiement abandonné sur la page PayPlug — réf. pay_c"],
    [{ type: "payment_paid", actorType: "provider", actorId: "paypal", data: { providerRef: "5O190127TN364715T" } }, "Paiement accepté par PayPal — réf. 5O190127TN364715T"],
    [{ type: "payment_mismatch", actorType: "provider", actorId: "payplug", reason: "montant 1,00 € au lieu de 12,50 €", data: { providerRef: "pay_m" } }, "⚠ Paiement non conforme, non pris en compte : montant 1,00 € au lieu de 12,50 €. À vérifier — réf. pay_m"],
    [{ type: "status_changed", fromStatus: "awaiting_cheque", toStatus: "on_account" }, "Statut : Chèque attendu → Sur compte"],
    [
      { type: "payment_disputed", actorType: "provider", actorId: "paypal", data: { provider: "paypal", disputeId: "PP-D-27803", status: "open", disputeReason: "not_received", amountCents: 2500 } },
      "⚠ Litige PayPal ouvert : article ou service non reçu, 25,00 €. À traiter depuis le tableau de bord du prestataire avant toute expédition — réf. PP-D-27803",
    ],
    [
      { type: "payment_disputed", actorType: "provider", actorId: "paypal", data: { provider: "paypal", disputeId: "PP-D-27803", status: "waiting_for_seller", disputeReason: "unauthorised", amountCents: null } },
      "⚠ Litige PayPal en attente de votre réponse : paiement non autorisé par le titulaire du compte. À traiter depuis le tableau de bord du prestataire avant toute expédition — réf. PP-D-27803",
    ],
    [{ type: "payment_dispute_resolved", actorType: "provider", actorId: "paypal", data: { provider: "paypal", disputeId: "PP-D-27803", status: "resolved", outcome: "seller_favour" } }, "Litige PayPal clos : tranché en faveur de la boutique — réf. PP-D-27803"],
    [{ type: "payment_dispute_resolved", actorType: "provider", actorId: "paypal", data: { provider: "paypal", disputeId: "PP-D-1", status: "resolved", outcome: null } }, "Litige PayPal clos : issue non précisée par PayPal — réf. PP-D-1"],
    [{ type: "order_links_revoked", data: { version: 1, paymentLinksClosed: 0 } }, "Liens envoyés au client révoqués par Alice Admin : ils n'ouvrent plus la commande"],
    [{ type: "order_links_revoked", data: { version: 2, paymentLinksClosed: 2 } }, "Liens envoyés au client révoqués (dont 2 liens de paiement) par Alice Admin : ils n'ouvrent plus la commande"],
    [{ type: "order_link_sent", actorType: "customer", actorId: null, data: { sentTo: "jeanne@example.fr" } }, "Nouveau lien de suivi envoyé à jeanne@example.fr par le client, l'ancien ayant expiré"],
    [
      { type: "invoice_issued", actorType: "system", actorId: "invoices", data: { number: "F-2026-000007", mode: "on_account", totalCents: 13000, dueDate: "2027-01-03" } },
      "Facture F-2026-000007 émise (paiement à 30 jours) : 130,00 €, échéance le 03/01/2027",
    ],
    [{ type: "invoice_issued", actorType: "system", actorId: "invoices", data: { number: "F-2026-000008", mode: "settled", totalCents: 2590, dueDate: null } }, "Facture F-2026-000008 émise (acquittée) : 25,90 €"],
    [
      { type: "credit_note_issued", reason: "Avoir A-2026-000001 de 10,00 € sur la facture F-2026-000007 : geste commercial", data: { number: "A-2026-000001" } },
      "Avoir A-2026-000001 de 10,00 € sur la facture F-2026-000007 : geste commercial par Alice Admin",
    ],
    [
      { type: "order_shipped", reason: "Colis n° 2 expédié le 04/12/2026 par DPD (suivi 250012345678)", data: { parcel: 2, shippedOn: "2026-12-04" } },
      "Colis n° 2 expédié le 04/12/2026 par DPD (suivi 250012345678) — enregistré par Alice Admin",
    ],
    [{ type: "offline_refund_recorded", data: { amountCents: 1240, method: "transfer", reference: "RB-42" } }, "Remboursement 12,40 € par virement enregistré par Alice Admin — réf. RB-42"],
    [{ type: "offline_refund_recorded", data: { amountCents: 500, method: "cheque", reference: "0001234" } }, "Remboursement 5,00 € par chèque n° 0001234 enregistré par Alice Admin"],
    [
      { type: "payment_refund_recorded", data: { offline: true, amountCents: 1240, method: "transfer", reference: "RB-43" } },
      "Remboursement 12,40 € par virement enregistré par Alice Admin — réf. RB-43",
    ],
    [{ type: "payment_refund_recorded", data: { offline: true, amountCents: 500, method: "cheque", reference: "0001235" } }, "Remboursement 5,00 € par chèque n° 0001235 enregistré par Alice Admin"],
    [{ type: "payment_refund_recorded", data: { providerRef: "pay_1", amountCents: 500, reference: "ignored" } }, "Remboursement 5,00 € enregistré par Alice Admin"],
  ])("%j", (patch, expected) => {
    expect(nb(describeEvent({ ...base, ...patch }, names))).toBe(expected);
  });

  it("never prints a raw failure code, and never nests parentheses", () => {
    const text = describeEvent(
      { ...base, type: "payment_failed", actorType: "provider", actorId: "payplug", reason: "Fonds insuffisants (carte).", data: { attempt: 2, providerRef: "pay_y", failureCode: "insufficient_funds" } },
      names,
    );
    expect(text).not.toContain("insufficient_funds");
    expect(text).not.toMatch(/\[[a-z_]+\]/);
    expect(text).not.toMatch(/\([^()]*\(/);
    expect(text.endsWith("— réf. pay_y")).toBe(true);
  });

  it("keeps the no-break space inside amounts", () => {
    expect(describeEvent({ ...base, type: "cheque_cashed", data: { amountCents: 4200 } }, names)).toMatch(/42,00[\u00a0\u202f]€/);
  });

  it("formats dates in Paris time", () => {
    expect(formatDateTimeFr(new Date("2026-07-14T10:05:00Z"))).toBe("14/07/2026 12:05");
    expect(formatDateTimeFr(new Date("2026-01-15T23:30:00Z"))).toBe("16/01/2026 00:30");
  });
});
