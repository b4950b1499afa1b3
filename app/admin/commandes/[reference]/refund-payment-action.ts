"use server";

import { revalidatePath } from "next/cache";
import { formRefusal, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { refundPaymentForm } from "@/lib/payments/refunds";
import { refundPayment } from "@/lib/use-cases/refund-payment";

/** « Rembourser » (admin only: checked by the wrapper and again in refundPayment). */
export const refundPaymentAction = orderFormAction({ name: "refund-payment", access: "admin", schema: refundPaymentForm }, async (input, ctx, formData) => {
  const result = await refundPayment(await ctx.user(), {
    paymentId: input.paymentId,
    amountCents: input.amount,
    requestKey: input.requestKey,
    seenRefundableCents: input.seenRefundableCents,
  });
  if (!result.ok) return formRefusal(result, formValues(formData));
  revalidatePath(`/admin/commandes/${result.reference}`);
  return formSuccess(result.message);
});
