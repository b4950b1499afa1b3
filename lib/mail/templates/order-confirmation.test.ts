import { describe, expect, it } from "vitest";
import { chequeInstructions, transferInstructions } from "@/lib/payments/offline/instructions";
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
    expect(renderOrderConfirmation({ ...base, shippingCents: 0, totalCents: 1300 }).text).toContain("Livraison : offerte");
  });
});
