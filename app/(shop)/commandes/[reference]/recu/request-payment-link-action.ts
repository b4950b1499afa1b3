"use server";

import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { findOrderForPaymentPages } from "@/lib/orders/access";
import { PAYMENT_LINK_MESSAGES } from "@/lib/payments/payment-links";
import { sendPaymentLink } from "@/lib/use-cases/send-payment-link";

const notFound = "Commande introuvable.";
const input = z.object({
  reference: z.string({ error: notFound }).trim().min(1, notFound).max(40, notFound),
  t: z.string({ error: notFound }).max(200, notFound).optional(),
});

/** "Recevoir un nouveau lien de paiement par e-mail": to the order's own address, never one typed here. */
export const requestPaymentLinkAction = formAction({ name: "request-payment-link", access: "anyone", schema: input }, async (data, ctx) => {
  const order = await findOrderForPaymentPages(data.reference, data.t);
  if (!order) return formError("Commande introuvable.");
  const user = await ctx.user();
  const result = await sendPaymentLink({ orderId: order.id, actor: { type: "customer", id: user?.id ?? null } });
  return result.ok ? formSuccess(PAYMENT_LINK_MESSAGES.sent(result.sentTo)) : formError(result.message);
});
