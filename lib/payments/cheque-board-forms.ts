import { z } from "zod";
import { confirmField } from "@/lib/payments/offline-forms";

/*
 * The forms of the back-office's cheques page (/admin/cheques) as the browser sends them. A cheque
 * is named « single:<payment id> » or « instalment:<instalment id> »: the two kinds the board lists
 * side by side and the use cases that settle each. Amounts never travel: the slip's total, each
 * cheque's amount, come from the database.
 */

const chequeRef = z
  .string({ error: "Chèque introuvable." })
  .regex(/^(single|instalment):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "Chèque introuvable.")
  .transform((value) => {
    const [kind, id] = value.split(":") as ["single" | "instalment", string];
    return { kind, id };
  });

export const chequeRefValue = (kind: "single" | "instalment", id: string) => `${kind}:${id}`;

export const depositSlipForm = z.object({
  cheques: z.array(chequeRef).min(1, "Sélectionnez au moins un chèque à déposer.").max(500, "500 chèques au plus sur une remise."),
  confirm: confirmField,
});

export const boardChequeForm = z.object({ cheque: chequeRef, confirm: confirmField });

export const bounceBoardChequeForm = z.object({
  cheque: chequeRef,
  reason: z.string({ error: "Indiquez le motif du rejet." }).trim().min(3, "Indiquez le motif du rejet (au moins 3 caractères).").max(300, "300 caractères au plus."),
  confirm: confirmField,
});
