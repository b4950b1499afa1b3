import { z } from "zod";
import { MAX_LINE_QUANTITY_PUBLIC } from "./limits";

export const QUANTITY_MESSAGES = {
  notWhole: "Indiquez une quantité en nombre entier (1, 2, 3…).",
  tooSmall: "La quantité doit être d'au moins 1.",
  tooBig: `Vous pouvez commander au plus ${MAX_LINE_QUANTITY_PUBLIC} exemplaires d'un produit.`,
} as const;

/** A quantity typed by a person: a whole number from 1 to the line maximum (stock is checked later, on the server). */
export const quantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, QUANTITY_MESSAGES.notWhole)
  .transform((v) => Number.parseInt(v, 10))
  .pipe(z.number().int().min(1, QUANTITY_MESSAGES.tooSmall).max(MAX_LINE_QUANTITY_PUBLIC, QUANTITY_MESSAGES.tooBig));

export const cartLineSchema = z.object({
  productId: z.uuid("Produit inconnu."),
  quantity: quantitySchema,
});

/** First French message of a failed parse. */
export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? "Saisie invalide.";
}
