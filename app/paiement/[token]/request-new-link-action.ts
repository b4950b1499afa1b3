"use server";

import type { PaymentActionState } from "@/components/payments/action-state";
import { getCurrentUser } from "@/lib/auth/session";
import { linkTokenInput, NOT_FOUND_LINK, requestNewLinkFromExpired } from "@/lib/use-cases/pay-with-link";

/** "Recevoir un nouveau lien de paiement par e-mail" on an expired link's page: to the order's own address. */
export async function requestNewLinkAction(_previous: PaymentActionState, formData: FormData): Promise<PaymentActionState> {
  const parsed = linkTokenInput.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: NOT_FOUND_LINK.body };
  const user = await getCurrentUser();
  const result = await requestNewLinkFromExpired(parsed.data.token, { type: "customer", id: user?.id ?? null });
  return result.ok ? { status: "success", message: result.message } : { status: "error", message: result.message };
}
