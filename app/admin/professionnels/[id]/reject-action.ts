"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { rejectProAccount } from "@/lib/use-cases/pro-accounts";
import { rejectForm } from "../pro-forms";

/** « Refuser » with a reason, e-mailed to the company by the use case (admin only). */
export const rejectAction = formAction({ name: "reject-pro-account", access: "admin", schema: rejectForm }, async (input, ctx) => {
  const user = (await ctx.user())!;
  const result = await rejectProAccount(await getDb(), { id: user.id, name: user.name }, input.accountId, input.reason);
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/professionnels", "layout");
  return formSuccess(result.already ? "Cette demande était déjà refusée : rien n'a changé." : "Demande refusée. Le motif est envoyé au client par e-mail.");
});
