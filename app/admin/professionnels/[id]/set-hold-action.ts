"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { setProHold } from "@/lib/use-cases/pro-accounts";
import { holdForm } from "../pro-forms";

/** Suspends net-30 on an account with a reason, or lifts the suspension (admin only). */
export const setHoldAction = formAction({ name: "set-pro-hold", access: "admin", schema: holdForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const onHold = input.hold === "suspendre";
  const result = await setProHold(await getDb(), { id: user.id, name: user.name }, input.accountId, { onHold, reason: input.reason });
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/professionnels", "layout");
  if (result.already) return formSuccess(onHold ? "Le compte était déjà suspendu : rien n'a changé." : "Le compte n'était pas suspendu : rien n'a changé.");
  return formSuccess(onHold ? "Paiement à 30 jours suspendu. Le client est prévenu par e-mail." : "Paiement à 30 jours rétabli. Le client est prévenu par e-mail.");
});
