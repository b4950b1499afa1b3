"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { bounceBoardChequeForm } from "@/lib/payments/cheque-board-forms";
import { bounceBoardCheque } from "@/lib/use-cases/instalment-cheques";

/** « Impayé » for a deposited cheque of the board, with the bank's reason (admin only). */
export const bounceBoardChequeAction = formAction({ name: "bounce-board-cheque", access: "admin", schema: bounceBoardChequeForm }, async (input, ctx) => {
  const result = await bounceBoardCheque(await getDb(), await ctx.user(), { ...input.cheque, reason: input.reason });
  if (!result.ok) return formError(result.message, { cheque: `${input.cheque.kind}:${input.cheque.id}`, reason: input.reason });
  revalidatePath("/admin/cheques");
  if (result.orderReference) revalidatePath(`/admin/commandes/${result.orderReference}`);
  return formSuccess(result.message);
});
