"use server";

import { revalidatePath } from "next/cache";
import { formError, formRefusal, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { STALE_ORDER_MESSAGE } from "@/lib/orders/order-version";
import { recordInstalmentChequeForm } from "@/lib/payments/cheque-schedule-forms";
import { chequePlanOf, recordInstalmentCheque } from "@/lib/use-cases/instalment-cheques";

/**
 * « Chèque reçu » for one part of the schedule (admin only: checked by the wrapper and again in
 * the use case). The part must belong to the order the page showed, at the version it showed;
 * the same cheque sent twice is answered « déjà enregistré » by the use case.
 */
export const recordInstalmentChequeAction = orderFormAction({ name: "record-instalment-cheque", access: "admin", schema: recordInstalmentChequeForm }, async (input, ctx, formData, seen) => {
  const db = await getDb();
  const plan = await chequePlanOf(db, seen.orderId);
  // A part of another order than the page's is not what the admin saw: refused as stale, nothing written.
  if (!plan?.parts.some((p) => p.id === input.instalmentId)) return formError(STALE_ORDER_MESSAGE, formValues(formData));
  const result = await recordInstalmentCheque(db, await ctx.user(), {
    instalmentId: input.instalmentId,
    drawer: input.drawer,
    bank: input.bank,
    chequeNumber: input.chequeNumber,
    amountCents: input.amount,
    receivedOn: input.receivedOn,
  });
  if (!result.ok) return formRefusal(result, formValues(formData));
  if (result.orderReference) revalidatePath(`/admin/commandes/${result.orderReference}`);
  return formSuccess(result.message);
});
