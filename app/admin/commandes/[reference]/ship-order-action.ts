"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formRefusal, formSuccess } from "@/lib/actions/form-state";
import { formValues, orderFormAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { carrierField, normaliseTrackingNumber, TRACKING_NUMBER_PATTERN, typedTrackingUrlField } from "@/lib/orders/carriers";
import { confirmField, pastDateField } from "@/lib/payments/offline-forms";
import { shipOrder } from "@/lib/use-cases/ship-order";

const optional = <T extends z.ZodType>(field: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), field.optional());

const shipOrderForm = z.object({
  orderId: z.uuid("Commande introuvable."),
  shippedOn: pastDateField("Indiquez la date d'expédition."),
  carrier: carrierField,
  carrierName: optional(z.string().trim().max(80, "80 caractères au plus.")),
  trackingNumber: optional(
    z
      .string()
      .transform(normaliseTrackingNumber)
      .refine((v) => TRACKING_NUMBER_PATTERN.test(v), "Numéro de suivi invalide : 6 à 40 lettres ou chiffres, tel qu'imprimé sur l'étiquette."),
  ),
  trackingUrl: optional(typedTrackingUrlField),
  requestKey: z.uuid("Formulaire incomplet : rechargez la page."),
  confirm: confirmField,
});

/**
 * « Expédier » (admin only: checked by the wrapper and again in shipOrder). The use case checks the
 * page's version itself, after the request key: a double click answers « déjà enregistré ».
 */
export const shipOrderAction = orderFormAction(
  { name: "ship-order", access: "admin", schema: shipOrderForm, versionCheckedBy: "use-case" },
  async (input, ctx, formData, seen) => {
    const result = await shipOrder(await getDb(), await ctx.user(), {
      orderId: input.orderId,
      shippedOn: input.shippedOn,
      carrier: input.carrier,
      carrierName: input.carrierName ?? null,
      trackingNumber: input.trackingNumber ?? null,
      trackingUrl: input.carrier === "other" ? (input.trackingUrl ?? null) : null,
      requestKey: input.requestKey,
      // A form naming another order than the page's is not the page the admin saw: stale.
      seenVersion: seen.orderId === input.orderId ? seen.version : "another-order",
    });
    if (!result.ok) return formRefusal(result, formValues(formData));
    revalidatePath(`/admin/commandes/${result.reference}`);
    return formSuccess(result.message);
  },
);
