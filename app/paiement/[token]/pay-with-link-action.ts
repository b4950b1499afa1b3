"use server";

import { redirect } from "next/navigation";
import type { PaymentActionState } from "@/components/payments/action-state";
import { payWithLinkInput, payWithPaymentLink } from "@/lib/use-cases/pay-with-link";

/** Pays an order through a secure link: the token is checked again, then off to the provider. */
export async function payWithLinkAction(_previous: PaymentActionState, formData: FormData): Promise<PaymentActionState> {
  const parsed = payWithLinkInput.safeParse({ token: formData.get("token"), method: formData.get("method") });
  if (!parsed.success) return { status: "error", message: "Choisissez un moyen de paiement." };
  const result = await payWithPaymentLink(parsed.data);
  if (!result.ok) return { status: "error", message: result.message };
  redirect(result.redirectUrl);
}
