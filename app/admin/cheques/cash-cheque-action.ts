"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { boardChequeForm } from "@/lib/payments/cheque-board-forms";
import { cashBoardCheque } from "@/lib/use-cases/instalment-cheques";

/** « Encaissé » for a deposited cheque of the board (admin only: the wrapper, then the use case). */
export const cashBoardChequeAction = formAction({ name: "cash-board-cheque", access: "admin", schema: boardChequeForm }, async (input, ctx) => {
  const result = await cashBoardCheque(await getDb(), await ctx.user(), input.cheque);
  if (!result.ok) return formError(result.message, { cheque: `${input.cheque.kind}:${input.cheque.id}` });
  revalidatePath("/admin/cheques");
  if (result.orderReference) revalidatePath(`/admin/commandes/${result.orderReference}`);
  return formSuccess(result.message);
});
