"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { getDb } from "@/lib/db/client";
import { sendTestEmail } from "@/lib/use-cases/send-test-email";

/** "M'envoyer un e-mail d'essai": to the signed-in admin's own address, never one typed in the form. */
export const sendTestEmailAction = formAction({ name: "send-test-email", access: "admin", schema: z.object({}) }, async (_data, ctx) => {
  const user = await ctx.user();
  if (!user) return formError("Votre session a expiré : reconnectez-vous pour continuer.");
  const outcome = await sendTestEmail(await getDb(), user.email);
  switch (outcome.kind) {
    case "sent":
      return formSuccess(`E-mail d'essai envoyé à ${outcome.to}. Vérifiez qu'il est arrivé (et pas dans les indésirables).`);
    case "kept":
      return formSuccess(`Aucun serveur SMTP : l'e-mail d'essai pour ${outcome.to} est resté dans le back-office (Courriels). Définissez SMTP_URL pour l'envoyer.`);
    case "retrying":
      return formError(`Le serveur SMTP n'a pas pris l'e-mail d'essai : ${outcome.error}. Il sera réessayé automatiquement ; vérifiez SMTP_URL.`);
  }
});
