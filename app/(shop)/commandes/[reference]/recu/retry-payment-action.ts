"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formError } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { findOrderForPaymentPages } from "@/lib/orders/access";
import { retryPaymentAsCustomer } from "@/lib/use-cases/retry-payment";

const notFound = "Commande introuvable.";
const input = z.object({
  reference: z.string({ error: notFound }).trim().min(1, notFound).max(40, notFound),
  t: z.string({ error: notFound }).max(200, notFound).optional(),
});

/** "Réessayer le paiement": a new attempt on the same order (its own way to pay), then off to the provider's page. */
export const retryPaymentAction = formAction({ name: "retry-payment", access: "anyone", schema: input }, async (data, ctx) => {
  const order = await findOrderForPaymentPages(data.reference, data.t);
  if (!order) return formError("Commande introuvable.");
  const user = await ctx.user();
  const result = await retryPaymentAsCustomer({ order, userId: user?.id ?? null });
  if (!result.ok) return formError(result.message);
  redirect(result.redirectUrl);
});
