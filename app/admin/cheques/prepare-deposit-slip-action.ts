"use server";

import { revalidatePath } from "next/cache";
import { formError, type FormState } from "@/lib/actions/form-state";
import { createAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { depositSlipForm } from "@/lib/payments/cheque-board-forms";
import { createDepositSlip } from "@/lib/use-cases/instalment-cheques";

/** The form's answer: on success, the slip made (or found, on a double submit) for its PDF link. */
export type DepositSlipFormState = FormState | { status: "success"; message: string; slip: { id: string; number: number } };

const prepare = createAction<FormData, typeof depositSlipForm, DepositSlipFormState>(
  {
    name: "prepare-deposit-slip",
    access: "admin",
    schema: depositSlipForm,
    // The ticked cheques come as one repeated field.
    read: (formData) => ({ cheques: formData.getAll("cheque"), confirm: formData.get("confirm") ?? undefined }),
    failed: (failure) => (failure.kind === "invalid" ? { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values: {} } : formError(failure.message)),
  },
  async (input, ctx) => {
    const result = await createDepositSlip(await getDb(), await ctx.user(), {
      paymentIds: input.cheques.filter((c) => c.kind === "single").map((c) => c.id),
      instalmentIds: input.cheques.filter((c) => c.kind === "instalment").map((c) => c.id),
    });
    if (!result.ok) return formError(result.message);
    revalidatePath("/admin/cheques");
    return { status: "success", message: result.message, slip: { id: result.slipId!, number: result.slipNumber! } };
  },
);

/** « Préparer le bordereau de remise » (admin only: checked by the wrapper and again in createDepositSlip). */
export async function prepareDepositSlipAction(_previous: DepositSlipFormState, formData: FormData): Promise<DepositSlipFormState> {
  return prepare(formData);
}
