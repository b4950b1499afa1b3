"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { recordTransferForm } from "@/lib/payments/offline-forms";
import { describeSummary } from "@/lib/payments/offline-result";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";

/** "Virement reçu" (admin only: checked by the wrapper and again in recordTransfer). */
export const recordTransferAction = orderFormAction({ name: "record-transfer", access: "admin", schema: recordTransferForm }, async (input, ctx) => {
  const result = await recordTransfer(await getDb(), await ctx.user(), {
    orderId: input.orderId,
    amountCents: input.amount,
    receivedOn: input.receivedOn,
    bankReference: input.bankReference,
  });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/admin/commandes/${result.summary.reference}`);
  return formSuccess(describeSummary("Virement enregistré.", result.summary));
});
