import { describe, expect, it } from "vitest";
import { todayInParis } from "@/lib/shared/dates";
import { bounceChequeForm, recordChequeForm, recordTransferForm } from "./offline-forms";

const orderId = "0b6c9a4e-8f1d-4c7e-9a2b-3d4e5f6a7b8c";
const good = { orderId, amount: "12,50", receivedOn: "2026-01-15", bankReference: "VIR-1", confirm: "oui" };

function firstError(result: ReturnType<typeof recordTransferForm.safeParse>, field: string): string | undefined {
  return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
}

describe("back-office payment forms", () => {
  it("turns a typed amount into cents", () => {
    expect(recordTransferForm.parse(good).amount).toBe(1250);
    expect(recordTransferForm.parse({ ...good, amount: " 1 234,5 € " }).amount).toBe(123450);
  });

  it.each([
    ["amount", "abc", "Montant invalide : écrivez par exemple 12,50."],
    ["amount", "", "Indiquez le montant."],
    ["amount", "0", "Le montant doit être supérieur à zéro."],
    ["amount", "-5", "Montant invalide : écrivez par exemple 12,50."],
    ["amount", "12,345", "Montant invalide : écrivez par exemple 12,50."],
    ["receivedOn", "2026-02-30", "Cette date n'existe pas."],
    ["receivedOn", "2999-01-01", "La date ne peut pas être dans le futur."],
    ["receivedOn", "15/01/2026", "Indiquez la date de réception."],
    ["bankReference", "  ", "Indiquez la référence bancaire."],
    ["confirm", undefined, "Cochez la case pour confirmer."],
    ["orderId", "CA-123", "Commande introuvable."],
  ])("%s = %j → %s", (field, value, message) => {
    expect(firstError(recordTransferForm.safeParse({ ...good, [field]: value }), field)).toBe(message);
  });

  it("accepts today in Paris, and checks cheque numbers and bounce reasons", () => {
    expect(recordTransferForm.safeParse({ ...good, receivedOn: todayInParis() }).success).toBe(true);
    expect(recordChequeForm.safeParse({ orderId, amount: "42", receivedOn: "2026-01-15", chequeNumber: "0012345", confirm: "oui" }).success).toBe(true);
    expect(recordChequeForm.safeParse({ orderId, amount: "42", receivedOn: "2026-01-15", chequeNumber: "<script>", confirm: "oui" }).success).toBe(false);
    expect(bounceChequeForm.safeParse({ paymentId: orderId, reason: "", confirm: "oui" }).success).toBe(false);
  });
});
