"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AdminFormState } from "@/components/admin/form-state";
import { currentUserWithRole } from "@/lib/auth/session";
import { log } from "@/lib/shared/log";
import { cancelOrderAsAdmin } from "@/lib/use-cases/cancel-order";

const input = z.object({
  orderId: z.uuid("Commande introuvable."),
  note: z.string().trim().max(300, "300 caractères au plus.").optional(),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer l'annulation." }),
});

/** "Annuler la commande" (admin only, unpaid orders): stock back, provider payment closed, customer told. */
export async function cancelOrderAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const note = formData.get("note");
  const values = { note: typeof note === "string" ? note : "" };
  const user = await currentUserWithRole("admin");
  if (!user) return { status: "error", message: "Action réservée aux administrateurs : reconnectez-vous.", fieldErrors: {}, values };
  const parsed = input.safeParse({ orderId: formData.get("orderId"), note: typeof note === "string" ? note : undefined, confirm: formData.get("confirm") ?? undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { status: "error", message: "Corrigez les champs signalés.", fieldErrors, values };
  }
  try {
    const result = await cancelOrderAsAdmin(user, { orderId: parsed.data.orderId, note: parsed.data.note });
    if (!result.ok) return { status: "error", message: result.message, fieldErrors: {}, values };
    revalidatePath(`/admin/commandes/${result.reference}`);
    if (result.alreadyCancelled) return { status: "success", message: "Cette commande était déjà annulée." };
    const units = result.restoredUnits;
    return { status: "success", message: `Commande annulée. ${units} article${units > 1 ? "s" : ""} remis en stock ; le client est prévenu par e-mail.` };
  } catch (error) {
    log.error("admin", "cancel order failed", error);
    return { status: "error", message: "L'annulation n'a pas pu être enregistrée. Réessayez.", fieldErrors: {}, values };
  }
}
