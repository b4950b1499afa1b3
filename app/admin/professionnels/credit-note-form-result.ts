import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatEur } from "@/lib/shared/money";
import { issueCreditNote, type CreditNoteResult } from "@/lib/use-cases/credit-notes";
import type { creditNoteForm } from "./pro-forms";

/*
 * « Émettre un avoir » as both its forms run it (a professional's page, an order's page): the
 * use case called with the form's values, and what the admin reads after it. Not a "use server"
 * module: nothing here is callable from a browser.
 */

export async function issueCreditNoteFromForm(user: Pick<CurrentUser, "id" | "name">, input: z.output<typeof creditNoteForm>): Promise<CreditNoteResult> {
  return issueCreditNote(await getDb(), { id: user.id, name: user.name }, input.invoiceId, {
    ...(input.amountCents === null ? { full: true as const } : { amountCents: input.amountCents }),
    reason: input.reason,
    requestKey: input.requestKey,
  });
}

export function creditNoteOutcomeMessage(result: Extract<CreditNoteResult, { ok: true }>): string {
  const parts = [
    `Avoir ${result.number} de ${formatEur(result.amountCents)} émis${result.already ? " (déjà, au premier clic)" : ""}.`,
    result.allocatedCents > 0 ? `Imputé sur la facture : ${formatEur(result.allocatedCents)}.` : null,
    result.accountCreditCents > 0 ? `Porté au crédit du compte professionnel : ${formatEur(result.accountCreditCents)} (un remboursement, s'il est demandé, se fait à part).` : null,
    result.toRefundCents > 0 ? `À rembourser au client : ${formatEur(result.toRefundCents)} — le remboursement se fait à part (virement, ou depuis le tableau de bord du prestataire).` : null,
    result.orderOutcome === "cancelled" ? "La commande est annulée." : result.orderOutcome === "paid" ? "La commande est soldée." : null,
  ];
  return parts.filter(Boolean).join(" ");
}
