"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { replayNotification } from "@/lib/use-cases/replay-notification";

const input = z.object({
  eventId: z.coerce.number().int().positive("Notification introuvable."),
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer le retraitement." }),
});

/** « Retraiter » (admin only): a failed notification processed again through the retry job's path. */
export const replayNotificationAction = formAction({ name: "replay-notification", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const result = await replayNotification({ eventId: data.eventId, requestKey: data.requestKey, admin: { id: user.id, name: user.name } });
  revalidatePath("/admin/notifications");
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
