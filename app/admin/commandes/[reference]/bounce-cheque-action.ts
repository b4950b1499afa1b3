"use server";

import { revalidatePath } from "next/cache";
import type { AdminFormState } from "@/components/admin/form-state";
import { describeSummary } from "@/lib/payments/describe-offline-summary";
import { runAdminForm } from "@/lib/actions/run-admin-form";
import { bounceCheque } from "@/lib/use-cases/bounce-cheque";
import { bounceChequeForm } from "@/lib/payments/offline-forms";

/** "Chèque impayé". */
export async function bounceChequeAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { state, summary } = await runAdminForm(
    formData,
    bounceChequeForm,
    (db, user, input) => bounceCheque(db, user, { paymentId: input.paymentId, reason: input.reason }),
    (s) => describeSummary("Chèque marqué impayé.", s),
  );
  if (summary) revalidatePath(`/admin/commandes/${summary.reference}`);
  return state;
}
