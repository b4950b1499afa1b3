"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/shared/env";
import { resendEmail } from "@/lib/use-cases/resend-email";

const input = z.object({
  emailId: z.coerce.number().int().positive("Courriel introuvable."),
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer l'envoi d'une nouvelle copie." }),
});

/** « Renvoyer » (admin only): a new copy of a stored message, recorded with the admin's name. */
export const resendEmailAction = formAction({ name: "resend-email", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const result = await resendEmail({ emailId: data.emailId, requestKey: data.requestKey, admin: { id: user.id, name: user.name }, smtpConfigured: Boolean(env.smtpUrl) });
  revalidatePath("/admin/courriels");
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
