"use server";

import { z } from "zod";
import type { PaymentActionState } from "@/components/payments/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { findOrderForPaymentPages } from "@/lib/orders/order-links";
import { PAYMENT_LINK_MESSAGES, sendPaymentLink } from "@/lib/payments/payment-links";

const input = z.object({ reference: z.string().trim().min(1).max(40), t: z.string().max(200).optional() });

/** "Recevoir un nouveau lien de paiement par e-mail": to the order's own address, never one typed here. */
export async function requestPaymentLinkAction(_previous: PaymentActionState, formData: FormData): Promise<PaymentActionState> {
  const parsed = input.safeParse({ reference: formData.get("reference"), t: formData.get("t") ?? undefined });
  if (!parsed.success) return { status: "error", message: "Commande introuvable." };
  const order = await findOrderForPaymentPages(parsed.data.reference, parsed.data.t);
  if (!order) return { status: "error", message: "Commande introuvable." };
  const user = await getCurrentUser();
  const result = await sendPaymentLink({ orderId: order.id, actor: { type: "customer", id: user?.id ?? null } });
  return result.ok ? { status: "success", message: PAYMENT_LINK_MESSAGES.sent(result.sentTo) } : { status: "error", message: result.message };
}
