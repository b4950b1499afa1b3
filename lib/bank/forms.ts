import { z } from "zod";
import type { CsvMapping } from "./csv";

/*
 * The back-office's bank forms as the browser sends them. The file's content is checked by the
 * parsers; here only its presence and size. Whatever a form says about amounts is never read:
 * confirming a match names the line and its target, the amount comes from the stored line.
 */

const column = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => (v ? v : null));

export const importStatementForm = z.object({
  file: z.instanceof(File, { error: "Choisissez le fichier du relevé." }).refine((f) => f.size > 0 && f.name !== "", "Choisissez le fichier du relevé."),
  mapDate: column,
  mapLabel: column,
  mapAmount: column,
  mapDebit: column,
  mapCredit: column,
});

/** The mapping the admin chose on the form, or null when they chose none (guessed or remembered then). */
export function mappingFromForm(data: z.output<typeof importStatementForm>): CsvMapping | null {
  if (!data.mapDate || !data.mapLabel) return null;
  return { date: data.mapDate, label: data.mapLabel, amount: data.mapAmount, debit: data.mapDebit, credit: data.mapCredit };
}

export const confirmMatchForm = z.object({
  lineId: z.uuid("Ligne de relevé introuvable."),
  kind: z.string().trim().min(1).max(40),
  targetId: z.uuid("Opération introuvable."),
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer." }),
});
