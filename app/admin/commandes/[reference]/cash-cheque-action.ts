"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { cashChequeForm } from "@/lib/payments/offline-forms";
import { describeSummary } from "@/lib/payments/offline-result";
import { cashCheque } from "@/lib/use-cases/record-offline-payment";

/** "Chèque encaissé". */
export const cashChequeAction = orderFormAction({ name: "cash-cheque", access: "admin", schema: cashChequeForm }, async (input, ctx) => {
  const result = await cashCheque(await getDb(), await ctx.user(), { paymentId: input.paymentId });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/admin/commandes/${result.summary.reference}`);
  return formSuccess(describeSummary("Chèque encaissé.", result.summary));
});
