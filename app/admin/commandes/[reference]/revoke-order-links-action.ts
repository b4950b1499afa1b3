"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { revokeOrderLinks } from "@/lib/use-cases/order-links";

const input = z.object({
  orderId: z.uuid("Commande introuvable."),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer la révocation." }),
});

/** "Révoquer les liens envoyés" (admin only): every link sent for the order stops working. */
export const revokeOrderLinksAction = orderFormAction({ name: "revoke-order-links", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const result = await revokeOrderLinks({ orderId: data.orderId, actor: { type: "admin", id: user.id } });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/admin/commandes/${result.reference}`);
  return formSuccess(result.message);
});
