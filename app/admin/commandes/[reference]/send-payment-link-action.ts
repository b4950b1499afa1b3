"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AdminFormState } from "@/components/admin/form-state";
import { currentUserWithRole } from "@/lib/auth/session";
import { log } from "@/lib/shared/log";
import { formatDateFr } from "@/lib/shared/dates";
import { sendPaymentLink } from "@/lib/payments/payment-links";

const input = z.object({ orderId: z.uuid() });

/** "Envoyer un lien de paiement" (admin only): a secure link to the order's e-mail, through the outbox. */
export async function sendPaymentLinkAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const user = await currentUserWithRole("admin");
  if (!user) return { status: "error", message: "Action réservée aux administrateurs : reconnectez-vous.", fieldErrors: {}, values: {} };
  const parsed = input.safeParse({ orderId: formData.get("orderId") });
  if (!parsed.success) return { status: "error", message: "Commande introuvable.", fieldErrors: {}, values: {} };
  try {
    const result = await sendPaymentLink({ orderId: parsed.data.orderId, actor: { type: "admin", id: user.id } });
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: {}, values: {} };
    revalidatePath("/admin/commandes/[reference]", "page");
    return { status: "success", message: `Lien de paiement envoyé à ${result.sentTo}, valable jusqu'au ${formatDateFr(result.expiresAt)}.` };
  } catch (error) {
    log.error("admin", "send payment link failed", error);
    return { status: "error", message: "Le lien n'a pas pu être envoyé. Réessayez.", fieldErrors: {}, values: {} };
  }
}
