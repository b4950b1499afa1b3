"use server";

import { revalidatePath } from "next/cache";
import { formRefusal, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { offlineRefundForm } from "@/lib/payments/offline-refunds";
import { recordOfflineRefund } from "@/lib/use-cases/record-offline-refund";

/**
 * « Enregistrer le remboursement » of a transfer or cheque (admin only: checked by the wrapper and
 * again in recordOfflineRefund, which checks the page's version after the request key).
 */
export const recordOfflineRefundAction = orderFormAction(
  { name: "record-offline-refund", access: "admin", schema: offlineRefundForm, versionCheckedBy: "use-case" },
  async (input, ctx, formData, seen) => {
    const result = await recordOfflineRefund(await getDb(), await ctx.user(), {
      paymentId: input.paymentId,
      amountCents: input.amount,
      method: input.method,
      reference: input.reference,
      requestKey: input.requestKey,
      seenVersion: seen.version,
    });
    if (!result.ok) return formRefusal(result, formValues(formData));
    revalidatePath(`/admin/commandes/${result.reference}`);
    return formSuccess(result.message);
  },
);
