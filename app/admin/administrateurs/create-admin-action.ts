"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { createAdminAccount, createAdminAccountInput } from "@/lib/use-cases/admin-accounts";

const input = z.intersection(
  createAdminAccountInput,
  z.object({
    requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
    confirm: z.literal("oui", { error: "Cochez la case pour confirmer la création du compte." }),
  }),
);

/** « Créer le compte » (admin only): another admin, with a password typed here or a link to choose it. */
export const createAdminAction = formAction({ name: "create-admin", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const { requestKey, confirm: _confirm, ...account } = data;
  const result = await createAdminAccount({ account, requestKey, admin: { id: user.id, name: user.name } });
  revalidatePath("/admin/administrateurs");
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
