import { z } from "zod";
import { INSTALMENT_COUNTS } from "@/lib/billing/instalments";
import { parseEurInput } from "@/lib/shared/money";
import { confirmField, eurAmountField, pastDateField } from "./offline-forms";

/*
 * The back-office forms of an order paid in several cheques (admin order page), as typed by an
 * admin: « Modifier l'échéancier » (a date and an amount per cheque) and « Chèque reçu » (one
 * part's cheque). Only the shape is checked here, each message on its field; the rules (same
 * total, dates in order within 60 days, the amount of the part) are the use case's, under its lock.
 */

const MAX_PARTS = Math.max(...INSTALMENT_COUNTS);
const optionalText = z.string().optional();
const partFields = Object.fromEntries(Array.from({ length: MAX_PARTS }, (_, i) => [[`part${i + 1}Date`, optionalText], [`part${i + 1}Amount`, optionalText]]).flat()) as Record<string, typeof optionalText>;

export const editChequeScheduleForm = z
  .object({
    count: z.coerce.number({ error: "Formulaire incomplet : rechargez la page." }).int("Un échéancier compte de 2 à 4 chèques.").min(Math.min(...INSTALMENT_COUNTS), "Un échéancier compte de 2 à 4 chèques.").max(MAX_PARTS, "Un échéancier compte de 2 à 4 chèques."),
    ...partFields,
    confirm: confirmField,
  })
  .transform((form, ctx) => {
    const values = form as unknown as Record<string, string | undefined>;
    const parts: { dueOn: string; amountCents: number }[] = [];
    for (let i = 1; i <= form.count; i++) {
      const dueOn = (values[`part${i}Date`] ?? "").trim();
      const amount = parseEurInput((values[`part${i}Amount`] ?? "").trim());
      if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) ctx.addIssue({ code: "custom", path: [`part${i}Date`], message: `Chèque ${i} : indiquez la date de dépôt.` });
      if (amount === null) ctx.addIssue({ code: "custom", path: [`part${i}Amount`], message: `Chèque ${i} : montant invalide, écrivez par exemple 400,00.` });
      else if (amount <= 0) ctx.addIssue({ code: "custom", path: [`part${i}Amount`], message: `Chèque ${i} : le montant doit être supérieur à zéro.` });
      parts.push({ dueOn, amountCents: amount ?? 0 });
    }
    return { parts };
  });

export const recordInstalmentChequeForm = z.object({
  instalmentId: z.uuid("Chèque de l'échéancier introuvable : rechargez la page."),
  drawer: z.string({ error: "Indiquez le tireur (le titulaire du compte)." }).trim().min(2, "Indiquez le tireur (le titulaire du compte).").max(120, "120 caractères au plus."),
  bank: z.string({ error: "Indiquez la banque." }).trim().min(2, "Indiquez la banque.").max(80, "80 caractères au plus."),
  chequeNumber: z
    .string({ error: "Indiquez le numéro du chèque." })
    .trim()
    .regex(/^[0-9A-Za-z -]{1,30}$/, "Indiquez le numéro du chèque (chiffres, 30 caractères au plus)."),
  amount: eurAmountField,
  receivedOn: pastDateField("Indiquez la date de réception."),
  confirm: confirmField,
});
