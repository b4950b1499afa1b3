"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { recordChequeForm } from "@/lib/payments/offline-forms";
import { describeSummary } from "@/lib/payments/offline-result";
import { recordCheque } from "@/lib/use-cases/record-offline-payment";

/** "Chèque reçu": the cheque is in hand, not yet cashed. */
export const recordChequeAction = orderFormAction({ name: "record-cheque", access: "admin", schema: recordChequeForm }, async (input, ctx) => {
  const result = await recordCheque(await getDb(), await ctx.user(), {
    orderId: input.orderId,
    amountCents: input.amount,
    receivedOn: input.receivedOn,
    chequeNumber: input.chequeNumber,
  });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/admin/commandes/${result.summary.reference}`);
  return formSuccess(describeSummary("Chèque enregistré : il comptera une fois encaissé.", result.summary));
});
