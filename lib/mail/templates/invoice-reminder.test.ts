import { describe, expect, it } from "vitest";
import { latePenaltyMention, RECOVERY_INDEMNITY_MENTION } from "@/lib/billing/legal-mentions";
import { renderInvoiceReminderEmail, type InvoiceReminderInput, type ReminderAudience } from "./invoice-reminder";

const base = (audience: ReminderAudience, tone: InvoiceReminderInput["tone"] = "dunning_2"): InvoiceReminderInput => ({
  tone,
  audience,
  shopName: "Savonnerie",
  greeting: "Bonjour Paul,",
  signature: "L'équipe Savonnerie",
  invoice: { number: "F-2026-000012", dueDate: "30/11/2026", remaining: "120,00 €", daysLate: 15 },
  statement: [{ number: "F-2026-000012", issueDate: "31/10/2026", dueDate: "30/11/2026", total: "150,00 €", remaining: "120,00 €", late: true }],
  totalDue: "120,00 €",
  payUrl: "https://boutique.example/pro#pay-title",
});

const pro: ReminderAudience = { kind: "professional", latePenaltyMention: latePenaltyMention(null), recoveryIndemnityMention: RECOVERY_INDEMNITY_MENTION };

describe("renderInvoiceReminderEmail", () => {
  it("gives a professional the statement, the link, the penalty and the 40 € indemnity", () => {
    const mail = renderInvoiceReminderEmail(base(pro));
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("F-2026-000012");
      expect(part).toContain("120,00 €");
      expect(part).toContain("https://boutique.example/pro#pay-title");
      expect(part).toContain("40 €");
      expect(part).toContain("pénalités");
    }
  });

  it("never tells a consumer of penalties or the indemnity", () => {
    for (const tone of ["courtesy", "dunning_1", "dunning_2", "dunning_3"] as const) {
      const mail = renderInvoiceReminderEmail(base({ kind: "consumer" }, tone));
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/pénalit|indemnit|40 €|L441/i);
      }
      expect(mail.text).toContain("Régler en ligne");
    }
  });

  it("rises in tone from courtesy to the last reminder", () => {
    expect(renderInvoiceReminderEmail(base(pro, "courtesy")).subject).toMatch(/^Rappel/);
    expect(renderInvoiceReminderEmail(base(pro, "dunning_3")).subject).toMatch(/^Dernière relance/);
    expect(renderInvoiceReminderEmail(base(pro, "dunning_3")).text).toContain("suspendu");
  });
});
