"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { creditNoteOutcomeMessage, issueCreditNoteFromForm } from "../../professionnels/credit-note-form-result";
import { creditNoteForm } from "../../professionnels/pro-forms";

/** « Émettre un avoir » from an order's page: the same as a professional's page, refused on a stale page. */
export const issueOrderCreditNoteAction = orderFormAction({ name: "issue-order-credit-note", access: "admin", schema: creditNoteForm }, async (input, ctx) => {
  const result = await issueCreditNoteFromForm((await ctx.user())!, input);
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin", "layout");
  return formSuccess(creditNoteOutcomeMessage(result));
});
