"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { cancelOrderAsAdmin } from "@/lib/use-cases/cancel-order";

const input = z.object({
  orderId: z.uuid("Commande introuvable."),
  note: z.string().trim().max(300, "300 caractères au plus.").optional(),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer l'annulation." }),
});

/** "Annuler la commande" (admin only, unpaid orders): stock back, provider payment closed, customer told. */
export const cancelOrderAction = orderFormAction({ name: "cancel-order", access: "admin", schema: input }, async (data, ctx, formData) => {
  const result = await cancelOrderAsAdmin(await ctx.user(), { orderId: data.orderId, note: data.note });
  if (!result.ok) return formError(result.message, formValues(formData));
  revalidatePath(`/admin/commandes/${result.reference}`);
  if (result.alreadyCancelled) return formSuccess("Cette commande était déjà annulée.");
  const units = result.restoredUnits;
  return formSuccess(`Commande annulée. ${units} article${units > 1 ? "s" : ""} remis en stock ; le client est prévenu par e-mail.`);
});
