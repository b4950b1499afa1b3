"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { orderFormAction } from "@/lib/actions/safe-action";
import { formatDateFr } from "@/lib/shared/dates";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";

const input = z.object({ orderId: z.uuid("Commande introuvable.") });

/** "Envoyer un lien de paiement" (admin only): a secure link to the order's e-mail, through the outbox. */
export const sendPaymentLinkAction = orderFormAction({ name: "send-payment-link", access: "admin", schema: input }, async (data, ctx) => {
  const user = (await ctx.user())!;
  const result = await sendPaymentLink({ orderId: data.orderId, actor: { type: "admin", id: user.id } });
  if (!result.ok) return formError(result.message);
  revalidatePath("/admin/commandes/[reference]", "page");
  return formSuccess(`Lien de paiement envoyé à ${result.sentTo}, valable jusqu'au ${formatDateFr(result.expiresAt)}.`);
});
