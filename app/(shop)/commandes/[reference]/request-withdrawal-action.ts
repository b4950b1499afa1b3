"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { findOrderForPaymentPages } from "@/lib/orders/access";
import { formatDateFr } from "@/lib/shared/dates";
import { requestWithdrawal } from "@/lib/use-cases/request-withdrawal";

const notFound = "Commande introuvable.";
const input = z.object({
  reference: z.string({ error: notFound }).trim().min(1, notFound).max(40, notFound),
  t: z.string({ error: notFound }).max(200, notFound).optional(),
  confirm: z.literal("on", { error: "Cochez la case pour confirmer votre rétractation." }),
});

/** « Me rétracter », after its confirmation step: who may see the order may withdraw from it (a consumer, within the period). */
export const requestWithdrawalAction = formAction({ name: "request-withdrawal", access: "anyone", schema: input }, async (data, ctx) => {
  const order = await findOrderForPaymentPages(data.reference, data.t);
  if (!order) return formError(notFound);
  const user = await ctx.user();
  const result = await requestWithdrawal({ orderId: order.id, actor: { type: "customer", id: user?.id ?? null } });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/commandes/${order.reference}`);
  return formSuccess(`Votre rétractation est enregistrée. Un e-mail de confirmation vous a été envoyé ; nous vous rembourserons au plus tard le ${formatDateFr(result.refundDueBy)}.`);
});
