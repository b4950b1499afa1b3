"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { termsLabel } from "@/lib/billing/payment-terms";
import { formatEur } from "@/lib/shared/money";
import { updateProTerms } from "@/lib/use-cases/pro-accounts";
import { grantedTermsOf, termsForm } from "../pro-forms";

/** New terms for an approved account, recorded with the previous ones (admin only). */
export const updateTermsAction = formAction({ name: "update-pro-terms", access: "admin", schema: termsForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const granted = grantedTermsOf(input);
  const result = await updateProTerms(await getDb(), { id: user.id, name: user.name }, input.accountId, granted);
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/professionnels", "layout");
  if (result.already) return formSuccess("Ces conditions sont déjà celles du compte : rien n'a changé.");
  return formSuccess(`Conditions enregistrées : ${termsLabel(granted.terms)}, encours ${formatEur(input.creditLimit)}. Elles valent pour les prochaines factures.`);
});
