"use server";

import { redirect } from "next/navigation";
import { formError } from "@/lib/actions/form-state";
import { formAction, formValues } from "@/lib/actions/safe-action";
import { importStatementForm, mappingFromForm } from "@/lib/bank/forms";
import { getDb } from "@/lib/db/client";
import { importBankStatement } from "@/lib/use-cases/bank-statements";

/** « Importer un relevé » (admin only: checked by the wrapper and again in importBankStatement). */
export const importStatementAction = formAction({ name: "import-bank-statement", access: "admin", schema: importStatementForm }, async (input, ctx, formData) => {
  const result = await importBankStatement(await getDb(), await ctx.user(), {
    fileName: input.file.name,
    bytes: new Uint8Array(await input.file.arrayBuffer()),
    mapping: mappingFromForm(input),
  });
  if (!result.ok) {
    // The columns found let the form offer them for the admin to map (CSV without known titles).
    return formError(result.message, { ...formValues(formData), ...(result.columns ? { columns: JSON.stringify(result.columns) } : {}) });
  }
  redirect(`/admin/banque?releve=${result.importId}`);
});
