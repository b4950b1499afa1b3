"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { termsLabel } from "@/lib/billing/payment-terms";
import { formatEur } from "@/lib/shared/money";
import { approveProAccount } from "@/lib/use-cases/pro-accounts";
import { grantedTermsOf, termsForm } from "../pro-forms";

/** « Valider le compte » with its terms (admin only); a second click answers that it is done. */
export const approveAction = formAction({ name: "approve-pro-account", access: "admin", schema: termsForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const granted = grantedTermsOf(input);
  const result = await approveProAccount(await getDb(), { id: user.id, name: user.name }, input.accountId, granted);
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/professionnels", "layout");
  if (result.already) return formSuccess("Ce compte était déjà validé : rien n'a changé.");
  return formSuccess(`Compte validé : ${termsLabel(granted.terms)}, encours ${formatEur(input.creditLimit)}. Le client est prévenu par e-mail.`);
});
