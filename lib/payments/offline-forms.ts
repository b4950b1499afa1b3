import { z } from "zod";
import { todayInParis } from "@/lib/shared/dates";
import { parseEurInput } from "@/lib/shared/money";

/*
 * The back-office payment forms, as typed by an admin: amounts like "12,50", dates from
 * <input type="date">, and a required confirmation box. French messages, one per field.
 */

export const eurAmountField = z
  .string({ error: "Indiquez le montant." })
  .trim()
  .min(1, "Indiquez le montant.")
  .transform((value, ctx) => {
    const cents = parseEurInput(value);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: "Montant invalide : écrivez par exemple 12,50." });
      return z.NEVER;
    }
    if (cents <= 0) {
      ctx.addIssue({ code: "custom", message: "Le montant doit être supérieur à zéro." });
      return z.NEVER;
    }
    return cents;
  });

/** A day from <input type="date">, today or before; `missing` says which date to fill in. */
export const pastDateField = (missing: string) =>
  z
    .string({ error: missing })
    .regex(/^\d{4}-\d{2}-\d{2}$/, missing)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Cette date n'existe pas.")
    .refine((v) => v <= todayInParis(), "La date ne peut pas être dans le futur.")
    .refine((v) => v >= "2000-01-01", "Cette date est trop ancienne.");

const receivedOn = pastDateField("Indiquez la date de réception.");

export const confirmField = z.literal("oui", { error: "Cochez la case pour confirmer." });
const orderId = z.uuid("Commande introuvable.");

export const recordTransferForm = z.object({
  orderId,
  amount: eurAmountField,
  receivedOn,
  bankReference: z.string({ error: "Indiquez la référence bancaire." }).trim().min(1, "Indiquez la référence bancaire.").max(140, "140 caractères au plus."),
  confirm: confirmField,
});
export type RecordTransferInput = { orderId: string; amountCents: number; receivedOn: string; bankReference: string };

export const recordChequeForm = z.object({
  orderId,
  amount: eurAmountField,
  receivedOn,
  chequeNumber: z
    .string({ error: "Indiquez le numéro du chèque." })
    .trim()
    .regex(/^[0-9A-Za-z -]{1,30}$/, "Indiquez le numéro du chèque (chiffres, 30 caractères au plus)."),
  confirm: confirmField,
});
export type RecordChequeInput = { orderId: string; amountCents: number; receivedOn: string; chequeNumber: string };

export const cashChequeForm = z.object({ paymentId: z.uuid("Paiement introuvable."), confirm: confirmField });
export const bounceChequeForm = z.object({
  paymentId: z.uuid("Paiement introuvable."),
  reason: z.string({ error: "Indiquez le motif du rejet." }).trim().min(1, "Indiquez le motif du rejet.").max(300, "300 caractères au plus."),
  confirm: confirmField,
});
