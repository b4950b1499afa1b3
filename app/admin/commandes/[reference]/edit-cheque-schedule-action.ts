"use server";

import { revalidatePath } from "next/cache";
import { formRefusal, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { editChequeScheduleForm } from "@/lib/payments/cheque-schedule-forms";
import { editChequeSchedule } from "@/lib/use-cases/instalment-cheques";

/**
 * « Modifier l'échéancier » (admin only: checked by the wrapper and again in the use case), on the
 * order the page showed: a stale page is refused by the wrapper; the same schedule sent twice is
 * answered « inchangé » by the use case.
 */
export const editChequeScheduleAction = orderFormAction({ name: "edit-cheque-schedule", access: "admin", schema: editChequeScheduleForm }, async (input, ctx, formData, seen) => {
  const result = await editChequeSchedule(await getDb(), await ctx.user(), { orderId: seen.orderId, parts: input.parts });
  if (!result.ok) return formRefusal(result, formValues(formData));
  if (result.orderReference) revalidatePath(`/admin/commandes/${result.orderReference}`);
  return formSuccess(result.message);
});
