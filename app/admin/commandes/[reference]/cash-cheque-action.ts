"use server";

import { revalidatePath } from "next/cache";
import type { AdminFormState } from "@/components/admin/form-state";
import { describeSummary } from "@/lib/payments/describe-offline-summary";
import { runAdminForm } from "@/lib/actions/run-admin-form";
import { cashCheque } from "@/lib/use-cases/cash-cheque";
import { cashChequeForm } from "@/lib/payments/offline-forms";

/** "Chèque encaissé". */
export async function cashChequeAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { state, summary } = await runAdminForm(
    formData,
    cashChequeForm,
    (db, user, input) => cashCheque(db, user, { paymentId: input.paymentId }),
    (s) => describeSummary("Chèque encaissé.", s),
  );
  if (summary) revalidatePath(`/admin/commandes/${summary.reference}`);
  return state;
}
