"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { confirmMatchForm } from "@/lib/bank/forms";
import { getDb } from "@/lib/db/client";
import { confirmBankMatch } from "@/lib/use-cases/bank-statements";

/** « Confirmer le rapprochement » (admin only: checked by the wrapper and again in confirmBankMatch). */
export const confirmMatchAction = formAction({ name: "confirm-bank-match", access: "admin", schema: confirmMatchForm }, async (input, ctx) => {
  const result = await confirmBankMatch(await getDb(), await ctx.user(), { lineId: input.lineId, kind: input.kind, targetId: input.targetId });
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/banque");
  return formSuccess(result.message);
});
