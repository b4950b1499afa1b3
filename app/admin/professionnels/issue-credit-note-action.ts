"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { creditNoteOutcomeMessage, issueCreditNoteFromForm } from "./credit-note-form-result";
import { creditNoteForm } from "./pro-forms";

/** « Émettre un avoir » on an invoice, from a professional's page or an order's (admin only). */
export const issueCreditNoteAction = formAction({ name: "issue-credit-note", access: "admin", schema: creditNoteForm }, async (input, ctx) => {
  const result = await issueCreditNoteFromForm((await ctx.user())!, input);
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin", "layout");
  return formSuccess(creditNoteOutcomeMessage(result));
});
