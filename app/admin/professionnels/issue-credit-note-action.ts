"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { formatEur } from "@/lib/shared/money";
import { issueCreditNote } from "@/lib/use-cases/credit-notes";
import { creditNoteForm } from "./pro-forms";

/** « Émettre un avoir » on an invoice, from a professional's page or an order's (admin only). */
export const issueCreditNoteAction = formAction({ name: "issue-credit-note", access: "admin", schema: creditNoteForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const result = await issueCreditNote(await getDb(), { id: user.id, name: user.name }, input.invoiceId, {
    ...(input.amountCents === null ? { full: true as const } : { amountCents: input.amountCents }),
    reason: input.reason,
    requestKey: input.requestKey,
  });
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin", "layout");
  const parts = [
    `Avoir ${result.number} de ${formatEur(result.amountCents)} émis${result.already ? " (déjà, au premier clic)" : ""}.`,
    result.allocatedCents > 0 ? `Imputé sur la facture : ${formatEur(result.allocatedCents)}.` : null,
    result.accountCreditCents > 0 ? `Porté au crédit du compte professionnel : ${formatEur(result.accountCreditCents)} (un remboursement, s'il est demandé, se fait à part).` : null,
    result.toRefundCents > 0 ? `À rembourser au client : ${formatEur(result.toRefundCents)} — le remboursement se fait à part (virement, ou depuis le tableau de bord du prestataire).` : null,
    result.orderOutcome === "cancelled" ? "La commande est annulée." : result.orderOutcome === "paid" ? "La commande est soldée." : null,
  ];
  return formSuccess(parts.filter(Boolean).join(" "));
});
