import { describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { chequeInstructions, transferInstructions } from "@/lib/payments/offline-instructions";
import { renderOrderConfirmation, type OrderConfirmationInput } from "./order-confirmation";

const base: OrderConfirmationInput = {
  reference: "CA-ABCDEFGH",
  customerName: "Jeanne <Martin>",
  orderUrl: "https://boutique.example/commandes/CA-ABCDEFGH?t=tok&x=1",
  lines: [{ name: "Savon & co", quantity: 2, lineTotalCents: 1300 }],
  itemsCents: 1300,
  shippingCents: 590,
  totalCents: 1890,
  vatCents: 315,
  paymentMethodLabel: "Virement bancaire",
  instructions: null,
  placedAt: new Date("2026-11-26T13:05:00Z"),
  shippingAddress: { firstName: "Jeanne", lastName: "<Martin>", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" },
  billingAddress: { firstName: "Jeanne", lastName: "Martin", company: "Atelier & Fils", line1: "8 quai Saint-Antoine", postalCode: "69002", city: "Lyon", country: "FR" },
};
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("renderOrderConfirmation", () => {
  it("gives the transfer details in text and HTML", () => {
    const mail = renderOrderConfirmation({ ...base, instructions: transferInstructions({ reference: base.reference, amountCents: 1890 }) });
    expect(mail.subject).toBe("Votre commande CA-ABCDEFGH");
    const text = plain(mail.text);
    expect(text).toContain("Montant exact : 18,90 €");
    expect(text).toContain("IBAN : FR76 3000 6000 0112 3456 7890 189");
    expect(text).toContain("Référence à indiquer sur le virement : CA-ABCDEFGH");
    expect(text).toContain(base.orderUrl);
    expect(mail.html).toContain("FR76 3000 6000 0112 3456 7890 189");
  });

  it("gives the cheque details", () => {
    const mail = renderOrderConfirmation({ ...base, paymentMethodLabel: "Chèque", instructions: chequeInstructions({ reference: base.reference, amountCents: 1890 }) });
    const text = plain(mail.text);
    expect(text).toMatch(/chèque de 18,90 € à l'ordre de .+, à l'adresse/);
    expect(text).toContain("Écrivez la référence CA-ABCDEFGH au dos du chèque.");
    expect(text).toContain("une fois le chèque encaissé");
  });

  it("escapes what customers typed and what products are called", () => {
    const mail = renderOrderConfirmation(base);
    expect(mail.html).not.toContain("<Martin>");
    expect(mail.html).toContain("Jeanne &lt;Martin&gt;");
    expect(mail.html).toContain("Savon &amp; co");
    expect(mail.html).toContain('href="https://boutique.example/commandes/CA-ABCDEFGH?t=tok&amp;x=1"');
    expect(mail.text).toContain("Jeanne <Martin>");
  });

  it("says when shipping is free", () => {
    expect(renderOrderConfirmation({ ...base, shippingCents: 0, totalCents: 1300 }).text).toContain("Livraison : Offerte");
  });

  it("gives the addresses and the legal mentions, with the seller's identity in the footer", () => {
    const mail = renderOrderConfirmation(base);
    const text = plain(mail.text);
    expect(text).toContain("Merci pour votre commande CA-ABCDEFGH du 26/11/2026.");
    expect(text).toMatch(/Adresse de livraison :\n {2}Jeanne <Martin>\n {2}1 rue de la Paix\n {2}75002 Paris\n {2}France/);
    expect(text).toMatch(/Adresse de facturation :\n {2}Jeanne Martin\n {2}Atelier & Fils\n {2}8 quai Saint-Antoine\n {2}69002 Lyon/);
    expect(mail.html).toContain("Atelier &amp; Fils");
    expect(text).toContain(`Conditions générales de vente : ${env.appUrl}/cgv`);
    expect(text).toContain("droit de rétractation");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(`SIRET ${env.merchant.siret}`);
      expect(part).toContain(`TVA ${env.merchant.vatNumber}`);
      expect(part).toContain(env.merchant.legalName);
    }
  });

  it("for a paid online order: the accepted payment, the receipt link and no payment instructions", () => {
    const mail = renderOrderConfirmation({
      ...base,
      paymentMethodLabel: "Carte bancaire (paiement sécurisé PayPlug)",
      payment: {
        amountCents: 1890,
        methodLabel: "Carte bancaire (paiement sécurisé PayPlug)",
        cardLine: "Visa •••• 4242",
        transactionId: "pay_123",
        paidAt: new Date("2026-11-26T13:07:00Z"),
        receiptUrl: "https://boutique.example/commandes/CA-ABCDEFGH/recu?t=sig",
      },
    });
    expect(mail.subject).toBe("Commande CA-ABCDEFGH confirmée – paiement accepté");
    const text = plain(mail.text);
    expect(text).toContain("Votre paiement de 18,90 € a été accepté : votre commande CA-ABCDEFGH du 26/11/2026 est confirmée.");
    expect(text).toContain("Carte : Visa •••• 4242");
    expect(text).toContain("N° de transaction : pay_123");
    expect(text).toContain("Date : 26/11/2026 14:07");
    expect(text).toContain("Résultat : Transaction acceptée");
    expect(text).toContain("https://boutique.example/commandes/CA-ABCDEFGH/recu?t=sig");
    expect(text).toContain(base.orderUrl);
    expect(mail.html).toContain('href="https://boutique.example/commandes/CA-ABCDEFGH/recu?t=sig"');
    expect(text).not.toContain("IBAN");
  });
});
