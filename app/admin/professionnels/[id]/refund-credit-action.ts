"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { formatEur } from "@/lib/shared/money";
import { refundAccountCredit } from "@/lib/use-cases/invoice-payments";
import { refundCreditForm } from "../pro-forms";

/** Records credit paid back to a pro by transfer or cheque (admin only); the credit stops paying invoices. */
export const refundCreditAction = formAction({ name: "refund-pro-credit", access: "admin", schema: refundCreditForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const result = await refundAccountCredit(await getDb(), { id: user.id, name: user.name }, {
    accountId: input.accountId,
    amountCents: input.amount,
    method: input.method,
    reference: input.reference,
    paidOn: input.paidOn,
  });
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/professionnels", "layout");
  if (result.already) return formSuccess(`Ce remboursement (${input.reference}) est déjà enregistré : rien n'a changé.`);
  return formSuccess(`Remboursement de ${formatEur(input.amount)} enregistré ; avoir restant : ${formatEur(result.creditLeftCents)}. Le client est prévenu par e-mail.`);
});
