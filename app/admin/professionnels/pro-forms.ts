import { z } from "zod";
import { checkTerms, LEGAL_MAX_DAYS } from "@/lib/billing/payment-terms";
import { recordTransferForm } from "@/lib/payments/offline-forms";
import { parseEurInput } from "@/lib/shared/money";

/*
 * The back-office's professional forms as an admin types them: euros like "1 500,00", days as a
 * whole number, a confirmation box ticked. French messages, each on its field; the use cases
 * check everything again (terms caps, amounts against what invoices owe).
 */

const { amount, receivedOn, confirm } = recordTransferForm.shape;

const accountId = z.uuid("Compte professionnel introuvable.");

const euros = z
  .string({ error: "Indiquez un montant en euros." })
  .trim()
  .transform((value, ctx) => {
    const cents = value === "" ? 0 : parseEurInput(value);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: "Montant invalide : écrivez par exemple 1 500,00." });
      return z.NEVER;
    }
    return cents;
  });

const reason = (what: string) =>
  z
    .string({ error: `Indiquez ${what}.` })
    .trim()
    .min(3, `Indiquez ${what} (3 caractères au moins).`)
    .max(500, "500 caractères au plus.");

export const termsForm = z
  .object({
    accountId,
    termsKind: z.enum(["net", "net_eom"], { error: "Choisissez le type de délai." }),
    termsDays: z
      .string({ error: "Indiquez le délai en jours." })
      .trim()
      .regex(/^\d{1,3}$/, "Indiquez le délai en nombre entier de jours.")
      .transform(Number),
    creditLimit: euros,
    chequeInstalments: z.literal("oui").optional(),
    confirm,
  })
  .superRefine((v, ctx) => {
    const check = checkTerms({ kind: v.termsKind, days: v.termsDays });
    if (!check.ok) ctx.addIssue({ code: "custom", path: ["termsDays"], message: check.message });
  });

/** The terms form as the use cases take them (approveProAccount, updateProTerms). */
export function grantedTermsOf(input: z.output<typeof termsForm>) {
  return { terms: { kind: input.termsKind, days: input.termsDays }, creditLimitCents: input.creditLimit, chequeInstalmentsAllowed: input.chequeInstalments === "oui" };
}

export const TERMS_HINTS = {
  net: `De 0 à ${LEGAL_MAX_DAYS.net} jours à compter de la date de facture (Code de commerce, art. L441-10).`,
  net_eom: `De 0 à ${LEGAL_MAX_DAYS.net_eom} jours fin de mois, si le contrat le prévoit expressément (art. L441-10).`,
} as const;

export const rejectForm = z.object({ accountId, reason: reason("le motif du refus, envoyé au client"), confirm });

export const holdForm = z
  .object({
    accountId,
    hold: z.enum(["suspendre", "retablir"], { error: "Action inconnue." }),
    reason: z.string().trim().max(500, "500 caractères au plus.").default(""),
    confirm,
  })
  .superRefine((v, ctx) => {
    if (v.hold === "suspendre" && v.reason.length < 3) ctx.addIssue({ code: "custom", path: ["reason"], message: "Indiquez le motif de la suspension : il est envoyé au client." });
  });

/** One amount per invoice, typed by the admin; empty counts as nothing for that invoice. */
export const allocationsField = z.array(z.object({ invoiceId: z.uuid("Facture introuvable."), amount: z.string() })).max(500);

export const recordPaymentForm = z.object({
  accountId,
  method: z.enum(["transfer", "cheque"], { error: "Choisissez virement ou chèque." }),
  amount,
  reference: z.string({ error: "Indiquez la référence." }).trim().min(2, "Indiquez la référence du virement ou le numéro du chèque.").max(140, "140 caractères au plus."),
  receivedOn,
  allocations: allocationsField,
  confirm,
});

/** The per-invoice amounts of the payment form: fields named "alloc-<invoice id>". */
export function readAllocations(formData: FormData): { invoiceId: string; amount: string }[] {
  const out: { invoiceId: string; amount: string }[] = [];
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("alloc-") && typeof value === "string") out.push({ invoiceId: key.slice("alloc-".length), amount: value });
  }
  return out;
}

export const creditNoteForm = z
  .object({
    invoiceId: z.uuid("Facture introuvable."),
    mode: z.enum(["full", "partial"], { error: "Choisissez un avoir total ou partiel." }),
    amount: z.string().trim().default(""),
    reason: reason("le motif de l'avoir, imprimé sur le document"),
    requestKey: z.string().min(16).max(100),
    confirm,
  })
  .transform((v, ctx) => {
    if (v.mode === "full") return { ...v, amountCents: null };
    const cents = parseEurInput(v.amount);
    if (cents === null || cents <= 0) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: cents === null ? "Montant invalide : écrivez par exemple 12,50." : "Le montant doit être supérieur à zéro." });
      return z.NEVER;
    }
    return { ...v, amountCents: cents };
  });

/** Credit paid back to a pro (made outside the shop), recorded so it cannot also pay invoices. */
export const refundCreditForm = z.object({
  accountId,
  amount,
  method: z.enum(["transfer", "cheque"], { error: "Choisissez virement ou chèque." }),
  reference: z.string({ error: "Indiquez la référence du virement ou le numéro du chèque." }).trim().min(2, "Indiquez la référence du virement ou le numéro du chèque.").max(100, "100 caractères au plus."),
  paidOn: receivedOn,
  confirm,
});
