"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { PaymentActionState } from "@/components/payments/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { findOrderForPaymentPages } from "@/lib/orders/order-links";
import { retryPaymentAsCustomer } from "@/lib/use-cases/retry-payment";

const input = z.object({ reference: z.string().trim().min(1).max(40), t: z.string().max(200).optional() });

/** "Réessayer le paiement": a new attempt on the same order (its own way to pay), then off to the provider's page. */
export async function retryPaymentAction(_previous: PaymentActionState, formData: FormData): Promise<PaymentActionState> {
  const parsed = input.safeParse({ reference: formData.get("reference"), t: formData.get("t") ?? undefined });
  if (!parsed.success) return { status: "error", message: "Commande introuvable." };
  const order = await findOrderForPaymentPages(parsed.data.reference, parsed.data.t);
  if (!order) return { status: "error", message: "Commande introuvable." };
  const user = await getCurrentUser();
  const result = await retryPaymentAsCustomer({ order, userId: user?.id ?? null });
  if (!result.ok) return { status: "error", message: result.message };
  redirect(result.redirectUrl);
}
