"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { setAdminDisabled } from "@/lib/use-cases/admin-accounts";

const input = z.object({
  userId: z.uuid("Compte introuvable."),
  decision: z.enum(["desactiver", "reactiver"], { error: "Choix inconnu : rechargez la page." }),
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer." }),
});

/** « Désactiver » / « Réactiver » an admin account (admin only; never oneself, never the last one). */
export const setAdminDisabledAction = formAction({ name: "set-admin-disabled", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const result = await setAdminDisabled({ userId: data.userId, disable: data.decision === "desactiver", requestKey: data.requestKey, admin: { id: user.id, name: user.name } });
  revalidatePath("/admin/administrateurs");
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
