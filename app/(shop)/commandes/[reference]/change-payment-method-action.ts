"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formError } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { findOrderForPaymentPages, orderPagePaths } from "@/lib/orders/access";
import { changePaymentMethod } from "@/lib/use-cases/change-payment-method";

const notFound = "Commande introuvable.";
const input = z.object({
  reference: z.string({ error: notFound }).trim().min(1, notFound).max(40, notFound),
  t: z.string({ error: notFound }).max(200, notFound).optional(),
  paymentMethod: z.string({ error: "Choisissez un moyen de paiement." }).trim().min(1, "Choisissez un moyen de paiement.").max(20, "Choisissez un moyen de paiement."),
});

/**
 * "Payer autrement": the same order, another method (lib/use-cases/change-payment-method.ts).
 * Transfer or cheque: back to the order page, which shows the instructions (also e-mailed); card:
 * off to PayPlug's page. Who may do it is who may see the order (its link token, or the account).
 */
export const changePaymentMethodAction = formAction({ name: "change-payment-method", access: "anyone", schema: input }, async (data, ctx) => {
  const order = await findOrderForPaymentPages(data.reference, data.t);
  if (!order) return formError(notFound);
  const user = await ctx.user();
  const result = await changePaymentMethod({ orderId: order.id, method: data.paymentMethod, actor: { type: "customer", id: user?.id ?? null }, user });
  if (!result.ok) return formError(result.message, { paymentMethod: data.paymentMethod });
  redirect(result.kind === "redirect" ? result.redirectUrl : orderPagePaths(order.reference, data.t).order);
});
