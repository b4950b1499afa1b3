import { describe, expect, it } from "vitest";
import { cancelledBecause, renderOrderCancelledEmail } from "./order-cancelled";

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("cancellation e-mail wording", () => {
  it.each([
    ["à la demande de notre service client", "a été annulée à la demande de notre service client"],
    ["à votre demande", "a été annulée à votre demande"],
    ["nous n'avons pas reçu son paiement dans les 48 heures qui ont suivi", "a été annulée, car nous n'avons pas reçu son paiement dans les 48 heures qui ont suivi"],
    ["faute de paiement.", "a été annulée faute de paiement"],
    ["  ", "a été annulée"],
  ])("%j → %s", (why, expected) => {
    expect(cancelledBecause(why)).toBe(expected);
  });

  it("reads as one natural sentence, in the text and the HTML", () => {
    const mail = renderOrderCancelledEmail({ reference: "CA-ABCDEFGH", customerName: "Jeanne", totalCents: 4580, why: "à la demande de notre service client", shopUrl: "https://boutique.example/" });
    const sentence = "Votre commande CA-ABCDEFGH (45,80 €) a été annulée à la demande de notre service client.";
    expect(nb(mail.text)).toContain(sentence);
    expect(nb(mail.html)).toContain(sentence);
    expect(mail.text).not.toContain("annulée :");
    expect(mail.subject).toBe("Commande CA-ABCDEFGH annulée");
  });
});
