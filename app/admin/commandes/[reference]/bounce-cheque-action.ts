"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { bounceChequeForm } from "@/lib/payments/offline-forms";
import { describeSummary } from "@/lib/payments/offline-result";
import { bounceCheque } from "@/lib/use-cases/record-offline-payment";

/** "Chèque impayé". */
export const bounceChequeAction = orderFormAction({ name: "bounce-cheque", access: "admin", schema: bounceChequeForm }, async (input, ctx) => {
  const result = await bounceCheque(await getDb(), await ctx.user(), { paymentId: input.paymentId, reason: input.reason });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/admin/commandes/${result.summary.reference}`);
  return formSuccess(describeSummary("Chèque marqué impayé.", result.summary));
});
